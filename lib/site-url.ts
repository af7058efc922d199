// The public origin of the site (no trailing slash) and the one builder of public paths, for
// canonical URLs, Open Graph, structured data, share cards, feeds and sitemaps. Links always
// name the configured public address, never the Host a request came with: the page cache keeps
// one copy of a page for every host, and a forged Host must not reach another reader's page.
import type { FeedScope } from "@/db/queries/feeds";
import { env, type Env } from "./env";

export function siteOrigin(): string {
  const e = env();
  const raw = e.DATELINE_PUBLIC_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`;
  const url = new URL(raw);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * True when the configured public address (DATELINE_PUBLIC_URL, else NEXTAUTH_URL) is https:
 * session cookies are then Secure even when a proxy that is not trusted terminates TLS.
 */
export function publicUrlIsHttps(e: Env = env()): boolean {
  const raw = e.DATELINE_PUBLIC_URL ?? e.NEXTAUTH_URL;
  return raw !== undefined && new URL(raw).protocol === "https:";
}

/** `path` (from publicPath) on the site's public origin. */
export function absoluteUrl(path: string): string {
  return siteOrigin() + path;
}

const seg = encodeURIComponent;

/** Every public address, percent-encoding each segment the same way. */
export const publicPath = {
  home: () => "/",
  section: (slug: string) => `/${seg(slug)}`,
  story: (sectionSlug: string, slug: string) => `/${seg(sectionSlug)}/${seg(slug)}`,
  topic: (slug: string) => `/topics/${seg(slug)}`,
  author: (slug: string) => `/authors/${seg(slug)}`,
  search: (q?: string) => (q ? `/search?${new URLSearchParams({ q }).toString()}` : "/search"),
  colophon: () => "/colophon",
  // The editorial standards and corrections policy pages, edited by admins.
  standards: () => "/about/standards",
  correctionsPolicy: () => "/about/corrections",
  feed: (scope: FeedScope, format: "rss" | "atom") =>
    scope.kind === "site"
      ? format === "rss"
        ? "/feed.xml"
        : "/atom.xml"
      : `/feeds/${scope.kind}/${seg(scope.slug)}/${format}.xml`,
  /** A story's generated share card; `version` changes whenever what the card shows changes. */
  storyCard: (storyId: string, version: string) => `/cards/story/${seg(storyId)}/${seg(version)}.png`,
  /** The site's share card (home, sections, topics, authors, search). */
  siteCard: (version: string) => `/cards/site/${seg(version)}.png`,
  /** The publisher logo for structured data: a raster square, as Google asks. */
  logo: (version: string) => `/cards/logo/${seg(version)}.png`,
};
