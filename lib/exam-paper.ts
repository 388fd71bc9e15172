/**
 * Drawing an exam paper from a pool of questions: pure and seeded, so one seed always gives the same
 * paper. db/exams.ts reads the pool and stores the paper.
 */
import { seededRandom, shuffled } from "./random";
import { siblingKey, type SiblingFields } from "./siblings";

/**
 * Picks up to `count` questions: one per sentence (siblings never share a paper, see lib/siblings.ts), spread evenly across
 * articles (round-robin over the articles in a shuffled order, each article's facts shuffled), then
 * shuffled into the paper's order. The pool's order must be stable (the caller sorts it) for a seed
 * to repeat.
 *
 * @example
 * pickExamQuestions({ pool, count: 20, seed: 42 }); // the same 20, in the same order, every time
 */
export function pickExamQuestions<Q extends { id: string } & SiblingFields>({ pool, count, seed }: { pool: readonly Q[]; count: number; seed: number }): Q[] {
  const random = seededRandom(seed);
  // Sentences by article, each with its sibling questions.
  const byArticle = new Map<string, Map<string, Q[]>>();
  for (const q of pool) {
    const facts = byArticle.get(q.articleId) ?? new Map<string, Q[]>();
    byArticle.set(q.articleId, facts);
    const siblings = facts.get(siblingKey(q)) ?? [];
    facts.set(siblingKey(q), siblings);
    siblings.push(q);
  }
  // Each article's facts in a shuffled order, one sibling chosen at random for each.
  const queues = shuffled([...byArticle.keys()], random).map((articleId) =>
    shuffled([...byArticle.get(articleId)!.values()], random).map((siblings) => siblings[Math.floor(random() * siblings.length)]!),
  );
  const picked: Q[] = [];
  for (let round = 0; picked.length < count; round++) {
    let any = false;
    for (const queue of queues) {
      const q = queue[round];
      if (!q) continue;
      any = true;
      picked.push(q);
      if (picked.length === count) break;
    }
    if (!any) break;
  }
  return shuffled(picked, random);
}
