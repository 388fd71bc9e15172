/**
 * Siblings: questions made from the same sentence of the same article (its different answers, and
 * the mcq, cloze and true/false of one answer). Study never shows two in one day, an exam paper
 * never holds two: one sentence's questions would give each other away.
 */

/** What a question needs to know its siblings. */
export interface SiblingFields {
  articleId: string;
  /** The sentence the question was made from, verbatim. */
  evidence: string;
}

/**
 * The key shared by a question and all its siblings.
 *
 * @example siblingKey({ articleId: "a", evidence: "Kazan hosted the summit." }) === siblingKey({ articleId: "a", evidence: "Kazan hosted the summit." })
 */
export function siblingKey(q: SiblingFields): string {
  return `${q.articleId}\u0000${q.evidence}`;
}
