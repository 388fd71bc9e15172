"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ExamPaper } from "@/lib/api-types";
import { loadPaperState, savePaperState, type PaperState } from "./paper-storage";

/**
 * The learner's work on an open paper: answers, marks and the question on screen, saved to
 * localStorage on every change so a reload resumes where it was.
 */
export function usePaper(paper: ExamPaper) {
  const count = paper.questions.length;
  const [state, setState] = useState<PaperState>(() => {
    const saved = loadPaperState(paper.id);
    return { ...saved, current: Math.min(saved.current, Math.max(0, count - 1)) };
  });
  useEffect(() => savePaperState(paper.id, state), [paper.id, state]);

  const question = paper.questions[state.current];
  const marked = useMemo(() => new Set(state.marked), [state.marked]);

  const go = useCallback((index: number) => setState((s) => ({ ...s, current: Math.max(0, Math.min(count - 1, index)) })), [count]);
  const next = useCallback(() => setState((s) => ({ ...s, current: Math.min(count - 1, s.current + 1) })), [count]);
  const previous = useCallback(() => setState((s) => ({ ...s, current: Math.max(0, s.current - 1) })), []);

  const choose = useCallback(
    (choice: string | null) => {
      if (!question) return;
      setState((s) => {
        const answers = { ...s.answers };
        if (choice === null) delete answers[question.questionId];
        else answers[question.questionId] = choice;
        return { ...s, answers };
      });
    },
    [question],
  );

  const toggleMark = useCallback(() => {
    if (!question) return;
    setState((s) => ({
      ...s,
      marked: s.marked.includes(question.questionId) ? s.marked.filter((m) => m !== question.questionId) : [...s.marked, question.questionId],
    }));
  }, [question]);

  const answered = paper.questions.filter((q) => state.answers[q.questionId] !== undefined).length;
  return { ...state, question, marked, answered, unanswered: count - answered, go, next, previous, choose, toggleMark };
}

export type PaperControls = ReturnType<typeof usePaper>;
