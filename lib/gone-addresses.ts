// The addresses of unpublished stories, held in memory by the HTTP server (scripts/serve.ts),
// which answers 410 there before Next.js sees the request. That check runs before every
// article request, cached pages included, so it must not query per request: the whole (small)
// set is loaded once, reloaded at once after any change this process makes (markGoneChanged(),
// called with every page-cache invalidation) or another server announces over Redis
// (lib/cache/change-bus.ts), and refreshed in the background every 30 s in case a message was lost.
// While Redis is unreachable no message arrives, so the refresh runs every second instead: a
// takedown on another server answers 410 here within about a second (issue 20: it took 28 s).
import { redisDegraded } from "@/lib/observe/health";

export const REFRESH_MS = 30_000;
export const DEGRADED_REFRESH_MS = 1_000;

type State = { generation: number };

// On globalThis: the server and the route handlers that change stories are separate module
// graphs (tsx and Next's bundle) in one process, and both must see the same counter.
const g = globalThis as unknown as { __datelineGone?: State };
const shared: State = (g.__datelineGone ??= { generation: 0 });

/** Call after a write that may change which addresses are gone (unpublish, republish, revert, a save). */
export function markGoneChanged(): void {
  shared.generation++;
}

/**
 * How many public changes this process has heard of (its own and, over Redis, other servers'):
 * scripts/serve/recent-pages.ts answers from memory only while this has not moved.
 */
export function changeGeneration(): number {
  return shared.generation;
}

/** A lookup over the set `load` returns, reloaded as described above. */
export function goneChecker(load: () => Promise<string[]>): (sectionSlug: string, slug: string) => Promise<boolean> {
  let set: Set<string> | null = null;
  let loadedAt = 0;
  let loadedGeneration = -1;
  let loading: Promise<void> | null = null;

  const reload = (): Promise<void> => {
    if (loading) return loading;
    const generation = shared.generation;
    loading = load()
      .then((list) => {
        set = new Set(list);
        loadedAt = Date.now();
        // A change made while this query ran leaves the generation ahead: the next call reloads.
        loadedGeneration = generation;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };

  return async (sectionSlug, slug) => {
    if (!set || loadedGeneration !== shared.generation) {
      await reload();
      // A reload already under way may have started before the change: make sure of a fresh one.
      if (loadedGeneration !== shared.generation) await reload();
    } else if (Date.now() - loadedAt > (redisDegraded() ? DEGRADED_REFRESH_MS : REFRESH_MS)) {
      void reload().catch(() => {});
    }
    return set?.has(`${sectionSlug}/${slug}`) ?? false;
  };
}
