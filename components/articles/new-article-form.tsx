"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "@/components/link";
import { useRef, useState } from "react";
import { api } from "../api";
import { useSessionState } from "../providers";

/** What the paste cleaning took out (questions/article/clean.ts, via the API). */
interface Cleaned {
  dropped: { text: string; reason: "image" | "caption" | "ad" | "newsletter" | "promo" | "event" | "link" }[];
  links: number;
}

const REASON_LABEL: Record<Cleaned["dropped"][number]["reason"], string> = {
  image: "Image",
  caption: "Caption",
  ad: "Ad",
  newsletter: "Newsletter prompt",
  promo: "Promo",
  event: "Event promo",
  link: "Link",
};

/** The lines the cleaning dropped, shown as text (never as HTML), and how many links became text. */
function CleanedNote({ cleaned }: { cleaned: Cleaned }) {
  if (!cleaned.dropped.length && !cleaned.links) return null;
  return (
    <details className="rounded-lg border border-line px-3 py-2 text-sm" data-testid="cleaned" open={cleaned.dropped.length <= 6}>
      <summary className="cursor-pointer">
        Cleaned the paste: {cleaned.dropped.length} {cleaned.dropped.length === 1 ? "line" : "lines"} dropped
        {cleaned.links ? `, ${cleaned.links} ${cleaned.links === 1 ? "link" : "links"} kept as text` : ""}
      </summary>
      {cleaned.dropped.length ? (
        <ul className="mt-2 space-y-1" aria-label="Dropped lines">
          {cleaned.dropped.map((d, i) => (
            <li key={i} className="flex gap-2" data-testid="cleaned-line">
              <span className="shrink-0 self-start rounded bg-canvas px-1.5 text-xs text-muted">{REASON_LABEL[d.reason]}</span>
              <span className="min-w-0 text-muted line-through decoration-muted/50 [overflow-wrap:anywhere]">{d.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

interface Created {
  cleaned: Cleaned;
  id: string;
  title: string;
  facts: number;
  questions: number;
  words: number;
  duplicate: boolean;
}

interface PreviewQuestion {
  id: string;
  type: "recall" | "mcq" | "cloze" | "true_false";
  prompt: string;
  answer: string;
  choices: string[] | null;
  evidence: string;
}

interface Preview {
  cleaned: Cleaned;
  title: string;
  words: number;
  facts: number;
  duplicate: { id: string; title: string } | null;
  questions: PreviewQuestion[];
}

type Details = { text: string; title?: string; source?: string; published?: string; tags?: string[] };

function detailsOf(form: HTMLFormElement, text: string): Details {
  const data = new FormData(form);
  const tags = String(data.get("tags") ?? "")
    .split(",")
    .map((t) => t.trim().toLowerCase().replace(/\s+/g, "-"))
    .filter(Boolean);
  const published = String(data.get("published") ?? "");
  return {
    text,
    title: String(data.get("title") ?? "") || undefined,
    source: String(data.get("source") ?? "") || undefined,
    published: published || undefined,
    tags: tags.length ? tags : undefined,
  };
}

/** Paste a news article: its questions are made at once, ready to study. */
export function NewArticleForm() {
  const queryClient = useQueryClient();
  const { ready } = useSessionState();
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [details, setDetails] = useState<Details | null>(null);
  const [edits, setEdits] = useState<Record<string, { prompt?: string; answer?: string }>>({});
  const [dropped, setDropped] = useState<Set<string>>(() => new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const preview = useMutation({ mutationFn: (d: Details) => api<Preview>("/api/articles/preview", { body: d }) });
  const add = useMutation({
    mutationFn: ({ d, update, withPreview }: { d: Details; update?: boolean; withPreview?: boolean }) => {
      const changed = withPreview
        ? Object.fromEntries(
            Object.entries(edits).filter(([id, e]) => {
              const q = preview.data?.questions.find((x) => x.id === id);
              return q && !dropped.has(id) && ((e.prompt !== undefined && e.prompt !== q.prompt) || (e.answer !== undefined && e.answer !== q.answer));
            }),
          )
        : {};
      return api<Created>("/api/articles", {
        body: { ...d, ...(update ? { update: true } : {}), ...(withPreview ? { edits: changed, drop: [...dropped] } : {}) },
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
        {c.duplicate ? (
          <p className="rounded-lg border border-warn/50 px-3 py-2 text-sm" data-testid="article-duplicate">
            You added this text before: nothing of it was changed (tags, edits and history stay).{" "}
            {details ? (
              <button type="button" className="text-accent underline" onClick={() => add.mutate({ d: details, update: true })} data-testid="article-update">
                Update it from this paste
              </button>
            ) : null}
          </p>
        ) : null}
        <CleanedNote cleaned={c.cleaned} />
        <p>
          <strong className="tabular-nums">{c.questions}</strong> questions from <strong className="tabular-nums">{c.facts}</strong> facts in {c.words} words.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/study?article=${encodeURIComponent(c.id)}&more=1`} className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
            Study it now
          </Link>
          <Link href={`/articles/${encodeURIComponent(c.id)}`} className="rounded-lg border border-line px-4 py-2">
            Read the article
          </Link>
          <button
            type="button"
            onClick={() => {
              setText("");
              setEdits({});
              setDropped(new Set());
              setDetails(null);
              preview.reset();
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

  if (preview.data && details) {
    const p = preview.data;
    const kept = p.questions.length - dropped.size;
    return (
      <section className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-6" aria-labelledby="preview-title" data-testid="article-preview">
        <h2 id="preview-title" className="font-serif text-xl font-semibold">
          Preview: {p.title}
        </h2>
        <p className="text-sm text-muted">
          {p.questions.length} questions from {p.facts} facts in {p.words} words. Edit a prompt or answer, or drop a question, then save. Nothing is saved yet.
        </p>
        <CleanedNote cleaned={p.cleaned} />
        {p.duplicate ? (
          <p className="rounded-lg border border-warn/50 px-3 py-2 text-sm" data-testid="preview-duplicate">
            You already added this text as “{p.duplicate.title}”. Saving changes nothing unless you choose to update it.
          </p>
        ) : null}
        <ol className="space-y-3">
          {p.questions.map((q, i) => {
            const isDropped = dropped.has(q.id);
            const e = edits[q.id] ?? {};
            return (
              <li
                key={q.id}
                className={`space-y-2 rounded-lg border border-line p-3 ${isDropped ? "opacity-60" : ""}`}
                data-testid="preview-question"
                data-id={q.id}
              >
                <div className="flex items-center justify-between gap-2 text-xs text-muted">
                  <span>
                    {i + 1}.{" "}
                    {q.type === "mcq" ? "Multiple choice" : q.type === "true_false" ? "True or false" : q.type === "cloze" ? "Fill in the blank" : "Flashcard"}
                  </span>
                  <label className="flex items-center gap-1">
                    <input
                      type="checkbox"
                      checked={isDropped}
                      onChange={(ev) =>
                        setDropped((d) => {
                          const n = new Set(d);
                          if (ev.target.checked) n.add(q.id);
                          else n.delete(q.id);
                          return n;
                        })
                      }
                      data-testid="preview-drop"
                    />
                    Drop
                  </label>
                </div>
                <label className="block text-xs text-muted">
                  Prompt
                  <textarea
                    value={e.prompt ?? q.prompt}
                    disabled={isDropped}
                    onChange={(ev) => setEdits((all) => ({ ...all, [q.id]: { ...all[q.id], prompt: ev.target.value } }))}
                    rows={2}
                    className="mt-1 block w-full rounded-lg border border-line bg-canvas px-2 py-1.5 text-sm text-ink"
                    data-testid="preview-prompt"
                  />
                </label>
                {q.type === "mcq" ? (
                  <p className="text-sm">
                    <span className="text-muted">Choices: </span>
                    {q.choices?.map((c) => (c === q.answer ? `✓ ${c}` : c)).join(" · ")}
                  </p>
                ) : q.type === "true_false" ? (
                  <p className="text-sm">
                    <span className="text-muted">Answer: </span>
                    {q.answer}
                  </p>
                ) : (
                  <label className="block text-xs text-muted">
                    Answer
                    <input
                      value={e.answer ?? q.answer}
                      disabled={isDropped}
                      onChange={(ev) => setEdits((all) => ({ ...all, [q.id]: { ...all[q.id], answer: ev.target.value } }))}
                      className="mt-1 block w-full rounded-lg border border-line bg-canvas px-2 py-1.5 text-sm text-ink"
                      data-testid="preview-answer"
                    />
                  </label>
                )}
              </li>
            );
          })}
        </ol>
        {add.error ? (
          <p role="alert" className="text-bad" data-testid="article-error">
            {(add.error as Error).message}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            disabled={add.isPending || kept === 0}
            onClick={() => add.mutate({ d: details, withPreview: true })}
            className="rounded-lg bg-accent px-5 py-2.5 font-medium text-accent-ink disabled:opacity-50"
            data-testid="preview-save"
          >
            {add.isPending ? "Saving…" : `Save with ${kept} question${kept === 1 ? "" : "s"}`}
          </button>
          {p.duplicate ? (
            <button
              type="button"
              disabled={add.isPending}
              onClick={() => add.mutate({ d: details, withPreview: true, update: true })}
              className="rounded-lg border border-line px-4 py-2"
            >
              Update the one I have
            </button>
          ) : null}
          <button type="button" onClick={() => preview.reset()} className="rounded-lg border border-line px-4 py-2">
            Back to the text
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      ref={formRef}
      className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-6"
      aria-busy={add.isPending || preview.isPending}
      onSubmit={(e) => {
        e.preventDefault();
        const d = detailsOf(e.currentTarget, text);
        setDetails(d);
        add.mutate({ d });
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
      <label className="block text-sm">
        <span className="text-muted">Or upload a .txt or .md file</span>
        <input
          type="file"
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          className="mt-1 block w-full text-sm"
          data-testid="article-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setFileError(null);
            if (!file) return;
            if (!/\.(txt|md|markdown)$/i.test(file.name)) return setFileError("Choose a .txt or .md file.");
            if (file.size > 200_000) return setFileError("The file is too large (the limit is 200 kB).");
            // Read as text, shown in the box above: nothing in it is run.
            void file.text().then(setText, () => setFileError("The file could not be read."));
          }}
        />
      </label>
      {fileError ? (
        <p role="alert" className="text-bad">
          {fileError}
        </p>
      ) : null}
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
      {add.error || preview.error ? (
        <p role="alert" className="text-bad" data-testid="article-error">
          {((add.error ?? preview.error) as Error).message}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={!ready || preview.isPending || add.isPending || !text.trim()}
          onClick={() => {
            if (!formRef.current) return;
            const d = detailsOf(formRef.current, text);
            setDetails(d);
            setEdits({});
            setDropped(new Set());
            preview.mutate(d);
          }}
          className="rounded-lg border border-accent px-5 py-2.5 font-medium text-accent disabled:opacity-50"
          data-testid="article-preview-button"
        >
          {preview.isPending ? "Making questions…" : "Preview questions"}
        </button>
        <button disabled={!ready || add.isPending || !text.trim()} className="rounded-lg bg-accent px-5 py-2.5 font-medium text-accent-ink disabled:opacity-50">
          {add.isPending ? "Making questions…" : "Make questions"}
        </button>
        {add.isPending ? <span aria-hidden className="h-2 w-24 animate-pulse rounded-full bg-accent/40" /> : null}
      </div>
    </form>
  );
}
