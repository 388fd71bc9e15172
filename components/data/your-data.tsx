"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { ApiRequestError } from "../api";
import { useSessionState } from "../providers";

/** What POST /api/import answers. */
interface ImportResponse {
  imported: { cards: number; reviews: number; articles: number };
}

/** Largest backup the server takes (mirrors app/api/import/route.ts). */
const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

const EXPORTS = [
  { href: "/api/export?format=csv", label: "Reviews (CSV)", help: "Every answer you gave, one row each.", testId: "export-reviews-csv" },
  { href: "/api/export?format=csv&table=cards", label: "Cards (CSV)", help: "Every question with your schedule.", testId: "export-cards-csv" },
  { href: "/api/export?format=apkg", label: "Anki deck (.apkg)", help: "Notes with their source sentence, and your progress.", testId: "export-apkg" },
  { href: "/api/export?format=json", label: "Full backup (JSON)", help: "Everything, to import here again.", testId: "export-json" },
] as const;

async function uploadBackup(file: File): Promise<ImportResponse> {
  if (file.size > MAX_BACKUP_BYTES) throw new ApiRequestError(413, "This file is larger than 10 MB: it is not a Factdeck backup.");
  const res = await fetch("/api/import", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: await file.text(),
    credentials: "same-origin",
  });
  const data = (await res.json().catch(() => ({}))) as Partial<ImportResponse> & { error?: string };
  if (!res.ok || !data.imported) throw new ApiRequestError(res.status, data.error ?? `The import failed (${res.status}).`);
  return { imported: data.imported };
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "Your data": download the reviews, cards, an Anki deck or a full backup, and import a backup. */
export function YourData() {
  const { ready } = useSessionState();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const ids = { file: useId(), help: useId(), error: useId() };

  const restore = useMutation({
    mutationFn: uploadBackup,
    onSuccess: () => {
      // Cards, reviews and settings may all have changed.
      void queryClient.invalidateQueries();
      setFile(null);
      if (fileInput.current) fileInput.current.value = "";
    },
  });
  const result = restore.data?.imported;

  return (
    <section aria-labelledby="your-data-heading" data-testid="your-data" className="space-y-5 rounded-2xl border border-line bg-surface p-5 sm:p-6">
      <div>
        <h2 id="your-data-heading" className="font-serif text-xl font-semibold">
          Your data
        </h2>
        <p className="mt-1 text-sm text-muted">Take your cards and reviews anywhere, or move them to another account.</p>
      </div>

      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {EXPORTS.map((e) => (
          <li key={e.href}>
            <a href={e.href} download data-testid={e.testId} className="block h-full rounded-lg border border-line px-4 py-3 hover:border-accent">
              <span className="font-medium text-accent">{e.label}</span>
              <span className="mt-0.5 block text-sm text-muted">{e.help}</span>
            </a>
          </li>
        ))}
      </ul>

      <form
        className="space-y-3 border-t border-line pt-5"
        aria-busy={restore.isPending}
        onSubmit={(e) => {
          e.preventDefault();
          if (file) restore.mutate(file);
        }}
      >
        <div>
          <label htmlFor={ids.file} className="font-medium">
            Import a backup
          </label>
          <p id={ids.help} className="mt-1 text-sm text-muted">
            A .json backup from Factdeck. Reviews already here are skipped; a card is updated only if the backup&apos;s is newer.
          </p>
          <input
            ref={fileInput}
            id={ids.file}
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            aria-describedby={restore.isError ? `${ids.help} ${ids.error}` : ids.help}
            aria-invalid={restore.isError || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              restore.reset();
            }}
            className="mt-2 block w-full max-w-full text-sm file:mr-3 file:rounded-lg file:border file:border-line file:bg-canvas file:px-3 file:py-2 file:text-ink"
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={!ready || !file || restore.isPending}
            data-testid="import-submit"
            className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50"
          >
            {restore.isPending ? "Importing…" : "Import backup"}
          </button>
          {restore.isPending ? <progress aria-label="Importing the backup" className="h-2 w-32 accent-[var(--color-accent)]" /> : null}
        </div>
        {restore.isError ? (
          <p id={ids.error} role="alert" data-testid="import-error" className="text-sm text-bad">
            {(restore.error as Error).message}
          </p>
        ) : null}
        {result ? (
          <p role="status" data-testid="import-result" className="text-sm text-good">
            {result.cards + result.reviews + result.articles === 0
              ? "Nothing new: everything in this backup is already here."
              : `Imported ${plural(result.reviews, "review")}, ${plural(result.cards, "card")} and ${plural(result.articles, "article")}.`}
          </p>
        ) : null}
      </form>
    </section>
  );
}
