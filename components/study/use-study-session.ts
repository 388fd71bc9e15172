"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FlagReasonName, RevealResponse, ReviewResult, StudyCard, StudyCounts, StudyNextResponse } from "@/lib/api-types";
import type { SrsRating } from "@/lib/srs";
import { api } from "../api";
import { useSessionState } from "../providers";
import { mergeBatch } from "./merge-batch";
import { outbox, useOutbox } from "./outbox";

export type Phase = "question" | "revealed" | "checking" | "feedback";

export interface Answered {
  card: StudyCard;
  reviewId: string;
  rating: SrsRating;
  correct: boolean | null;
  durationMs: number;
}

export interface StudyFilter {
  articleId?: string;
  tag?: string;
  leeches?: boolean;
  /** Custom study: beyond today's new-card limit, siblings not buried (GET /api/study/next `more=1`). */
  more?: boolean;
  /** Review ahead: the cards due within this many days (`ahead=N`), scheduled as usual. */
  ahead?: number;
  /** Cram (`cram=1`): every question in scope; answers are only checked, the schedule never changes. */
  cram?: boolean;
}

/** Most cards one cram session holds (the server's limit with `cram=1`): cram never moves a card, so it is read at once. */
const CRAM_BATCH = 500;

const BATCH = 20;

function fetchReveal(questionId: string): Promise<RevealResponse> {
  return api<RevealResponse>(`/api/questions/${encodeURIComponent(questionId)}/reveal`);
}

function newId(): string {
  return crypto.randomUUID();
}

function queryString(filter: StudyFilter): string {
  const p = new URLSearchParams({ limit: String(filter.cram ? CRAM_BATCH : BATCH) });
  if (filter.articleId) p.set("article", filter.articleId);
  if (filter.tag) p.set("tag", filter.tag);
  if (filter.leeches) p.set("leeches", "1");
  if (filter.more) p.set("more", "1");
  if (filter.ahead) p.set("ahead", String(filter.ahead));
  if (filter.cram) p.set("cram", "1");
  return p.toString();
}

/**
 * The study loop's state: the local queue, the current card's phase, the review in flight,
 * undo, and the next batch fetched ahead so the next card shows at once.
 */
