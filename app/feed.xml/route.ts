// The default edition's RSS 2.0 feed: its 30 newest published stories (Bangla: app/(bn)/bn/feed.xml).
import { siteFeedResponse } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return siteFeedResponse("en", "rss");
}
