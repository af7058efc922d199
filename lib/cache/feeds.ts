// Feeds and sitemaps from the data cache: built once, then reused until a story change expires
// "lists" (or settings, "site"). Their route handlers stay dynamic — cheap, since only the
// finished XML is reused — because a static route handler would be built by `next build`,
// which has no database. Five minutes bounds the news sitemap's two-day window.
import "server-only";
import { unstable_cache } from "next/cache";
import { buildFeed, buildNewsSitemap, buildPagesSitemap, buildSitemapIndex, buildStoriesSitemap } from "@/lib/feeds";
import type { EditionCode } from "@/lib/editions";
import { TAGS } from "./tags";

const options = { tags: [TAGS.lists, TAGS.site], revalidate: 300 };

export const cachedFeed = unstable_cache(buildFeed, ["dateline-feed"], options);
export const cachedSitemapIndex = unstable_cache(() => buildSitemapIndex(), ["dateline-sitemap-index"], options);
export const cachedPagesSitemap = unstable_cache(() => buildPagesSitemap(), ["dateline-sitemap-pages"], options);
export const cachedStoriesSitemap = unstable_cache(
  (n: number) => buildStoriesSitemap(n),
  ["dateline-sitemap-stories"],
  options,
);
export const cachedNewsSitemap = unstable_cache(
  (edition: EditionCode) => buildNewsSitemap(edition),
  ["dateline-news-sitemap"],
  options,
);
