"use client";
import { type ComponentType, Suspense, lazy, useEffect, useRef, useState } from "react";
import type { StudyCard } from "@/lib/api-types";
import { FLAG_REASONS } from "@/lib/flag-reasons";
import type { SrsRating } from "@/lib/srs";
import { ProgressBar } from "../progress-bar";
import { ChoiceBody, ClozeBody, Feedback, RecallBody, TruthBody } from "./card-bodies";
import { OutboxStatus } from "./outbox-status";
import { useStudySession, type StudyFilter, type StudySessionState as Session } from "./use-study-session";

const TYPE_LABEL: Record<StudyCard["type"], string> = {
  recall: "Flashcard",
  mcq: "Multiple choice",
  cloze: "Fill in the blank",
  true_false: "True or false",
};

/**
 * A part of the screen loaded when first needed, not with the page: the set-aside notices and the
 * flag reasons (after an action), the summary (at the end). If its code cannot be loaded (offline),
 * `fallback` shows instead of an error.
 */
function later<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ComponentType<P>) {
  return lazy(() =>
    load().then(
      (c) => ({ default: c }),
      () => ({ default: fallback }),
    ),
  );
}
const loadNotices = () => import("./study-notices");
const loadSummary = () => import("./session-summary");
const SetAsideNotices = later(
  () => loadNotices().then((m) => m.SetAsideNotices),
  () => null,
);
const FlagReasons = later(
  () => loadNotices().then((m) => m.FlagReasons),
  () => null,
);
const Summary = later(
  () => loadSummary().then((m) => m.Summary),
  () => (
    <p className="rounded-2xl border border-line bg-surface p-6 text-center" data-testid="summary">
      Nothing left here for now. <a href="/study">Check again</a>
    </p>
  ),
);

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** The study loop at /study: one card at a time, keyboard first (Space flips, 1–4 rate, Ctrl+Z undoes). */
export function StudySession({ filter }: { filter: StudyFilter }) {
  const s = useStudySession(filter);
  const frameRef = useRef<HTMLDivElement>(null);
  const { current } = s;
  const { finished, undo } = s;

  // What shows after an action or at the end is fetched at the learner's first key or pointer press.
  useEffect(() => {
    const preload = () => {
      window.removeEventListener("keydown", preload, true);
      window.removeEventListener("pointerdown", preload, true);
      void loadNotices().catch(() => undefined);
      void loadSummary().catch(() => undefined);
    };
    window.addEventListener("keydown", preload, true);
    window.addEventListener("pointerdown", preload, true);
    return () => {
      window.removeEventListener("keydown", preload, true);
      window.removeEventListener("pointerdown", preload, true);
    };
  }, []);

  // Ctrl+Z on the summary brings the last card back, as it does during the session.
  useEffect(() => {
    if (!finished) return;
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !isTyping(e.target)) {
        e.preventDefault();
        undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [finished, undo]);

  if (s.loadError)
    return (
      <p role="alert" className="rounded-lg border border-bad/40 bg-surface p-4 text-bad">
        {s.loadError}
      </p>
    );
  if (s.loading) return <CardSkeleton />;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <Counts counts={s.counts} />
        <div className="flex items-center gap-3 text-muted">
          <span data-testid="session-reviewed">{s.reviewed} reviewed</span>
          <button
            type="button"
            onClick={s.undo}
            disabled={!s.canUndo}
            className="rounded-md px-2 py-1 hover:text-ink disabled:opacity-40"
            aria-keyshortcuts="Control+Z"
          >
            Undo <kbd>Ctrl Z</kbd>
          </button>
        </div>
      </div>
      <ProgressBar value={s.reviewed} max={Math.max(s.total, 1)} label="Session progress" />
      <OutboxStatus />
      {s.suspended || s.buried || s.flagged ? (
        <Suspense>
          <SetAsideNotices s={s} />
        </Suspense>
      ) : null}
      {s.error ? (
        <p role="alert" className="rounded-md border border-bad/40 bg-surface px-3 py-2 text-sm text-bad">
          {s.error}{" "}
          <button type="button" className="underline" onClick={s.clearError}>
            Dismiss
          </button>
        </p>
      ) : null}
      {current ? (
        // The frame stays while the cards change inside it, and keeps the keyboard's focus: the
        // old card is not removed while focused and the new one is not focused, each of which
        // made the browser compute style and layout inside the key press (~3–4 ms a card here).
        // The region's live line says which card came, as moving the focus to it did before.
        <div ref={frameRef} tabIndex={-1} role="region" aria-label="Study card" className="outline-none">
          <p className="sr-only" aria-live="polite" aria-atomic="true">
            {TYPE_LABEL[current.type]}: {current.prompt}
          </p>
          <CardView key={current.questionId} s={s} card={current} frameRef={frameRef} />
        </div>
      ) : s.finished ? (
        <Suspense fallback={<CardSkeleton />}>
          <Summary s={s} />
        </Suspense>
      ) : (
        <CardSkeleton />
      )}
    </div>
  );
}

