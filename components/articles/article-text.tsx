"use client";
import { Fragment, useState } from "react";

export interface AskedQuestion {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  evidence: string;
}

/** A paragraph cut into plain text and the asked sentences in it (the evidence of some question). */
function pieces(paragraph: string, sentences: readonly string[]): { text: string; sentence: string | null }[] {
  const out: { text: string; sentence: string | null }[] = [];
  let rest = paragraph;
  for (;;) {
    let best: { at: number; s: string } | null = null;
    for (const s of sentences) {
      const at = rest.indexOf(s);
      if (at >= 0 && (!best || at < best.at)) best = { at, s };
    }
    if (!best) break;
    if (best.at > 0) out.push({ text: rest.slice(0, best.at), sentence: null });
    out.push({ text: best.s, sentence: best.s });
    rest = rest.slice(best.at + best.s.length);
  }
  if (rest) out.push({ text: rest, sentence: null });
  return out;
}

/** The article's text with each asked fact's sentence highlighted; selecting one shows its questions. */
export function ArticleText({ blocks, questions }: { blocks: string[]; questions: AskedQuestion[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const sentences = [...new Set(questions.map((q) => q.evidence).filter(Boolean))];
  const chosen = selected ? questions.filter((q) => q.evidence === selected) : [];
  // The questions open right below the paragraph of the selected sentence.
  const panelAt = selected ? blocks.findIndex((b) => b.includes(selected)) : -1;
  const panel = (
    <section
      aria-label="Questions on this sentence"
      className="rounded-2xl border border-line bg-surface p-4 font-sans text-base"
      data-testid="fact-questions"
      role="region"
    >
      <h2 className="font-sans text-sm font-semibold">
        {chosen.length} {chosen.length === 1 ? "question" : "questions"} on this sentence
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {chosen.map((q) => (
          <li key={q.id} data-testid="fact-question">
            <span className="text-muted">
              {q.type === "mcq" ? "Multiple choice" : q.type === "true_false" ? "True or false" : q.type === "cloze" ? "Fill in the blank" : "Flashcard"}:{" "}
            </span>
            {q.prompt} <span className="text-muted">— {q.answer}</span>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        {sentences.length} highlighted {sentences.length === 1 ? "sentence is" : "sentences are"} asked about. Select one to see its questions.
      </p>
      <div className="space-y-4 font-serif text-lg leading-relaxed" data-testid="article-body">
        {blocks.map((b, i) =>
          b.startsWith("## ") ? (
            <h2 key={i} className="pt-2 font-sans text-lg font-semibold">
              {b.slice(3)}
            </h2>
          ) : (
            <Fragment key={i}>
              <p>
                {pieces(b, sentences).map((piece, j) =>
                  piece.sentence ? (
                    <button
                      key={j}
                      type="button"
                      onClick={() => setSelected(piece.sentence === selected ? null : piece.sentence)}
                      aria-pressed={piece.sentence === selected}
                      className={`inline rounded px-0.5 text-left font-serif underline decoration-accent/40 underline-offset-4 ${
                        piece.sentence === selected ? "bg-accent/20" : "bg-warn/15 hover:bg-accent/10"
                      }`}
                      data-testid="asked-fact"
                    >
                      {piece.text}
                    </button>
                  ) : (
                    <span key={j}>{piece.text}</span>
                  ),
                )}
              </p>
              {i === panelAt ? panel : null}
            </Fragment>
          ),
        )}
      </div>
    </div>
  );
}
