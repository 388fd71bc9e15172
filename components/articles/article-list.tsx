"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "@/components/link";
import { api } from "../api";
import { useSessionState } from "../providers";

interface ArticleRow {
  id: string;
  title: string;
  published: string | null;
  tags: string[];
  words: number;
  own: boolean;
  questionCount: number;
}

/** The shipped articles and the learner's own, with study and delete actions. */
export function ArticleList() {
  const { ready } = useSessionState();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ["articles"], queryFn: () => api<{ articles: ArticleRow[] }>("/api/articles"), enabled: ready });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/articles/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["articles"] });
      void queryClient.invalidateQueries({ queryKey: ["progress"] });
      void queryClient.invalidateQueries({ queryKey: ["study"] });
    },
  });
  if (list.error)
    return (
      <p role="alert" className="text-bad">
        {(list.error as Error).message}
      </p>
    );
  if (!list.data) return <div aria-busy="true" aria-label="Loading articles" className="h-40 animate-pulse rounded-2xl border border-line bg-surface" />;
  return (
    <div className="space-y-3">
      {remove.error ? (
        <p role="alert" className="text-bad">
          {(remove.error as Error).message}
        </p>
      ) : null}
      <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface" data-testid="article-list">
        {list.data.articles.map((a) => (
          <li key={a.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <Link href={`/articles/${encodeURIComponent(a.id)}`} className="font-medium hover:underline">
                {a.title}
              </Link>
              <p className="text-sm text-muted">
                {a.own ? "Yours · " : ""}
                {a.questionCount} questions · {a.words} words · {a.published ?? "date not given"}
              </p>
            </div>
            <div className="flex shrink-0 gap-2">
              <Link href={`/study?article=${encodeURIComponent(a.id)}`} className="rounded-lg border border-line px-3 py-1.5 text-sm hover:bg-canvas">
                Study
              </Link>
              {a.own ? (
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(`Delete “${a.title}” and your history of its questions?`)) remove.mutate(a.id);
                  }}
                  className="rounded-lg border border-line px-3 py-1.5 text-sm text-bad hover:bg-canvas"
                  aria-label={`Delete ${a.title}`}
                >
                  Delete
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
