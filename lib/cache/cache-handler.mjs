// The shared page cache for several app servers (used only when DATELINE_REDIS_URL is set; see
// next.config.ts). Next.js loads this file itself, in every server process and in `next build`,
// so it is plain JavaScript. Storage and tag expiry are @fortedigital/nextjs-cache-handler's
// Redis handler: every process reads and writes the same entries, and an expiry made by any
// process deletes them for all, so a publish on one server is seen by the next request on every
// other. What this file adds is what a newsroom needs when Redis misbehaves:
//
// - Redis gone (stopped, restarting, unreachable): requests never wait on it. Commands fail at
//   once (no offline queue) and pages are rendered and kept in a small local cache, as a single
//   server does without Redis. The log says so once when it goes and once when it is back.
// - The local copy only holds pages rendered while Redis was away, and is emptied the moment it
//   goes: pages copied earlier could predate a change made on another server. Each local page
//   lives LOCAL_LIFETIME_MS only, since a change made on another server cannot expire it: the
//   servers agree again within seconds (issue 20: a story published on one stayed 404 on the
//   other for over 60 s). /readyz and the dateline_redis_degraded metric say so meanwhile.
// - Back again: this process could not expire its changes in Redis meanwhile (nor could the
//   others), so Redis may hold pages older than those changes. It drops every entry of this
//   build once; pages render afresh on their next request. An outage is rare; a stale takedown
//   is not acceptable.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";

// A reader waits at most this long on Redis before the page is rendered instead.
const REDIS_TIMEOUT_MS = 500;
// Reconnect attempts back off to this; Redis back within ~2 s is noticed within ~2 s.
const MAX_RECONNECT_DELAY_MS = 2_000;
// A page rendered while Redis is away is served from this process for this long, then rendered
// again: with the gone set reloaded every second, servers converge within ~2 s (promise: 5 s).
// Two seconds here and at the front, plus the last second's pages in scripts/serve, came to
// 5.3–7.2 s on CI's loaded machine; one second each leaves the render time its margin.
export const LOCAL_LIFETIME_MS = 1_000;
// Keys in Redis never outlive what they cache by much: Next's default for an entry without a
// revalidate time is a year, which left keys of old builds behind for as long (issue 20).
// Pages refresh every 1–5 minutes; the data cache entries under tags live a day at most.
const DEFAULT_STALE_AGE_S = 24 * 60 * 60;
const MAX_EXPIRE_AGE_S = 2 * 24 * 60 * 60;
// The library's bookkeeping hashes (tags per key, expiry times) have no TTL of their own; they
// are given this one, renewed while the build runs, so a build no longer running leaves nothing.
const BOOKKEEPING_TTL_S = MAX_EXPIRE_AGE_S;

const g =
  /** @type {{ __datelineCache?: Promise<{ handlers: unknown[] }>, __datelineObserver?: { log(level: string, msg: string): void } }} */ (
    globalThis
  );

/** Through the HTTP server's logger (lib/observe/shared.ts), which this plain file cannot import. */
/** Degraded mode, read by /readyz and /metrics (lib/observe/health.ts keeps the same shape). */
function reportRedis(down, why = "") {
  const health = (g.__datelineHealth ??= { redis: {} });
  const prev = health.redis.cache;
  if (prev && prev.down === down) return;
  const wasDegraded = Object.values(health.redis).some((r) => r.down);
  health.redis.cache = { down, since: Date.now(), why };
  // Whoever notices first tells the listeners (onRedisLost there), once per loss.
  if (down && !wasDegraded) for (const listener of health.onLost ?? []) listener();
}

function log(level, msg) {
  if (g.__datelineObserver) g.__datelineObserver.log(level, msg);
  else console[level](msg);
}

/**
 * This newsroom's keys (DATELINE_REDIS_NAMESPACE, named after its database by scripts/serve.ts),
 * and of this build: entries rendered by another build (a rolling deploy) are never served.
 */
