// The sitemaps the index points at: pages.xml (home and sections) and stories-<n>.xml.
import { CONTENT_TYPES, notFoundResponse, xmlResponse } from "@/lib/feeds";
import { cachedPagesSitemap, cachedStoriesSitemap } from "@/lib/cache/feeds";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (file === "pages.xml") return xmlResponse(await cachedPagesSitemap(), CONTENT_TYPES.xml);
  const page = /^stories-([1-9]\d{0,6})\.xml$/.exec(file);
  const xml = page ? await cachedStoriesSitemap(Number(page[1])) : null;
  return xml === null ? notFoundResponse("No such sitemap.") : xmlResponse(xml, CONTENT_TYPES.xml);
}
