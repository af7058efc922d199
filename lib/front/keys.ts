// Which purge keys an address the front holds is filed under, and which keys a change purges.
// The keys are the page cache's own tags (lib/cache/tags.ts), so the front is purged by exactly
// what expires the app servers' pages: an article by its address, the API entry of a story by
// the story, and every list, feed, sitemap and outlet page under `lists`. A CDN gets the same
// keys as Surrogate-Key (docs/adr/0001-page-cache.md, "Purge on change").
import { EDITION_CODES, EDITIONS } from "@/lib/editions";
import { routeClass } from "@/lib/observe/route-class";
import { RESERVED_SEGMENTS } from "@/lib/reserved-segments";
import { safeDecode } from "@/lib/safe-decode";
import { isUuid } from "@/lib/uuid";
import type { Invalidation } from "@/lib/cache/invalidate";
import { TAGS } from "@/lib/cache/tags";

/** Every recorded address, for a change to everything (settings). */
export const ALL = "all";

const PREFIXES = EDITION_CODES.map((c) => EDITIONS[c].prefix).filter(Boolean);
const API_ARTICLE = /^\/api\/v1\/articles\/([^/]+)$/;

/**
 * The keys of one public address (the path, without its query). None for what never changes
 * meaning (media and hashed build files: a new version gets a new name).
 */
export function keysOfPath(pathname: string): string[] {
  const api = API_ARTICLE.exec(pathname);
  if (api) {
    const id = safeDecode(api[1]!)?.toLowerCase();
    return id && isUuid(id) ? [TAGS.story(id)] : [TAGS.lists];
  }
  const route = routeClass(pathname, RESERVED_SEGMENTS);
  if (route === "media" || route === "static" || route === "dashboard") return [];
  if (route === "article") {
    const prefix = PREFIXES.find((p) => pathname.startsWith(`${p}/`)) ?? "";
    const [section, slug] = pathname.slice(prefix.length + 1).split("/");
    const s = safeDecode(section ?? "");
    const g = safeDecode(slug ?? "");
    if (s !== null && g !== null) return [TAGS.address(s, g)];
  }
  return [TAGS.lists];
}

/**
 * The keys an expiry reaches at the front. `story:<id>` also stands for the story's article
 * (expired with it under `addr:`), `front` and outlet pages live under `lists`, and `site` or
 * everything means every address recorded.
 */
export function keysOfInvalidation(inv: Invalidation): string[] {
  if (inv.everything || inv.tags.includes(TAGS.site)) return [ALL];
  const keys = new Set<string>();
  for (const tag of inv.tags) {
    if (tag === TAGS.lists || tag === TAGS.front || tag.startsWith("page:")) keys.add(TAGS.lists);
    else if (tag.startsWith("story:") || tag.startsWith("addr:")) keys.add(tag);
  }
  return [...keys];
}
