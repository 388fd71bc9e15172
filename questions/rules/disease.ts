/**
 * A rule over realised questions: the cases of a health story are cases of its disease. "4,812
 * suspected and confirmed cases had been reported" means nothing without the article; "… measles
 * cases …" does. The disease is the one the headline and lead name (a generic vocabulary), and it is
 * added only where the prompt names none.
 */

/** Diseases as news copy names them (generic vocabulary). */
const DISEASES = [
  "measles",
  "dengue",
  "malaria",
  "tuberculosis",
  "TB",
  "cholera",
  "polio",
  "mpox",
  "Covid-19",
  "COVID-19",
  "HIV",
  "Nipah",
  "chikungunya",
  "influenza",
  "bird flu",
  "typhoid",
  "rabies",
  "leprosy",
  "Zika",
  "Ebola",
  "diphtheria",
  "hepatitis",
  "Japanese encephalitis",
  "kala-azar",
  "yellow fever",
  "monkeypox",
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ANY = new RegExp(`(?<![\\p{L}-])(?:${DISEASES.map(escape).join("|")})(?![\\p{L}-])`, "giu");

/**
 * The one disease the headline and lead name, as they write it, or undefined.
 *
 * @example storyDisease("Philippines declares measles outbreak", ["Cases rose …"]) // "measles"
 */
export function storyDisease(headline: string, lead: readonly string[]): string | undefined {
  const found = new Map<string, string>();
  for (const text of [headline, ...lead.slice(0, 2)])
    for (const m of text.matchAll(ANY)) {
      const key = m[0].toLowerCase() === "tb" ? "tuberculosis" : m[0].toLowerCase().replace("covid-19", "covid");
      if (!found.has(key)) found.set(key, m[0]);
    }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The prompt with its first bare "cases", "deaths" or "infections" said of the story's disease,
 * unless the prompt names a disease already or the answer is the disease.
 *
 * @example withDisease("4,812 suspected and confirmed cases had been reported.", "measles", "4,812") // "4,812 suspected and confirmed measles cases had been reported."
 */
export function withDisease(prompt: string, disease: string | undefined, answer: string): string {
  if (!disease || new RegExp(ANY.source, "iu").test(prompt) || new RegExp(ANY.source, "iu").test(answer)) return prompt;
  return prompt.replace(/\b(cases|deaths|infections)\b(?!\s+of\b)/, `${disease} $1`);
}
