"use client";
import { useEffect, useRef, useState } from "react";
import type { QuestionDetail } from "@/lib/api-types";
import type { QuestionPatch } from "@/lib/schemas";
import { useQuestionActions } from "./use-questions";

/**
 * Edits the learner's own version of a question: prompt and answer, and for a multiple-choice one
 * its four choices with the answer picked among them. The server checks the whole (docs/api.md);
 * its message shows here. Esc cancels.
 */
export function QuestionEditForm({ q, onDone }: { q: QuestionDetail; onDone: () => void }) {
  const { edit } = useQuestionActions(q.id);
  const [prompt, setPrompt] = useState(q.prompt);
  const [answer, setAnswer] = useState(q.answer);
  const [choices, setChoices] = useState<string[]>(q.choices ?? []);
  const [answerAt, setAnswerAt] = useState(() => Math.max(0, (q.choices ?? []).indexOf(q.answer)));
  const promptRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => promptRef.current?.focus(), []);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const patch: QuestionPatch = { prompt };
    if (q.type === "mcq") {
      patch.choices = choices;
      patch.answer = choices[answerAt] ?? "";
    } else patch.answer = answer;
    edit.mutate(patch, { onSuccess: onDone });
  }

  const input = "w-full rounded-lg border border-line bg-surface px-3 py-2";
  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
      className="space-y-3 rounded-xl border border-line bg-surface p-3"
      aria-label="Edit the question"
      data-testid="q-edit-form"
    >
      <p className="text-xs text-muted">
        {q.article.own ? "Your article: the question changes for you." : "A shared article: this is your own version; nobody else sees it."} Your card and its
        history stay.
      </p>
      <div>
        <label htmlFor="edit-prompt" className="text-xs text-muted">
          Prompt
        </label>
        <textarea
          id="edit-prompt"
          ref={promptRef}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          rows={3}
          className={input}
          data-testid="edit-prompt"
        />
      </div>
      {q.type === "mcq" ? (
        <fieldset className="space-y-2">
          <legend className="text-xs text-muted">Choices (pick the right one)</legend>
          {choices.map((c, i) => (
            <div key={i} className="flex items-center gap-2">
              <input
                type="radio"
                name="edit-answer"
                checked={answerAt === i}
                onChange={() => setAnswerAt(i)}
                aria-label={`Choice ${i + 1} is the answer`}
                data-testid={`edit-answer-${i}`}
              />
              <label htmlFor={`edit-choice-${i}`} className="sr-only">
                Choice {i + 1}
              </label>
              <input
                id={`edit-choice-${i}`}
                value={c}
                onChange={(e) => setChoices((cs) => cs.map((x, j) => (j === i ? e.target.value : x)))}
                className={input}
                data-testid={`edit-choice-${i}`}
              />
            </div>
          ))}
        </fieldset>
      ) : q.type === "true_false" ? (
        <div>
          <label htmlFor="edit-answer" className="text-xs text-muted">
            The statement is
          </label>
          <select id="edit-answer" value={answer} onChange={(e) => setAnswer(e.target.value)} className={input} data-testid="edit-answer">
            <option value="True">True</option>
            <option value="False">False</option>
          </select>
        </div>
      ) : (
        <div>
          <label htmlFor="edit-answer" className="text-xs text-muted">
            Answer
          </label>
          <input id="edit-answer" value={answer} onChange={(e) => setAnswer(e.target.value)} className={input} data-testid="edit-answer" />
        </div>
      )}
      {edit.error ? (
        <p role="alert" className="text-bad" data-testid="edit-error">
          {(edit.error as Error).message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={edit.isPending}
          className="rounded-lg bg-accent px-4 py-1.5 font-medium text-accent-ink disabled:opacity-50"
          data-testid="edit-save"
        >
          {edit.isPending ? "Saving…" : "Save"}
        </button>
        <button type="button" onClick={onDone} className="rounded-lg border border-line px-4 py-1.5 hover:bg-canvas">
          Cancel
        </button>
      </div>
    </form>
  );
}
