// The default edition's Google News sitemap: its stories published in the last two days.
import { newsSitemapResponse } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return newsSitemapResponse("en");
}
