import type { MetadataRoute } from "next";
import { EDITION_CODES } from "@/lib/editions";
import { siteUrl } from "@/lib/feeds";
import { publicPath } from "@/lib/routes";

// Read per request: the public URL comes from the environment the server runs with, not the build's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api"] },
    sitemap: [
      origin + publicPath.sitemapIndex(),
      ...EDITION_CODES.map((edition) => origin + publicPath.newsSitemap(edition)),
    ],
  };
}
