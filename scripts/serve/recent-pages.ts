// The pages this server answered in the last second, by address, answered again without asking
// Next while nothing public has changed since (issue 18: a cached article spent most of its time
// in Next's own request pipeline, ~10× a public file, even once the rewrite was kept). Every
// change this process makes or hears of over Redis moves the change generation
// (lib/gone-addresses.ts changeGeneration), and an entry from an older generation is never used;
// the one-second limit is for what no message announces (a page's own revalidate time, a lost
// message) and matches the s-maxage=1 a front or CDN may already keep public pages for.
import type { LitePage } from "./lite-cache";

export type RecentPage = {
  page: LitePage;
  /** The lite cache's key, so a 304 or gzip answer counts against the same kept page. */
  key: string;
  status: number;
  /** The headers Next set, as it set them (the server's own per-request headers are not here). */
  headers: [string, string | number | string[]][];
  at: number;
  generation: number;
};

export type RecentPages = {
  get(address: string): RecentPage | undefined;
  set(address: string, page: RecentPage): void;
  readonly size: number;
};

export function recentPages(o: {
  generation: () => number;
  maxAgeMs?: number;
  /** Addresses kept at most; each entry shares its page with the lite cache, so it is small. */
  max?: number;
  now?: () => number;
}): RecentPages {
  const maxAge = o.maxAgeMs ?? 1_000;
  const max = o.max ?? 2_000;
  const now = o.now ?? performance.now.bind(performance);
  const pages = new Map<string, RecentPage>();
  return {
    get(address) {
      const p = pages.get(address);
      if (!p) return undefined;
      if (p.generation === o.generation() && now() - p.at < maxAge) return p;
      pages.delete(address);
      return undefined;
    },
    set(address, page) {
      pages.delete(address);
      pages.set(address, page);
      // Oldest first out: a flood of one-off addresses cannot grow it.
      if (pages.size > max) pages.delete(pages.keys().next().value!);
    },
    get size() {
      return pages.size;
    },
  };
}
