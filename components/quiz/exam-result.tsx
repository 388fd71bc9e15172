"use client";
import Link from "@/components/link";
import { useState } from "react";
import type { ExamPaper, ExamResult, ExamResultItem } from "@/lib/api-types";

type Show = "all" | "wrong" | "skipped";

/** Marks as the prelims print them: "46.67", "−0.67". */
export function formatMarks(n: number): string {
  const s = Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(2);
  return n < 0 ? `−${s}` : s;
}

/** Accuracy of the attempted questions (right ÷ (right + wrong)), or null when none was attempted. */
function accuracyOf(r: Pick<ExamResult, "right" | "wrong">): number | null {
  const attempted = r.right + r.wrong;
  return attempted ? Math.round((r.right / attempted) * 100) : null;
}

/** The result sheet: the score out of the maximum, right/wrong/skipped, accuracy, and every question with its evidence. */
export function ExamResultSheet({ paper, result }: { paper: ExamPaper; result: ExamResult }) {
  const [show, setShow] = useState<Show>("all");
  const accuracy = accuracyOf(result);
  const items = result.items.filter((i) => (show === "wrong" ? i.correct === false : show === "skipped" ? i.correct === null : true));
  return (
    <div className="space-y-5" data-testid="exam-result">
      <section aria-labelledby="result-title" className="rounded-2xl border border-line bg-surface p-5 sm:p-8">
        <h2 id="result-title" className="text-sm uppercase tracking-wide text-muted">
          Your score
        </h2>
        <p className="mt-1 font-serif text-4xl font-semibold tabular-nums" data-testid="exam-score">
          {formatMarks(result.score)} <span className="text-2xl text-muted">/ {result.maxScore}</span>
        </p>
        <dl className="mt-5 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <Stat label="Right" value={result.right} tone="text-good" testId="exam-right" note={`+${formatMarks(result.right * 2)}`} />
          <Stat label="Wrong" value={result.wrong} tone="text-bad" testId="exam-wrong" note={result.wrong ? formatMarks((-2 / 3) * result.wrong) : "0"} />
          <Stat label="Skipped" value={result.skipped} tone="text-muted" testId="exam-skipped" note="0" />
          <Stat label="Accuracy" value={accuracy === null ? "—" : `${accuracy}%`} tone="text-ink" testId="exam-accuracy" note="of attempted" />
        </dl>
        <p className="mt-4 text-xs text-muted">
          +2 for a right answer, −⅔ for a wrong one, 0 for a blank — as in the civil-services prelims. Submitted{" "}
          {new Date(result.submittedAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}.
        </p>
        {result.late ? (
          <p className="mt-2 rounded-md border border-warn/40 bg-warn/10 px-3 py-2 text-sm text-warn" data-testid="exam-late">
            Handed in after the time ran out: scored all the same, but in the hall it would not have counted.
          </p>
        ) : null}
        <div className="mt-5 flex flex-wrap gap-2">
          <Link href="/quiz" className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink">
            New paper
          </Link>
          <Link href="/study" className="rounded-lg border border-line px-4 py-2 text-sm">
            Study
          </Link>
        </div>
      </section>

      <section aria-labelledby="answers-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="answers-title" className="font-serif text-xl font-semibold">
            Answers and evidence
          </h2>
          <div role="group" aria-label="Show" className="flex gap-1 text-sm">
            {(["all", "wrong", "skipped"] as const).map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={show === s}
                onClick={() => setShow(s)}
                className={`rounded-md px-2.5 py-1 capitalize ${show === s ? "bg-surface font-medium text-ink ring-1 ring-line" : "text-muted hover:text-ink"}`}
              >
                {s}
              </button>
            ))}
          </div>
        </div>
        {items.length === 0 ? <p className="text-sm text-muted">None.</p> : null}
        <ol className="space-y-3">
          {items.map((item) => (
            <ResultItem key={item.questionId} item={item} number={paper.questions.findIndex((q) => q.questionId === item.questionId) + 1} />
          ))}
        </ol>
      </section>
    </div>
  );
}

function Stat({ label, value, tone, note, testId }: { label: string; value: number | string; tone: string; note: string; testId: string }) {
  return (
    <div className="rounded-lg border border-line bg-canvas p-3">
      <dt className="text-muted">{label}</dt>
      <dd className={`text-2xl font-semibold tabular-nums ${tone}`} data-testid={testId}>
        {value}
      </dd>
      <dd className="text-xs text-muted tabular-nums">{note}</dd>
    </div>
  );
}

function ResultItem({ item, number }: { item: ExamResultItem; number: number }) {
  const verdict = item.correct === null ? "Skipped" : item.correct ? "Right" : "Wrong";
  const tone = item.correct === null ? "text-muted" : item.correct ? "text-good" : "text-bad";
  const marks = item.correct === null ? "0" : item.correct ? "+2" : "−0.67";
  return (
    <li className="rounded-2xl border border-line bg-surface p-4 sm:p-5" data-testid="result-item" data-correct={String(item.correct)}>
      <div className="flex items-baseline justify-between gap-3 text-xs uppercase tracking-wide">
        <span className="text-muted">Question {number}</span>
        <span className={`font-semibold ${tone}`}>
          {verdict} <span className="tabular-nums">({marks})</span>
        </span>
      </div>
      <p className="mt-2 font-serif text-lg leading-relaxed">{item.prompt}</p>
      <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-muted">Your answer: </dt>
          <dd className={`inline font-medium ${tone}`} data-testid="given">
            {item.given ?? "—"}
          </dd>
        </div>
        <div>
          <dt className="inline text-muted">Answer: </dt>
          <dd className="inline font-semibold" data-testid="answer">
            {item.answer}
          </dd>
        </div>
      </dl>
      <figure className="mt-3 border-l-2 border-line pl-3 text-sm text-muted">
        <blockquote data-testid="evidence">{item.evidence}</blockquote>
        <figcaption className="mt-1">
          <Link href={`/articles/${encodeURIComponent(item.articleId)}`} className="text-accent underline-offset-2 hover:underline">
            {item.articleTitle}
          </Link>
        </figcaption>
      </figure>
    </li>
  );
}
