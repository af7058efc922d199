// The one call a write makes to purge the front (lib/cache/invalidate.ts), without the front's
// Redis client in Next's bundle: the HTTP server installs the purger here (./watch.ts), and the
// bundle, a separate module graph in the same process, reaches it through globalThis.
import type { Invalidation } from "@/lib/cache/invalidate";

const g = globalThis as unknown as { __datelineFrontPurge?: (inv: Invalidation) => void };

export function installFrontPurge(purge: (inv: Invalidation) => void): void {
  g.__datelineFrontPurge = purge;
}

/** Refreshes what the front holds under the expired tags; nothing when no front is configured. */
export function purgeFront(inv: Invalidation): void {
  g.__datelineFrontPurge?.(inv);
}
