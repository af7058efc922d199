// The HTTP server `npm start` runs: Next.js behind a few checks. It owns the socket, so it decides
// who the client is and which address they used (lib/proxy-trust.ts) and rewrites the
// X-Forwarded-* headers Next sees to those decisions. It answers /healthz and /readyz itself,
// before Next, so no page can shadow them. An address of an unpublished
// story answers 410 Gone with the "story removed" page; everything else goes straight to Next.
// The check is a lookup in an in-memory set (lib/gone-addresses.ts), so a cached article costs
// no more than the page cache itself. It lives here rather than in proxy.ts because a Next
// proxy, however little it does, runs as a separate step per request and halved the throughput
// of cached articles (BENCHMARKS.md). It also writes one log line per request and answers
// /metrics (lib/observe/): both cost a few counter bumps per request, nothing awaited.
// In production it serves public pages HTML-first (issue 11): Next's client runtime is dropped
// from each public HTML answer and the pages' one small script added (lib/reader/, README
// "HTML-first reader pages"); an address with a malformed percent-escape gets a 400 page.
import "./lib/load-env"; // first: .env files before anything reads the environment
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { parse } from "node:url";
import next from "next";
import { describeStanding, roleStanding } from "@/db/roles";
import { redisNamespace } from "@/lib/cache/announce";
import { databaseUrl, env } from "@/lib/env";
import { watchForFront } from "@/lib/front/watch";
import { goneChecker } from "@/lib/gone-addresses";
import { decideClient, describeTrust } from "@/lib/proxy-trust";
import { createLogger } from "@/lib/observe/logger";
import { answerMetrics, createMetrics } from "@/lib/observe/metrics";
import { requestId } from "@/lib/observe/request-id";
import { routeClass } from "@/lib/observe/route-class";
import { LIST_PAGE_PATH, listPageNumber } from "@/lib/list-pages";
import { latestMigration, readiness, readinessText } from "@/lib/readiness";
import { EDITION_CODES, EDITIONS } from "@/lib/editions";
import { RESERVED_SEGMENTS } from "@/lib/reserved-segments";
import { safeDecode } from "@/lib/safe-decode";
import { HSTS, PERMISSIONS_POLICY, hasPrivatePolicy, privateCsp, publicCsp } from "@/lib/security-headers";
import { publicUrlIsHttps } from "@/lib/site-url";
import { buildReaderScript } from "@/lib/reader/bundle";
import { liteHtml, wantsLitePage } from "@/lib/reader/lite-html";
import { acceptsGzip, liteResponse } from "@/lib/reader/lite-response";
import { READER_SCRIPT_PATH } from "@/lib/reader/script-path";

const ROOT = path.resolve(import.meta.dirname, "..");
// An article address in any edition: /<section>/<slug>, or under an edition's prefix (/bn/…).
// Section slugs are unique across editions, so the gone set needs no edition.
const ARTICLE = new RegExp(
  `^(?:${EDITION_CODES.map((c) => EDITIONS[c].prefix)
    .filter(Boolean)
    .join("|")})?/([^/.]+)/([^/.]+)$`,
);
const log = createLogger();
const PRIVATE = "private, no-store";
/** app/(site)/bad-address: the page for an address that cannot be decoded, sent with 400. */
const BAD_ADDRESS = "/bad-address";
const id = (req: http.IncomingMessage) => String(req.headers["x-request-id"] ?? "");

/**
 * Next 16 replays a cached redirect's headers onto the response it already started, so the first
 * 308 after a live story's address changes carries `Location` twice; proxies and fetch join the
 * two as "/city/x, /city/x", a 404 (vercel/next.js#82117, fix pending in #95913). One value out.
 */
function oneLocation(res: http.ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const location = res.getHeader("location");
    if (Array.isArray(location) && new Set(location).size === 1) res.setHeader("Location", location[0]!);
    return writeHead(...args);
  }) as typeof res.writeHead;
}

