import type { Metadata } from "next";
import { QuestionBrowser } from "@/components/questions/question-browser";
import type { QuestionFilters } from "@/components/questions/use-questions";

export const metadata: Metadata = { title: "Deck" };

const KEYS = ["q", "article", "tag", "type", "state", "due", "sort", "dir"] as const;

/** /questions: every question the learner can study, to search, filter, open, edit, drop, flag or restore. */
export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const initial: Partial<QuestionFilters> = {};
  for (const k of KEYS) {
    const v = params[k];
    if (typeof v === "string" && v.length <= 200) initial[k] = v;
  }
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="font-serif text-2xl font-semibold">Your deck</h1>
        <p className="hidden text-xs text-muted sm:block">
          <kbd>/</kbd> search · <kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </p>
      </div>
      <QuestionBrowser initial={initial} />
    </div>
  );
}
