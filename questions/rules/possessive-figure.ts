/**
 * A figure that sizes a thing someone holds states a fact of its own: "achieving the BOJ's 2%
 * inflation target" says "The BOJ's inflation target is 2%", whatever the clause around it says
 * ("these talks are crucial to …"). Only for quantities a body sets and an examiner asks: targets,
 * goals, ceilings, caps, limits, stakes.
 */
import { plain, type Candidate } from "../answers/types";

/** The nouns whose size is a fact of their holder. */
const HELD = /^\s((?:[a-z][a-z-]+\s){0,2}(?:target|targets|goal|goals|ceiling|cap|limit|stake|threshold|benchmark|quota))\b/;

/** "the BOJ's", "Japan's", "the U.S.'" right before the figure. */
const HOLDER = /(?:^|\s)((?:the\s)?[\p{Lu}][\p{L}.&-]*(?:\s(?:of\s|for\s|and\s)?[\p{Lu}][\p{L}.&-]*){0,5})(['’]s?)\s$/u;

/**
 * The statement of a held figure, or undefined: "The BOJ's inflation target is 2%."
 *
 * @example possessiveFigure("Talks are crucial to achieving the BOJ's 2% inflation target.", twoPercent) // "The BOJ's inflation target is 2%."
 */
export function possessiveFigure(sentence: string, c: Candidate): string | undefined {
  if (!["percent", "money", "number", "quantity"].includes(c.kind)) return undefined;
  const t = plain(sentence);
  const holder = HOLDER.exec(t.slice(0, c.outerStart));
  const held = HELD.exec(t.slice(c.end));
  if (!holder || !held) return undefined;
  const name = holder[1]!;
  const owner = `${name.charAt(0).toUpperCase()}${name.slice(1)}${sentence.slice(c.outerStart - holder[2]!.length - 1, c.outerStart - 1)}`;
  const noun = held[1]!;
  const verb = /s$/.test(noun) && !/ss$/.test(noun) ? "are" : "is";
  return `${owner} ${noun} ${verb} ${sentence.slice(c.outerStart, c.end)}.`;
}
