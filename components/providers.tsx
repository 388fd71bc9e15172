"use client";
import { QueryClientProvider } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useMemo, useRef, useState } from "react";
import { api } from "./api";
import { authClient } from "./auth-client";
import { makeQueryClient } from "./query-client";
import { outbox } from "./study/outbox";

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

function GuestSession({ children }: { children: React.ReactNode }) {
  const { data, isPending, refetch } = authClient.useSession();
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
    authClient.signIn
      .anonymous()
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
            isAnonymous: Boolean((sessionUser as { isAnonymous?: boolean | null }).isAnonymous),
          }
        : null,
    [sessionUser],
  );

  // The learner's day is counted in their own time zone.
  useEffect(() => {
    if (!user || synced.current === user.id) return;
    synced.current = user.id;
    // Answers a previous page left unsent (offline, closed tab) are sent now.
    outbox.load();
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
