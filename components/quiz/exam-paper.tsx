"use client";
import { useEffect, useRef, useState } from "react";
import type { ExamPaper, ExamQuestion } from "@/lib/api-types";
import { ProgressBar } from "../progress-bar";
import { ExamTimer, useNow } from "./exam-timer";
import { QuestionPalette } from "./question-palette";
import { SubmitDialog } from "./submit-dialog";
import { usePaper, type PaperControls } from "./use-paper";
import { useSubmitExam } from "./use-exams";

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The key that picks a choice: 1–4, or T/F for a true/false question. */
function keyOf(q: ExamQuestion, i: number): string {
  return q.type === "true_false" ? (i === 0 ? "T" : "F") : String(i + 1);
}

/**
 * An open paper: one question at a time, a palette, Previous/Next, and the countdown; keys 1–4 (or
 * T/F) choose, 0 or Backspace clears, N/P move, M marks for review. Submits by itself when the time
 * runs out.
 */
export function ExamPaperView({ paper }: { paper: ExamPaper }) {
  const p = usePaper(paper);
  const submit = useSubmitExam(paper);
  const [confirming, setConfirming] = useState(false);
  const now = useNow();
  const remaining = new Date(paper.endsAt).getTime() - now;
  const timeUp = remaining <= 0;
  const autoSubmitted = useRef(false);
  const { mutate } = submit;

  // Time is up: hand in what there is, once (a failed attempt can be retried with the button).
  useEffect(() => {
    if (!timeUp || autoSubmitted.current) return;
    autoSubmitted.current = true;
    setConfirming(false);
    mutate(p.answers);
  }, [timeUp, mutate, p.answers]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || confirming || isTyping(e.target) || !p.question) return;
      const q = p.question;
      const key = e.key.toLowerCase();
      const index = q.choices.findIndex((_, i) => keyOf(q, i).toLowerCase() === key || (q.type === "true_false" && String(i + 1) === key));
      if (index >= 0) p.choose(q.choices[index]!);
      else if (key === "0" || key === "backspace") p.choose(null);
      else if (key === "n" || key === "arrowright") p.next();
      else if (key === "p" || key === "arrowleft") p.previous();
      else if (key === "m") p.toggleMark();
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [p, confirming]);

  const count = paper.questions.length;
  return (
    <div className="space-y-4" data-testid="exam-paper">
      <div className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-3 border-b border-line bg-canvas/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6">
        <p className="text-sm text-muted" data-testid="answered-count">
          <span className="font-semibold text-ink tabular-nums">{p.answered}</span> of {count} answered
        </p>
        <ExamTimer remainingMs={remaining} />
        <button
          type="button"
          onClick={() => setConfirming(true)}
          disabled={submit.isPending || timeUp}
          className="rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink disabled:opacity-50"
          data-testid="submit-exam"
        >
          Submit
        </button>
      </div>
      <ProgressBar value={p.answered} max={count} label="Questions answered" />
      {remaining > 0 && remaining <= 5 * 60_000 ? (
        <p className="rounded-md border border-warn/40 bg-warn/10 px-3 py-2 text-sm text-warn" data-testid="time-warning">
          Less than {Math.ceil(remaining / 60_000)} {Math.ceil(remaining / 60_000) === 1 ? "minute" : "minutes"} left. The paper is handed in when the time runs
          out.
        </p>
      ) : null}
      {submit.isPending ? (
        <p role="status" className="text-sm text-muted">
          Handing in your paper…
        </p>
      ) : null}
      {submit.error ? (
        <p role="alert" className="rounded-md border border-bad/40 bg-surface px-3 py-2 text-sm text-bad">
          {submit.error.message} Your answers are kept on this device.{" "}
          <button type="button" className="underline" onClick={() => submit.mutate(p.answers)}>
            Try again
          </button>
        </p>
      ) : null}
      {p.question ? <QuestionCard key={p.question.questionId} p={p} question={p.question} index={p.current} count={count} /> : null}
      <QuestionPalette questions={paper.questions} answers={p.answers} marked={p.marked} current={p.current} onGo={p.go} />
      <p className="hidden text-center text-xs text-muted sm:block">
        <kbd>1</kbd>–<kbd>4</kbd> or <kbd>T</kbd>/<kbd>F</kbd> choose · <kbd>0</kbd> clear · <kbd>N</kbd>/<kbd>P</kbd> next/previous · <kbd>M</kbd> mark for
        review
      </p>
      <SubmitDialog
        open={confirming}
        unanswered={p.unanswered}
        marked={p.marked.size}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          submit.mutate(p.answers);
        }}
      />
    </div>
  );
}

