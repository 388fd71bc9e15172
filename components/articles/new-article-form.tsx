"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { api } from "../api";
import { useSessionState } from "../providers";

interface Created {
  id: string;
  title: string;
  facts: number;
  questions: number;
  words: number;
}

/** Paste a news article: its questions are made at once, ready to study. */
export function NewArticleForm() {
  const queryClient = useQueryClient();
  const { ready } = useSessionState();
  const [text, setText] = useState("");
  const add = useMutation({
    mutationFn: (form: FormData) => {
      const tags = String(form.get("tags") ?? "")
        .split(",")
        .map((t) => t.trim().toLowerCase().replace(/\s+/g, "-"))
        .filter(Boolean);
      const published = String(form.get("published") ?? "");
      return api<Created>("/api/articles", {
        body: {
          text,
          title: String(form.get("title") ?? "") || undefined,
          source: String(form.get("source") ?? "") || undefined,
          published: published || undefined,
          tags: tags.length ? tags : undefined,
        },
      });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["articles"] });
      void queryClient.invalidateQueries({ queryKey: ["study"] });
      void queryClient.invalidateQueries({ queryKey: ["progress"] });
    },
  });

  if (add.data) {
    const c = add.data;
    return (
      <section role="status" className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-6" data-testid="article-created">
        <h2 className="font-serif text-xl font-semibold">{c.title}</h2>
        <p>
          <strong className="tabular-nums">{c.questions}</strong> questions from <strong className="tabular-nums">{c.facts}</strong> facts in {c.words} words.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/study?article=${encodeURIComponent(c.id)}`} className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
            Study it now
          </Link>
          <Link href={`/articles/${encodeURIComponent(c.id)}`} className="rounded-lg border border-line px-4 py-2">
            Read the article
          </Link>
          <button
            type="button"
            onClick={() => {
              setText("");
              add.reset();
            }}
            className="rounded-lg border border-line px-4 py-2"
          >
            Add another
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-6"
      aria-busy={add.isPending}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(new FormData(e.currentTarget));
      }}
    >
      <label className="block">
        <span className="font-medium">Article text</span>
        <span className="block text-sm text-muted">
          Paste a news report as it is: a headline on the first line helps; trailers like “Read More” are dropped.
        </span>
        <textarea
          name="text"
          required
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="mt-2 block w-full rounded-lg border border-line bg-canvas px-3 py-2 font-serif text-base leading-relaxed"
          data-testid="article-text"
        />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block text-sm">
          <span className="text-muted">Headline (optional)</span>
          <input name="title" maxLength={300} className="mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base" />
        </label>
        <label className="block text-sm">
          <span className="text-muted">Source (optional)</span>
          <input name="source" maxLength={300} className="mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base" />
        </label>
        <label className="block text-sm">
          <span className="text-muted">Published (optional)</span>
          <input name="published" type="date" className="mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base" />
        </label>
        <label className="block text-sm">
          <span className="text-muted">Tags, comma-separated (optional)</span>
          <input name="tags" placeholder="economy, space" className="mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base" />
        </label>
      </div>
      {add.error ? (
        <p role="alert" className="text-bad" data-testid="article-error">
          {(add.error as Error).message}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <button disabled={!ready || add.isPending || !text.trim()} className="rounded-lg bg-accent px-5 py-2.5 font-medium text-accent-ink disabled:opacity-50">
          {add.isPending ? "Making questions…" : "Make questions"}
        </button>
        {add.isPending ? <span aria-hidden className="h-2 w-24 animate-pulse rounded-full bg-accent/40" /> : null}
      </div>
    </form>
  );
}