function keyPrefix(buildId) {
  return `${process.env.DATELINE_REDIS_NAMESPACE ?? "dateline"}:${buildId ?? "dev"}:`;
}

function localFallback() {
  let lru = createLruHandler({ maxItemsNumber: 2_000, maxItemSizeBytes: 128 * 1024 * 1024 });
  let redisUp = true;
  return {
    setRedisUp(up) {
      if (!up && redisUp) lru = createLruHandler({ maxItemsNumber: 2_000, maxItemSizeBytes: 128 * 1024 * 1024 });
      redisUp = up;
    },
    handler: {
      name: "local-while-redis-is-away",
      // Reached only when the Redis handler threw (see the composite order below).
      get: async (key, meta) => {
        const entry = await lru.get(key, meta);
        if (!entry || Date.now() - entry.lastModified <= LOCAL_LIFETIME_MS) return entry;
        await lru.delete(key);
        return null;
      },
      set: (key, value) => (redisUp ? undefined : lru.set(key, value)),
      revalidateTag: (tag) => lru.revalidateTag(tag),
      delete: (key) => lru.delete(key),
    },
  };
}

async function dropBuildEntries(client, prefix) {
  let dropped = 0;
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1_000 })) {
    if (keys.length) dropped += await client.unlink(keys);
  }
  return dropped;
}

async function keepBookkeepingBounded(client, prefix) {
  const hashes = ["__sharedTags__", "__sharedTagsTtl__", "__revalidated_tags__"].map((k) => prefix + k);
  await Promise.allSettled(hashes.map((k) => client.expire(k, BOOKKEEPING_TTL_S)));
}

async function configure({ buildId }) {
  const url = process.env.DATELINE_REDIS_URL;
  const fallback = localFallback();
  // `next build` renders nothing from the database (see README) and must not need Redis.
  if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    fallback.setRedisUp(false);
    return { handlers: [fallback.handler] };
  }
  const prefix = keyPrefix(buildId);
  let lost = false;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  client.on("error", (e) => {
    fallback.setRedisUp(false);
    reportRedis(true, e?.code ?? e?.message ?? String(e));
    if (lost) return;
    lost = true;
    log(
      "error",
      `[cache] Redis unavailable (${e?.code ?? e?.message ?? e}); serving pages from this process until it is back`,
    );
  });
  client.on("ready", () => {
    void keepBookkeepingBounded(client, prefix);
    if (!lost) return;
    dropBuildEntries(client, prefix)
      .then((n) => {
        lost = false;
        fallback.setRedisUp(true);
        reportRedis(false);
        log("info", `[cache] Redis is back; dropped ${n} entries that may predate changes made while it was away`);
      })
      .catch(() => {});
  });
  // With Redis away at start, connect() keeps retrying and would hold every request: wait a
  // moment, then serve without it; the client goes on reconnecting in the background.
  const connecting = client.connect().catch(() => {});
  await Promise.race([connecting, new Promise((r) => setTimeout(r, REDIS_TIMEOUT_MS))]);
  const redis = createRedisHandler({
    client,
    keyPrefix: prefix,
    timeoutMs: REDIS_TIMEOUT_MS,
    keyExpirationStrategy: "EXAT",
  });
  // CacheHandler answers from the first handler that does not throw: Redis while it is up, the
  // local copy while it is not. Writes go to both; the local one keeps them only during an outage.
  // Renewed hourly, well within the TTL, while this build serves.
  setInterval(() => void keepBookkeepingBounded(client, prefix), 60 * 60 * 1000).unref();
  return {
    handlers: [redis, fallback.handler],
    ttl: {
      defaultStaleAge: DEFAULT_STALE_AGE_S,
      estimateExpireAge: (staleAge) => Math.min(Math.ceil(staleAge * 1.5), MAX_EXPIRE_AGE_S),
    },
  };
}

CacheHandler.onCreation((context) => (g.__datelineCache ??= configure(context)));

export default CacheHandler;
