"use client";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FlagReasonName, QuestionDetail, QuestionListItem, QuestionListResponse } from "@/lib/api-types";
import type { QuestionPatch } from "@/lib/schemas";
import { api } from "../api";
import { useSessionState } from "../providers";

/** The browser's filters, as GET /api/questions takes them (empty string: not filtered). */
export interface QuestionFilters {
  q: string;
  article: string;
  tag: string;
  type: string;
  state: string;
  due: string;
  sort: string;
  dir: string;
}

export const NO_FILTERS: QuestionFilters = { q: "", article: "", tag: "", type: "", state: "", due: "", sort: "article", dir: "" };

const PAGE = 50;

function listPath(f: QuestionFilters, cursor: string | null): string {
  const p = new URLSearchParams({ limit: String(PAGE) });
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  if (cursor) p.set("cursor", cursor);
  return `/api/questions?${p.toString()}`;
}

/** Pages of the learner's questions under `filters`, 50 at a time (keyset cursor). */
export function useQuestionList(filters: QuestionFilters) {
  const { ready } = useSessionState();
  return useInfiniteQuery({
    queryKey: ["questions", "list", filters],
    queryFn: ({ pageParam, signal }) => api<QuestionListResponse>(listPath(filters, pageParam), { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    enabled: ready,
    placeholderData: (prev) => prev,
  });
}

/** One question with its evidence, schedule and history. */
export function useQuestionDetail(id: string | null) {
  const { ready } = useSessionState();
  return useQuery({
    queryKey: ["questions", "detail", id],
    queryFn: () => api<QuestionDetail>(`/api/questions/${encodeURIComponent(id!)}`),
    enabled: ready && id !== null,
    // Never shown from an old copy: its buttons (drop or restore, flag or unflag) act on what it says.
    gcTime: 0,
  });
}

export interface ArticleOption {
  id: string;
  title: string;
  tags: string[];
  flagged?: number;
}

/** The learner's articles, for the article and tag filters. */
export function useArticleOptions() {
  const { ready } = useSessionState();
  return useQuery({ queryKey: ["articles"], queryFn: () => api<{ articles: ArticleOption[] }>("/api/articles"), enabled: ready });
}

/**
 * The changes a learner makes from the browser: edit, drop/restore, flag/unflag, suspend/restore, bury/restore.
 * Each refreshes the list, the question and whatever study or progress depends on it.
 */
export function useQuestionActions(id: string) {
  const queryClient = useQueryClient();
  const path = `/api/questions/${encodeURIComponent(id)}`;
  const settle = () => {
    void queryClient.invalidateQueries({ queryKey: ["questions"] });
    void queryClient.invalidateQueries({ queryKey: ["articles"] });
    void queryClient.invalidateQueries({ queryKey: ["study"] });
    void queryClient.invalidateQueries({ queryKey: ["progress"] });
  };
  return {
    edit: useMutation({ mutationFn: (patch: QuestionPatch) => api<QuestionListItem>(path, { method: "PATCH", body: patch }), onSuccess: settle }),
    drop: useMutation({ mutationFn: (dropped: boolean) => api(`${path}/drop`, { body: { dropped } }), onSuccess: settle }),
    flag: useMutation({
      mutationFn: (reason: FlagReasonName | null) => (reason ? api(`${path}/flag`, { body: { reason } }) : api(`${path}/flag`, { method: "DELETE" })),
      onSuccess: settle,
    }),
    suspend: useMutation({ mutationFn: (suspended: boolean) => api(`${path}/suspend`, { body: { suspended } }), onSuccess: settle }),
    bury: useMutation({ mutationFn: (buried: boolean) => api(`${path}/bury`, { method: buried ? "POST" : "DELETE" }), onSuccess: settle }),
  };
}
