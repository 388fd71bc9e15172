"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "../api";

export interface ArticleDetails {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  tags: string[];
}

const input = "mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base";

/** "Edit details" on one of the learner's own articles: title, source, date and tags, checked by the server. */
export function ArticleDetailsEditor({ article }: { article: ArticleDetails }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const errorId = useId();
  const save = useMutation({
    mutationFn: (form: HTMLFormElement) => {
      const data = new FormData(form);
      const tags = String(data.get("tags") ?? "")
        .split(",")
        .map((t) => t.trim().toLowerCase().replace(/\s+/g, "-"))
        .filter(Boolean);
      return api<ArticleDetails>(`/api/articles/${encodeURIComponent(article.id)}`, {
        method: "PATCH",
        body: {
          title: String(data.get("title") ?? ""),
          source: String(data.get("source") ?? "").trim() || null,
          published: String(data.get("published") ?? "") || null,
          tags,
        },
      });
    },
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ["articles"] });
      router.refresh();
    },
  });

  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-lg border border-line px-4 py-2 text-sm hover:bg-surface"
        data-testid="edit-details"
      >
        Edit details
      </button>
    );

  return (
    <form
      className="w-full space-y-4 rounded-2xl border border-line bg-surface p-4 sm:p-5"
      aria-label="Article details"
      data-testid="details-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(e.currentTarget);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block text-sm sm:col-span-2">
          <span className="text-muted">Headline</span>
          <input name="title" required maxLength={300} defaultValue={article.title} className={input} data-testid="details-title" autoFocus />
        </label>
        <label className="block text-sm">
          <span className="text-muted">Source (optional)</span>
          <input name="source" maxLength={300} defaultValue={article.source ?? ""} className={input} data-testid="details-source" />
        </label>
        <label className="block text-sm">
          <span className="text-muted">Published (optional)</span>
          <input name="published" type="date" defaultValue={article.published ?? ""} className={input} data-testid="details-published" />
        </label>
        <label className="block text-sm sm:col-span-2">
          <span className="text-muted">Tags, comma-separated</span>
          <input
            name="tags"
            defaultValue={article.tags.join(", ")}
            className={input}
            data-testid="details-tags"
            aria-describedby={save.error ? errorId : undefined}
          />
        </label>
      </div>
      {save.error ? (
        <p id={errorId} role="alert" className="text-sm text-bad" data-testid="details-error">
          {(save.error as Error).message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          disabled={save.isPending}
          className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink disabled:opacity-50"
          data-testid="details-save"
        >
          {save.isPending ? "Saving…" : "Save details"}
        </button>
        <button
          type="button"
          onClick={() => {
            save.reset();
            setOpen(false);
          }}
          className="rounded-lg border border-line px-4 py-2 text-sm hover:bg-surface"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
