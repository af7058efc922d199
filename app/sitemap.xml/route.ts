// The sitemap index: /sitemaps/pages.xml and one /sitemaps/stories-<n>.xml per 50,000 stories.
import { buildSitemapIndex, CONTENT_TYPES, xmlResponse } from "@/lib/feeds";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return xmlResponse(await buildSitemapIndex(), CONTENT_TYPES.xml);
}
