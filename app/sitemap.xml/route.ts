// The sitemap index: /sitemaps/pages.xml and one /sitemaps/stories-<n>.xml per 50,000 stories.
import { CONTENT_TYPES, xmlResponse } from "@/lib/feeds";
import { cachedSitemapIndex } from "@/lib/cache/feeds";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return xmlResponse(await cachedSitemapIndex(), CONTENT_TYPES.xml);
}
