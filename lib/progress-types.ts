/** The JSON of GET /api/progress as the browser reads it (docs/api.md). */
export interface ProgressResponse {
  /** `graded`: answers graded right or wrong (self-rated flashcards are not); accuracy is correct / graded. */
  today: { due: number; reviewed: number; correct: number; graded: number; minutes: number };
  streak: number;
  retention: {
    desired: number;
    /** Pass rate of review cards over the last 30 days; null before any review card was due. */
    true: number | null;
    reviews: number;
    byWeek: { start: string; passed: number; total: number; rate: number | null }[];
    byMonth: { start: string; passed: number; total: number; rate: number | null }[];
  };
  forecast: { date: string; due: number }[];
  heatmap: { date: string; reviews: number }[];
  states: { new: number; learning: number; review: number; relearning: number };
  suspended: number;
  stability: { bucket: string; count: number }[];
  retrievability: { bucket: string; count: number }[];
  articles: { id: string; title: string; mastery: number; seen: number; total: number }[];
  tags: { tag: string; mastery: number; seen: number; total: number }[];
  leeches: { questionId: string; prompt: string; articleId: string; lapses: number }[];
  exam: { examDate: string; daysLeft: number; onTrack: boolean } | null;
}
