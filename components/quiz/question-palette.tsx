"use client";
import type { ExamQuestion } from "@/lib/api-types";

/**
 * The exam hall's question palette: a numbered button per question showing whether it is answered
 * and whether it is marked for review; the current one is outlined.
 */
export function QuestionPalette({
  questions,
  answers,
  marked,
  current,
  onGo,
}: {
  questions: ExamQuestion[];
  answers: Record<string, string>;
  marked: ReadonlySet<string>;
  current: number;
  onGo: (index: number) => void;
}) {
  return (
    <nav aria-label="Question palette" className="rounded-2xl border border-line bg-surface p-4" data-testid="palette">
      <ol className="grid grid-cols-8 gap-1.5 sm:grid-cols-10">
        {questions.map((q, i) => {
          const answered = answers[q.questionId] !== undefined;
          const isMarked = marked.has(q.questionId);
          const state = [answered ? "answered" : "not answered", isMarked ? "marked for review" : ""].filter(Boolean).join(", ");
          return (
            <li key={q.questionId}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-label={`Question ${i + 1}: ${state}`}
                aria-current={i === current ? "step" : undefined}
                data-testid={`palette-${i + 1}`}
                data-answered={answered ? "true" : "false"}
                data-marked={isMarked ? "true" : "false"}
                className={`relative h-9 w-full rounded-md border text-sm font-medium tabular-nums ${
                  answered ? "border-accent bg-accent text-accent-ink" : "border-line bg-canvas text-ink hover:border-muted"
                } ${i === current ? "ring-2 ring-ink ring-offset-2 ring-offset-surface" : ""}`}
              >
                {i + 1}
                {isMarked ? <span aria-hidden className="absolute -right-1 -top-1 h-3 w-3 rounded-full border-2 border-surface bg-warn" /> : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden>
        <span className="flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-sm bg-accent" /> answered
        </span>
        <span className="flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-sm border border-line bg-canvas" /> not answered
        </span>
        <span className="flex items-center gap-1.5">
          <span className="h-3 w-3 rounded-full bg-warn" /> marked for review
        </span>
      </p>
    </nav>
  );
}
