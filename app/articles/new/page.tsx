import type { Metadata } from "next";
import { NewArticleForm } from "@/components/articles/new-article-form";

export const metadata: Metadata = { title: "Add an article" };

export default function NewArticlePage() {
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Add an article</h1>
      <p className="max-w-prose text-muted">
        Factdeck finds the facts an examiner would test — who led which delegation, what was signed when, how many members — and makes flashcards,
        multiple-choice, fill-in-the-blank and true/false questions, each citing its sentence. Your articles are yours alone.
      </p>
      <NewArticleForm />
    </div>
  );
}