/** One question with its choices and the Previous / Mark / Next row. */
function QuestionCard({ p, question, index, count }: { p: PaperControls; question: ExamQuestion; index: number; count: number }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  const given = p.answers[question.questionId];
  const isMarked = p.marked.has(question.questionId);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="exam-prompt"
      data-testid="exam-question"
      data-index={index + 1}
      data-question-id={question.questionId}
      className="rounded-2xl border border-line bg-surface p-5 shadow-sm outline-none sm:p-8"
    >
      <div className="mb-4 flex items-center justify-between text-xs uppercase tracking-wide text-muted">
        <span>
          Question {index + 1} of {count}
        </span>
        <span>{question.type === "true_false" ? "True or false" : "Multiple choice"}</span>
      </div>
      <h2 id="exam-prompt" className="font-serif text-xl leading-relaxed sm:text-2xl" data-testid="exam-prompt">
        {question.prompt}
      </h2>
      <div role="group" aria-label="Choices" className={`mt-6 grid gap-2 ${question.type === "true_false" ? "grid-cols-2" : ""}`}>
        {question.choices.map((choice, i) => {
          const chosen = given === choice;
          return (
            <button
              key={choice}
              type="button"
              aria-pressed={chosen}
              aria-keyshortcuts={keyOf(question, i)}
              onClick={() => p.choose(chosen ? null : choice)}
              data-testid={`exam-choice-${i + 1}`}
              className={`flex w-full items-start gap-3 rounded-lg border px-4 py-3 text-left ${chosen ? "border-accent bg-accent/10 font-medium ring-2 ring-accent/40" : "border-line hover:bg-canvas"}`}
            >
              <kbd>{keyOf(question, i)}</kbd>
              <span>{choice}</span>
            </button>
          );
        })}
      </div>
      <div className="mt-6 flex items-center justify-between gap-1.5 sm:gap-2">
        <button
          type="button"
          onClick={p.previous}
          disabled={index === 0}
          className="rounded-lg border border-line px-2.5 py-2 text-sm disabled:opacity-40 sm:px-3"
          aria-keyshortcuts="P"
        >
          ← Prev<span className="hidden sm:inline">ious</span>
        </button>
        <div className="flex gap-1.5 sm:gap-2">
          <button
            type="button"
            onClick={() => p.choose(null)}
            disabled={given === undefined}
            className="rounded-lg px-2 py-2 text-sm sm:px-3 text-muted hover:text-ink disabled:opacity-40"
            aria-keyshortcuts="0"
          >
            Clear
          </button>
          <button
            type="button"
            onClick={p.toggleMark}
            aria-pressed={isMarked}
            aria-keyshortcuts="M"
            data-testid="mark"
            className={`rounded-lg border px-2.5 py-2 text-sm sm:px-3 ${isMarked ? "border-warn bg-warn/10 text-warn" : "border-line"}`}
          >
            {isMarked ? (
              "Marked"
            ) : (
              <>
                Mark<span className="hidden sm:inline"> for review</span>
              </>
            )}
          </button>
        </div>
        <button
          type="button"
          onClick={p.next}
          disabled={index === count - 1}
          className="rounded-lg border border-line px-2.5 py-2 text-sm disabled:opacity-40 sm:px-3"
          aria-keyshortcuts="N"
        >
          Next →
        </button>
      </div>
    </section>
  );
}
