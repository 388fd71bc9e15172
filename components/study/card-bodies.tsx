"use client";
import Link from "@/components/link";
import { useEffect, useState } from "react";
import type { StudyCard } from "@/lib/api-types";
import type { SrsRating } from "@/lib/srs";
import type { StudySessionState as Session } from "./use-study-session";

// The parts of a study card: the answer area of each question type, the rating buttons, the
// feedback after an auto-graded answer and the evidence sentence.

const RATINGS: { rating: SrsRating; label: string; tone: string }[] = [
  { rating: 1, label: "Again", tone: "text-bad" },
  { rating: 2, label: "Hard", tone: "text-warn" },
  { rating: 3, label: "Good", tone: "text-good" },
  { rating: 4, label: "Easy", tone: "text-accent" },
];

function RatingButtons({ s, onRate, highlight }: { s: Session; onRate: (r: SrsRating) => void; highlight?: SrsRating }) {
  const intervals = s.current?.intervals;
  return (
    // On a phone the ratings sit in a bar fixed at the bottom of the screen, so they are in reach
    // without scrolling however long the card; the spacer keeps the card's end clear of it.
    <>
      <div aria-hidden className="h-24 sm:hidden" />
      <div
        role="group"
        aria-label="Rate how well you knew it"
        className="fixed inset-x-0 bottom-0 z-20 grid grid-cols-4 gap-2 border-t border-line bg-surface/95 px-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-3 shadow-lg backdrop-blur sm:static sm:z-auto sm:mt-6 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none sm:backdrop-blur-none"
        data-testid="rating-bar"
      >
        {RATINGS.map(({ rating, label, tone }) => (
          <button
            key={rating}
            type="button"
            onClick={() => onRate(rating)}
            aria-keyshortcuts={String(rating)}
            aria-label={`${label}${intervals?.[String(rating) as "1"] ? `, next in ${intervals[String(rating) as "1"]}` : s.cram ? ", no change (cram)" : ""} (key ${rating})`}
            data-testid={`rate-${rating}`}
            className={`flex flex-col items-center rounded-lg border px-2 py-2 text-sm hover:bg-canvas ${
              highlight === rating ? "border-accent ring-2 ring-accent/40" : "border-line"
            }`}
          >
            <span className={`font-semibold ${tone}`}>{label}</span>
            <span className="text-xs text-muted tabular-nums">
              {intervals?.[String(rating) as "1"] || (s.cram ? "no change" : "")}
              <span className="kbd-hint">
                {" "}
                · <kbd>{rating}</kbd>
              </span>
            </span>
          </button>
        ))}
      </div>
    </>
  );
}

export function RecallBody({ s, text, setText }: { s: Session; text: string; setText: (t: string) => void }) {
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
            onChange={(e) => {
              if (!grader) void loadGrader();
              setText(e.target.value);
            }}
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
          {s.reveal ? s.reveal.answer : (s.revealError ?? "Loading…")}
        </p>
        {text.trim() && s.reveal ? <TypedVerdict expected={s.reveal.answer} given={text} /> : null}
        {s.reveal ? <Evidence evidence={s.reveal.evidence} articleId={s.reveal.articleId} /> : null}
      </div>
      <RatingButtons s={s} onRate={(r) => s.rate(r, text)} />
    </div>
  );
}

/**
 * lib/grade (~3 kB gz) is only needed once a flashcard's answer was typed: loaded then, not with the
 * page. The recall input starts loading it at the first keystroke, so it is there by the flip.
 */
type Grader = (typeof import("@/lib/grade"))["gradeTyped"];
let grader: Grader | null = null;
function loadGrader(): Promise<Grader> {
  return import("@/lib/grade").then((m) => (grader = m.gradeTyped));
}

/** A typed flashcard answer checked as the server will (lib/grade), to guide the learner's rating. */
function TypedVerdict({ expected, given }: { expected: string; given: string }) {
  const [grade, setGrade] = useState<Grader | null>(() => grader);
  useEffect(() => {
    if (!grade) void loadGrader().then((g) => setGrade(() => g));
  }, [grade]);
  if (!grade) return null;
  const { correct } = grade({ expected, given });
  return (
    <p className={`mt-1 text-sm ${correct ? "text-good" : "text-bad"}`} data-testid="typed-verdict">
      You wrote “{given.trim()}” — {correct ? "that counts as right." : "not quite."}
    </p>
  );
}

export function ChoiceBody({ s, card }: { s: Session; card: StudyCard }) {
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

export function TruthBody({ s }: { s: Session }) {
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
            s.result && s.result.answer === o.label ? "border-good bg-good/10" : s.result && s.given?.truth === o.truth ? "border-bad bg-bad/10" : "border-line"
          }`}
        >
          {o.label} <kbd>{o.key}</kbd>
        </button>
      ))}
    </div>
  );
}

export function ClozeBody({
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

export function Feedback({ s, card }: { s: Session; card: StudyCard }) {
  const r = s.result!;
  return (
    <div className="mt-6" data-testid="feedback">
      <p role="status" className={`text-lg font-semibold ${r.correct ? "text-good" : "text-bad"}`} data-testid="verdict">
        {r.correct ? "Right" : "Not quite"}
        {!r.correct || card.type !== "mcq" ? (
          <span className="font-normal text-ink">
            {" "}
            — the answer is <strong data-testid="answer">{r.answer}</strong>
          </span>
        ) : null}
      </p>
      <Evidence evidence={r.evidence} articleId={card.articleId} />
      <RatingButtons s={s} onRate={(rating) => s.proceed(rating)} highlight={r.rating} />
      <p className="kbd-hint mt-2 text-center text-xs text-muted">
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
