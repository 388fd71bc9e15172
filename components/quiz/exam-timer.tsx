"use client";
import { useEffect, useState } from "react";

/** The current time, ticking once a second. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, []);
  return now;
}

/** Warn from this many minutes before the end, as an invigilator would. */
const WARN_MINUTES = 5;

/** "1:05:09" or "04:59". */
function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/**
 * The countdown: mm:ss on screen (role="timer", not announced each second), and a polite
 * announcement for screen readers once a minute ("12 minutes left"). Turns to a warning in the last
 * five minutes.
 */
export function ExamTimer({ remainingMs }: { remainingMs: number }) {
  const minutesLeft = Math.ceil(Math.max(0, remainingMs) / 60_000);
  const warn = remainingMs <= WARN_MINUTES * 60_000;
  const urgent = remainingMs <= 60_000;
  return (
    <div className="flex items-center gap-2">
      <span
        role="timer"
        aria-label="Time left"
        data-testid="exam-timer"
        data-warning={warn ? "true" : "false"}
        className={`rounded-md px-2 py-1 font-mono text-lg font-semibold tabular-nums ${urgent ? "bg-bad/10 text-bad" : warn ? "bg-warn/10 text-warn" : "text-ink"}`}
      >
        {formatClock(remainingMs)}
      </span>
      {warn ? (
        <span className={`hidden text-xs font-medium sm:inline ${urgent ? "text-bad" : "text-warn"}`} aria-hidden>
          {remainingMs > 0 ? "Time is nearly up" : "Time is up"}
        </span>
      ) : null}
      <span className="sr-only" aria-live="polite" aria-atomic="true">
        {remainingMs > 0 ? `${minutesLeft} ${minutesLeft === 1 ? "minute" : "minutes"} left` : "Time is up"}
      </span>
    </div>
  );
}