/**
 * Marks a response that must not sit in a shared cache before its headers go out: a redirect
 * answering an RSC request (Next sends it with a public Cache-Control and no Vary, so a CDN
 * would hand it to a browser asking for the HTML page), and a 404 for a list page past the
 * last one. Node sends every response's headers through writeHead, explicit or implicit.
 */
function keepPrivate(res: http.ServerResponse, when: (status: number) => boolean): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (when(status)) {
      res.setHeader("Cache-Control", PRIVATE);
      // Headers passed to writeHead itself win over setHeader: drop theirs.
      for (const a of args.slice(1))
        if (a && typeof a === "object" && !Array.isArray(a))
          for (const k of Object.keys(a))
            if (k.toLowerCase() === "cache-control") delete (a as Record<string, unknown>)[k];
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
}

/**
 * The not-found page as Next renders it at its own route (which it does on the server, unlike a
 * page's notFound(); lib/reader/lite-response.ts), asked of this very server over loopback.
 */
function notFoundPage(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/_not-found", timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("the not-found page took over 5 s")));
    req.on("error", reject);
  });
}

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const port = env().PORT;
  const trust = env().DATELINE_TRUSTED_PROXIES;
  log.info(`[dateline] client addresses: ${describeTrust(trust)}`);
  // Without NEXTAUTH_URL, next-auth builds its redirects from x-forwarded-host/-proto only when
  // told to trust them; here they are the values decided below, never a client's claim.
  // Otherwise it would fall back to http://localhost:3000 and send people to another origin.
  process.env.AUTH_TRUST_HOST ??= "true";
  const migration = await latestMigration(ROOT);
  // This process holds a page cache: writes made in it (the scheduler's too) expire it.
  (globalThis as { __datelineServing?: boolean }).__datelineServing = true;
  const redisUrl = env().DATELINE_REDIS_URL;
  // One namespace for the cache handler (which Next loads itself, so it reads the variable) and the bus.
  const namespace = redisUrl ? redisNamespace(databaseUrl()) : "";
  if (redisUrl) process.env.DATELINE_REDIS_NAMESPACE = namespace;
  // Built before Next starts, so a broken reader script stops the start rather than a page.
  let readerScript = await buildReaderScript();
  const app = next({ dev, dir: ROOT, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Imported only now: db/index.ts loads next/cache, which needs the environment prepare() sets up.
  const [{ createDb }, { goneAddresses }, preview] = await Promise.all([
    import("@/db"),
    import("@/db/queries/gone"),
    import("@/lib/auth/preview-gate"),
  ]);
  // Its own two connections: the app's pool belongs to Next's bundle.
  const { db, pool } = createDb(databaseUrl(), 2);
  const metrics = createMetrics(log, pool);
  // Says once whether this server's database role could rewrite the audit log (db/roles.ts).
  await roleStanding(pool).then(
    (s) => {
      const standing = describeStanding(s);
      if (standing.ok) log.info(`[dateline] ${standing.line}`);
      else log.warn(`[dateline] ${standing.line}`);
    },
    (e: unknown) => log.warn(`[dateline] could not read the database role: ${e instanceof Error ? e.message : e}`),
  );
  const metricsToken = env().DATELINE_METRICS_TOKEN;
  const isGone = goneChecker(() => goneAddresses(db));
  // Decided once: they depend only on the environment. Set here rather than in next.config.ts
  // because Next bakes headers() into the build, and these follow the server's own settings.
  const hsts = publicUrlIsHttps();
  const publicPolicy = publicCsp(process.env);
  const authSecret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const hasPreview = (cookie: string | undefined): cookie is string => preview.hasPreviewCookie(cookie);
  let wasReady = true;
  // Several servers: change messages over Redis keep each one's set of gone addresses current.
  const bus = redisUrl
    ? await (await import("@/lib/cache/change-bus")).startChangeBus(redisUrl, namespace, (line) => log.error(line))
    : null;
  if (redisUrl) log.info("[dateline] page cache and change messages shared through Redis");

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const id = requestId(req.headers["x-request-id"]);
    // Next's route handlers read it from here to quote it in error bodies (lib/http.ts).
    req.headers["x-request-id"] = id;
    res.setHeader("X-Request-Id", id);
    watchForFront(req, res);
    // Taken now: the HTML-first rewrite renders a HEAD as a GET (lib/reader/lite-response.ts).
    const method = req.method ?? "GET";
    res.once("close", () => finished(req, res, id, started, method));
    void serve(req, res).catch((e: unknown) => {
      log.error({ reqId: id }, `[server] ${e instanceof Error ? e.message : e}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  function finished(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    id: string,
    started: number,
    method: string,
  ): void {
    const ms = performance.now() - started;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    // The path only: a query string can carry a search or a token.
    const pathname = q === -1 ? url : url.slice(0, q);
    const route = routeClass(pathname, RESERVED_SEGMENTS);
    const cache = res.getHeader("x-nextjs-cache");
    metrics.request(method, route, res.statusCode, ms / 1000, cache);
    log.info(
      {
        reqId: id,
        method,
        path: pathname,
        route,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        cache: typeof cache === "string" ? cache : undefined,
        user: metrics.takeUser(id),
        aborted: res.writableFinished ? undefined : true,
      },
      "request",
    );
  }

  function decideAddresses(req: http.IncomingMessage): string {
    const h = req.headers;
    const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(",") : v);
    const decided = decideClient(trust, {
      socketAddress: req.socket.remoteAddress,
      encrypted: (req.socket as { encrypted?: boolean }).encrypted === true,
      host: h.host,
      forwardedFor: joined(h["x-forwarded-for"]),
      forwardedProto: joined(h["x-forwarded-proto"]),
      forwardedHost: joined(h["x-forwarded-host"]),
    });
    // Exactly one address, so every reader downstream (client-ip.ts, next-auth) agrees.
    h["x-forwarded-for"] = decided.ip;
    h["x-forwarded-proto"] = decided.proto;
    if (decided.host) h["x-forwarded-host"] = decided.host;
    else delete h["x-forwarded-host"];
    for (const name of ["x-forwarded-port", "x-real-ip", "forwarded"]) delete h[name];
    return decided.ip;
  }

  async function answerHealth(path: string, res: http.ServerResponse): Promise<boolean> {
    if (path !== "/healthz" && path !== "/readyz") return false;
    let status = 200;
    let text = "ok";
    if (path === "/readyz") {
      const state = await readiness(pool, migration);
      if (!state.ready) [status, text] = [503, state.reason];
      else text = readinessText(state);
      // Once per change, not once per probe: a load balancer asks every few seconds.
      if (state.ready !== wasReady)
        log.error(
          `[server] readyz: ${state.ready ? "ready again" : `not ready: ${state.reason}${state.detail ? ` (${state.detail})` : ""}`}`,
        );
      wasReady = state.ready;
    }
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end(`${text}\n`);
    return true;
  }

  /**
   * The reader script: at its plain address (what the layout renders, and all development
   * uses) revalidated on every use; at its hashed address, immutable for a year.
   */
  async function answerReaderScript(pathname: string, req: http.IncomingMessage, res: http.ServerResponse) {
    // In development the script is rebuilt per request, so an edit shows on reload.
    if (dev) readerScript = await buildReaderScript();
    const plain = pathname === READER_SCRIPT_PATH;
    if ((!plain && pathname !== readerScript.hashedPath) || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE });
      res.end("Not found\n");
      return;
    }
    res.setHeader("Content-Type", "text/javascript; charset=utf-8");
    res.setHeader("Cache-Control", plain ? "public, no-cache" : "public, max-age=31536000, immutable");
    res.setHeader("ETag", readerScript.etag);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (req.headers["if-none-match"] === readerScript.etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    const gz = acceptsGzip(String(req.headers["accept-encoding"] ?? ""));
    const body = gz ? readerScript.gzipped : readerScript.code;
    if (gz) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", body.length);
    res.end(body);
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const ip = decideAddresses(req);
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    if ((req.method === "GET" || req.method === "HEAD") && (await answerHealth(pathname, res))) return;
    if (pathname === "/metrics" && (req.method === "GET" || req.method === "HEAD"))
      return answerMetrics(metrics, ip, req, res, metricsToken);
    if (pathname.startsWith("/_dateline/")) return answerReaderScript(pathname, req, res);
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    if (hsts) res.setHeader("Strict-Transport-Security", HSTS);
    if (hasPrivatePolicy(pathname)) {
      // The desk and sign-in render per request, so each answer gets its own nonce. Next reads it
      // from the request's policy header and puts it on every script it writes. Set here rather
      // than in a proxy.ts: a proxy adds a step to every request it matches, and with one
      // present Next's instrumentation (the scheduler) no longer started with the server.
      const policy = privateCsp(randomBytes(16).toString("base64"), process.env);
      req.headers["content-security-policy"] = policy;
      res.setHeader("Content-Security-Policy", policy);
    } else {
      res.setHeader("Content-Security-Policy", publicPolicy);
    }
    // A malformed or cut-off percent-escape (`/national/%E0%A6`, a Bengali address cut short by
    // a messenger; `?q=%ZZ`) would make Next's own decoding throw, a 500 (issue 11, part 5).
    // Nothing can be looked up at such an address: a 400 with the site's page saying so.
    if (safeDecode(url) === null) {
      if (pathname.startsWith("/api/")) {
        res.writeHead(400, { "Content-Type": "application/json", "Cache-Control": PRIVATE });
        res.end(JSON.stringify({ error: "The address has a malformed percent-escape.", requestId: id(req) }));
        return;
      }
      res.statusCode = 400;
      req.url = BAD_ADDRESS;
      return serveNext(req, res, BAD_ADDRESS, "");
    }
    return serveNext(req, res, pathname, q === -1 ? "" : url.slice(q));
  }

  /** The request to Next, past the server's own answers; `search` is the query with its "?". */
  async function serveNext(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, search: string) {
    const listPage = LIST_PAGE_PATH.exec(pathname);
    if (listPage) {
      const n = safeDecode(listPage[1]!);
      // Anything but a real page number is no page: refused here, so it is never rendered or cached.
      if (n === null || listPageNumber(n) === null) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE });
        res.end("Not found\n");
        return;
      }
    }
    oneLocation(res);
    if (req.headers.rsc !== undefined) keepPrivate(res, (status) => status >= 300 && status < 400);
    if (listPage || /[?&]page=/.test(search)) keepPrivate(res, (status) => status === 404);
    // Draft mode bypasses the page cache: only for a request that brings a live session with it.
    const cookie = req.headers.cookie;
    if (hasPreview(cookie) && !(await preview.previewAllowed(db, cookie, authSecret).catch(() => false)))
      req.headers.cookie = preview.withoutPreviewCookies(cookie);
    const m = ARTICLE.exec(pathname);
    if (m && !RESERVED_SEGMENTS.has(m[1]!)) {
      const section = safeDecode(m[1]!);
      const slug = safeDecode(m[2]!);
      // A database hiccup must not take the article down: the page answers as if not gone.
      if (section !== null && slug !== null && (await isGone(section, slug).catch(() => false))) {
        res.statusCode = 410;
        req.url = "/gone" + search;
      }
    }
    // Before the page goes out (after keepPrivate, whose header rule must see the final writeHead).
    if (!dev && wantsLitePage({ method: req.method, pathname, search, headers: req.headers }))
      liteResponse(req, res, {
        rewrite: (html) => liteHtml(html, readerScript.hashedPath),
        onError: (e) => log.error({ reqId: id(req) }, `[server] lite page: ${e instanceof Error ? e.message : e}`),
        notFoundPage: () => notFoundPage(port),
      });
    await handle(req, res, parse(req.url ?? "/", true));
  }

  server.listen(port, () => log.info(`[dateline] Next.js ${dev ? "(development) " : ""}listening on port ${port}`));
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([app.close(), pool.end(), bus?.close()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  log.fatal(`[dateline] the server could not start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
