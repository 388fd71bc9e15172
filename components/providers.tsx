"use client";
import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useMemo, useRef, useState } from "react";
import { api } from "./api";
import { makeQueryClient } from "./query-client";
import { OUTBOX_STORAGE_KEY } from "./study/outbox-key";

interface SessionState {
  /** True once there is a session (a guest's or an account's): API calls may start. */
  ready: boolean;
  user: { id: string; name: string; email: string; isAnonymous: boolean } | null;
  /** A message when no session could be made (e.g. the server is down). */
  error: string | null;
}

const SessionContext = createContext<SessionState>({ ready: false, user: null, error: null });

/** The current session; a newcomer is signed in as a guest automatically. */
export function useSessionState(): SessionState {
  return useContext(SessionContext);
}

interface SessionUser {
  id: string;
  name: string;
  email: string;
  isAnonymous?: boolean | null;
}

/**
 * better-auth's own endpoints, called with plain fetch: every page needs the session, and its
 * browser client (~12 kB gz) is only loaded where accounts are managed (/account). The session is
 * a React Query query (key `SESSION_KEY`), so invalidating the queries after a sign-in, sign-up or
 * sign-out reads it again.
 */
const SESSION_KEY = ["auth-session"] as const;

async function fetchSession(): Promise<{ user: SessionUser } | null> {
  const res = await fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" });
  if (!res.ok) throw new Error(`get-session answered ${res.status}`);
  return (await res.json()) as { user: SessionUser } | null;
}

async function signInAsGuest(): Promise<{ error: { message?: string } | null }> {
  const res = await fetch("/api/auth/sign-in/anonymous", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
    credentials: "same-origin",
  });
  if (res.ok) return { error: null };
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  return { error: { message: body.message } };
}

function hasUnsentAnswers(): boolean {
  try {
    const saved = window.localStorage.getItem(OUTBOX_STORAGE_KEY);
    return saved !== null && saved !== "[]";
  } catch {
    return false;
  }
}

function GuestSession({ children }: { children: React.ReactNode }) {
  const { data, isPending, refetch } = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession });
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const synced = useRef<string | null>(null);

  useEffect(() => {
    if (data) {
      // A session exists; after a sign-out a new guest session may be started again.
      started.current = false;
      return;
    }
    if (isPending || started.current) return;
    started.current = true;
    signInAsGuest()
      .then((res) => {
        if (res.error) setError(res.error.message ?? "Could not start a guest session.");
        return refetch();
      })
      .catch(() => setError("Could not reach Factdeck. Check your connection and reload."));
  }, [isPending, data, refetch]);

  const sessionUser = data?.user;
  const user = useMemo(
    () =>
      sessionUser
        ? {
            id: sessionUser.id,
            name: sessionUser.name,
            email: sessionUser.email,
            isAnonymous: Boolean(sessionUser.isAnonymous),
          }
        : null,
    [sessionUser],
  );

  // The learner's day is counted in their own time zone.
  useEffect(() => {
    if (!user || synced.current === user.id) return;
    synced.current = user.id;
    // Answers a previous page left unsent (offline, closed tab) are sent now. The outbox's code is
    // only loaded when something waits (the study page loads it anyway).
    if (hasUnsentAnswers()) void import("./study/outbox").then(({ outbox }) => outbox.load());
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    void api("/api/settings", { method: "PATCH", body: { timeZone } }).catch(() => undefined);
  }, [user]);

  const value = useMemo(() => ({ ready: Boolean(user), user, error }), [user, error]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function Providers({ children }: { children: React.ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <GuestSession>{children}</GuestSession>
    </QueryClientProvider>
  );
}
