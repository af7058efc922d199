// The Bangla edition's RSS 2.0 feed.
import { siteFeedResponse } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return siteFeedResponse("bn", "rss");
}
