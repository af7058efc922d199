// Per-section, per-topic and per-author feeds: /feeds/<section|topic|author>/<slug>/<rss|atom>.xml.
import type { FeedKind } from "@/db/queries/feeds";
import { CONTENT_TYPES, FEED_KINDS, notFoundResponse, xmlResponse } from "@/lib/feeds";
import { cachedFeed } from "@/lib/cache/feeds";

export const dynamic = "force-dynamic";

const FORMATS = { "rss.xml": "rss", "atom.xml": "atom" } as const;

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ kind: string; slug: string; file: string }> },
): Promise<Response> {
  const { kind, slug, file } = await params;
  const format = Object.hasOwn(FORMATS, file) ? FORMATS[file as keyof typeof FORMATS] : undefined;
  if (!format || !FEED_KINDS.includes(kind as FeedKind)) return notFoundResponse("No such feed.");
  const xml = await cachedFeed({ kind: kind as FeedKind, slug }, format);
  if (xml === null) return notFoundResponse(`No such ${kind}, so no feed.`);
  return xmlResponse(xml, CONTENT_TYPES[format]);
}
