// Answers 410 Gone at the address of a story that was unpublished. A page cannot set its own
// status code in the App Router, so the check happens here, for article-shaped paths only,
// with a short per-process cache so a spike does not become a query per request.
import { NextResponse, type NextRequest } from "next/server";
import { safeDecode } from "@/lib/safe-decode";

const TTL_MS = 5_000;
const cache = new Map<string, { gone: boolean; at: number }>();

async function isGone(section: string, slug: string): Promise<boolean> {
  const key = `${section}/${slug}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.gone;
  const { isUnpublishedAddress } = await import("@/db/queries/gone");
  const gone = await isUnpublishedAddress(section, slug);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { gone, at: Date.now() });
  return gone;
}

export async function proxy(req: NextRequest) {
  const m = /^\/([^/]+)\/([^/]+)$/.exec(req.nextUrl.pathname);
  if (!m) return NextResponse.next();
  const [section, slug] = [safeDecode(m[1]!), safeDecode(m[2]!)];
  if (section === null || slug === null) return NextResponse.next(); // the page answers 404
  if (await isGone(section, slug).catch(() => false)) {
    return NextResponse.rewrite(new URL("/gone", req.url), { status: 410 });
  }
  return NextResponse.next();
}

export const config = {
  // Everything two segments deep except the app's own areas and static files.
  matcher: ["/((?!_next/|api/|dashboard/|authors/|topics/|feeds/|sitemaps/|search|login)[^/.]+/[^/.]+)"],
};
