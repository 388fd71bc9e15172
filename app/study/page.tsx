import type { Metadata } from "next";
import { StudySession } from "@/components/study/study-session";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ searchParams }: { searchParams: Promise<{ article?: string; tag?: string }> }) {
  const { article, tag } = await searchParams;
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="font-serif text-2xl font-semibold">Study</h1>
        <p className="hidden text-xs text-muted sm:block">
          <kbd>Space</kbd> flip · <kbd>1</kbd>–<kbd>4</kbd> rate or choose · <kbd>T</kbd>/<kbd>F</kbd> · <kbd>Ctrl Z</kbd> undo
        </p>
      </div>
      {article || tag ? (
        <p className="text-sm text-muted">
          Studying only {article ? "one article" : `the tag “${tag}”`}. <a href="/study" className="text-accent underline">Study everything</a>
        </p>
      ) : null}
      <StudySession filter={{ articleId: article, tag }} />
    </div>
  );
}
