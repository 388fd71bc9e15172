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
  for (const [i, text] of [headline, ...lead.slice(0, 2)].entries())
    for (const m of text.matchAll(ANY)) {
      const key = m[0].toLowerCase() === "tb" ? "tuberculosis" : m[0].toLowerCase().replace("covid-19", "covid");
      // A headline's or a sentence's first word is capitalised for its place, not as the disease is written: "Malaria" → "malaria".
      const own = DISEASES.find((d) => d.toLowerCase() === m[0].toLowerCase());
      const form = own && (i === 0 || m.index === 0) ? own : m[0];
      if (!found.has(key) || (i > 0 && m.index > 0)) found.set(key, form);
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
  // "The toll was a slight increase …": a health story's toll is its disease's deaths.
  const toll = /\b([Tt])he toll\b(?!\s+(?:of|on|from|plaza|road|booth|tax|gate|collection)\b)/;
  if (toll.test(prompt)) return prompt.replace(toll, `$1he ${disease} death toll`);
  return prompt.replace(/\b(cases|deaths|infections)\b(?!\s+of\b)/, `${disease} $1`);
}
