// `npm run bench`: every benchmark, medians printed as one JSON object (see docs/benchmarks.md).
// Figures are medians and ratios; nothing here is asserted in a test.
import { benchQuestions } from "./bench-questions";
import { benchReviews } from "./bench-reviews";

const questions = await benchQuestions();
const reviews = await benchReviews();
const round = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 100) / 100 : v]));
console.log(JSON.stringify({ questions: round(questions), database: round(reviews) }, null, 2));
