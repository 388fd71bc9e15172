/**
 * Helpers that turn people and posts into prompt text: "Chilean Foreign Minister Ana Soto",
 * "Asha Rao, Secretary (East) in the Ministry,", and role similarity (two posts
 * that one question could not tell apart).
 */
import type { Annotation } from "../nlp/annotate";
import { PORTFOLIO_WORDS } from "../nlp/names";
import { countryOfDemonym, countryOf } from "../nlp/vocab-places";

/** The first post the article gives a person, if any. */
export function firstRole(ann: Annotation, name: string): string | undefined {
  return ann.people.get(name)?.roles[0];
}

/**
 * A person named for a prompt: "Chilean Foreign Minister Ana Soto" when the post is a
 * short title-case phrase, "Asha Rao, Secretary (East) in the Ministry," otherwise.
 */
export function describePerson(ann: Annotation, name: string, opts: { appositive?: boolean } = {}): string {
  const role = firstRole(ann, name);
  if (!role) return name;
  const words = role.split(" ").length;
  if (words > 7) return name;
  const titleCase = /^[A-Z]/.test(role) && !/\b(?:of|in)\b/.test(role);
  if (titleCase && !opts.appositive) return `${role} ${name}`;
  return `${name}, ${role},`;
}

/** Normalised word set of a post for comparison. */
function roleWords(role: string): Set<string> {
  const words = role
    .replace(/\bminister of foreign affairs\b/i, "foreign minister")
    .replace(/\bminister of external affairs\b/i, "external affairs minister")
    .split(/[\s,()]+/)
    .map((w) => countryOfDemonym(w) ?? countryOf(w) ?? w)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== "" && !["of", "the", "in", "and", "federation"].includes(w));
  return new Set(words);
}

/** True when two posts are close enough that a question about one could mean the other. */
export function similarRoles(a: string, b: string): boolean {
  const x = roleWords(a);
  const y = roleWords(b);
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  const union = new Set([...x, ...y]).size;
  return union > 0 && inter / union >= 0.5;
}

/** The country a post belongs to ("US President" → "United States"), if it says. */
export function countryOfRole(role: string): string | undefined {
  for (const w of role.split(/[\s,()]+/)) {
    const c = countryOfDemonym(w) ?? countryOf(w);
    if (c) return c;
  }
  const m = /\bof (?:the )?([A-Z][\w ]+)$/.exec(role);
  return m ? countryOf(m[1] ?? "") : undefined;
}

/** Removes relative time phrases ("on Wednesday", "earlier this year") from a clause. */
export function dropRelativeTime(text: string): string {
  return text
    .replace(/\s*\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier this (?:year|month|week)|later this (?:year|month|week)|last (?:year|month|week)|this (?:year|month|week)|here)\b/g, "")
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    .trim();
}

const GENERIC_TITLE_WORDS = new Set([
  "prime", "foreign", "external", "affairs", "union", "minister", "president", "deputy", "chief", "home", "finance",
  "defence", "defense", "secretary", "general", "vice", "state", "vice-president", "ambassador", "governor",
  "chairman", "leader", "the", "of", "and", "for", "senior", "junior", "special", "national", "security", "adviser",
  "rear", "admiral", "lieutenant", "colonel", "major", "captain", "commodore", "brigadier", "air", "marshal", "flag",
  "officer", "staff", "army", "navy", "commander", "chief", "director", "chancellor", "justice", "judge",
]);

/** True when a post names whose post it is (a country, demonym or organisation): "Russian Foreign Minister", "ISRO chairman". */
export function roleIsSpecific(role: string): boolean {
  return role
    .replace(/[()]/g, " ")
    .split(/\s+/)
    .some((w) => w !== "" && (countryOfDemonym(w) !== undefined || countryOf(w) !== undefined || (/^\p{Lu}/u.test(w) && !GENERIC_TITLE_WORDS.has(w.toLowerCase()) && !PORTFOLIO_WORDS.has(w))));
}

/**
 * A person's country, when the article says it: "his Indian counterpart X", "the Japanese
 * delegation was headed by … X", "X led the Indian delegation", or a post with a demonym.
 */
export function nationalityOf(ann: Annotation, name: string): string | undefined {
  for (const r of ann.people.get(name)?.roles ?? []) {
    const c = countryOfRole(r);
    if (c) return c;
  }
  const short = name.split(" ").pop() ?? name;
  for (const s of ann.sentences) {
    for (const n of s.names) {
      if (n.type !== "person" || (n.text !== name && n.text !== short)) continue;
      const left = s.text.slice(Math.max(0, n.start - 120), n.start);
      const right = s.text.slice(n.end, n.end + 60);
      const cp = /\b([A-Z][\p{L}-]+)\s+counterpart\s+$/u.exec(left);
      const dp = /\bthe\s+([A-Z][\p{L}-]+)\s+delegation\s+(?:was|is)\s+(?:led|headed)\s+by\s+(?:[A-Z][\p{L}-]+\s+){0,3}$/u.exec(left);
      const dl = /^\s+(?:led|headed)\s+the\s+([A-Z][\p{L}-]+)\s+delegation/u.exec(right);
      const dem = cp?.[1] ?? dp?.[1] ?? dl?.[1];
      const c = dem ? countryOfDemonym(dem) : undefined;
      if (c) return c;
    }
  }
  return undefined;
}
