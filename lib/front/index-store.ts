// Which addresses the front holds under each purge key, for the refresh (./refresh.ts): filed by
// the app server that answered the front's request, read by the one that made a change. With
// Redis every server shares one index (sorted sets, newest first, each bounded in size and in
// time); a single server keeps its own in memory.
import type { RedisClientType } from "redis";

/** One stored variant at the front: the same request, sent again, replaces exactly that copy. */
export type Variant = { host: string; uri: string; encoding: string; rsc?: Record<string, string> };

export type FrontIndex = {
  record(keys: string[], v: Variant): Promise<void>;
  variants(keys: string[]): Promise<Variant[]>;
};

/** Per key: beyond this many addresses the oldest fall back to their lifetime at the front. */
export const MAX_PER_KEY = 5_000;
/**
 * An entry older than this is no longer at the front (pages are kept 300 s, feeds 60 s); the
 * index keys themselves expire after it too, so nothing is left when a newsroom stops.
 */
export const INDEX_TTL_S = 15 * 60;

const encode = (v: Variant) => JSON.stringify([v.host, v.uri, v.encoding, v.rsc ?? null]);
function decode(s: string): Variant | null {
  try {
    const [host, uri, encoding, rsc] = JSON.parse(s) as [string, string, string, Record<string, string> | null];
    return { host, uri, encoding, ...(rsc ? { rsc } : {}) };
  } catch {
    return null;
  }
}

export function redisIndex(client: RedisClientType, namespace: string): FrontIndex {
  const key = (k: string) => `${namespace}:front:${k}`;
  return {
    async record(keys, v) {
      const now = Date.now();
      const member = encode(v);
      const multi = client.multi();
      for (const k of keys) {
        multi.zAdd(key(k), { score: now, value: member });
        multi.zRemRangeByRank(key(k), 0, -(MAX_PER_KEY + 1));
        multi.zRemRangeByScore(key(k), 0, now - INDEX_TTL_S * 1000);
        multi.expire(key(k), INDEX_TTL_S);
      }
      await multi.exec();
    },
    async variants(keys) {
      const since = Date.now() - INDEX_TTL_S * 1000;
      const lists = await Promise.all(keys.map((k) => client.zRangeByScore(key(k), since, "+inf")));
      return [...new Set(lists.flat())].map(decode).filter((v): v is Variant => v !== null);
    },
  };
}

export function memoryIndex(now: () => number = Date.now): FrontIndex {
  const byKey = new Map<string, Map<string, number>>();
  let sweptAt = now();
  // Keys of stories no one reads any more are never recorded again: drop what has expired, so a
  // server running for months does not keep every address it ever served.
  const sweep = () => {
    const since = now() - INDEX_TTL_S * 1000;
    for (const [k, m] of byKey) {
      for (const [member, at] of m) if (at < since) m.delete(member);
      if (m.size === 0) byKey.delete(k);
    }
    sweptAt = now();
  };
  return {
    async record(keys, v) {
      if (now() - sweptAt > 60_000) sweep();
      const member = encode(v);
      for (const k of keys) {
        const m = byKey.get(k) ?? new Map<string, number>();
        m.delete(member); // re-inserted last: newest
        m.set(member, now());
        while (m.size > MAX_PER_KEY) m.delete(m.keys().next().value!);
        byKey.set(k, m);
      }
    },
    async variants(keys) {
      const since = now() - INDEX_TTL_S * 1000;
      const out = new Set<string>();
      // (Entries older than `since` are skipped here and dropped by the next sweep.)
      for (const k of keys) for (const [member, at] of byKey.get(k) ?? []) if (at >= since) out.add(member);
      return [...out].map(decode).filter((v): v is Variant => v !== null);
    },
  };
}

/**
 * The shared index with this server's own record beside it. While Redis is away the shared one
 * cannot be read, and the refresh falls back to what this server handed the front itself
 * (lib/front/watch.ts refreshes all of that the moment Redis goes).
 */
export function withLocalRecord(shared: FrontIndex, local: FrontIndex): FrontIndex {
  return {
    async record(keys, v) {
      await local.record(keys, v);
      await shared.record(keys, v);
    },
    async variants(keys) {
      try {
        return await shared.variants(keys);
      } catch {
        return local.variants(keys);
      }
    },
  };
}
