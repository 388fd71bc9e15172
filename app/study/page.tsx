import type { Metadata } from "next";
import Link from "next/link";
import { StudySession } from "@/components/study/study-session";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ searchParams }: { searchParams: Promise<{ article?: string; tag?: string; leeches?: string }> }) {
  const { article, tag, leeches } = await searchParams;
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="font-serif text-2xl font-semibold">Study</h1>
        <p className="hidden text-xs text-muted sm:block">
          <kbd>Space</kbd> flip · <kbd>1</kbd>–<kbd>4</kbd> rate or choose · <kbd>T</kbd>/<kbd>F</kbd> · <kbd>Ctrl Z</kbd> undo · <kbd>@</kbd> suspend
        </p>
      </div>
      {article || tag || leeches ? (
        <p className="text-sm text-muted">
          Studying only {leeches ? "your leeches (cards forgotten 4+ times)" : article ? "one article" : `the tag “${tag}”`}.{" "}
          <Link href="/study" className="text-accent underline">
            Study everything
          </Link>
        </p>
      ) : null}
      <StudySession filter={{ articleId: article, tag, leeches: leeches === "1" }} />
    </div>
  );
}
