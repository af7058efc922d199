// The site-wide RSS 2.0 feed: the 30 newest published stories.
import { CONTENT_TYPES, notFoundResponse, xmlResponse } from "@/lib/feeds";
import { cachedFeed } from "@/lib/cache/feeds";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const xml = await cachedFeed({ kind: "site" }, "rss");
  // Never null for the whole site; only a missing section, topic or author has no feed.
  return xml === null ? notFoundResponse("No such feed.") : xmlResponse(xml, CONTENT_TYPES.rss);
}
