// Serving the generated cards. Each address carries a fingerprint of what its image shows
// (publicPath.storyCard and friends), so the bytes behind an address never change: they are
// kept in the card cache (lib/seo/card-cache.ts, shared through Redis), answered with an ETag, and an old address (the headline or
// the site name has changed since it was shared) redirects to the current one.
import { PUBLIC_PAGE_CACHE } from "@/lib/cache/public-cache-control";
import "server-only";
import { cardCache } from "./card-cache";

/**
 * The same policy as the public pages: unfurlers and browsers keep a card as long as they like
 * by its ETag, while a front cache holds it only a second, so a story taken down loses its card
 * as quickly as its page.
 */
export const CARD_CACHE_CONTROL = PUBLIC_PAGE_CACHE;

/** `<version>.png` → version, or null for anything else. */
export function versionOf(file: string): string | null {
  const m = /^([A-Za-z0-9_-]{1,64})\.png$/.exec(file);
  return m ? m[1]! : null;
}

export function cardNotFound(): Response {
  return new Response("No such image.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CARD_CACHE_CONTROL },
  });
}

/**
 * The card for a request naming `asked`: the image when that is the current version, else a
 * redirect to the current address.
 */
export async function cardResponse(
  req: Request,
  asked: string,
  current: { version: string; path: string; key: string; render: () => Promise<Buffer> },
): Promise<Response> {
  if (asked !== current.version) {
    return new Response(null, {
      status: 308,
      headers: { Location: current.path, "Cache-Control": CARD_CACHE_CONTROL },
    });
  }
  const etag = `"${current.version}"`;
  const headers = { ETag: etag, "Cache-Control": CARD_CACHE_CONTROL, "X-Content-Type-Options": "nosniff" };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const png = await cardCache().get(current.key, current.render);
  return new Response(new Uint8Array(png), {
    headers: { ...headers, "Content-Type": "image/png", "Content-Length": String(png.length) },
  });
}
