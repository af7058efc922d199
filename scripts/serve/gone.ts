// An address of an unpublished story answers 410 Gone with the "story removed" page. The check is
// a lookup in an in-memory set (lib/gone-addresses.ts), so a cached article costs no more than
// the page cache itself; first segments that are the app's own areas are never looked up.
import { EDITION_CODES, EDITIONS } from "@/lib/editions";
import { RESERVED_SEGMENTS } from "@/lib/reserved-segments";
import { editionOfPath, errorPagePath } from "@/lib/routes";
import { safeDecode } from "@/lib/safe-decode";
import { PUBLIC_PAGE_CACHE } from "@/lib/cache/public-cache-control";
import { onHead } from "./head";
import type { Step } from "./step";

// An article address in any edition: /<section>/<slug>, or under an edition's prefix (/bn/…).
// Section slugs are unique across editions, so the gone set needs no edition.
const ARTICLE = new RegExp(
  `^(?:${EDITION_CODES.map((c) => EDITIONS[c].prefix)
    .filter(Boolean)
    .join("|")})?/([^/.]+)/([^/.]+)$`,
);

/** The (decoded) section and slug of an article-shaped address outside the app's own areas. */
export function articleAddress(pathname: string): { section: string; slug: string } | null {
  const m = ARTICLE.exec(pathname);
  if (!m || RESERVED_SEGMENTS.has(m[1]!)) return null;
  const section = safeDecode(m[1]!);
  const slug = safeDecode(m[2]!);
  return section === null || slug === null ? null : { section, slug };
}

export function gone(isGone: (section: string, slug: string) => Promise<boolean>): Step {
  return {
    name: "gone",
    async run(x) {
      const a = articleAddress(x.pathname);
      // A database hiccup must not take the article down: the page answers as if not gone.
      if (a && (await isGone(a.section, a.slug).catch(() => false))) {
        x.res.statusCode = 410;
        x.req.url = errorPagePath(editionOfPath(x.pathname), "gone") + x.search;
        // The /gone page is rendered per request (never in Next's page cache, so a story put back
        // live is not shadowed), and Next marks it private. The 410 itself is as public as the
        // page it replaces: a front or CDN must store it over the copy it held, or the takedown
        // stays invisible there until that copy's lifetime ends (issue 19, item 2).
        onHead(x.res, (res) => {
          if (res.statusCode === 410) res.setHeader("Cache-Control", PUBLIC_PAGE_CACHE);
        });
      }
      return false;
    },
  };
}
