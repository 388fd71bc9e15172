"use client";
import { useOutbox } from "./outbox";

/** Says when answers are waiting to be saved (offline, server down): they are kept and retried. */
export function OutboxStatus() {
  const state = useOutbox();
  if (!state.error || state.pending === 0) return null;
  return (
    <p role="status" className="rounded-md border border-warn/40 bg-surface px-3 py-2 text-sm text-warn" data-testid="outbox-status">
      {state.pending} answer{state.pending === 1 ? "" : "s"} waiting to be saved. {state.error}
    </p>
  );
}
