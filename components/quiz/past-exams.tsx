"use client";
import Link from "@/components/link";
import { formatMarks } from "./exam-result";
import { useExamList } from "./use-exams";

/** The learner's past papers, newest first: score, right/wrong/skipped; an open one can be resumed. */
export function PastExams() {
  const list = useExamList();
  if (list.error)
    return (
      <p role="alert" className="text-bad">
        {list.error.message}
      </p>
    );
  if (!list.data) return <div aria-busy="true" aria-label="Loading past papers" className="h-24 animate-pulse rounded-2xl border border-line bg-surface" />;
  const exams = list.data.exams;
  if (exams.length === 0)
    return (
      <p className="text-sm text-muted" data-testid="no-past-exams">
        No papers yet. Your scores will be listed here.
      </p>
    );
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface" data-testid="past-exams">
      {exams.map((e) => (
        <li key={e.id}>
          <Link href={`/quiz/${encodeURIComponent(e.id)}`} className="flex items-center justify-between gap-3 p-4 hover:bg-canvas">
            <span className="min-w-0">
              <span className="block font-medium">{new Date(e.createdAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}</span>
              <span className="block text-sm text-muted">
                {e.count} questions
                {e.submittedAt ? ` · ${e.right} right · ${e.wrong} wrong · ${e.skipped} skipped` : " · not submitted yet"}
              </span>
            </span>
            {e.score !== null ? (
              <span className="shrink-0 text-right font-semibold tabular-nums" data-testid="past-score">
                {formatMarks(e.score)} <span className="font-normal text-muted">/ {e.maxScore}</span>
              </span>
            ) : (
              <span className="shrink-0 rounded-md border border-accent px-2 py-1 text-sm text-accent">Resume</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
