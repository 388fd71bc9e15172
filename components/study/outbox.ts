"use client";
import { useSyncExternalStore } from "react";
import { ApiRequestError, api } from "../api";
import { OUTBOX_STORAGE_KEY as STORAGE_KEY } from "./outbox-key";

/**
 * The review outbox: every answer and undo goes through one FIFO queue that is kept in
 * localStorage until the server acknowledges it. A failed send is retried with the same id
 * (the server records a review id once), so an answer given is never lost and never doubled,
 * even across a reload or a dropped connection.
 */
export type OutboxOp =
  | { kind: "review"; body: { id: string; questionId: string; response: Record<string, unknown>; durationMs: number; replaces?: string } }
  | { kind: "undo"; reviewId: string };

/** The review an operation needs to have been recorded (an override's or an undo's target), if any. */
function precondition(op: OutboxOp): string | undefined {
  return op.kind === "review" ? op.body.replaces : op.reviewId;
}

/**
 * Removes the operations whose precondition failed: those that name `failedId`, and, in turn,
 * those that name what they would have recorded. Returns what is kept and what was dropped, in order.
 */
export function dropDependents<E extends { op: OutboxOp }>(entries: readonly E[], failedId: string | undefined): { kept: E[]; dropped: E[] } {
  const failed = new Set(failedId ? [failedId] : []);
  const kept: E[] = [];
  const dropped: E[] = [];
  for (const e of entries) {
    const needs = precondition(e.op);
    if (needs !== undefined && failed.has(needs)) {
      dropped.push(e);
      if (e.op.kind === "review") failed.add(e.op.body.id);
    } else {
      kept.push(e);
    }
  }
  return { kept, dropped };
}

interface Entry {
  op: OutboxOp;
  resolve?: (value: unknown) => void;
  reject?: (err: unknown) => void;
}

/** What the page shows of the outbox: how many operations wait, and why (the last error), if they do. */
export interface OutboxState {
  readonly pending: number;
  readonly error: string | null;
}

/** Sends one operation to the server; resolves with its answer. */
export type OutboxTransport = (op: OutboxOp) => Promise<unknown>;

const sendToServer: OutboxTransport = (op) =>
  op.kind === "review" ? api("/api/reviews", { body: op.body }) : api("/api/reviews/undo", { body: { reviewId: op.reviewId } });

/** The server render's view: nothing is waiting (the outbox lives in the browser's storage). */
const SERVER_STATE: OutboxState = { pending: 0, error: null };

/**
 * An external store for React (`useSyncExternalStore`): `subscribe` and `getSnapshot`, whose
 * snapshot is a new object only when `pending` or `error` changed.
 */
export class Outbox {
  private entries: Entry[] = [];
  private running = false;
  private listeners = new Set<() => void>();
  private lastError: string | null = null;
  private loaded = false;
  private snapshot: OutboxState = SERVER_STATE;

  constructor(private readonly transport: OutboxTransport = sendToServer) {}

  /** Restores what an earlier page left unsent, and sends it. */
  load() {
    if (this.loaded || typeof window === "undefined") return;
    this.loaded = true;
    try {
      const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]") as OutboxOp[];
      this.entries.push(...saved.map((op) => ({ op })));
    } catch {
      window.localStorage.removeItem(STORAGE_KEY);
    }
    this.publish();
    window.addEventListener("online", () => void this.run());
    void this.run();
  }

  /**
   * Queues an operation; resolves with the server's answer once it is acknowledged. It is kept
   * (localStorage) before this returns either way; with `sendLater` the sending starts in a later
   * task (a timer), so a key press that queues an answer is not also the one that makes the request.
   */
  send<T>(op: OutboxOp, { sendLater = false }: { sendLater?: boolean } = {}): Promise<T> {
    this.load();
    return new Promise<T>((resolve, reject) => {
      this.entries.push({ op, resolve: resolve as (v: unknown) => void, reject });
      this.persist();
      if (sendLater) setTimeout(() => void this.run(), 0);
      else void this.run();
    });
  }

  /** Calls `onChange` whenever the snapshot changes; returns the unsubscribe. */
  subscribe = (onChange: () => void): (() => void) => {
    this.listeners.add(onChange);
    return () => {
      this.listeners.delete(onChange);
    };
  };

  /** The current state: the same object until something changed. */
  getSnapshot = (): OutboxState => this.snapshot;

  private persist() {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(this.entries.map((e) => e.op)));
    } catch {
      // Storage full or disabled (or no window: tests): the in-memory queue still retries while the page is open.
    }
    // After the operation's own promise has settled: what its caller does on the answer (the study
    // page refetches its queue) is under way before the page sees the outbox empty.
    queueMicrotask(() => this.publish());
  }

  /** A new snapshot, and the subscribers told, when what they see changed. */
  private publish() {
    const pending = this.entries.length;
    if (pending === this.snapshot.pending && this.lastError === this.snapshot.error) return;
    this.snapshot = { pending, error: this.lastError };
    for (const l of this.listeners) l();
  }

  private async run() {
    if (this.running) return;
    this.running = true;
    let delay = 500;
    while (this.entries.length > 0) {
      const entry = this.entries[0]!;
      try {
        const result = await this.transport(entry.op);
        this.entries.shift();
        this.lastError = null;
        entry.resolve?.(result);
        this.persist();
        delay = 500;
      } catch (err) {
        if (err instanceof ApiRequestError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429) {
          // The server refused it for good (bad input, or its precondition failed): retrying cannot
          // help, and what was queued on top of it (an override or undo of that review) is dropped too.
          this.entries.shift();
          const { kept, dropped } = dropDependents(this.entries, entry.op.kind === "review" ? entry.op.body.id : undefined);
          this.entries = kept;
          this.lastError = err.message;
          entry.reject?.(err);
          for (const d of dropped) d.reject?.(new ApiRequestError(409, "Not saved: the answer it changes was not recorded."));
          this.persist();
          continue;
        }
        this.lastError = "Saving your answers… the connection dropped; retrying.";
        this.persist();
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 15_000);
      }
    }
    this.running = false;
  }
}

export const outbox = new Outbox();

/** The outbox's state, re-rendering the component whenever it changes. */
export function useOutbox(): OutboxState {
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, () => SERVER_STATE);
}
