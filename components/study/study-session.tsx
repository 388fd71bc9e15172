"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { StudyCard } from "@/lib/api-types";
import { gradeTyped } from "@/lib/grade";
import type { SrsRating } from "@/lib/srs";
import { OutboxStatus } from "./outbox-status";
import { ProgressBar } from "../progress-bar";
import { useStudySession, type StudyFilter } from "./use-study-session";

const RATINGS: { rating: SrsRating; label: string; tone: string }[] = [
  { rating: 1, label: "Again", tone: "text-bad" },
  { rating: 2, label: "Hard", tone: "text-warn" },
  { rating: 3, label: "Good", tone: "text-good" },
  { rating: 4, label: "Easy", tone: "text-accent" },
];

const TYPE_LABEL: Record<StudyCard["type"], string> = {
  recall: "Flashcard",
  mcq: "Multiple choice",
  cloze: "Fill in the blank",
  true_false: "True or false",
};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** The study loop at /study: one card at a time, keyboard first (Space flips, 1–4 rate, Ctrl+Z undoes). */
export function StudySession({ filter }: { filter: StudyFilter }) {
  const s = useStudySession(filter);
  const { current } = s;

  if (s.loadError) return <p role="alert" className="rounded-lg border border-bad/40 bg-surface p-4 text-bad">{s.loadError}</p>;
  if (s.loading) return <CardSkeleton />;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <Counts counts={s.counts} />
        <div className="flex items-center gap-3 text-muted">
          <span data-testid="session-reviewed">{s.reviewed} reviewed</span>
          <button type="button" onClick={s.undo} disabled={!s.canUndo} className="rounded-md px-2 py-1 hover:text-ink disabled:opacity-40" aria-keyshortcuts="Control+Z">
            Undo <kbd>Ctrl Z</kbd>
          </button>
        </div>
      </div>
      <ProgressBar value={s.reviewed} max={Math.max(s.total, 1)} label="Session progress" />
      <OutboxStatus />
      {s.error ? (
        <p role="alert" className="rounded-md border border-bad/40 bg-surface px-3 py-2 text-sm text-bad">
          {s.error}{" "}
          <button type="button" className="underline" onClick={s.clearError}>
            Dismiss
          </button>
        </p>
      ) : null}
      {current ? <CardView key={current.questionId} s={s} card={current} /> : s.finished ? <Summary s={s} /> : <CardSkeleton />}
    </div>
  );
}

