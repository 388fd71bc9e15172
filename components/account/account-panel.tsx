"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
/** better-auth's browser client, loaded on the first submit: no page loads it up front (issue 11, page weight). */
const authClient = () => import("../auth-client").then((m) => m.authClient);
import { useSessionState } from "../providers";

type Mode = "sign-up" | "sign-in";

function Field(props: { label: string; name: string; type: string; autoComplete: string; minLength?: number; optional?: boolean }) {
  return (
    <label className="block text-sm">
      <span className="text-muted">{props.label}</span>
      <input
        name={props.name}
        type={props.type}
        required={!props.optional}
        minLength={props.minLength}
        autoComplete={props.autoComplete}
        className="mt-1 block w-full rounded-lg border border-line bg-canvas px-3 py-2 text-base"
      />
    </label>
  );
}

/**
 * Signs out and reloads: every cached answer of the account leaves this device's memory, and the
 * fresh page starts a new guest session as a newcomer's would (components/providers.tsx).
 */
async function signOutAndReload(): Promise<{ error: { message?: string } | null }> {
  const out = await (await authClient()).signOut();
  if (!out.error) window.location.replace("/account");
  return { error: out.error };
}

/** Sign up (keeping a guest's progress), sign in, sign out, change password. */
export function AccountPanel() {
  const { user } = useSessionState();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("sign-up");
  const [message, setMessage] = useState<{ tone: "good" | "bad"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<{ error: { message?: string } | null }>, done: string) {
    setBusy(true);
    setMessage(null);
    try {
      const res = await action();
      if (res.error) setMessage({ tone: "bad", text: res.error.message ?? "That did not work." });
      else {
        setMessage({ tone: "good", text: done });
        await queryClient.invalidateQueries();
      }
    } catch {
      setMessage({ tone: "bad", text: "Could not reach Factdeck. Check your connection." });
    } finally {
      setBusy(false);
    }
  }

  const feedback = message ? (
    <p role={message.tone === "bad" ? "alert" : "status"} className={message.tone === "bad" ? "text-bad" : "text-good"} data-testid="account-message">
      {message.text}
    </p>
  ) : null;

  if (user && !user.isAnonymous) {
    return (
      <div className="space-y-6">
        <p>
          Signed in as <strong data-testid="account-email">{user.email}</strong>.
        </p>
        <form
          className="space-y-3 rounded-2xl border border-line bg-surface p-5"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            void run(
              async () =>
                (await authClient()).changePassword({
                  currentPassword: String(f.get("current")),
                  newPassword: String(f.get("next")),
                  revokeOtherSessions: true,
                }),
              "Password changed.",
            );
            e.currentTarget.reset();
          }}
        >
          <h2 className="font-medium">Change password</h2>
          <Field label="Current password" name="current" type="password" autoComplete="current-password" />
          <Field label="New password (8+ characters)" name="next" type="password" autoComplete="new-password" minLength={8} />
          <button disabled={busy} className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50">
            Change password
          </button>
        </form>
        {feedback}
        <button
          type="button"
          onClick={() => void run(signOutAndReload, "Signed out.")}
          className="rounded-lg border border-line px-4 py-2"
          data-testid="sign-out"
        >
          Sign out
        </button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-muted">
        {user?.isAnonymous
          ? "You are studying as a guest. Create an account to keep your progress on any device — everything you have done so far comes with you."
          : "Sign in to see your progress."}
      </p>
      <div role="tablist" aria-label="Account" className="inline-flex rounded-lg border border-line p-1 text-sm">
        {(["sign-up", "sign-in"] as const).map((m) => (
          <button
            key={m}
            role="tab"
            type="button"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            className={`rounded-md px-3 py-1.5 ${mode === m ? "bg-accent text-accent-ink" : "text-muted"}`}
          >
            {m === "sign-up" ? "Create account" : "Sign in"}
          </button>
        ))}
      </div>
      <form
        className="space-y-3 rounded-2xl border border-line bg-surface p-5"
        data-testid={`${mode}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const email = String(f.get("email"));
          const password = String(f.get("password"));
          if (mode === "sign-up") {
            void run(
              async () => (await authClient()).signUp.email({ email, password, name: String(f.get("name") || email.split("@")[0]) }),
              "Account created. Your progress is saved to it.",
            );
          } else {
            void run(async () => (await authClient()).signIn.email({ email, password }), "Signed in.");
          }
        }}
      >
        {mode === "sign-up" ? <Field label="Name (optional)" name="name" type="text" autoComplete="name" optional /> : null}
        <Field label="Email" name="email" type="email" autoComplete="email" />
        <Field
          label={mode === "sign-up" ? "Password (8+ characters)" : "Password"}
          name="password"
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          minLength={mode === "sign-up" ? 8 : undefined}
        />
        <button disabled={busy} className="w-full rounded-lg bg-accent px-4 py-2.5 font-medium text-accent-ink disabled:opacity-50">
          {mode === "sign-up" ? "Create account" : "Sign in"}
        </button>
      </form>
      {feedback}
    </div>
  );
}
