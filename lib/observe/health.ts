// What /readyz and /metrics say about the parts besides PostgreSQL (issue 20): whether Redis is
// reachable (the shared page cache and the change bus report it here; while it is not, this
// server runs degraded: short local cache lifetimes, the gone set refreshed every second) and
// how late the event loop runs (a server whose timers fire a second late is overloaded).
// On globalThis: the HTTP server, Next's bundle and the plain-JS cache handler are separate
// module graphs in one process, and all of them report into one state.
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

/** Event-loop delay (p99 over the last window) above which /readyz says "overloaded". */
export const OVERLOAD_DELAY_MS = 1_000;
const WINDOW_MS = 5_000;

type RedisReport = { down: boolean; since: number; why: string };
type State = {
  /** One entry per part that uses Redis ("cache", "bus"); a part that never connected is absent. */
  redis: Record<string, RedisReport>;
  /** Told when the server goes from sharing Redis to degraded (lib/front/watch.ts). */
  onLost?: (() => void)[];
  loop?: { histogram: IntervalHistogram; last: number; resetAt: number };
};

const g = globalThis as unknown as { __datelineHealth?: State };
const state = (): State => (g.__datelineHealth ??= { redis: {} });

/** Called by each part that talks to Redis when it loses or regains it. */
export function reportRedis(part: string, down: boolean, why = ""): void {
  const s = state();
  const prev = s.redis[part];
  if (prev && prev.down === down) return;
  const wasDegraded = redisDegraded() !== null;
  s.redis[part] = { down, since: Date.now(), why };
  if (down && !wasDegraded) for (const listener of s.onLost ?? []) listener();
}

/** `listener` runs each time this server loses Redis (not again until it has had it back). */
export function onRedisLost(listener: () => void): void {
  (state().onLost ??= []).push(listener);
}

/** Redis unreachable for any part of this server: degraded mode, with the first reason seen. */
export function redisDegraded(): { since: number; why: string } | null {
  const down = Object.values(state().redis).filter((r) => r.down);
  if (down.length === 0) return null;
  return { since: Math.min(...down.map((r) => r.since)), why: down[0]!.why };
}

/** The p99 event-loop delay in ms over the last few seconds; starts measuring on first call. */
export function loopDelayMs(now = Date.now()): number {
  const s = state();
  if (!s.loop) {
    const histogram = monitorEventLoopDelay({ resolution: 20 });
    histogram.enable();
    s.loop = { histogram, last: 0, resetAt: now };
  }
  const loop = s.loop;
  if (now - loop.resetAt >= WINDOW_MS) {
    // Nanoseconds; a window with no samples yet reads as NaN.
    const p99 = loop.histogram.percentile(99) / 1e6;
    loop.last = Number.isFinite(p99) ? p99 : 0;
    loop.histogram.reset();
    loop.resetAt = now;
  }
  const current = loop.histogram.percentile(99) / 1e6;
  return Math.max(loop.last, Number.isFinite(current) ? current : 0);
}
