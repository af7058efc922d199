// Serving the generated cards. Each address carries a fingerprint of what its image shows
// (publicPath.storyCard and friends), so the bytes behind an address never change: they are
// kept in a small in-process cache, answered with an ETag, and an old address (the headline or
// the site name has changed since it was shared) redirects to the current one.
import "server-only";

/**
 * The same policy as the public pages: unfurlers and browsers keep a card as long as they like
 * by its ETag, while a front cache holds it only a second, so a story taken down loses its card
 * as quickly as its page.
 */
export const CARD_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";

const MAX_ENTRIES = 200;
const rendered = new Map<string, Promise<Buffer>>();

/** The image for `key`, rendered once per process; the oldest of MAX_ENTRIES makes way. */
function cached(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const hit = rendered.get(key);
  if (hit) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const made = render();
  rendered.set(key, made);
  made.catch(() => rendered.delete(key));
  if (rendered.size > MAX_ENTRIES) rendered.delete(rendered.keys().next().value!);
  return made;
}

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
  const png = await cached(current.key, current.render);
  return new Response(new Uint8Array(png), {
    headers: { ...headers, "Content-Type": "image/png", "Content-Length": String(png.length) },
  });
}
