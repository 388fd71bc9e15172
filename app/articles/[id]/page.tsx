import type { Metadata } from "next";
import Link from "@/components/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { auth } from "@/db/auth";
import { getArticle, getArticleQuestions } from "@/db/articles";
import { ArticleText } from "@/components/articles/article-text";
import { ArticleDetailsEditor } from "@/components/articles/article-details-editor";

async function session() {
  return auth.api.getSession({ headers: await headers() });
}

async function load(id: string) {
  return getArticle({ userId: (await session())?.user.id ?? null, id });
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const article = await load((await params).id);
  return { title: article?.title ?? "Article" };
}

/** An article as stored, so a learner can read the sentence a question came from in its context. */
export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const article = await load((await params).id);
  if (!article) notFound();
  const userId = (await session())?.user.id;
  const asked = userId ? await getArticleQuestions({ userId, id: article.id }) : [];
  const blocks = article.body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return (
    <article className="space-y-5">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold leading-tight" data-testid="article-title">
          {article.title}
        </h1>
        <p className="text-sm text-muted" data-testid="article-meta">
          {article.source ?? "Source not given"} · {article.published ?? "date not given"} · {article.questionCount} questions
        </p>
        <ul className="flex flex-wrap gap-2" aria-label="Tags">
          {article.tags.map((t) => (
            <li key={t}>
              <Link href={`/study?tag=${encodeURIComponent(t)}`} className="rounded-full border border-line px-2.5 py-0.5 text-xs text-muted hover:text-ink">
                {t}
              </Link>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/study?article=${encodeURIComponent(article.id)}&more=1`}
            className="inline-block rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-ink"
            data-testid="study-article-now"
          >
            Study this article now
          </Link>
          <Link
            href={`/study?article=${encodeURIComponent(article.id)}&cram=1`}
            className="inline-block rounded-lg border border-line px-4 py-2 text-sm hover:bg-surface"
            data-testid="cram-article"
          >
            Cram it (no schedule change)
          </Link>
          <Link
            href={`/quiz?article=${encodeURIComponent(article.id)}`}
            className="inline-block rounded-lg border border-line px-4 py-2 text-sm hover:bg-surface"
          >
            Take a paper on it
          </Link>
          <Link
            href={`/questions?article=${encodeURIComponent(article.id)}`}
            className="inline-block rounded-lg border border-line px-4 py-2 text-sm hover:bg-surface"
            data-testid="article-questions"
          >
            Its questions
          </Link>
          {article.own ? (
            <ArticleDetailsEditor
              article={{ id: article.id, title: article.title, source: article.source, published: article.published, tags: article.tags }}
            />
          ) : null}
        </div>
      </header>
      <ArticleText blocks={blocks} questions={asked} />
    </article>
  );
}
