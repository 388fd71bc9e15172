/** A labelled progress bar (role=progressbar) for long work: a study session, an import. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max}`}
      className="h-2 w-full overflow-hidden rounded-full bg-line"
    >
      {/* Scaled, not resized: a transform animates on the compositor, where a width transition lays the
          page out again in every frame for 300 ms (on /study, after every rating). */}
      <div className="h-full w-full origin-left rounded-full bg-accent transition-transform duration-300" style={{ transform: `scaleX(${pct / 100})` }} />
    </div>
  );
}
