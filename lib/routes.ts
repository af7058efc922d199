// The one builder of public paths, edition-aware, percent-encoding every segment the same way.
// Pages, cards, JSON-LD, feeds, sitemaps, the API, redirects and the desk's "view" links all
// build addresses here, so a Bengali slug is written one way everywhere. Client-safe (no env):
// absoluteUrl in lib/site-url.ts puts a path on the public origin.
import { DEFAULT_EDITION, EDITION_CODES, EDITIONS, type EditionCode } from "./editions";
import { RESERVED_SEGMENTS } from "./reserved-segments";

const seg = encodeURIComponent;
const prefix = (edition: EditionCode) => EDITIONS[edition].prefix;

/** What locates a story's page: its section's edition and slug, and its own slug. */
export type StoryAddress = { edition: EditionCode; sectionSlug: string; slug: string };
export type SectionAddress = { edition: EditionCode; slug: string };

/** A feed: the whole edition, a section (in its edition), a topic or an author. */
export type FeedScope =
  | { kind: "site"; edition: EditionCode }
  | { kind: "section"; edition: EditionCode; slug: string }
  | { kind: "topic" | "author"; slug: string };

export const publicPath = {
  home: (edition: EditionCode) => prefix(edition) || "/",
  section: (s: SectionAddress) => `${prefix(s.edition)}/${seg(s.slug)}`,
  story: (s: StoryAddress) => `${prefix(s.edition)}/${seg(s.sectionSlug)}/${seg(s.slug)}`,
  topic: (slug: string) => `/topics/${seg(slug)}`,
  author: (slug: string) => `/authors/${seg(slug)}`,
  search: (edition: EditionCode, q?: string) =>
    `${prefix(edition)}/search${q ? `?${new URLSearchParams({ q }).toString()}` : ""}`,
  /** The masthead's switch to another edition: answers with the paired story or that edition's front. */
  editionSwitch: (to: EditionCode) => `/edition/${seg(to)}`,
  /** Page `page` of a list at `base` (a section, topic or author): page 1 is the list itself. */
  paged: (base: string, page: number) => (page > 1 ? `${base}?page=${page}` : base),
  colophon: () => "/colophon",
  // The editorial standards and corrections policy pages, edited by admins.
  standards: () => "/about/standards",
  correctionsPolicy: () => "/about/corrections",
  feed: (scope: FeedScope, format: "rss" | "atom") =>
    scope.kind === "site"
      ? `${prefix(scope.edition)}/${format === "rss" ? "feed" : "atom"}.xml`
      : `${scope.kind === "section" ? prefix(scope.edition) : ""}/feeds/${scope.kind}/${seg(scope.slug)}/${format}.xml`,
  sitemapIndex: () => "/sitemap.xml",
  newsSitemap: (edition: EditionCode) => `${prefix(edition)}/news-sitemap.xml`,
  /** A story's generated share card; `version` changes whenever what the card shows changes. */
  storyCard: (storyId: string, version: string) => `/cards/story/${seg(storyId)}/${seg(version)}.png`,
  /** The site's share card (home, sections, topics, authors, search). */
  siteCard: (version: string) => `/cards/site/${seg(version)}.png`,
  /** The publisher logo for structured data: a raster square, as Google asks. */
  logo: (version: string) => `/cards/logo/${seg(version)}.png`,
};

/** What a public path names, read back: the edition from its prefix, then its segments. */
export type ParsedPublicPath =
  | { kind: "front"; edition: EditionCode }
  | { kind: "section"; edition: EditionCode; slug: string }
  | { kind: "story"; edition: EditionCode; sectionSlug: string; slug: string }
  | { kind: "other"; edition: EditionCode };

/**
 * The inverse of publicPath for the pages an edition switch can start from. Anything that is not
 * a plain path (a protocol-relative `//host`, a bad escape) reads as the default front, so a
 * crafted `from` can never send a reader elsewhere.
 */
export function parsePublicPath(path: string): ParsedPublicPath {
  const fallback = { kind: "front", edition: DEFAULT_EDITION } as const;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  let parts: string[];
  try {
    parts = path.split(/[?#]/)[0]!.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return fallback;
  }
  const edition =
    EDITION_CODES.find((code) => EDITIONS[code].prefix && parts[0] === EDITIONS[code].prefix.slice(1)) ??
    DEFAULT_EDITION;
  if (edition !== DEFAULT_EDITION) parts = parts.slice(1);
  if (parts.length === 0) return { kind: "front", edition };
  if (RESERVED_SEGMENTS.has(parts[0]!)) return { kind: "other", edition };
  if (parts.length === 1) return { kind: "section", edition, slug: parts[0]! };
  if (parts.length === 2) return { kind: "story", edition, sectionSlug: parts[0]!, slug: parts[1]! };
  return { kind: "other", edition };
}

/** The edition whose address space a path is in: `/bn` and `/bn/…` are Bangla's, the rest the default's. */
export function editionOfPath(pathname: string): EditionCode {
  return (
    EDITION_CODES.find((code) => {
      const p = EDITIONS[code].prefix;
      return p !== "" && (pathname === p || pathname.startsWith(`${p}/`) || pathname.startsWith(`${p}?`));
    }) ?? DEFAULT_EDITION
  );
}

const ERROR_PAGES = { notFound: "/_not-found", gone: "/gone", bad: "/bad-address" } as const;

/**
 * Where an edition's error page is rendered on its own: scripts/serve answers a 410, a 400 and
 * the 404 of a cached route with it, so an address under /bn gets the Bangla page.
 */
export function errorPagePath(edition: EditionCode, kind: keyof typeof ERROR_PAGES): string {
  return prefix(edition) + ERROR_PAGES[kind];
}
