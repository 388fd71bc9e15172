import type { StudyCard } from "@/lib/api-types";

/**
 * Merges a batch from the server into the local queue: cards already queued are skipped, and a card
 * answered here (at `answeredAt`, ms) comes back only once the server has moved its due date past
 * that answer (a learning step). A leech session shows cards whether due or not: each once.
 * Returns `queue` itself when nothing is added.
 */
export function mergeBatch(queue: StudyCard[], batch: readonly StudyCard[], answeredAt: ReadonlyMap<string, number>, leeches: boolean): StudyCard[] {
  const have = new Set(queue.map((c) => c.questionId));
  const fresh = batch.filter((c) => {
    if (have.has(c.questionId)) return false;
    const at = answeredAt.get(c.questionId);
    if (leeches) return at === undefined;
    return at === undefined || Date.parse(c.due) > at;
  });
  return fresh.length ? [...queue, ...fresh] : queue;
}
