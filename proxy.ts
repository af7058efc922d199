// Answers 410 Gone at the address of a story that was unpublished. A page cannot set its own
// status code in the App Router, so the check happens here, for article-shaped paths only.
// It runs before every article request, cached pages included, so it only looks the address up
// in an in-memory set (lib/gone-addresses.ts), reloaded when this process changes a story.
import { NextResponse, type NextRequest } from "next/server";
import { safeDecode } from "@/lib/safe-decode";

export async function proxy(req: NextRequest) {
  const m = /^\/([^/]+)\/([^/]+)$/.exec(req.nextUrl.pathname);
  if (!m) return NextResponse.next();
  const [section, slug] = [safeDecode(m[1]!), safeDecode(m[2]!)];
  if (section === null || slug === null) return NextResponse.next(); // the page answers 404
  const { isGoneAddress } = await import("@/lib/gone-addresses");
  if (await isGoneAddress(section, slug).catch(() => false)) {
    return NextResponse.rewrite(new URL("/gone", req.url), { status: 410 });
  }
  return NextResponse.next();
}

export const config = {
  // Everything two segments deep except the app's own areas and static files.
  matcher: ["/((?!_next/|api/|dashboard/|authors/|topics/|feeds/|sitemaps/|search|login|colophon|_front/)[^/.]+/[^/.]+)"],
};
