import type { Metadata } from "next";
import Link from "@/components/link";
import { ArticleList } from "@/components/articles/article-list";

export const metadata: Metadata = { title: "Articles" };

export default function ArticlesPage() {
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-semibold">Articles</h1>
        <Link href="/articles/new" className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink" data-testid="add-article">
          Add an article
        </Link>
      </div>
      <ArticleList />
    </div>
  );
}
