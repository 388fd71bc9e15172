/** Shared by the tests (pure: the tests read their files themselves). */
import type { Article } from "./types";

/** A minimal article around an inline body. */
export function inlineArticle(body: string, title = "Test article"): Article {
  return { id: "inline", title, tags: [], body };
}

/** The shipped articles and the unseen-article fixtures, relative to questions/. */
export const SHIPPED = ["articles/india-russia-jwg-counter-terrorism.md", "articles/russia-backs-india-unsc-candidacy.md"];
export const FIXTURES = [
  "fixtures/bilateral-visit.md",
  "fixtures/brics-summit-kazan.txt",
  "fixtures/isro-launch.txt",
  "fixtures/naval-exercise.txt",
  "fixtures/unsc-election.txt",
  "fixtures/cop-climate-summit.txt",
  "fixtures/rbi-policy.md",
  "fixtures/state-visit.txt",
  "fixtures/court-verdict.md",
  "fixtures/solar-scheme.txt",
  "fixtures/sco-summit.txt",
  "fixtures/g20-finance-meeting.txt",
  "fixtures/lunar-mission.md",
  "fixtures/neighbour-visit.txt",
  "fixtures/peace-prize.txt",
  "fixtures/trade-agreement.txt",
  "fixtures/presidential-election.md",
  "fixtures/innovation-index.txt",
  "fixtures/tiger-census.md",
  "fixtures/defence-deal.txt",
  "fixtures/quad-ministers.txt",
  "fixtures/pib-scheme-launch.txt",
  "fixtures/hindu-mou-visit.txt",
  "fixtures/pti-military-exercise.txt",
  "fixtures/explainer-space-docking.md",
  "fixtures/express-award.txt",
  "fixtures/pti-appointment.txt",
  "fixtures/express-index-ranking.txt",
  "fixtures/hindu-bimstec-summit.txt",
  "fixtures/pib-cabinet-mou.txt",
  "fixtures/explainer-ramsar.md",
];
