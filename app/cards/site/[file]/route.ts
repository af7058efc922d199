// /cards/site/<version>.png: the site's 1200x630 share card, for pages other than articles.
import { getSiteSettings } from "@/db/queries/settings";
import { siteCardVersion, renderSiteCard } from "@/lib/seo/card";
import { cardNotFound, cardResponse, versionOf } from "@/lib/seo/card-response";
import { publicPath, siteOrigin } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const asked = versionOf((await params).file);
  if (!asked) return cardNotFound();
  const { siteName, tagline } = await getSiteSettings();
  const origin = siteOrigin();
  const version = siteCardVersion({ siteName, tagline }, origin);
  return cardResponse(req, asked, {
    version,
    path: publicPath.siteCard(version),
    key: `site:${version}`,
    render: () => renderSiteCard({ siteName, tagline, host: new URL(origin).host }),
  });
}
