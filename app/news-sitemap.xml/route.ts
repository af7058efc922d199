// The Google News sitemap: stories published in the last two days.
import { CONTENT_TYPES, xmlResponse } from "@/lib/feeds";
import { cachedNewsSitemap } from "@/lib/cache/feeds";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return xmlResponse(await cachedNewsSitemap(), CONTENT_TYPES.xml);
}
