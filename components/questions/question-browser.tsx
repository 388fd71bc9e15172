"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { QuestionListItem } from "@/lib/api-types";
import { questionSorts, questionStateFilters } from "@/lib/question-filters";
import { QUESTION_TYPES } from "@/lib/question-types";
import { QuestionDetailPanel } from "./question-detail";
import { dueText, FLAG_LABEL, STATE_FILTER_LABEL, STATE_LABEL, TYPE_LABEL } from "./labels";
import { NO_FILTERS, useArticleOptions, useQuestionList, type QuestionFilters } from "./use-questions";

const SORT_LABEL: Record<(typeof questionSorts)[number], string> = {
  article: "Article",
  due: "Due date",
  prompt: "Prompt",
  lapses: "Lapses",
  reviewed: "Last reviewed",
  type: "Type",
};

const DUE_LABEL: Record<string, string> = { now: "Due now", today: "Due today", week: "Due within a week", overdue: "Overdue" };

function isTyping(t: EventTarget | null): boolean {
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
}

/**
 * The question browser at /questions (Anki's Browse): search, filters, sort, 50 a page, and each
 * row opening its question in place. Keyboard: `/` search, ↑/↓ (or j/k) move, Enter opens, Esc closes.
 */
export function QuestionBrowser({ initial }: { initial: Partial<QuestionFilters> }) {
  const [filters, setFilters] = useState<QuestionFilters>({ ...NO_FILTERS, ...initial });
  const [search, setSearch] = useState(filters.q);
  const [open, setOpen] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const list = useQuestionList(filters);
  const articles = useArticleOptions();
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.questions) ?? [], [list.data]);
  const tags = useMemo(() => [...new Set(articles.data?.articles.flatMap((a) => a.tags) ?? [])].sort(), [articles.data]);
  const [now] = useState(() => new Date());

  // The search box filters a moment after typing stops.
  useEffect(() => {
    const t = setTimeout(() => setFilters((f) => (f.q === search.trim() ? f : { ...f, q: search.trim() })), 250);
    return () => clearTimeout(t);
  }, [search]);

  // The URL says what is shown, so a filtered view can be linked to and survives a reload.
  useEffect(() => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v && !(k === "sort" && v === "article")) p.set(k, v);
    const qs = p.toString();
    window.history.replaceState(null, "", qs ? `/questions?${qs}` : "/questions");
  }, [filters]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key === "/" && !isTyping(e.target) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const set = (key: keyof QuestionFilters) => (e: React.ChangeEvent<HTMLSelectElement>) => {
    setOpen(null);
    setFilters((f) => ({ ...f, [key]: e.target.value }));
  };

  function rowButtons(): HTMLButtonElement[] {
    return [...(listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-row]") ?? [])];
  }

  function onListKey(e: React.KeyboardEvent<HTMLUListElement>) {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const buttons = rowButtons();
    const at = buttons.findIndex((b) => b === document.activeElement || b.parentElement?.contains(document.activeElement));
    const go = (i: number) => {
      const b = buttons[Math.max(0, Math.min(buttons.length - 1, i))];
      if (b) {
        e.preventDefault();
        b.focus();
      }
    };
    if (e.key === "ArrowDown" || e.key === "j") go(at + 1);
    else if (e.key === "ArrowUp" || e.key === "k") go(at - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(buttons.length - 1);
    else if (e.key === "Escape" && open) {
      e.preventDefault();
      const id = open;
      setOpen(null);
      buttons.find((b) => b.dataset.row === id)?.focus();
    }
  }

  const total = rows.length;
  const selectClass = "w-full rounded-lg border border-line bg-surface px-2 py-1.5 text-sm";

  return (
    <div className="space-y-4">
      <form role="search" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="q-search" className="sr-only">
            Search questions
          </label>
          <input
            id="q-search"
            ref={searchRef}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search text, answers, evidence ( / )"
            aria-keyshortcuts="/"
            className="w-full rounded-lg border border-line bg-surface px-3 py-2"
            data-testid="q-search"
          />
        </div>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <label className="text-xs text-muted">
            Article
            <select value={filters.article} onChange={set("article")} className={selectClass} data-testid="f-article">
              <option value="">All articles</option>
              {articles.data?.articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                  {a.flagged ? ` (${a.flagged} flagged)` : ""}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-muted">
            Tag
            <select value={filters.tag} onChange={set("tag")} className={selectClass} data-testid="f-tag">
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-muted">
            Type
            <select value={filters.type} onChange={set("type")} className={selectClass} data-testid="f-type">
              <option value="">All types</option>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-muted">
            State
            <select value={filters.state} onChange={set("state")} className={selectClass} data-testid="f-state">
              <option value="">Any state</option>
              {questionStateFilters.map((s) => (
                <option key={s} value={s}>
                  {STATE_FILTER_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-muted">
            Due
            <select value={filters.due} onChange={set("due")} className={selectClass} data-testid="f-due">
              <option value="">Any time</option>
              {Object.entries(DUE_LABEL).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-muted">
            Sort by
            <select value={filters.sort} onChange={set("sort")} className={selectClass} data-testid="f-sort">
              {questionSorts.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs text-muted">
            Order
            <select value={filters.dir} onChange={set("dir")} className={selectClass} data-testid="f-dir">
              <option value="">Natural</option>
              <option value="asc">Ascending</option>
              <option value="desc">Descending</option>
            </select>
          </label>
          <div className="flex items-end">
            <button
              type="button"
              className="w-full rounded-lg border border-line px-2 py-1.5 text-sm hover:bg-canvas"
              onClick={() => {
                setSearch("");
                setOpen(null);
                setFilters(NO_FILTERS);
              }}
            >
              Clear filters
            </button>
          </div>
        </div>
      </form>

      <p className="text-sm text-muted" role="status" aria-live="polite" data-testid="q-count">
        {list.isPending ? "Loading…" : `${total}${list.hasNextPage ? "+" : ""} question${total === 1 ? "" : "s"}`}
        <span className="hidden sm:inline"> · ↑/↓ move · Enter opens · Esc closes</span>
      </p>
      {list.error ? (
        <p role="alert" className="text-bad">
          {(list.error as Error).message}
        </p>
      ) : null}

      {rows.length ? (
        <ul
          ref={listRef}
          onKeyDown={onListKey}
          aria-label="Questions"
          className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface"
          data-testid="q-list"
        >
          {rows.map((r) => (
            <Row key={r.id} r={r} now={now} open={open === r.id} onToggle={() => setOpen((o) => (o === r.id ? null : r.id))} />
          ))}
        </ul>
      ) : list.isSuccess ? (
        <p className="rounded-2xl border border-line bg-surface p-6 text-center text-muted" data-testid="q-empty">
          No question matches these filters.
        </p>
      ) : null}

      {list.hasNextPage ? (
        <button
          type="button"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
          className="w-full rounded-lg border border-line px-3 py-2 text-sm hover:bg-canvas disabled:opacity-50"
          data-testid="q-more"
        >
          {list.isFetchingNextPage ? "Loading…" : "Show 50 more"}
        </button>
      ) : null}
    </div>
  );
}

function Row({ r, now, open, onToggle }: { r: QuestionListItem; now: Date; open: boolean; onToggle: () => void }) {
  const detailId = `q-detail-${r.id}`;
  return (
    <li data-testid="q-row" data-id={r.id} className={open ? "bg-canvas/40" : undefined}>
      <button
        type="button"
        data-row={r.id}
        aria-expanded={open}
        aria-controls={open ? detailId : undefined}
        onClick={onToggle}
        className="flex w-full flex-col gap-1 px-4 py-3 text-left hover:bg-canvas"
      >
        <span className="line-clamp-2 font-medium" data-testid="q-row-prompt">
          {r.prompt}
        </span>
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
          <span className="text-ink/80">→ {r.answer}</span>
          <span>{TYPE_LABEL[r.type]}</span>
          <span className="max-w-[16rem] truncate">{r.articleTitle}</span>
          <span>
            {STATE_LABEL[r.state]}
            {r.due ? ` · ${dueText(r.due, now)}` : ""}
          </span>
          {r.suspended ? <Badge tone="warn">Suspended</Badge> : null}
          {r.buried ? <Badge tone="warn">Buried until tomorrow</Badge> : null}
          {r.flagged ? <Badge tone="bad">Flagged{r.flagReason ? `: ${FLAG_LABEL[r.flagReason]}` : ""}</Badge> : null}
          {r.edited ? <Badge tone="accent">Edited</Badge> : null}
          {r.dropped ? <Badge tone="muted">Dropped</Badge> : null}
          {r.lapses >= 4 ? <Badge tone="bad">Leech</Badge> : null}
        </span>
      </button>
      {open ? <QuestionDetailPanel id={r.id} domId={detailId} /> : null}
    </li>
  );
}

const TONES = {
  warn: "border-warn/50 text-warn",
  bad: "border-bad/50 text-bad",
  accent: "border-accent/50 text-accent",
  muted: "border-line text-muted",
} as const;

function Badge({ tone, children }: { tone: keyof typeof TONES; children: React.ReactNode }) {
  return <span className={`rounded-full border px-2 py-px text-[11px] font-medium ${TONES[tone]}`}>{children}</span>;
}
