"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../api";
import { ProgressBar } from "../progress-bar";
import { useSessionState } from "../providers";

interface FitMetricsDto {
  logLoss: number;
  rmse: number;
}

/** GET and DELETE /api/optimise (see db/optimise.ts). */
interface OptimiseStatusDto {
  reviews: number;
  needed: number;
  optimised: boolean;
  lastResult?: { before: FitMetricsDto; after: FitMetricsDto };
}

/** POST /api/optimise. */
interface OptimiseResultDto {
  status: "optimised" | "kept";
  reviews: number;
  before: FitMetricsDto;
  after: FitMetricsDto;
  weights: number[];
  message: string;
}

const OPTIMISE_KEY = ["optimise"] as const;

/**
 * "Optimise my schedule": how many of the learner's reviews the FSRS optimizer can use, a button
 * to fit their own parameters once there are enough, the fit before and after, and a way back to
 * the default parameters.
 */
export function OptimisePanel() {
  const { ready } = useSessionState();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: OPTIMISE_KEY, queryFn: () => api<OptimiseStatusDto>("/api/optimise"), enabled: ready });
  const [result, setResult] = useState<OptimiseResultDto | null>(null);

  const afterChange = () => {
    // Scheduling changed: the settings' "optimised" flag and the study queue's intervals with it.
    void queryClient.invalidateQueries({ queryKey: ["settings"] });
    void queryClient.invalidateQueries({ queryKey: ["study"] });
  };
  const optimise = useMutation({
    mutationFn: () => api<OptimiseResultDto>("/api/optimise", { method: "POST" }),
    onMutate: () => setResult(null),
    onSuccess: (data) => {
      setResult(data);
      void queryClient.invalidateQueries({ queryKey: OPTIMISE_KEY });
      afterChange();
    },
  });
  const reset = useMutation({
    mutationFn: () => api<OptimiseStatusDto>("/api/optimise", { method: "DELETE" }),
    onMutate: () => setResult(null),
    onSuccess: (data) => {
      queryClient.setQueryData(OPTIMISE_KEY, data);
      afterChange();
    },
  });

  const data = status.data;
  const busy = optimise.isPending || reset.isPending;
  const enough = data ? data.reviews >= data.needed : false;
  const error = optimise.error ?? reset.error ?? status.error;

  return (
    <section
      aria-labelledby="optimise-heading"
      aria-busy={busy || !data}
      data-testid="optimise-panel"
      className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-6"
    >
      <div>
        <h2 id="optimise-heading" className="font-serif text-xl font-semibold">
          Optimise my schedule
        </h2>
        <p className="mt-1 text-sm text-muted">
          FSRS starts with parameters that suit most learners. Once you have enough reviews of your own, it can fit them to how you remember, so cards come back
          when you are about to forget them.
        </p>
      </div>

      {!data ? (
        status.error ? null : (
          <div className="h-20 animate-pulse rounded-lg bg-line/50" />
        )
      ) : (
        <>
          <div className="space-y-2">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-medium">Reviews the optimiser can use</span>
              <span className="tabular-nums" data-testid="optimise-count">
                {data.reviews} of {data.needed}
              </span>
            </p>
            <ProgressBar value={Math.min(data.reviews, data.needed)} max={data.needed} label="Reviews towards optimising" />
            <p id="optimise-help" className="text-sm text-muted" data-testid="optimise-help">
              {enough
                ? `Enough to fit your own parameters${data.optimised ? "; you are scheduling with them now" : ""}.`
                : `Needs ${data.needed} reviews; ${data.needed - data.reviews} to go.`}{" "}
              A review counts when it comes a day or more after the card’s previous one.
            </p>
          </div>

          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={() => optimise.mutate()}
              disabled={!enough || busy}
              aria-describedby="optimise-help"
              className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50"
            >
              {optimise.isPending ? "Optimising…" : "Optimise my schedule"}
            </button>
            {data.optimised ? (
              <button
                type="button"
                onClick={() => reset.mutate()}
                disabled={busy}
                className="rounded-lg border border-line px-4 py-2 font-medium disabled:opacity-50"
              >
                {reset.isPending ? "Resetting…" : "Reset to default parameters"}
              </button>
            ) : null}
          </div>
        </>
      )}

      <p role="status" className="text-sm" data-testid="optimise-status">
        {optimise.isPending ? (
          <span className="text-muted">Fitting your parameters to your reviews…</span>
        ) : result ? (
          <span className={result.status === "optimised" ? "text-good" : "text-muted"}>{result.message}</span>
        ) : reset.isSuccess ? (
          <span className="text-muted">Back to the default parameters.</span>
        ) : null}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-bad">
          {error.message}
        </p>
      ) : null}

      {result ? (
        <FitTable
          caption="How well the parameters predict your reviews (lower is better)"
          before={result.before}
          after={result.after}
          labels={["Before", "After"]}
        />
      ) : data?.lastResult ? (
        <FitTable
          caption="How well each set of parameters predicts your reviews (lower is better)"
          before={data.lastResult.before}
          after={data.lastResult.after}
          labels={["Default", "Yours"]}
        />
      ) : null}
    </section>
  );
}

function FitTable({ caption, before, after, labels }: { caption: string; before: FitMetricsDto; after: FitMetricsDto; labels: [string, string] }) {
  const rows: [string, (m: FitMetricsDto) => string][] = [
    ["Log loss", (m) => m.logLoss.toFixed(4)],
    ["RMSE", (m) => `${(m.rmse * 100).toFixed(2)}%`],
  ];
  return (
    <table className="w-full text-sm tabular-nums" data-testid="optimise-table">
      <caption className="mb-2 text-left text-muted">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-1 text-left font-medium">
            Measure
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {labels[0]}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {labels[1]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, show]) => (
          <tr key={name} className="border-b border-line last:border-0">
            <th scope="row" className="py-1 text-left font-normal">
              {name}
            </th>
            <td className="py-1 text-right">{show(before)}</td>
            <td className="py-1 text-right">{show(after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
