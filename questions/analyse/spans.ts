/**
 * The main clauses of a sentence as spans of its text: "Two ships transited the strait on
 * Friday, but this does not signify …" has two. A sentence's clauses are asked, or left out,
 * one by one: a question about the first needs nothing of the second.
 */
import { plain } from "../answers/types";

/** Where one main clause ends and the next begins: ", but …", "; …", ", while …", ", he said". */
const CLAUSE_BREAK =
  /,\s(?:but|while|whereas|although|though|and)\s(?=(?:the\s)?[\p{L}])|;\s|,\s(?=(?:he|she|it|they|this|that)\s(?:said|says|added|noted)\b)/gu;
/** A concession before the main clause: "While the decline may appear modest, …". */
const CONCESSION = /^(?:While|Although|Though|Even though|Even as|Whereas)\s[^,]{3,120},\s/u;

/**
 * [start, end) of each main clause, in order; one span when the sentence has one clause. The
 * breaks themselves (", but ") belong to no clause.
 *
 * @example clauseSpans("Prices rose 2%, but demand fell.") // [[0, 14], [20, 32]]
 */
export function clauseSpans(text: string): Array<[number, number]> {
  const t = plain(text);
  const breaks: Array<[number, number]> = [];
  const concession = CONCESSION.exec(t);
  if (concession) breaks.push([concession[0].length - 2, concession[0].length]);
  for (const m of t.matchAll(CLAUSE_BREAK)) if (!concession || m.index >= concession[0].length) breaks.push([m.index, m.index + m[0].length]);
  // One dash left unpaired introduces a closing aside: "… to suspend EU funds — roughly 17 billion euros are frozen."
  const dashes = [...t.matchAll(/\s[—–]\s/g)];
  if (dashes.length === 1) breaks.push([dashes[0]!.index, dashes[0]!.index + dashes[0]![0].length]);
  breaks.sort((a, b) => a[0] - b[0]);
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const [a, b] of breaks) {
    if (a < from) continue;
    spans.push([from, a]);
    from = b;
  }
  spans.push([from, t.length]);
  return spans;
}
