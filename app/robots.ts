import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/feeds";

// Read per request: the public URL comes from the environment the server runs with, not the build's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api"] },
    sitemap: [`${origin}/sitemap.xml`, `${origin}/news-sitemap.xml`],
  };
}
