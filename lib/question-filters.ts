/**
 * What the question browser (/questions) filters and sorts by: GET /api/questions's `state` and
 * `sort` (lib/schemas.ts checks them) and the browser's menus take them from here. Plain constants,
 * so the page loads neither zod nor the scheduler.
 */
export const questionStateFilters = ["new", "learning", "review", "relearning", "suspended", "flagged", "leech", "buried", "dropped"] as const;
export const questionSorts = ["article", "due", "prompt", "lapses", "reviewed", "type"] as const;
