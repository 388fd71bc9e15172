/**
 * Study-queue order, Anki's way: cards already due come first, oldest due
 * first; then new cards, as many as today's new-card allowance and the page
 * limit leave, dealt round-robin across articles so one long article does
 * not crowd out the rest.
 */

/** A card the learner has seen, due now or earlier. */
export interface DueItem {
  articleId: string;
  due: Date;
}

/** A question the learner has not seen yet. */
export interface FreshItem {
  articleId: string;
  /** Order within its article (lower first). */
  position: number;
}

function assertCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${n}`);
}

/**
 * Orders a study session. Items are returned as given (same objects), so
 * callers may carry rows along.
 *
 * - Due items: sorted by `due` ascending; ties keep input order.
 * - New items: at most `newLimit` and only in the room `limit` leaves. Within
 *   an article by `position`; across articles one at a time, articles in the
 *   order they first appear in `fresh` (the caller's priority).
 *
 * @example
 * buildQueue({ due: [], fresh: [a1, a2, b1], newLimit: 10, limit: 3 }); // [a1, b1, a2]
 */
export function buildQueue<D extends DueItem, F extends FreshItem>(input: {
  due: readonly D[];
  fresh: readonly F[];
  newLimit: number;
  limit: number;
}): Array<D | F> {
  assertCount("limit", input.limit);
  assertCount("newLimit", input.newLimit);
  // Array.prototype.sort is stable, so equal due dates keep input order.
  const due = [...input.due].sort((a, b) => a.due.getTime() - b.due.getTime()).slice(0, input.limit);
  const room = Math.min(input.newLimit, input.limit - due.length);
  return [...due, ...roundRobin(input.fresh, room)];
}

/** Deals up to `count` fresh items one per article in turn. */
function roundRobin<F extends FreshItem>(fresh: readonly F[], count: number): F[] {
  if (count <= 0) return [];
  const byArticle = new Map<string, F[]>();
  for (const item of fresh) {
    const list = byArticle.get(item.articleId);
    if (list) list.push(item);
    else byArticle.set(item.articleId, [item]);
  }
  const lanes = [...byArticle.values()].map((list) => [...list].sort((a, b) => a.position - b.position));
  const out: F[] = [];
  for (let round = 0; out.length < count; round++) {
    let dealt = false;
    for (const lane of lanes) {
      const item = lane[round];
      if (item === undefined) continue;
      dealt = true;
      out.push(item);
      if (out.length === count) break;
    }
    if (!dealt) break;
  }
  return out;
}
