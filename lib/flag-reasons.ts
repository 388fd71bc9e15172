/**
 * Why a learner may flag a question (so a generator can learn from it), in the order the study
 * screen offers them (keys 1–5). The one list: db/schema.ts's column, lib/schemas.ts's request
 * check and the components take it from here. Plain constants, so a page that shows the reasons
 * loads neither zod nor the scheduler.
 */
export const FLAG_REASONS = ["wrong", "unclear", "trivial", "bad-options", "gives-away"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
