"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSessionState } from "./providers";

const links = [
  { href: "/", label: "Today" },
  { href: "/study", label: "Study" },
  { href: "/progress", label: "Progress" },
  { href: "/settings", label: "Settings" },
];

export function SiteHeader() {
  const pathname = usePathname();
  const { user } = useSessionState();
  return (
    <header className="border-b border-line bg-surface/80 backdrop-blur">
      <div className="mx-auto flex w-full max-w-3xl items-center gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-serif text-lg font-semibold tracking-tight">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-accent text-sm font-bold text-accent-ink">
            F
          </span>
          Factdeck
        </Link>
        <nav aria-label="Main" className="ml-auto flex items-center gap-1 overflow-x-auto text-sm">
          {links.map((l) => {
            const active = l.href === "/" ? pathname === "/" : pathname.startsWith(l.href);
            return (
              <Link
                key={l.href}
                href={l.href}
                aria-current={active ? "page" : undefined}
                className={`rounded-md px-2.5 py-1.5 ${active ? "bg-canvas font-medium text-ink" : "text-muted hover:text-ink"}`}
              >
                {l.label}
              </Link>
            );
          })}
          <Link
            href="/account"
            className="ml-1 rounded-md border border-line px-2.5 py-1.5 text-muted hover:text-ink"
            data-testid="account-link"
          >
            {user && !user.isAnonymous ? user.name || "Account" : "Sign in"}
          </Link>
        </nav>
      </div>
    </header>
  );
}
