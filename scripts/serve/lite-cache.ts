// The rewritten form of pages Next served, so a page-cache hit does not redo the rewrite, the
// hash or the compression (issue 18: every public HTML answer cost all three per request, and a
// cached article served at 0.11× a public file). Keyed by what Next served (its status and a
// hash of the page: ./lite-response.ts keyOf). Bounded by bytes, least recently used first out.

export type LitePage = {
  /** Our ETag: the rewritten page's, weak (the gzip and plain forms of one page are one page). */
  etag: string;
  body: Buffer;
  /** The gzip form, made on first need and then kept. */
  gzipped?: Promise<Buffer>;
};

export type LiteCache = {
  get(key: string): LitePage | undefined;
  set(key: string, page: LitePage): void;
  /** Counts bytes added to a kept page (its gzip form). */
  grew(key: string, bytes: number): void;
  readonly bytes: number;
  readonly size: number;
};

/**
 * 32 MB holds ~500 articles' plain and gzip forms (~30 KB + ~8 KB each): the pages being read
 * right now. A page changed by the desk is a new page from Next with a new key, so the old form
 * is simply never asked for again and ages out.
 */
export function liteCache(maxBytes = 32 * 1024 * 1024): LiteCache {
  const pages = new Map<string, { page: LitePage; bytes: number }>();
  let total = 0;
  const evict = () => {
    for (const [key, kept] of pages) {
      if (total <= maxBytes) return;
      pages.delete(key);
      total -= kept.bytes;
    }
  };
  return {
    get(key) {
      const kept = pages.get(key);
      if (!kept) return undefined;
      // Most recently used last: Map keeps insertion order.
      pages.delete(key);
      pages.set(key, kept);
      return kept.page;
    },
    set(key, page) {
      const old = pages.get(key);
      if (old) total -= old.bytes;
      pages.delete(key);
      // A page bigger than the whole budget is not kept at all.
      if (page.body.length > maxBytes) return;
      pages.set(key, { page, bytes: page.body.length });
      total += page.body.length;
      evict();
    },
    grew(key, bytes) {
      const kept = pages.get(key);
      if (!kept) return;
      kept.bytes += bytes;
      total += bytes;
      evict();
    },
    get bytes() {
      return total;
    },
    get size() {
      return pages.size;
    },
  };
}
