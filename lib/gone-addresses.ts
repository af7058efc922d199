// The addresses of unpublished stories, held in memory for proxy.ts, which answers 410 there.
// The proxy runs before every article-shaped request, cached or not, so it must not query per
// request: the whole (small) set is loaded once, reloaded at once after any change this process
// makes (markGoneChanged(), called with every page-cache invalidation), and refreshed in the
// background every 30 s for changes other processes made.
import { goneAddresses } from "@/db/queries/gone";

export const REFRESH_MS = 30_000;

type State = { set: Set<string> | null; loadedAt: number; generation: number; loadedGeneration: number; loading: Promise<void> | null };

// On globalThis: the proxy and the route handlers that change stories are separate bundles in
// one process, and both must see the same state.
const g = globalThis as unknown as { __datelineGone?: State };
const state: State = (g.__datelineGone ??= { set: null, loadedAt: 0, generation: 0, loadedGeneration: -1, loading: null });

/** Call after a write that may change which addresses are gone (unpublish, republish, revert). */
export function markGoneChanged(): void {
  state.generation++;
}

function reload(): Promise<void> {
  if (state.loading) return state.loading;
  const generation = state.generation;
  state.loading = goneAddresses()
    .then((list) => {
      state.set = new Set(list);
      state.loadedAt = Date.now();
      // A change made while this query ran leaves the generation ahead: the next call reloads.
      state.loadedGeneration = generation;
    })
    .finally(() => {
      state.loading = null;
    });
  return state.loading;
}

export async function isGoneAddress(sectionSlug: string, slug: string): Promise<boolean> {
  if (!state.set || state.loadedGeneration !== state.generation) {
    await reload();
    // A reload already under way may have started before the change; make sure of a fresh one.
    if (state.loadedGeneration !== state.generation) await reload();
  } else if (Date.now() - state.loadedAt > REFRESH_MS) {
    void reload().catch(() => {});
  }
  return state.set?.has(`${sectionSlug}/${slug}`) ?? false;
}
