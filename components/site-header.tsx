import { AccountLink, SectionLink } from "./header-links";
import Link from "./link";

const links = [
  { href: "/", label: "Today" },
  { href: "/study", label: "Study" },
  { href: "/quiz", label: "Exam" },
  { href: "/articles", label: "Articles" },
  { href: "/questions", label: "Deck" },
  { href: "/progress", label: "Progress" },
];

// The current section's look, from its `aria-current="page"` (set by SectionLink in the browser).
const current = "aria-[current=page]:bg-canvas aria-[current=page]:text-ink";

/**
 * The site's header: brand, the main sections, settings and the account. Two rows on a phone. A
 * server component: its markup is no JavaScript; the links that mark the current section and the
 * account link are small client components.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface/80 backdrop-blur">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:flex-nowrap sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-serif text-lg font-semibold tracking-tight">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-accent text-sm font-bold text-accent-ink">
            F
          </span>
          Factdeck
        </Link>
        <nav
          aria-label="Main"
          className="order-last flex w-full min-w-0 items-center justify-between gap-0.5 overflow-x-auto text-sm sm:order-none sm:ml-auto sm:w-auto sm:justify-end"
        >
          {links.map((l) => (
            <SectionLink
              key={l.href}
              href={l.href}
              className={`shrink-0 rounded-md px-1.5 py-1.5 text-muted hover:text-ink sm:px-2.5 aria-[current=page]:font-medium ${current}`}
            >
              {l.label}
            </SectionLink>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2 sm:ml-0">
          <SectionLink
            href="/settings"
            aria-label="Settings"
            title="Settings"
            className={`grid h-8 w-8 place-items-center rounded-md text-muted hover:text-ink ${current}`}
          >
            <svg
              aria-hidden
              viewBox="0 0 24 24"
              width="18"
              height="18"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <circle cx="12" cy="12" r="3" />
              <path d="M19.4 15a1.65 1.65 0 0 0 .33 1.82l.06.06a2 2 0 1 1-2.83 2.83l-.06-.06a1.65 1.65 0 0 0-1.82-.33 1.65 1.65 0 0 0-1 1.51V21a2 2 0 1 1-4 0v-.09A1.65 1.65 0 0 0 9 19.4a1.65 1.65 0 0 0-1.82.33l-.06.06a2 2 0 1 1-2.83-2.83l.06-.06A1.65 1.65 0 0 0 4.68 15a1.65 1.65 0 0 0-1.51-1H3a2 2 0 1 1 0-4h.09A1.65 1.65 0 0 0 4.6 9a1.65 1.65 0 0 0-.33-1.82l-.06-.06a2 2 0 1 1 2.83-2.83l.06.06A1.65 1.65 0 0 0 9 4.68a1.65 1.65 0 0 0 1-1.51V3a2 2 0 1 1 4 0v.09a1.65 1.65 0 0 0 1 1.51 1.65 1.65 0 0 0 1.82-.33l.06-.06a2 2 0 1 1 2.83 2.83l-.06.06A1.65 1.65 0 0 0 19.4 9a1.65 1.65 0 0 0 1.51 1H21a2 2 0 1 1 0 4h-.09a1.65 1.65 0 0 0-1.51 1z" />
            </svg>
          </SectionLink>
          <AccountLink className="rounded-md border border-line px-2.5 py-1.5 text-sm text-muted hover:text-ink" />
        </div>
      </div>
    </header>
  );
}
