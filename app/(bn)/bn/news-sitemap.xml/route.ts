// The Bangla edition's Google News sitemap (<news:language>bn</news:language>).
import { newsSitemapResponse } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return newsSitemapResponse("bn");
}
