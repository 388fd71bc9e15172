"use client";
import { useEffect, useRef } from "react";

/** "Submit the paper?" with the count of unanswered and marked questions; a modal <dialog> (Esc keeps going). */
export function SubmitDialog({
  open,
  unanswered,
  marked,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  unanswered: number;
  marked: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="submit-title"
      aria-describedby="submit-detail"
      data-testid="submit-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-6 text-ink shadow-xl backdrop:bg-black/50"
    >
      <h2 id="submit-title" className="font-serif text-xl font-semibold">
        Submit the paper?
      </h2>
      <p id="submit-detail" className="mt-2 text-sm text-muted">
        {unanswered === 0 ? (
          "You have answered every question."
        ) : (
          <>
            <strong className="text-ink" data-testid="unanswered-count">
              {unanswered}
            </strong>{" "}
            {unanswered === 1 ? "question is" : "questions are"} unanswered and will score 0.
          </>
        )}
        {marked > 0 ? ` ${marked} ${marked === 1 ? "is" : "are"} marked for review.` : ""} You cannot change your answers afterwards.
      </p>
      <div className="mt-6 flex justify-end gap-2">
        <button type="button" onClick={onCancel} className="rounded-lg border border-line px-4 py-2 text-sm" autoFocus>
          Keep going
        </button>
        <button type="button" onClick={onConfirm} className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink" data-testid="confirm-submit">
          Submit now
        </button>
      </div>
    </dialog>
  );
}
