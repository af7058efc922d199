// /cards/logo/<version>.png: the publisher logo of the structured data, a 512 px square.
import { getSiteSettings } from "@/db/queries/settings";
import { logoVersion, renderLogo } from "@/lib/seo/card";
import { cardNotFound, cardResponse, versionOf } from "@/lib/seo/card-response";
import { publicPath } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const asked = versionOf((await params).file);
  if (!asked) return cardNotFound();
  const { siteName } = await getSiteSettings();
  const version = logoVersion(siteName);
  return cardResponse(req, asked, {
    version,
    path: publicPath.logo(version),
    key: `logo:${version}`,
    render: () => renderLogo(siteName),
  });
}
