// The Bangla edition's Atom feed.
import { siteFeedResponse } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return siteFeedResponse("bn", "atom");
}
