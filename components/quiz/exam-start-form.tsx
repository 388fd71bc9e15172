"use client";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EXAM_MAX_QUESTIONS, EXAM_MIN_QUESTIONS, EXAM_MINUTES_PER_QUESTION } from "@/lib/exam";
import { api } from "../api";
import { useSessionState } from "../providers";
import { useCreateExam } from "./use-exams";

interface ArticleOption {
  id: string;
  title: string;
  tags: string[];
  questionCount: number;
}

/** The prelims pace for a paper of `count` questions, in whole minutes (20 → 24, 100 → 120). */
function defaultMinutes(count: number): number {
  return Math.max(1, Math.min(180, Math.ceil(count * EXAM_MINUTES_PER_QUESTION)));
}

const inputClass = "mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base text-ink";

/** Starts a paper: how many questions, how many minutes, and optionally one article or tag. */
export function ExamStartForm({ initialScope = "" }: { initialScope?: string }) {
  const { ready } = useSessionState();
  const router = useRouter();
  const create = useCreateExam();
  const articles = useQuery({ queryKey: ["articles"], queryFn: () => api<{ articles: ArticleOption[] }>("/api/articles"), enabled: ready });
  const [count, setCount] = useState(20);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [scope, setScope] = useState(initialScope);
  const tags = [...new Set((articles.data?.articles ?? []).flatMap((a) => a.tags))].sort();
  const shownMinutes = minutes ?? defaultMinutes(count);

  return (
    <form
      className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-6"
      data-testid="exam-start"
      onSubmit={(e) => {
        e.preventDefault();
        const [kind, value] = scope.split(/:(.*)/s);
        create.mutate(
          { count, minutes: shownMinutes, ...(kind === "article" ? { article: value } : kind === "tag" ? { tag: value } : {}) },
          { onSuccess: (paper) => router.push(`/quiz/${encodeURIComponent(paper.id)}${paper.requested > paper.count ? `?asked=${paper.requested}` : ""}`) },
        );
      }}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="block text-sm font-medium">
          Questions
          <input
            type="number"
            min={EXAM_MIN_QUESTIONS}
            max={EXAM_MAX_QUESTIONS}
            required
            value={count}
            onChange={(e) => setCount(Number(e.target.value))}
            className={inputClass}
            data-testid="exam-count"
          />
        </label>
        <label className="block text-sm font-medium">
          Minutes
          <input
            type="number"
            min={1}
            max={180}
            required
            value={shownMinutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
            className={inputClass}
            aria-describedby="minutes-hint"
            data-testid="exam-minutes"
          />
        </label>
        <label className="block text-sm font-medium">
          From
          <select value={scope} onChange={(e) => setScope(e.target.value)} className={inputClass} data-testid="exam-scope">
            <option value="">All articles</option>
            {articles.data?.articles.length ? (
              <optgroup label="Article">
                {articles.data.articles.map((a) => (
                  <option key={a.id} value={`article:${a.id}`}>
                    {a.title}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {tags.length ? (
              <optgroup label="Tag">
                {tags.map((t) => (
                  <option key={t} value={`tag:${t}`}>
                    #{t}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
      </div>
      <p id="minutes-hint" className="text-xs text-muted">
        The prelims pace is 1.2 minutes a question (100 in 2 hours). Multiple-choice and true/false questions only, one per fact.
      </p>
      {create.error ? (
        <p role="alert" className="text-sm text-bad">
          {create.error.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={create.isPending || !ready}
        className="w-full rounded-lg bg-accent px-4 py-3 font-medium text-accent-ink disabled:opacity-50 sm:w-auto"
        data-testid="start-exam"
      >
        {create.isPending ? "Drawing the paper…" : "Start the paper"}
      </button>
    </form>
  );
}