/** One card, keyed by question: its typed text and focus start fresh with each card. */
function CardView({ s, card }: { s: Session; card: StudyCard }) {
  const [text, setText] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const { phase } = s;

  // Put focus where the keyboard will act: the text box for cloze, else the card.
  useEffect(() => {
    if (card.type === "cloze" && phase === "question") inputRef.current?.focus();
    else cardRef.current?.focus({ preventScroll: true });
  }, [card.type, phase]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        if (isTyping(e.target) && (e.target as HTMLInputElement).value && phase === "question") return;
        e.preventDefault();
        s.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const typing = isTyping(e.target) && phase === "question";
      if (phase === "question") {
        if (card.type === "recall" && !typing && (e.key === " " || e.key === "Enter")) {
          e.preventDefault();
          s.flip();
        } else if (card.type === "mcq" && !typing && /^[1-4]$/.test(e.key)) {
          const choice = card.choices?.[Number(e.key) - 1];
          if (choice !== undefined) {
            e.preventDefault();
            s.answer({ choice });
          }
        } else if (card.type === "true_false" && !typing && /^[tf]$/i.test(e.key)) {
          e.preventDefault();
          s.answer({ truth: e.key.toLowerCase() === "t" });
        }
      } else if (phase === "revealed" && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        s.rate(Number(e.key) as SrsRating, text);
      } else if (phase === "feedback") {
        if (/^[1-4]$/.test(e.key)) {
          e.preventDefault();
          s.proceed(Number(e.key) as SrsRating);
        } else if (e.key === " " || e.key === "Enter") {
          e.preventDefault();
          s.proceed();
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [s, card, phase, text]);

  return (
    <section
      ref={cardRef}
      tabIndex={-1}
      aria-labelledby="card-prompt"
      data-testid="study-card"
      data-type={card.type}
      data-phase={phase}
      data-question-id={card.questionId}
      className="rounded-2xl border border-line bg-surface p-5 shadow-sm outline-none sm:p-8"
    >
      <div className="mb-4 flex items-center justify-between text-xs uppercase tracking-wide text-muted">
        <span className="whitespace-nowrap">{TYPE_LABEL[card.type]}</span>
        <span className="truncate pl-4 normal-case tracking-normal" title={card.articleTitle}>
          {card.articleTitle}
        </span>
      </div>
      <h2 id="card-prompt" className="font-serif text-xl leading-relaxed sm:text-2xl" data-testid="prompt">
        {card.prompt}
      </h2>
      <div className="mt-6">
        {card.type === "recall" ? (
          <RecallBody s={s} text={text} setText={setText} />
        ) : card.type === "mcq" ? (
          <ChoiceBody s={s} card={card} />
        ) : card.type === "true_false" ? (
          <TruthBody s={s} />
        ) : (
          <ClozeBody s={s} text={text} setText={setText} inputRef={inputRef} />
        )}
      </div>
      {phase === "feedback" && s.result ? <Feedback s={s} card={card} /> : null}
    </section>
  );
}

type Session = ReturnType<typeof useStudySession>;

function Counts({ counts }: { counts: Session["counts"] }) {
  if (!counts) return <span />;
  return (
    <p className="flex gap-3 font-medium tabular-nums" data-testid="study-counts" aria-label={`${counts.new} new, ${counts.learning} learning, ${counts.review} to review`}>
      <span className="text-new" title="New">{counts.new} new</span>
      <span className="text-learn" title="Learning">{counts.learning} learning</span>
      <span className="text-review" title="Review">{counts.review} review</span>
    </p>
  );
}

function RatingButtons({ s, onRate, highlight }: { s: Session; onRate: (r: SrsRating) => void; highlight?: SrsRating }) {
  const intervals = s.current?.intervals;
  return (
    <div role="group" aria-label="Rate how well you knew it" className="mt-6 grid grid-cols-4 gap-2">
      {RATINGS.map(({ rating, label, tone }) => (
        <button
          key={rating}
          type="button"
          onClick={() => onRate(rating)}
          aria-keyshortcuts={String(rating)}
          aria-label={`${label}${intervals ? `, next in ${intervals[String(rating) as "1"]}` : ""} (key ${rating})`}
          data-testid={`rate-${rating}`}
          className={`flex flex-col items-center rounded-lg border px-2 py-2 text-sm hover:bg-canvas ${
            highlight === rating ? "border-accent ring-2 ring-accent/40" : "border-line"
          }`}
        >
          <span className={`font-semibold ${tone}`}>{label}</span>
          <span className="text-xs text-muted tabular-nums">
            {intervals?.[String(rating) as "1"]} · <kbd>{rating}</kbd>
          </span>
        </button>
      ))}
    </div>
  );
}

function RecallBody({ s, text, setText }: { s: Session; text: string; setText: (t: string) => void }) {
  if (s.phase === "question") {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          s.flip();
        }}
        className="space-y-3"
      >
        <label className="block text-sm text-muted">
          Your answer (optional)
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base text-ink"
            autoComplete="off"
            data-testid="recall-input"
          />
        </label>
        <button type="submit" className="w-full rounded-lg bg-accent px-4 py-3 font-medium text-accent-ink" data-testid="flip">
          Show answer <kbd className="border-accent-ink/60 text-accent-ink">Space</kbd>
        </button>
      </form>
    );
  }
  return (
    <div>
      <div className="rounded-lg border border-line bg-canvas p-4" aria-live="polite">
        <p className="text-xs uppercase tracking-wide text-muted">Answer</p>
        <p className="mt-1 text-lg font-semibold" data-testid="answer">
          {s.reveal ? s.reveal.answer : s.revealError ?? "Loading…"}
        </p>
        {text.trim() && s.reveal ? <TypedVerdict expected={s.reveal.answer} given={text} /> : null}
        {s.reveal ? <Evidence evidence={s.reveal.evidence} articleId={s.reveal.articleId} /> : null}
      </div>
      <RatingButtons s={s} onRate={(r) => s.rate(r, text)} />
    </div>
  );
}

/** A typed flashcard answer checked as the server will (lib/grade), to guide the learner's rating. */
function TypedVerdict({ expected, given }: { expected: string; given: string }) {
  const { correct } = gradeTyped({ expected, given });
  return (
    <p className={`mt-1 text-sm ${correct ? "text-good" : "text-bad"}`} data-testid="typed-verdict">
      You wrote “{given.trim()}” — {correct ? "that counts as right." : "not quite."}
    </p>
  );
}

