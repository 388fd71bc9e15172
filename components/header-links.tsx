"use client";
import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import Link from "./link";
import { useSessionState } from "./providers";

/**
 * A header link that marks itself as the current section (`aria-current="page"`, styled by its
 * `aria-[current=page]:` classes). Only this and the account link run in the browser: the rest of
 * the header is rendered on the server.
 */
export function SectionLink({ href, ...rest }: ComponentProps<typeof Link>) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname.startsWith(href);
  return <Link {...rest} href={href} aria-current={active ? "page" : undefined} />;
}

/** The account link: the account's name once signed in, else "Sign in". */
export function AccountLink({ className }: { className: string }) {
  const { user } = useSessionState();
  return (
    <Link href="/account" className={className} data-testid="account-link">
      {user && !user.isAnonymous ? user.name || "Account" : "Sign in"}
    </Link>
  );
}
