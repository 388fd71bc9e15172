"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSessionState } from "./providers";

const links = [
  { href: "/", label: "Today" },
  { href: "/study", label: "Study" },
  { href: "/articles", label: "Articles" },
  { href: "/progress", label: "Progress" },
  { href: "/settings", label: "Settings" },
];

export function SiteHeader() {
  const pathname = usePathname();
  const { user } = useSessionState();
  const account = (
    <Link href="/account" className="rounded-md border border-line px-2.5 py-1.5 text-sm text-muted hover:text-ink" data-testid="account-link">
      {user && !user.isAnonymous ? user.name || "Account" : "Sign in"}
    </Link>
  );
  return (
    <header className="border-b border-line bg-surface/80 backdrop-blur">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:flex-nowrap sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-serif text-lg font-semibold tracking-tight">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-accent text-sm font-bold text-accent-ink">
            F
          </span>
          Factdeck
        </Link>
        <div className="ml-auto sm:order-last sm:ml-1">{account}</div>
        <nav aria-label="Main" className="order-last flex w-full items-center justify-between gap-1 text-sm sm:order-none sm:ml-auto sm:w-auto sm:justify-end">
          {links.map((l) => {
            const active = l.href === "/" ? pathname === "/" : pathname.startsWith(l.href);
            return (
              <Link
                key={l.href}
                href={l.href}
                aria-current={active ? "page" : undefined}
                className={`rounded-md px-2 py-1.5 sm:px-2.5 ${active ? "bg-canvas font-medium text-ink" : "text-muted hover:text-ink"}`}
              >
                {l.label}
              </Link>
            );
          })}
        </nav>
      </div>
    </header>
  );
}
