import Link from "next/link";
import { TodayPanel } from "@/components/today-panel";
import { listSharedArticles } from "@/db/articles";

export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const articles = await listSharedArticles();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Know the news, for the exam.</h1>
        <p className="mt-2 max-w-prose text-muted">
          Questions made from current-affairs articles, each citing the sentence it came from, scheduled with FSRS so you review
          just before you would forget.
        </p>
      </div>
      <TodayPanel />
      <section aria-labelledby="articles-title" className="space-y-3">
        <h2 id="articles-title" className="text-sm font-medium uppercase tracking-wide text-muted">Articles</h2>
        {articles.length === 0 ? (
          <p className="text-muted">No articles yet.</p>
        ) : (
          <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface" data-testid="article-list">
            {articles.map((a) => (
              <li key={a.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <Link href={`/articles/${encodeURIComponent(a.id)}`} className="font-medium hover:underline">
                    {a.title}
                  </Link>
                  <p className="text-sm text-muted">
                    {a.questionCount} questions · {a.words} words · {a.published ?? "date not given"}
                  </p>
                </div>
                <Link href={`/study?article=${encodeURIComponent(a.id)}`} className="shrink-0 self-start rounded-lg border border-line px-3 py-1.5 text-sm hover:bg-canvas sm:self-auto">
                  Study
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