/** One card, keyed by question: its typed text and focus start fresh with each card. */
function CardView({ s, card, frameRef }: { s: Session; card: StudyCard; frameRef: React.RefObject<HTMLDivElement | null> }) {
  const [text, setText] = useState("");
  const [flagging, setFlagging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const { phase } = s;

  // Put focus where the keyboard will act: the text box for cloze, else the card's frame (or the
  // card, when it was given the focus), unless it is there already: the frame keeps it from card
  // to card, so moving on from a flashcard or after feedback moves no focus.
  useEffect(() => {
    if (card.type === "cloze" && phase === "question") {
      // Without scrolling here: scrolling into view would lay the new card out inside the key press;
      // in the next frame, when the browser lays it out anyway, the box is scrolled to if it is not in view.
      const input = inputRef.current;
      input?.focus({ preventScroll: true });
      requestAnimationFrame(() => input?.scrollIntoView({ block: "nearest" }));
    } else {
      const active = document.activeElement;
      if (active !== frameRef.current && active !== cardRef.current) frameRef.current?.focus({ preventScroll: true });
    }
  }, [card.type, phase, frameRef]);

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
      // In an empty answer box `!` and `@` are still shortcuts: no answer starts with them.
      const emptyBox = typing && (e.target as HTMLInputElement).value === "";
      // `!` asks why the question is bad; 1–5 then flag it, Esc takes it back.
      if (flagging) {
        const reason = FLAG_REASONS[Number(e.key) - 1];
        if (e.key === "Escape") {
          e.preventDefault();
          setFlagging(false);
        } else if (/^[1-5]$/.test(e.key) && reason) {
          e.preventDefault();
          s.flag(reason);
        }
        return;
      }
      if ((!typing || emptyBox) && e.key === "!" && phase !== "checking") {
        e.preventDefault();
        setFlagging(true);
        return;
      }
      // `-` buries (Anki's key): in an empty answer box too, as no answer starts with a dash.
      if ((!typing || emptyBox) && e.key === "-" && phase !== "checking") {
        e.preventDefault();
        s.bury();
        return;
      }
      if (phase === "question" && (!typing || emptyBox) && e.key === "@") {
        e.preventDefault();
        s.suspend();
        return;
      }
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
  }, [s, card, phase, text, flagging]);

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
        <span className="flex min-w-0 items-center gap-3 pl-4">
          {/* At phone width the row has no room for the headline beside the buttons (it was cut to a letter): it shows from sm up.
              A headline states the story's main figures ("cuts repo rate by 25 bps to 6.25 percent"), and the questions ask
              them: it shows once the card is answered, as the source, never beside the question. */}
          {phase !== "question" && phase !== "checking" ? (
            <span className="hidden truncate normal-case tracking-normal sm:inline" title={card.articleTitle} data-testid="card-source">
              {card.articleTitle}
            </span>
          ) : null}
          {phase !== "checking" ? (
            <button
              type="button"
              onClick={() => setFlagging((f) => !f)}
              aria-keyshortcuts="!"
              aria-expanded={flagging}
              title="Flag: a wrong, unclear or bad question leaves your study (key !)"
              className="shrink-0 rounded px-1.5 py-0.5 normal-case tracking-normal hover:bg-canvas hover:text-ink"
              data-testid="flag"
            >
              Flag
            </button>
          ) : null}
          {phase !== "checking" ? (
            <button
              type="button"
              onClick={s.bury}
              aria-keyshortcuts="-"
              aria-label="Bury until tomorrow"
              title="Bury: hold this question back until tomorrow (key -)"
              className="shrink-0 rounded px-1.5 py-0.5 normal-case tracking-normal hover:bg-canvas hover:text-ink"
              data-testid="bury"
            >
              Bury
            </button>
          ) : null}
          {phase === "question" ? (
            <button
              type="button"
              onClick={s.suspend}
              aria-keyshortcuts="@"
              title="Suspend: never show this question again (key @)"
              className="shrink-0 rounded px-1.5 py-0.5 normal-case tracking-normal hover:bg-canvas hover:text-ink"
              data-testid="suspend"
            >
              Suspend
            </button>
          ) : null}
        </span>
      </div>
      {flagging ? (
        <Suspense>
          <FlagReasons s={s} />
        </Suspense>
      ) : null}
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

function Counts({ counts }: { counts: Session["counts"] }) {
  if (!counts) return <span />;
  return (
    <p
      className="flex gap-3 font-medium tabular-nums"
      data-testid="study-counts"
      aria-label={`${counts.new} new, ${counts.learning} learning, ${counts.review} to review`}
    >
      <span className="text-new" title="New">
        {counts.new} new
      </span>
      <span className="text-learn" title="Learning">
        {counts.learning} learning
      </span>
      <span className="text-review" title="Review">
        {counts.review} review
      </span>
    </p>
  );
}

function CardSkeleton() {
  return <div aria-busy="true" aria-label="Loading the next card" className="h-64 animate-pulse rounded-2xl border border-line bg-surface" />;
}