function ChoiceBody({ s, card }: { s: Session; card: StudyCard }) {
  const answered = s.phase !== "question";
  return (
    <ol className="grid gap-2" aria-label="Choices">
      {(card.choices ?? []).map((choice, i) => {
        const isAnswer = s.result ? choice === s.result.answer : false;
        const isWrongPick = s.result !== null && s.given?.choice === choice && !isAnswer;
        return (
          <li key={choice}>
            <button
              type="button"
              disabled={answered}
              onClick={() => s.answer({ choice })}
              data-testid={`choice-${i + 1}`}
              aria-keyshortcuts={String(i + 1)}
              className={`flex w-full items-start gap-3 rounded-lg border px-4 py-3 text-left hover:bg-canvas disabled:cursor-default ${
                isAnswer ? "border-good bg-good/10" : isWrongPick ? "border-bad bg-bad/10" : "border-line"
              }`}
            >
              <kbd>{i + 1}</kbd>
              <span>{choice}</span>
              {isAnswer ? <span className="sr-only"> (right answer)</span> : isWrongPick ? <span className="sr-only"> (your answer)</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function TruthBody({ s }: { s: Session }) {
  const answered = s.phase !== "question";
  return (
    <div className="grid grid-cols-2 gap-2">
      {[
        { truth: true, label: "True", key: "T" },
        { truth: false, label: "False", key: "F" },
      ].map((o) => (
        <button
          key={o.label}
          type="button"
          disabled={answered}
          onClick={() => s.answer({ truth: o.truth })}
          data-testid={`truth-${o.key.toLowerCase()}`}
          aria-keyshortcuts={o.key}
          className={`rounded-lg border px-4 py-3 font-medium hover:bg-canvas ${
            s.result && s.result.answer === o.label
              ? "border-good bg-good/10"
              : s.result && s.given?.truth === o.truth
                ? "border-bad bg-bad/10"
                : "border-line"
          }`}
        >
          {o.label} <kbd>{o.key}</kbd>
        </button>
      ))}
    </div>
  );
}

function ClozeBody({
  s,
  text,
  setText,
  inputRef,
}: {
  s: Session;
  text: string;
  setText: (t: string) => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
}) {
  const answered = s.phase !== "question";
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) s.answer({ text: text.trim() });
      }}
      className="flex gap-2"
    >
      <label className="sr-only" htmlFor="cloze-input">
        The missing words
      </label>
      <input
        id="cloze-input"
        ref={inputRef}
        value={text}
        onChange={(e) => setText(e.target.value)}
        readOnly={answered}
        autoComplete="off"
        placeholder="Type the missing words, then Enter"
        data-testid="cloze-input"
        className="min-w-0 flex-1 rounded-lg border border-line bg-canvas px-3 py-2 text-base"
      />
      <button type="submit" disabled={answered || !text.trim()} className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50">
        Check
      </button>
    </form>
  );
}

function Feedback({ s, card }: { s: Session; card: StudyCard }) {
  const r = s.result!;
  return (
    <div className="mt-6" data-testid="feedback">
      <p role="status" className={`text-lg font-semibold ${r.correct ? "text-good" : "text-bad"}`} data-testid="verdict">
        {r.correct ? "Right" : "Not quite"}
        {!r.correct || card.type !== "mcq" ? <span className="font-normal text-ink"> — the answer is <strong data-testid="answer">{r.answer}</strong></span> : null}
      </p>
      <Evidence evidence={r.evidence} articleId={card.articleId} />
      <RatingButtons s={s} onRate={(rating) => s.proceed(rating)} highlight={r.rating} />
      <p className="mt-2 text-center text-xs text-muted">
        <kbd>Enter</kbd> continue with {r.rating === 1 ? "Again" : "Good"} · <kbd>1</kbd>–<kbd>4</kbd> choose another rating
      </p>
    </div>
  );
}

function Evidence({ evidence, articleId }: { evidence: string; articleId: string }) {
  return (
    <figure className="mt-3 border-l-2 border-line pl-3 text-sm text-muted">
      <blockquote data-testid="evidence">{evidence}</blockquote>
      <figcaption className="mt-1">
        <Link href={`/articles/${encodeURIComponent(articleId)}`} className="text-accent underline-offset-2 hover:underline">
          Read the article
        </Link>
      </figcaption>
    </figure>
  );
}

function Summary({ s }: { s: Session }) {
  const accuracy = s.graded ? Math.round((s.correct / s.graded) * 100) : null;
  const later = s.nextDue ? new Date(s.nextDue) : null;
  return (
    <section className="rounded-2xl border border-line bg-surface p-6 text-center sm:p-8" data-testid="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="font-serif text-2xl">{s.reviewed ? "Session complete" : "Nothing due right now"}</h2>
      {s.reviewed ? (
        <dl className="mx-auto mt-5 grid max-w-md grid-cols-3 gap-3 text-sm">
          <div><dt className="text-muted">Reviewed</dt><dd className="text-2xl font-semibold tabular-nums">{s.reviewed}</dd></div>
          <div><dt className="text-muted">Accuracy</dt><dd className="text-2xl font-semibold tabular-nums">{accuracy === null ? "—" : `${accuracy}%`}</dd></div>
          <div><dt className="text-muted">Time</dt><dd className="text-2xl font-semibold tabular-nums">{Math.max(1, Math.round(s.secondsSpent / 60))} min</dd></div>
        </dl>
      ) : (
        <p className="mt-3 text-muted">You have studied everything that is due and today&apos;s new cards.</p>
      )}
      {later ? (
        <p className="mt-4 text-sm text-muted">
          Next learning card due at {later.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.
        </p>
      ) : null}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={s.restart} className="rounded-lg border border-line px-4 py-2">
          Check for more
        </button>
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
          Back to today
        </Link>
      </div>
    </section>
  );
}

function CardSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the next card" className="h-64 animate-pulse rounded-2xl border border-line bg-surface" />
  );
}
