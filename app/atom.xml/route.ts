// The default edition's Atom feed: its 30 newest published stories (Bangla: app/(bn)/bn/atom.xml).
import { siteFeedResponse } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return siteFeedResponse("en", "atom");
}
