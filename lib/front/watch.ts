// The app server's side of purging the front (issue 20). For each request the front may store
// (it says so with X-Dateline-Front), the address and its variant are filed under their purge
// keys once the answer is public; a write's expiry (lib/cache/invalidate.ts → ./bridge.ts) then
// refreshes what the front holds under the expired tags, from whichever server made the change.
// While Redis is away the index cannot be shared, so answers ask the front to keep them for a
// couple of seconds only (X-Dateline-Degraded; deploy/nginx/dateline.conf.template).
// Configured by DATELINE_FRONT_URLS and DATELINE_FRONT_SECRET; without them it does nothing.
import type http from "node:http";
import { createClient, type RedisClientType } from "redis";
import { env } from "@/lib/env";
import { logLine } from "@/lib/observe/shared";
import { onRedisLost, redisDegraded } from "@/lib/observe/health";
import { installFrontPurge } from "./bridge";
import { memoryIndex, redisIndex, withLocalRecord, type FrontIndex, type Variant } from "./index-store";
import { ALL, keysOfInvalidation, keysOfPath } from "./keys";
import { FIRST_WAVE_MS, refresher, SECOND_WAVE_MS } from "./refresh";

/** The request headers Next varies an answer on besides the address (the front's cache key). */
const VARIANT_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-url",
];
/** Statuses the front stores when the answer is public. */
const STORABLE = new Set([200, 203, 301, 308, 404, 410]);

let index: FrontIndex | null | undefined;

function setUp(): FrontIndex | null {
  const e = env();
  if (!e.DATELINE_FRONT_SECRET || !e.DATELINE_FRONT_URLS) return null;
  let store: FrontIndex;
  const local = memoryIndex();
  if (e.DATELINE_REDIS_URL) {
    const client = createClient({
      url: e.DATELINE_REDIS_URL,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (n: number) => Math.min(100 * 2 ** n, 2_000) },
    });
    client.on("error", () => {}); // reported by the change bus and the cache handler
    void client.connect().catch(() => {});
    // The same namespace as the page cache and the bus (scripts/serve.ts sets it).
    store = withLocalRecord(
      redisIndex(client as RedisClientType, process.env.DATELINE_REDIS_NAMESPACE ?? "dateline"),
      local,
    );
  } else {
    store = local;
  }
  const fronts = e.DATELINE_FRONT_URLS.split(/\s+/);
  const r = refresher(fronts, e.DATELINE_FRONT_SECRET, store);
  const wave = (keys: string[], which: string) =>
    r.refresh(keys).then(
      ({ failed }) => {
        if (failed) logLine("warn", `[front] ${which} refresh: ${failed} addresses could not be refreshed`);
      },
      (err: unknown) =>
        logLine("error", `[front] ${which} refresh failed: ${err instanceof Error ? err.message : err}`),
    );
  // Losing Redis breaks the front's promise: its copies (kept for minutes) are replaced on change
  // by whichever server makes the change, through the shared index, and a change on another
  // server can no longer find the copies this one filed. So every copy this server handed the
  // front is fetched again now; the answers say X-Dateline-Degraded, and the front keeps them
  // 1 s only, so changes show within seconds (issue 20: before, up to the copy's whole lifetime).
  // A second wave catches copies answered meanwhile by a server that had not noticed yet.
  if (e.DATELINE_REDIS_URL) {
    const own = refresher(fronts, e.DATELINE_FRONT_SECRET, local);
    onRedisLost(() => {
      for (const [ms, which] of [
        [FIRST_WAVE_MS, "Redis-lost first"],
        [SECOND_WAVE_MS, "Redis-lost second"],
      ] as const)
        setTimeout(
          () =>
            void own.refresh([ALL]).then(
              ({ sent, failed }) =>
                logLine(
                  "warn",
                  `[front] ${which} refresh: ${sent} copies to be kept 1 s${failed ? `, ${failed} failed` : ""}`,
                ),
              (err: unknown) =>
                logLine("error", `[front] ${which} refresh failed: ${err instanceof Error ? err.message : err}`),
            ),
          ms,
        ).unref();
    });
  }
  installFrontPurge((inv) => {
    const keys = keysOfInvalidation(inv);
    if (keys.length === 0) return;
    setTimeout(() => void wave(keys, "first"), FIRST_WAVE_MS).unref();
    setTimeout(() => void wave(keys, "second"), SECOND_WAVE_MS).unref();
  });
  return store;
}

/** Call once per request, before anything rewrites req.url. */
export function watchForFront(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (index === undefined) index = setUp();
  if (!index || req.headers["x-dateline-front"] !== "1") return;
  delete req.headers["x-dateline-front"];
  if (redisDegraded()) res.setHeader("X-Dateline-Degraded", "1");
  if (req.method !== "GET") return;
  const uri = req.url ?? "/";
  const q = uri.indexOf("?");
  const keys = keysOfPath(q === -1 ? uri : uri.slice(0, q));
  if (keys.length === 0) return;
  const rsc: Record<string, string> = {};
  for (const h of VARIANT_HEADERS) {
    const value = req.headers[h];
    if (typeof value === "string") rsc[h] = value;
  }
  const variant: Variant = {
    host: String(req.headers.host ?? ""),
    uri,
    // The hop in front of the app asks for identity bytes and compresses them itself, so the
    // copy this answer becomes is named in X-Dateline-Encoding: refreshing with Accept-Encoding
    // "" would replace only the identity copy and leave the gzip one readers get.
    encoding: String(req.headers["x-dateline-encoding"] ?? req.headers["accept-encoding"] ?? ""),
    ...(Object.keys(rsc).length ? { rsc } : {}),
  };
  const store = index;
  // Headers handed to writeHead itself never show in getHeader(): read them on the way out.
  let given: string | undefined;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const a of args.slice(1)) {
      if (Array.isArray(a)) {
        for (let i = 0; i + 1 < a.length; i += 2)
          if (String(a[i]).toLowerCase() === "cache-control") given = String(a[i + 1]);
      } else if (a && typeof a === "object") {
        for (const [k, v] of Object.entries(a)) if (k.toLowerCase() === "cache-control") given = String(v);
      }
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
  res.once("finish", () => {
    const cc = given ?? String(res.getHeader("cache-control") ?? "");
    if (!STORABLE.has(res.statusCode) || !/\bpublic\b/.test(cc) || /private|no-store|no-cache/.test(cc)) return;
    store.record([...keys, ALL], variant).catch(() => {});
  });
}
