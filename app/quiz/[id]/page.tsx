import type { Metadata } from "next";
import Link from "@/components/link";
import { ExamView } from "@/components/quiz/exam-view";

export const metadata: Metadata = { title: "Exam paper" };

/** /quiz/:id: a paper in progress, or its result sheet. */
export default async function ExamPaperPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ asked?: string }> }) {
  const { id } = await params;
  const { asked } = await searchParams;
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="font-serif text-2xl font-semibold">Exam paper</h1>
        <Link href="/quiz" className="text-sm text-accent underline-offset-2 hover:underline">
          All papers
        </Link>
      </div>
      <ExamView id={id} asked={asked && /^\d{1,3}$/.test(asked) ? Number(asked) : undefined} />
    </div>
  );
}
