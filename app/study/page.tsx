import type { Metadata } from "next";
import Link from "@/components/link";
import { StudySession } from "@/components/study/study-session";

export const metadata: Metadata = { title: "Study" };

/** What the session studies, said plainly (the session says what it is). */
function scope(article: string | undefined, tag: string | undefined, leeches: boolean): string {
  if (leeches) return "your leeches (cards forgotten 4+ times)";
  if (article) return "one article";
  if (tag) return `the tag “${tag}”`;
  return "everything";
}

export default async function StudyPage({
  searchParams,
}: {
  searchParams: Promise<{ article?: string; tag?: string; leeches?: string; more?: string; ahead?: string; cram?: string }>;
}) {
  const { article, tag, leeches, more, ahead: aheadParam, cram: cramParam } = await searchParams;
  const cram = cramParam === "1";
  // Review ahead: 1–365 days (the API's range); anything else is ignored.
  const aheadDays = Number(aheadParam);
  const ahead = !cram && Number.isInteger(aheadDays) && aheadDays >= 1 && aheadDays <= 365 ? aheadDays : undefined;
  const custom = more === "1" && !cram && !ahead;
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="font-serif text-2xl font-semibold">{cram ? "Cram" : ahead ? "Review ahead" : custom ? "Custom study" : "Study"}</h1>
        <p className="kbd-hint hidden text-xs text-muted sm:block">
          <kbd>Space</kbd> flip · <kbd>1</kbd>–<kbd>4</kbd> rate or choose · <kbd>T</kbd>/<kbd>F</kbd> · <kbd>Ctrl Z</kbd> undo · <kbd>-</kbd> bury ·{" "}
          <kbd>@</kbd> suspend · <kbd>!</kbd> flag
        </p>
      </div>
      {cram ? (
        <p className="rounded-lg border-2 border-warn bg-surface px-3 py-2 text-sm" data-testid="cram-study" role="note">
          <strong>Cram of {scope(article, tag, false)}: your schedule does not change.</strong> Every question, seen or not; answers are checked but not
          recorded, and no card moves.{" "}
          <Link href="/study" className="text-accent underline">
            Back to today&apos;s study
          </Link>
        </p>
      ) : ahead ? (
        <p className="rounded-lg border border-accent/40 bg-surface px-3 py-2 text-sm" data-testid="ahead-study">
          Review ahead of {scope(article, tag, false)}: the cards due in the next {ahead} {ahead === 1 ? "day" : "days"}, before their day. Your answers are
          scheduled as usual (from today).{" "}
          <Link href="/study" className="text-accent underline">
            Back to today&apos;s study
          </Link>
        </p>
      ) : custom ? (
        <p className="rounded-lg border border-accent/40 bg-surface px-3 py-2 text-sm" data-testid="custom-study">
          Custom study of {scope(article, tag, leeches === "1")}, beyond today&apos;s limits: every new question, siblings included. Your answers are scheduled
          as usual.{" "}
          <Link href="/study" className="text-accent underline">
            Back to today&apos;s study
          </Link>
        </p>
      ) : article || tag || leeches ? (
        <p className="text-sm text-muted">
          Studying only {scope(article, tag, leeches === "1")}.{" "}
          <Link href="/study" className="text-accent underline">
            Study everything
          </Link>
          {leeches === "1" ? null : (
            <>
              {" · "}
              <Link
                href={`/study?${new URLSearchParams({ ...(article ? { article } : { tag: tag! }), more: "1" }).toString()}`}
                className="text-accent underline"
              >
                Study more (beyond today&apos;s limits)
              </Link>
              {" · "}
              <Link
                href={`/study?${new URLSearchParams({ ...(article ? { article } : { tag: tag! }), cram: "1" }).toString()}`}
                className="text-accent underline"
                data-testid="cram-scope"
              >
                Cram it (no schedule change)
              </Link>
            </>
          )}
        </p>
      ) : null}
      <StudySession filter={{ articleId: article, tag, leeches: leeches === "1" && !cram && !ahead, more: custom, ahead, cram }} />
    </div>
  );
}