export function useStudySession(filter: StudyFilter) {
  const { ready } = useSessionState();
  const queryClient = useQueryClient();
  const key = useMemo(
    () =>
      ["study", filter.articleId ?? null, filter.tag ?? null, filter.leeches ?? false, filter.more ?? false, filter.ahead ?? 0, filter.cram ?? false] as const,
    [filter.articleId, filter.tag, filter.leeches, filter.more, filter.ahead, filter.cram],
  );
  const [queue, setQueue] = useState<StudyCard[]>([]);
  const [phase, setPhase] = useState<Phase>("question");
  const [result, setResult] = useState<Feedback | null>(null);
  const cram = filter.cram ?? false;
  // What the learner answered on the card on screen, to mark it after grading.
  const [given, setGiven] = useState<{ choice?: string; text?: string; truth?: boolean } | null>(null);
  const [history, setHistory] = useState<Answered[]>([]);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef<number>(0);
  // Cards answered here, with when: a card comes back only once the server has moved its due date past that.
  const [answeredAt, setAnsweredAt] = useState<ReadonlyMap<string, number>>(() => new Map());
  const current = queue[0] ?? null;
  const outboxState = useOutbox();

  // The queryFn only fetches. gcTime 0: no batch outlives the session (a later visit starts from
  // a fresh one, not from a cached batch whose cards were answered since).
  const next = useQuery({
    queryKey: key,
    queryFn: () => api<StudyNextResponse>(`/api/study/next?${queryString(filter)}`),
    enabled: ready,
    staleTime: 0,
    gcTime: 0,
  });
  const counts: StudyCounts | null = next.data?.counts ?? null;
  const nextDue = next.data?.nextDue ?? null;

  // Each batch is merged into the local queue once, as it arrives (React's "adjusting state when
  // a value changes": set during render, not in an effect; dataUpdatedAt marks a new batch).
  const [mergedAt, setMergedAt] = useState(0);
  if (next.data && next.dataUpdatedAt !== mergedAt) {
    const batch = next.data.cards;
    setMergedAt(next.dataUpdatedAt);
    // Leeches, review ahead and cram show each card once: an answered card is not due again here.
    setQueue((q) => mergeBatch(q, batch, answeredAt, Boolean(filter.leeches || filter.ahead || filter.cram)));
  }

  const refetchSoon = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: key });
  }, [queryClient, key]);

  useEffect(() => {
    shownAt.current = performance.now();
  }, [current?.questionId]);

  // The flashcard's back is fetched while the front is shown, so the flip is instant.
  const reveal = useQuery({
    queryKey: ["reveal", current?.questionId],
    queryFn: () => fetchReveal(current!.questionId),
    enabled: ready && current?.type === "recall",
    staleTime: Infinity,
  });

  // The next flashcard's back too, after this card is painted: the key press that moves on then
  // starts no request of its own (the query above finds it in the cache).
  const upcoming = queue[1]?.type === "recall" ? queue[1].questionId : null;
  useEffect(() => {
    if (!ready || !upcoming) return;
    const timer = setTimeout(
      () => void queryClient.prefetchQuery({ queryKey: ["reveal", upcoming], queryFn: () => fetchReveal(upcoming), staleTime: Infinity }),
      0,
    );
    return () => clearTimeout(timer);
  }, [ready, upcoming, queryClient]);

  const advance = useCallback((entry: Answered) => {
    const at = Date.now();
    setAnsweredAt((m) => new Map(m).set(entry.card.questionId, at));
    setHistory((h) => [...h, entry]);
    setQueue((q) => q.slice(1));
    setPhase("question");
    setResult(null);
    setGiven(null);
  }, []);

  const sendReview = useCallback(
    (card: StudyCard, response: Record<string, unknown>, replaces?: { id: string; durationMs: number }) => {
      const body = {
        id: newId(),
        questionId: card.questionId,
        response,
        durationMs: replaces ? replaces.durationMs : Math.min(Math.round(performance.now() - shownAt.current), 86_400_000),
        ...(replaces ? { replaces: replaces.id } : {}),
      };
      // Kept in the outbox (localStorage) at once; sent in the task after this one, so the key
      // press that rated the card paints the next one before a request is made.
      const promise = outbox.send<ReviewResult>({ kind: "review", body }, { sendLater: true });
      promise.then(refetchSoon, (err: Error) => setError(err.message));
      return { id: body.id, durationMs: body.durationMs, promise };
    },
    [refetchSoon],
  );

  /** Flashcard: flip to the back. */
  const flip = useCallback(() => {
    if (current?.type === "recall" && phase === "question") setPhase("revealed");
  }, [current, phase]);

  /** Flashcard: rate it; the next card shows at once while the review is saved behind it. */
  const rate = useCallback(
    (rating: SrsRating, text?: string) => {
      if (!current || current.type !== "recall" || phase !== "revealed") return;
      if (cram) {
        // Cram: nothing is recorded, the card keeps its schedule.
        advance({ card: current, reviewId: "", rating, correct: null, durationMs: Math.round(performance.now() - shownAt.current) });
        return;
      }
      const response: Record<string, unknown> = { rating };
      if (text && text.trim()) response.text = text.trim();
      const sent = sendReview(current, response);
      advance({ card: current, reviewId: sent.id, rating, correct: null, durationMs: sent.durationMs });
    },
    [current, phase, sendReview, advance, cram],
  );

  const pending = useRef<{ id: string; durationMs: number; response: Record<string, unknown> } | null>(null);

  /** Auto-graded answer (choice, truth or typed text): saved, then feedback is shown. */
  const answer = useCallback(
    (response: { choice?: string; text?: string; truth?: boolean }) => {
      if (!current || current.type === "recall" || phase !== "question") return;
      setPhase("checking");
      setGiven(response);
      if (cram) {
        // Cram: checked by the server (POST /api/study/check), nothing recorded.
        const durationMs = Math.round(performance.now() - shownAt.current);
        pending.current = { id: "", durationMs, response };
        api<Feedback>("/api/study/check", { body: { questionId: current.questionId, response } }).then(
          (r) => {
            setResult({ ...r, reviewId: "" });
            setPhase("feedback");
          },
          (err: Error) => {
            setError(err.message);
            setPhase("question");
          },
        );
        return;
      }
      const sent = sendReview(current, response);
      pending.current = { id: sent.id, durationMs: sent.durationMs, response };
      sent.promise.then(
        (r) => {
          setResult(r);
          setPhase("feedback");
        },
        () => setPhase("question"),
      );
    },
    [current, phase, sendReview, cram],
  );

  /**
   * After feedback: move on, keeping the auto rating or overriding it: one request that replaces the
   * review with the same answer re-rated (atomic on the server, whatever other devices did since).
   */
  const proceed = useCallback(
    (override?: SrsRating) => {
      if (!current || phase !== "feedback" || !result || !pending.current) return;
      const first = pending.current;
      let reviewId = result.reviewId;
      let rating = result.rating;
      if (override && override !== result.rating && !cram) {
        const again = sendReview(current, { ...first.response, rating: override }, first);
        reviewId = again.id;
        rating = override;
      } else if (override) rating = override;
      pending.current = null;
      advance({ card: current, reviewId, rating, correct: result.correct, durationMs: first.durationMs });
    },
    [current, phase, result, sendReview, advance, cram],
  );

  /** The question last suspended here, so it can be brought back. */
  const [suspended, setSuspended] = useState<StudyCard | null>(null);

  /** Anki's suspend (key @): the question on screen is never studied until unsuspended. */
  const suspend = useCallback(() => {
    if (!current || phase !== "question") return;
    const card = current;
    setQueue((q) => q.filter((c) => c.questionId !== card.questionId));
    setSuspended(card);
    api(`/api/questions/${encodeURIComponent(card.questionId)}/suspend`, { body: { suspended: true } }).then(refetchSoon, (err: Error) => {
      setError(err.message);
      setQueue((q) => [card, ...q]);
      setSuspended(null);
    });
  }, [current, phase, refetchSoon]);

  /** Brings the last suspended question back, at the front of the queue. */
  const unsuspend = useCallback(() => {
    const card = suspended;
    if (!card) return;
    setSuspended(null);
    api(`/api/questions/${encodeURIComponent(card.questionId)}/suspend`, { body: { suspended: false } }).then(
      () => {
        setQueue((q) => [card, ...q.filter((c) => c.questionId !== card.questionId)]);
        refetchSoon();
      },
      (err: Error) => setError(err.message),
    );
  }, [suspended, refetchSoon]);

  /** The question last buried here, so it can be brought back. */
  const [buried, setBuried] = useState<StudyCard | null>(null);

  /**
   * Anki's bury (key `-`): the question on screen leaves today's study and comes back tomorrow.
   * After an auto-graded answer the answer stays recorded and the session moves on.
   */
  const bury = useCallback(() => {
    if (!current || phase === "checking") return;
    const card = current;
    if (phase === "feedback") proceed();
    setPhase("question");
    setResult(null);
    setGiven(null);
    setQueue((q) => q.filter((c) => c.questionId !== card.questionId));
    setBuried(card);
    api(`/api/questions/${encodeURIComponent(card.questionId)}/bury`, { method: "POST" }).then(refetchSoon, (err: Error) => {
      setError(err.message);
      setQueue((q) => [card, ...q]);
      setBuried(null);
    });
  }, [current, phase, proceed, refetchSoon]);

  /** Restores the last buried question, at the front of the queue. */
  const unbury = useCallback(() => {
    const card = buried;
    if (!card) return;
    setBuried(null);
    api(`/api/questions/${encodeURIComponent(card.questionId)}/bury`, { method: "DELETE" }).then(
      () => {
        setQueue((q) => [card, ...q.filter((c) => c.questionId !== card.questionId)]);
        refetchSoon();
      },
      (err: Error) => setError(err.message),
    );
  }, [buried, refetchSoon]);

  /** The question last flagged here, so the flag can be taken back. */
  const [flagged, setFlagged] = useState<{ card: StudyCard; reason: FlagReasonName } | null>(null);

  /**
   * Flags the question on screen (key `!`, then a reason): it leaves the study at once. After an
   * auto-graded answer the answer stays recorded and the session moves on.
   */
  const flag = useCallback(
    (reason: FlagReasonName) => {
      if (!current || phase === "checking") return;
      const card = current;
      if (phase === "feedback") proceed();
      setPhase("question");
      setResult(null);
      setGiven(null);
      setQueue((q) => q.filter((c) => c.questionId !== card.questionId));
      setFlagged({ card, reason });
      api(`/api/questions/${encodeURIComponent(card.questionId)}/flag`, { body: { reason } }).then(refetchSoon, (err: Error) => {
        setError(err.message);
        setFlagged(null);
      });
    },
    [current, phase, proceed, refetchSoon],
  );

  /** Takes the last flag back; the question returns to the front of the queue. */
  const unflag = useCallback(() => {
    const f = flagged;
    if (!f) return;
    setFlagged(null);
    api(`/api/questions/${encodeURIComponent(f.card.questionId)}/flag`, { method: "DELETE" }).then(
      () => {
        setQueue((q) => [f.card, ...q.filter((c) => c.questionId !== f.card.questionId)]);
        refetchSoon();
      },
      (err: Error) => setError(err.message),
    );
  }, [flagged, refetchSoon]);

  /** Ctrl+Z: undoes the answer on screen, or else brings the last answered card back. */
  const undo = useCallback(() => {
    if (phase === "checking") return;
    if (phase === "feedback" && pending.current) {
      if (!cram) void outbox.send({ kind: "undo", reviewId: pending.current.id }).then(refetchSoon, (err: Error) => setError(err.message));
      pending.current = null;
      setPhase("question");
      setResult(null);
      setGiven(null);
      return;
    }
    const last = history[history.length - 1];
    if (!last) return;
    if (!cram) void outbox.send({ kind: "undo", reviewId: last.reviewId }).then(refetchSoon, (err: Error) => setError(err.message));
    setAnsweredAt((m) => {
      const rest = new Map(m);
      rest.delete(last.card.questionId);
      return rest;
    });
    setHistory((h) => h.slice(0, -1));
    setQueue((q) => [last.card, ...q.filter((c) => c.questionId !== last.card.questionId)]);
    setPhase("question");
    setResult(null);
    setGiven(null);
  }, [history, phase, refetchSoon, cram]);

  const reviewed = history.length;
  const correct = history.filter((h) => h.correct === true).length;
  const graded = history.filter((h) => h.correct !== null).length;
  // Cram changes no card, so the server's counts never go down: what is left is the local queue.
  const remaining = counts && !cram ? counts.new + counts.learning + counts.review : queue.length;
  const total = reviewed + Math.max(remaining, queue.length);
  const finished = next.isSuccess && !next.isFetching && queue.length === 0 && outboxState.pending === 0;

  // Out of cards but a learning step comes due soon: fetch it when it does, as Anki does.
  useEffect(() => {
    if (!finished || !nextDue) return;
    const wait = Date.parse(nextDue) - Date.now();
    if (wait > 30 * 60_000) return;
    const timer = setTimeout(refetchSoon, Math.max(0, wait) + 500);
    return () => clearTimeout(timer);
  }, [finished, nextDue, refetchSoon]);

  return {
    loading: !ready || next.isPending,
    loadError: next.error ? (next.error as Error).message : null,
    current,
    phase,
    result,
    given,
    reveal: reveal.data ?? null,
    revealError: reveal.error ? (reveal.error as Error).message : null,
    counts,
    nextDue,
    reviewed,
    correct,
    graded,
    total,
    finished,
    canUndo: history.length > 0 || phase === "feedback",
    error,
    clearError: () => setError(null),
    flip,
    rate,
    suspend,
    unsuspend,
    suspended,
    bury,
    unbury,
    buried,
    flag,
    unflag,
    flagged,
    answer,
    proceed,
    undo,
    restart: () => {
      setAnsweredAt(new Map());
      setHistory([]);
      refetchSoon();
    },
    more: filter.more ?? false,
    cram,
    ahead: filter.ahead ?? null,
    /** The same session as custom study: beyond today's limits. */
    studyMoreHref: `/study?${new URLSearchParams({ ...(filter.articleId ? { article: filter.articleId } : {}), ...(filter.tag ? { tag: filter.tag } : {}), more: "1" }).toString()}`,
    /** Cram the same article or tag (not offered for everything: a whole library is no cram). */
    cramHref:
      filter.articleId || filter.tag
        ? `/study?${new URLSearchParams({ ...(filter.articleId ? { article: filter.articleId } : {}), ...(filter.tag ? { tag: filter.tag } : {}), cram: "1" }).toString()}`
        : null,
    /** Review ahead a week, same scope. */
    reviewAheadHref: `/study?${new URLSearchParams({ ...(filter.articleId ? { article: filter.articleId } : {}), ...(filter.tag ? { tag: filter.tag } : {}), ahead: "7" }).toString()}`,
    secondsSpent: Math.round(history.reduce((s, h) => s + h.durationMs, 0) / 1000),
  };
}

/** What the feedback after an auto-graded answer shows (a review's result, or a cram check's). */
type Feedback = Pick<ReviewResult, "reviewId" | "correct" | "answer" | "evidence" | "rating">;

/** Everything the study page reads and calls. */
export type StudySessionState = ReturnType<typeof useStudySession>;
