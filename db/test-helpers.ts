import "server-only";
import type { GeneratedArticle, Question, QuestionType } from "@/questions/types";
import { db } from "./client";
import { migrateDatabase } from "./migrate";
import { user } from "./schema";

/** Migrates the test file's throwaway database (see scripts/vitest-setup.ts). */
export async function freshDatabase() {
  await migrateDatabase();
  return db;
}

/** Makes a user row directly (the auth flow itself is tested end to end). */
export async function makeUser(id: string, opts: { anonymous?: boolean } = {}) {
  await db.insert(user).values({ id, name: id, email: `${id}@test.invalid`, isAnonymous: opts.anonymous ?? false });
  return id;
}

export const SUMMIT_SENTENCE = "The 15th BRICS summit was held in Johannesburg from August 22 to 24, 2023.";

/**
 * A one-fact article with hand-written questions (ids `${id}-recall`, `-mcq`, `-cloze`, `-tf`), for
 * database tests that must not depend on what the generator makes of a text.
 */
export function summitArticle(id: string, types: readonly QuestionType[] = ["recall", "mcq", "cloze", "true_false"]): GeneratedArticle {
  const sentence = SUMMIT_SENTENCE;
  const base = { evidence: sentence, factId: `${id}-f1`, kind: "event", score: 0.9, articleId: id };
  const prompt = "Where was the 15th BRICS summit held?";
  const all: Record<QuestionType, Question> = {
    recall: { ...base, id: `${id}-recall`, type: "recall", prompt, answer: "Johannesburg" },
    mcq: { ...base, id: `${id}-mcq`, type: "mcq", prompt, answer: "Johannesburg", choices: ["Durban", "Johannesburg", "Kazan", "New Delhi"] },
    cloze: { ...base, id: `${id}-cloze`, type: "cloze", prompt: "The 15th BRICS summit was held in ____ from August 22 to 24, 2023.", answer: "Johannesburg" },
    true_false: { ...base, id: `${id}-tf`, type: "true_false", prompt: "The 15th BRICS summit was held in Durban.", answer: "False" },
  };
  return {
    article: { id, title: `Summit report ${id}`, tags: ["brics"], body: sentence },
    words: 14,
    facts: [
      {
        id: `${id}-f1`,
        kind: "event",
        subject: "15th BRICS summit",
        relation: "held in",
        object: "Johannesburg",
        objectType: "place",
        sentence,
        articleId: id,
        span: [0, sentence.length],
      },
    ],
    questions: types.map((t) => all[t]),
  };
}
