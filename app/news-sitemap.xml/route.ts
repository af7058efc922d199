// The Google News sitemap: stories published in the last two days.
import { buildNewsSitemap, CONTENT_TYPES, xmlResponse } from "@/lib/feeds";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return xmlResponse(await buildNewsSitemap(), CONTENT_TYPES.xml);
}
