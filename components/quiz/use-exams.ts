"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ExamCreated, ExamPaper, ExamResult, ExamSummary } from "@/lib/api-types";
import type { ExamCreate } from "@/lib/schemas";
import { api } from "../api";
import { useSessionState } from "../providers";
import { clearPaperState } from "./paper-storage";

/** The learner's past papers (GET /api/exams). */
export function useExamList() {
  const { ready } = useSessionState();
  return useQuery({ queryKey: ["exams"], queryFn: () => api<{ exams: ExamSummary[] }>("/api/exams"), enabled: ready, staleTime: 0 });
}

/** One paper (GET /api/exams/:id): questions while open, the result sheet once submitted. */
export function useExam(id: string) {
  const { ready } = useSessionState();
  return useQuery({
    queryKey: ["exam", id],
    queryFn: () => api<ExamPaper>(`/api/exams/${encodeURIComponent(id)}`),
    enabled: ready,
    retry: (count, err) => count < 1 && !(err instanceof Error && /No exam/.test(err.message)),
  });
}

/** Draws a new paper; the paper goes straight into the cache so its page needs no second request. */
export function useCreateExam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ExamCreate>) => api<ExamCreated>("/api/exams", { body }),
    onSuccess: (paper) => {
      queryClient.setQueryData(["exam", paper.id], paper);
      void queryClient.invalidateQueries({ queryKey: ["exams"] });
    },
  });
}

/** Submits a paper's answers (unanswered ones as null); the result sheet replaces the open paper. */
export function useSubmitExam(paper: ExamPaper) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, string>) =>
      api<ExamResult>(`/api/exams/${encodeURIComponent(paper.id)}/submit`, {
        body: { answers: Object.fromEntries(paper.questions.map((q) => [q.questionId, answers[q.questionId] ?? null])) },
      }),
    onSuccess: (result) => {
      queryClient.setQueryData<ExamPaper>(["exam", paper.id], { ...paper, result });
      clearPaperState(paper.id);
      void queryClient.invalidateQueries({ queryKey: ["exams"] });
    },
  });
}
