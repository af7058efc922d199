// The Bangla edition's section feeds: /bn/feeds/section/<slug>/<rss|atom>.xml.
import { scopedFeedResponse } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ kind: string; slug: string; file: string }> },
): Promise<Response> {
  return scopedFeedResponse("bn", await params, false);
}
