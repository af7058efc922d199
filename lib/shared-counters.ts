// Counters every app server shares: in Redis when DATELINE_REDIS_URL is set, else in this process.
// Limits kept per process grew with the number of servers (30 view pings a minute became 30×N
// behind the front, issue 19); held here they are one budget for the whole newsroom. The caller
// names the window in the key (a minute, a day), so tests drive time and nothing reads a clock.
// With Redis away each process counts for itself until it is back, as the page cache does.
import { createClient } from "redis";
import { env } from "@/lib/env";
import { logLine } from "@/lib/observe/shared";

export interface Counters {
  /** Adds one to `key` (kept `ttlMs`) and returns the new count. */
  incr(key: string, ttlMs: number): Promise<number>;
  /** Adds `member` to the set `key` (kept `ttlMs`): whether it was new, and the set's size after. */
  addToSet(key: string, member: string, ttlMs: number): Promise<{ added: boolean; size: number }>;
  removeFromSet(key: string, member: string): Promise<void>;
}

// Past this many keys the expired ones are dropped (and, under a flood, all of them), so memory
// stays bounded whatever addresses arrive.
const MAX_KEYS = 200_000;

export class MemoryCounters implements Counters {
  private counts = new Map<string, { n: number; until: number }>();
  private sets = new Map<string, { members: Set<string>; until: number }>();

  private room(now: number): void {
    if (this.counts.size + this.sets.size < MAX_KEYS) return;
    for (const map of [this.counts, this.sets]) for (const [k, e] of map) if (e.until <= now) map.delete(k);
    if (this.counts.size + this.sets.size >= MAX_KEYS) {
      this.counts.clear();
      this.sets.clear();
    }
  }

  async incr(key: string, ttlMs: number): Promise<number> {
    const now = Date.now();
    let entry = this.counts.get(key);
    if (!entry || entry.until <= now) {
      this.room(now);
      this.counts.set(key, (entry = { n: 0, until: now + ttlMs }));
    }
    return ++entry.n;
  }

  async addToSet(key: string, member: string, ttlMs: number): Promise<{ added: boolean; size: number }> {
    const now = Date.now();
    let entry = this.sets.get(key);
    if (!entry || entry.until <= now) {
      this.room(now);
      this.sets.set(key, (entry = { members: new Set(), until: now + ttlMs }));
    }
    const added = !entry.members.has(member);
    entry.members.add(member);
    return { added, size: entry.members.size };
  }

  async removeFromSet(key: string, member: string): Promise<void> {
    this.sets.get(key)?.members.delete(member);
  }
}

function connectClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) },
  });
}
type Client = ReturnType<typeof connectClient>;

/** Redis-backed counters under `namespace`; `local` answers while the client is not ready or a call fails. */
export class RedisCounters implements Counters {
  constructor(
    private readonly client: Client,
    private readonly namespace: string,
    private readonly local: Counters = new MemoryCounters(),
  ) {}

  private key(k: string): string {
    return `${this.namespace}:counters:${k}`;
  }

  private async either<T>(remote: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) return local();
    try {
      return await remote();
    } catch {
      return local();
    }
  }

  incr(key: string, ttlMs: number): Promise<number> {
    return this.either(
      async () => {
        const k = this.key(key);
        const [n] = await this.client.multi().incr(k).pExpire(k, ttlMs, "NX").exec();
        return Number(n);
      },
      () => this.local.incr(key, ttlMs),
    );
  }

  addToSet(key: string, member: string, ttlMs: number): Promise<{ added: boolean; size: number }> {
    return this.either(
      async () => {
        const k = this.key(key);
        const [added, , size] = await this.client.multi().sAdd(k, member).pExpire(k, ttlMs, "NX").sCard(k).exec();
        return { added: Number(added) === 1, size: Number(size) };
      },
      () => this.local.addToSet(key, member, ttlMs),
    );
  }

  removeFromSet(key: string, member: string): Promise<void> {
    return this.either(
      async () => {
        await this.client.sRem(this.key(key), member);
      },
      () => this.local.removeFromSet(key, member),
    );
  }
}

/** One Redis client per process for the counters and the shared card cache, or null without Redis. */
export function sharedRedis(): { client: Client; namespace: string } | null {
  const url = env().DATELINE_REDIS_URL;
  if (!url) return null;
  const g = globalThis as unknown as { __datelineSharedRedis?: Client };
  if (!g.__datelineSharedRedis) {
    const client = connectClient(url);
    let down = false;
    client.on("error", (e: Error & { code?: string }) => {
      if (down) return;
      down = true;
      logLine(
        "error",
        `[counters] Redis unavailable (${e.code ?? e.message}); limits count per process until it is back`,
      );
    });
    client.on("ready", () => (down = false));
    void client.connect().catch(() => undefined);
    g.__datelineSharedRedis = client;
  }
  // Named after the database by scripts/serve.ts, like the page cache's keys.
  return { client: g.__datelineSharedRedis, namespace: process.env.DATELINE_REDIS_NAMESPACE ?? "dateline" };
}

/** This process's counters: shared through Redis when it is configured. */
export function sharedCounters(): Counters {
  const g = globalThis as unknown as { __datelineCounters?: Counters };
  if (!g.__datelineCounters) {
    const redis = sharedRedis();
    g.__datelineCounters = redis ? new RedisCounters(redis.client, redis.namespace) : new MemoryCounters();
  }
  return g.__datelineCounters;
}
