import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * The desk's links: never prefetched. Every desk page is rendered per person and per request, so
 * Next's prefetch of each link in view (the nav's six on every page) was a full server render
 * nobody asked for: 4,000 of the 5,600 desk renders in one e2e run, and the same share of a
 * newsroom's server time on deadline. A click renders the page once, when it is wanted.
 */
export function DeskLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
