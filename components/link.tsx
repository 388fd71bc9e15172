"use client";
import { useRouter } from "next/navigation";
import type { AnchorHTMLAttributes, MouseEvent } from "react";

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string };

/** A path of this site ("/study?tag=x"), the only kind of href the router is given. */
function isAppPath(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

/**
 * A link that navigates with the app router (no full page load: the React Query cache and the
 * session stay), like next/link, in ~0.3 kB instead of next/link's ~4 kB gz on every page.
 * Differences from next/link: the route is prefetched when the pointer rests on the link or it
 * gets focus (intent), not when the link scrolls into view. Clicks with a modifier key, another
 * button, a target or a download keep the browser's own behaviour (new tab, save…).
 */
export default function Link({ href, onClick, onMouseEnter, onFocus, onTouchStart, ...rest }: LinkProps) {
  const router = useRouter();
  const app = isAppPath(href) && (rest.target === undefined || rest.target === "_self") && rest.download === undefined;
  const prefetch = () => {
    if (app) router.prefetch(href);
  };
  return (
    <a
      {...rest}
      href={href}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(e);
        if (!app || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        router.push(href);
      }}
      onMouseEnter={(e) => {
        onMouseEnter?.(e);
        prefetch();
      }}
      onFocus={(e) => {
        onFocus?.(e);
        prefetch();
      }}
      onTouchStart={(e) => {
        onTouchStart?.(e);
        prefetch();
      }}
    />
  );
}
