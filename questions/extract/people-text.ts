/**
 * Helpers that turn people and posts into prompt text: "Russian Foreign Minister Sergey
 * Lavrov", "Tanmaya Lal, Secretary (West) in the MEA,", and role similarity (two posts
 * that one question could not tell apart).
 */
import type { Annotation } from "../nlp/annotate";
import { countryOfDemonym, countryOf } from "../nlp/vocab-places";

/** The first post the article gives a person, if any. */
export function firstRole(ann: Annotation, name: string): string | undefined {
  return ann.people.get(name)?.roles[0];
}

/**
 * A person named for a prompt: "Russian Foreign Minister Sergey Lavrov" when the post is a
 * short title-case phrase, "Tanmaya Lal, Secretary (West) in the MEA," otherwise.
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
