// The sending side of the change bus (./change-bus.ts), without Redis in Next's bundle: the HTTP
// server starts the bus and installs it here; writes inside Next's bundle (a separate module
// graph in the same process) announce through globalThis.
import { createHash } from "node:crypto";
import { markGoneChanged } from "@/lib/gone-addresses";

/**
 * Where one newsroom's keys live in a Redis that may be shared (several outlets, or test runs
 * against throwaway databases): named after its database, so a page rendered from one database
 * is never served for another. The HTTP server passes it to the cache handler as
 * DATELINE_REDIS_NAMESPACE; the handler adds the build id.
 */
export function redisNamespace(databaseUrl: string): string {
  return `dateline:${createHash("sha256").update(databaseUrl).digest("hex").slice(0, 12)}`;
}

export const channel = (namespace: string) => `${namespace}:changes`;

export type Bus = { announce: () => void; close: () => Promise<void> };

const g = globalThis as unknown as { __datelineChangeBus?: Bus };

export function installBus(bus: Bus): void {
  g.__datelineChangeBus = bus;
}

/** Tells this process and, with Redis, every other one that public content changed. */
export function announceChange(): void {
  markGoneChanged();
  g.__datelineChangeBus?.announce();
}
