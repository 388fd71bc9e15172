"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { localDate } from "@/lib/day";
import { pastExamDateError } from "@/lib/exam-date";
import { api } from "../api";
import { useSessionState } from "../providers";

interface SettingsDto {
  desiredRetention: number;
  newPerDay: number;
  examDate: string | null;
  timeZone: string;
  optimised: boolean;
}

/** Desired retention, new cards a day and the exam date, validated by the server. */
export function SettingsForm() {
  const { ready } = useSessionState();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ["settings"], queryFn: () => api<SettingsDto>("/api/settings"), enabled: ready });
  if (!settings.data) return <div aria-busy="true" className="h-64 animate-pulse rounded-2xl border border-line bg-surface" />;
  return <SettingsFields initial={settings.data} onSaved={(data) => queryClient.setQueryData(["settings"], data)} />;
}

function SettingsFields({ initial, onSaved }: { initial: SettingsDto; onSaved: (data: SettingsDto) => void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    retention: Math.round(initial.desiredRetention * 100),
    newPerDay: initial.newPerDay,
    examDate: initial.examDate ?? "",
  });
  const [saved, setSaved] = useState(false);
  // The learner's today, in the zone their day starts in (the server checks the same rule).
  const today = localDate(new Date(), initial.timeZone);
  const examProblem = pastExamDateError({ examDate: form.examDate || null, saved: initial.examDate, now: new Date(), timeZone: initial.timeZone });

  const save = useMutation({
    mutationFn: () =>
      api<SettingsDto>("/api/settings", {
        method: "PATCH",
        body: { desiredRetention: form.retention / 100, newPerDay: form.newPerDay, examDate: form.examDate || null },
      }),
    onSuccess: (data) => {
      onSaved(data);
      void queryClient.invalidateQueries({ queryKey: ["study"] });
      void queryClient.invalidateQueries({ queryKey: ["progress"] });
      setSaved(true);
    },
  });

  // A past exam date is told beside the field, before sending (and if the server refuses one, there too).
  const serverError = save.error ? (save.error as Error).message : null;
  const examMessage = humanExamMessage(examProblem ?? (serverError?.startsWith("examDate:") ? serverError : null));
  // A saved date that has passed may stay; otherwise the picker starts at today.
  const examMin = initial.examDate && initial.examDate < today ? initial.examDate : today;

  return (
    <form
      className="space-y-6 rounded-2xl border border-line bg-surface p-5 sm:p-6"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        if (examProblem) return;
        save.mutate();
      }}
      onChange={() => setSaved(false)}
    >
      <div>
        <label htmlFor="retention" className="flex items-baseline justify-between font-medium">
          Desired retention{" "}
          <output htmlFor="retention" className="tabular-nums">
            {form.retention}%
          </output>
        </label>
        <input
          id="retention"
          type="range"
          min={70}
          max={97}
          step={1}
          value={form.retention}
          onChange={(e) => setForm({ ...form, retention: Number(e.target.value) })}
          className="mt-2 w-full accent-[var(--color-accent)]"
          aria-describedby="retention-help"
        />
        <p id="retention-help" className="mt-1 text-sm text-muted">
          The chance you still remember a card when it comes due. Higher means more reviews; 90% suits most learners.
        </p>
      </div>
      <div>
        <label htmlFor="new-per-day" className="font-medium">
          New cards per day
        </label>
        <input
          id="new-per-day"
          type="number"
          min={0}
          max={500}
          value={form.newPerDay}
          onChange={(e) => setForm({ ...form, newPerDay: Number(e.target.value) })}
          className="mt-2 block w-32 rounded-lg border border-line bg-canvas px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="exam-date" className="font-medium">
          Exam date
        </label>
        <input
          id="exam-date"
          type="date"
          value={form.examDate}
          onChange={(e) => setForm({ ...form, examDate: e.target.value })}
          min={examMin}
          className="mt-2 block rounded-lg border border-line bg-canvas px-3 py-2"
          aria-describedby={examMessage ? "exam-help exam-error" : "exam-help"}
          aria-invalid={examMessage ? true : undefined}
        />
        <p id="exam-help" className="mt-1 text-sm text-muted">
          When set, no card is scheduled past it.
        </p>
        {examMessage ? (
          <p id="exam-error" role="alert" data-testid="exam-date-error" className="mt-1 text-sm text-bad">
            {examMessage}
          </p>
        ) : null}
      </div>
      <div className="flex items-center gap-3">
        <button disabled={save.isPending} className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50">
          Save settings
        </button>
        {save.error && !examMessage ? (
          <p role="alert" className="text-sm text-bad">
            {(save.error as Error).message}
          </p>
        ) : null}
        {saved ? (
          <p role="status" className="text-sm text-good">
            Saved.
          </p>
        ) : null}
      </div>
      <p className="text-xs text-muted">Your day starts at midnight in {initial.timeZone}.</p>
    </form>
  );
}

/** The API's field-named message ("examDate: … is in the past …") in words for the form. */
function humanExamMessage(message: string | null): string | null {
  return message ? message.replace(/^examDate: /, "The exam date ") : null;
}
