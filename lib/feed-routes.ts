// The feed and news-sitemap route handlers of every edition answer through these, so the
// default edition's (/feed.xml) and Bangla's (/bn/feed.xml) cannot drift apart.
import "server-only";
import type { FeedKind } from "@/db/queries/feeds";
import { cachedFeed, cachedNewsSitemap } from "@/lib/cache/feeds";
import type { EditionCode } from "./editions";
import { CONTENT_TYPES, FEED_KINDS, notFoundResponse, xmlResponse } from "./feeds";

const FORMATS = { "rss.xml": "rss", "atom.xml": "atom" } as const;

/** The edition's own feed: its 30 newest published stories. */
export async function siteFeedResponse(edition: EditionCode, format: "rss" | "atom"): Promise<Response> {
  const xml = await cachedFeed({ kind: "site", edition }, format);
  // Never null for a whole edition; only a missing section, topic or author has no feed.
  return xml === null ? notFoundResponse("No such feed.") : xmlResponse(xml, CONTENT_TYPES[format]);
}

/**
 * /feeds/<section|topic|author>/<slug>/<rss|atom>.xml. A section's feed answers only under its
 * own edition's prefix; topics and authors span editions and answer at the default's.
 */
export async function scopedFeedResponse(
  edition: EditionCode,
  { kind, slug, file }: { kind: string; slug: string; file: string },
  isDefault: boolean,
): Promise<Response> {
  const format = Object.hasOwn(FORMATS, file) ? FORMATS[file as keyof typeof FORMATS] : undefined;
  if (!format || !FEED_KINDS.includes(kind as FeedKind)) return notFoundResponse("No such feed.");
  if (kind !== "section" && !isDefault) return notFoundResponse("No such feed.");
  const xml = await cachedFeed(
    kind === "section" ? { kind: "section", edition, slug } : { kind: kind as "topic" | "author", slug },
    format,
  );
  if (xml === null) return notFoundResponse(`No such ${kind}, so no feed.`);
  return xmlResponse(xml, CONTENT_TYPES[format]);
}

export async function newsSitemapResponse(edition: EditionCode): Promise<Response> {
  return xmlResponse(await cachedNewsSitemap(edition), CONTENT_TYPES.xml);
}
