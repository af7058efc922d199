// RSS and Atom autodiscovery links for a page's <head> (Next.js metadata `alternates.types`).
import type { Metadata } from "next";
import type { FeedScope } from "@/db/queries/feeds";
import { DEFAULT_EDITION } from "./editions";
import { publicPath } from "./site-url";

type Alternates = NonNullable<Metadata["alternates"]>;

/** Feeds for this scope; pages below the site level also keep the site-wide feed. */
export function feedAlternates(scope: FeedScope, title: string, canonical?: string): Alternates {
  // Below the site level, the feed of the page's edition (topics and authors span editions: the default's).
  const site: FeedScope = { kind: "site", edition: scope.kind === "section" ? scope.edition : DEFAULT_EDITION };
  const scopes = scope.kind === "site" ? [scope] : [scope, site];
  return {
    ...(canonical ? { canonical } : {}),
    types: {
      "application/rss+xml": scopes.map((s) => ({
        url: publicPath.feed(s, "rss"),
        title: s.kind === "site" ? `${title} (all stories)` : title,
      })),
      "application/atom+xml": scopes.map((s) => ({
        url: publicPath.feed(s, "atom"),
        title: s.kind === "site" ? `${title} (all stories)` : title,
      })),
    },
  };
}
