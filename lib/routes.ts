// The one builder of public paths, edition-aware, percent-encoding every segment the same way.
// Pages, cards, JSON-LD, feeds, sitemaps, the API, redirects and the desk's "view" links all
// build addresses here, so a Bengali slug is written one way everywhere. Client-safe (no env):
// absoluteUrl in lib/site-url.ts puts a path on the public origin.
import { EDITIONS, type EditionCode } from "./editions";

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
