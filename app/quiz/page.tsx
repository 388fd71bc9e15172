import type { Metadata } from "next";
import { ExamStartForm } from "@/components/quiz/exam-start-form";
import { PastExams } from "@/components/quiz/past-exams";

export const metadata: Metadata = { title: "Exam" };

/** /quiz: start a timed paper, and the list of past papers. */
export default async function QuizPage({ searchParams }: { searchParams: Promise<{ article?: string; tag?: string }> }) {
  const { article, tag } = await searchParams;
  // "Take a paper on it" from an article page arrives with ?article=ID.
  const initialScope = typeof article === "string" ? `article:${article}` : typeof tag === "string" ? `tag:${tag}` : "";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-2xl font-semibold">Exam</h1>
        <p className="mt-1 text-sm text-muted">A timed paper marked as the civil-services prelims: +2 for a right answer, −⅔ for a wrong one, 0 for a blank.</p>
      </div>
      <ExamStartForm initialScope={initialScope} />
      <section aria-labelledby="past-title" className="space-y-3">
        <h2 id="past-title" className="font-serif text-xl font-semibold">
          Past papers
        </h2>
        <PastExams />
      </section>
    </div>
  );
}
