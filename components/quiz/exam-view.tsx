"use client";
import Link from "@/components/link";
import { ExamPaperView } from "./exam-paper";
import { ExamResultSheet } from "./exam-result";
import { useExam } from "./use-exams";

/** /quiz/:id: the open paper, or its result sheet once submitted. `asked` notes a paper shorter than asked for. */
export function ExamView({ id, asked }: { id: string; asked?: number }) {
  const exam = useExam(id);
  if (exam.error) {
    return (
      <div role="alert" className="rounded-2xl border border-bad/40 bg-surface p-5">
        <p className="text-bad">{exam.error.message}</p>
        <Link href="/quiz" className="mt-3 inline-block text-accent underline">
          Back to exams
        </Link>
      </div>
    );
  }
  const paper = exam.data;
  if (!paper) return <div aria-busy="true" aria-label="Loading the paper" className="h-72 animate-pulse rounded-2xl border border-line bg-surface" />;
  return (
    <div className="space-y-4">
      {!paper.result && asked && asked > paper.count ? (
        <p role="status" className="rounded-md border border-line bg-surface px-3 py-2 text-sm text-muted" data-testid="shortfall">
          Only {paper.count} questions match what you chose (you asked for {asked}), so the paper has {paper.count}, with {paper.minutes} minutes.
        </p>
      ) : null}
      {paper.result ? <ExamResultSheet paper={paper} result={paper.result} /> : <ExamPaperView paper={paper} />}
    </div>
  );
}
