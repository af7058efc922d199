// Rendered share cards, kept where every app server finds them. A card costs ~83 ms of CPU to
// render; kept only per process (200 each), N servers rendered each card N times (issue 19,
// item 13). The key carries a fingerprint of what the card shows, so its bytes never change:
// each process keeps its recent cards, and with Redis configured every process first asks the
// shared copy. The routes still check the story is public before answering with a card.
import { sharedRedis } from "@/lib/shared-counters";

/** Where cards are shared between processes: Redis, or nowhere (one process). */
export type SharedCards = {
  get(key: string): Promise<Buffer | null>;
  set(key: string, png: Buffer): Promise<void>;
};

/** A card is kept this long in Redis after it was last rendered: a week of a story being shared. */
export const SHARED_CARD_TTL_MS = 7 * 24 * 3600_000;
const LOCAL_ENTRIES = 200;

export function redisCards(
  client: NonNullable<ReturnType<typeof sharedRedis>>["client"],
  namespace: string,
): SharedCards {
  const key = (k: string) => `${namespace}:cards:${k}`;
  return {
    async get(k) {
      if (!client.isReady) return null;
      // Stored as base64 text: the client's default string replies, a third larger than the PNG.
      const text = await client.get(key(k)).catch(() => null);
      return typeof text === "string" ? Buffer.from(text, "base64") : null;
    },
    async set(k, png) {
      if (!client.isReady) return;
      await client
        .set(key(k), png.toString("base64"), { expiration: { type: "PX", value: SHARED_CARD_TTL_MS } })
        .catch(() => undefined);
    },
  };
}

export class CardCache {
  private local = new Map<string, Promise<Buffer>>();

  constructor(private readonly shared: SharedCards | null) {}

  /** The image for `key`: this process's copy, else the shared one, else rendered once and shared. */
  get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.local.get(key);
    if (hit) {
      this.local.delete(key);
      this.local.set(key, hit);
      return hit;
    }
    const made = this.fetch(key, render);
    this.local.set(key, made);
    made.catch(() => this.local.delete(key));
    if (this.local.size > LOCAL_ENTRIES) this.local.delete(this.local.keys().next().value!);
    return made;
  }

  private async fetch(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const stored = await this.shared?.get(key);
    if (stored) return stored;
    const png = await render();
    await this.shared?.set(key, png);
    return png;
  }
}

/** This process's card cache, shared through Redis when it is configured. */
export function cardCache(): CardCache {
  const g = globalThis as unknown as { __datelineCards?: CardCache };
  if (!g.__datelineCards) {
    const redis = sharedRedis();
    g.__datelineCards = new CardCache(redis ? redisCards(redis.client, redis.namespace) : null);
  }
  return g.__datelineCards;
}
