import Link from "@/components/link";
import { ArticleList } from "@/components/articles/article-list";
import { TodayPanel } from "@/components/today-panel";

export default function DashboardPage() {
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Know the news, for the exam.</h1>
        <p className="mt-2 max-w-prose text-muted">
          Questions made from current-affairs articles, each citing the sentence it came from, scheduled with FSRS so you review just before you would forget.
        </p>
      </div>
      <TodayPanel />
      <section aria-labelledby="articles-title" className="space-y-3">
        <div className="flex items-center justify-between gap-3">
          <h2 id="articles-title" className="text-sm font-medium uppercase tracking-wide text-muted">
            Articles
          </h2>
          <Link href="/articles/new" className="text-sm text-accent hover:underline">
            Add an article
          </Link>
        </div>
        <ArticleList />
      </section>
    </div>
  );
}
