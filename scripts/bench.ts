// `npm run bench`: every benchmark, medians printed as one JSON object (see docs/benchmarks.md).
// `npm run bench -- --reliability`: the reliability checks of issue 10 only (scripts/bench-reliability.ts),
// `{ "reliability": { … , "ok" } }`, exit code 1 when one fails.
// Figures are medians and ratios; nothing here is asserted in a test.
import { benchQuestions } from "./bench-questions";
import { benchReliability, roundFigures } from "./bench-reliability";
import { benchReviews } from "./bench-reviews";

if (process.argv.includes("--reliability")) {
  const reliability = await benchReliability({ server: !process.argv.includes("--no-server") });
  console.log(JSON.stringify({ reliability: roundFigures(reliability) }, null, 2));
  if (!reliability.ok) process.exitCode = 1;
} else {
  const questions = await benchQuestions();
  const reviews = await benchReviews();
  const round = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 100) / 100 : v]));
  console.log(JSON.stringify({ questions: round(questions), database: round(reviews) }, null, 2));
}
