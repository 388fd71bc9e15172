import Link from "@/components/link";

export default function NotFound() {
  return (
    <div className="space-y-4 py-10 text-center">
      <h1 className="font-serif text-3xl font-semibold">Not found</h1>
      <p className="text-muted">There is nothing here — the article may have been deleted, or the link is mistyped.</p>
      <div className="flex justify-center gap-3">
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
          Back to today
        </Link>
        <Link href="/articles" className="rounded-lg border border-line px-4 py-2">
          All articles
        </Link>
      </div>
    </div>
  );
}
