// Prometheus metrics for one app server process, answered at /metrics by scripts/serve.ts.
// Counters for requests are bumped by the server as each response closes; what Next's bundle
// knows (tag expiries, the scheduler) arrives through the observer on globalThis (./shared.ts);
// pools, the media queue and the view buffer are read only when scraped.
import { createHash, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import type { Logger } from "pino";
import { loopDelayMs, redisDegraded } from "./health";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { ROUTE_CLASSES, type RouteClass } from "./route-class";
import { gauges, installObserver, type Observer } from "./shared";

type Pool = { totalCount: number; idleCount: number; waitingCount: number };

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const CACHE_RESULTS: Record<string, "hit" | "miss" | "stale"> = { HIT: "hit", MISS: "miss", STALE: "stale" };
// Requests still waiting to learn their user are few; a cap keeps a leak impossible.
const MAX_PENDING_USERS = 10_000;

export type Metrics = {
  registry: Registry;
  /** Counts one finished request; `cache` is the response's x-nextjs-cache header. */
  request(method: string, route: RouteClass, status: number, seconds: number, cache: unknown): void;
  /** The user id a request turned out to have, once; undefined for readers. */
  takeUser(requestId: string): string | undefined;
};

export function createMetrics(log: Logger, serverPool: Pool): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "dateline_http_requests_total",
    help: "HTTP requests answered, by method, route class and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "dateline_http_request_duration_seconds",
    help: "Time from request to the end of the response, by route class",
    labelNames: ["route"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pageCache = new Counter({
    name: "dateline_page_cache_requests_total",
    help: "Page-cache results of requests (Next's x-nextjs-cache header), by route class",
    labelNames: ["route", "result"] as const,
    registers: [registry],
  });
  const expired = new Counter({
    name: "dateline_page_cache_tags_expired_total",
    help: "Cache tags expired by writes",
    registers: [registry],
  });
  const lag = new Histogram({
    name: "dateline_scheduler_lag_seconds",
    help: "Seconds between a scheduled story's time and its publication",
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 300, 3600],
    registers: [registry],
  });
  const lastRun = new Gauge({
    name: "dateline_scheduler_last_run_timestamp_seconds",
    help: "When this process last finished a scheduler run (the queue gives each run to one server)",
    registers: [registry],
  });
  new Gauge({
    name: "dateline_db_pool_connections",
    help: "Database pool clients: total, idle, and requests waiting for one; pool app is the pages', server the HTTP server's own",
    labelNames: ["pool", "state"] as const,
    registers: [registry],
    collect() {
      const pools: [string, Pool | undefined][] = [
        ["app", gauges().__datelineDbPool],
        ["server", serverPool],
      ];
      for (const [pool, p] of pools) {
        if (!p) continue;
        this.set({ pool, state: "total" }, p.totalCount);
        this.set({ pool, state: "idle" }, p.idleCount);
        this.set({ pool, state: "waiting" }, p.waitingCount);
      }
    },
  });
  new Gauge({
    name: "dateline_media_processing",
    help: "Images being processed and waiting for a processing slot",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const q = gauges().__datelineMediaQueue?.() ?? { running: 0, waiting: 0 };
      this.set({ state: "running" }, q.running);
      this.set({ state: "waiting" }, q.waiting);
    },
  });
  new Gauge({
    name: "dateline_view_buffer_size",
    help: "Page views buffered and not yet written to the database",
    registers: [registry],
    collect() {
      this.set(gauges().__datelineViews?.size ?? 0);
    },
  });
  new Gauge({
    name: "dateline_redis_degraded",
    help: "1 while this server cannot reach Redis: pages cached per server for seconds, gone set refreshed every second",
    registers: [registry],
    collect() {
      this.set(redisDegraded() ? 1 : 0);
    },
  });
  new Gauge({
    name: "dateline_event_loop_delay_seconds",
    help: "p99 event-loop delay over the last few seconds; /readyz says overloaded above 1 s",
    registers: [registry],
    collect() {
      this.set(loopDelayMs() / 1000);
    },
  });
  loopDelayMs(); // starts measuring now, not at the first scrape
  // Zeroes for every class, so rates and ratios exist before the first request of each.
  for (const route of ROUTE_CLASSES) for (const result of ["hit", "miss", "stale"]) pageCache.inc({ route, result }, 0);

  const users = new Map<string, string>();
  const observer: Observer = {
    log: (level, msg) => log[level](msg),
    tagsExpired: (n) => expired.inc(n),
    scheduledPublished: (seconds) => lag.observe(Math.max(0, seconds)),
    schedulerRan: () => lastRun.set(Date.now() / 1000),
    requestUser(id, user) {
      if (users.size >= MAX_PENDING_USERS) users.clear();
      users.set(id, user);
    },
  };
  installObserver(observer);

  return {
    registry,
    request(method, route, status, seconds, cache) {
      requests.inc({ method: METHODS.has(method) ? method : "other", route, status: String(status) });
      duration.observe({ route }, seconds);
      const result = typeof cache === "string" ? CACHE_RESULTS[cache] : undefined;
      if (result) pageCache.inc({ route, result });
    },
    takeUser(id) {
      if (users.size === 0) return undefined;
      const user = users.get(id);
      if (user !== undefined) users.delete(id);
      return user;
    },
  };
}

export function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && (ip === "::1" || ip.startsWith("127.") || ip.startsWith("::ffff:127."));
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Whether an Authorization header carries the token; constant time in the token's content. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m !== null && timingSafeEqual(digest(m[1]!), digest(token));
}

/**
 * /metrics: to a client on this machine (as decided from the socket and trusted proxies, never
 * a client's own X-Forwarded-For), or to one with the bearer token when one is configured.
 */
export async function answerMetrics(
  metrics: Metrics,
  clientIp: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  token: string | undefined,
): Promise<void> {
  const allowed = isLoopback(clientIp) || (token !== undefined && bearerMatches(req.headers.authorization, token));
  if (!allowed) {
    const [status, text] = token
      ? [401, "a bearer token is required"]
      : [403, "metrics are served to this machine only"];
    res.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...(token ? { "WWW-Authenticate": "Bearer" } : {}),
    });
    res.end(`${text}\n`);
    return;
  }
  const body = await metrics.registry.metrics();
  res.writeHead(200, { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
}
