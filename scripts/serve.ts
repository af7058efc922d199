// The HTTP server `npm start` runs: Next.js behind a short list of named steps (scripts/serve/,
// one module and one unit test each; docs/adr/0002-custom-server.md). It owns the socket, so it
// decides who the client is, answers health probes and /metrics before any page can shadow them,
// refuses addresses no page can have, answers 410 for a taken-down story from an in-memory set,
// and in production serves public pages HTML-first (Next's client runtime dropped, the rewritten
// page kept per Next ETag). It lives here rather than in proxy.ts because a Next proxy, however
// little it does, runs as a separate step per request and halved the throughput of cached
// articles (BENCHMARKS.md). Every request gets one log line and a few counter bumps.
import "./lib/load-env"; // first: .env files before anything reads the environment
import http from "node:http";
import path from "node:path";
import { parse } from "node:url";
import next from "next";
import { describeStanding, roleStanding } from "@/db/roles";
import { redisNamespace } from "@/lib/cache/announce";
import { databaseUrl, env } from "@/lib/env";
import { changeGeneration, goneChecker } from "@/lib/gone-addresses";
import { describeTrust } from "@/lib/proxy-trust";
import { stopWorker } from "@/lib/jobs/shutdown";
import { watchForFront } from "@/lib/front/watch";
import { createLogger } from "@/lib/observe/logger";
import { createMetrics } from "@/lib/observe/metrics";
import { requestId } from "@/lib/observe/request-id";
import { latestMigration, readiness } from "@/lib/readiness";
import { publicCsp } from "@/lib/security-headers";
import { publicUrlIsHttps } from "@/lib/site-url";
import { buildReaderScript } from "@/lib/reader/bundle";
import { badAddresses } from "./serve/bad-address";
import { clientAddress } from "./serve/client-address";
import { consoleToLog, requestContext } from "./serve/console-log";
import { gone } from "./serve/gone";
import { health } from "./serve/health";
import { listPages } from "./serve/list-pages";
import { lite, notFoundPage } from "./serve/lite";
import { liteCache } from "./serve/lite-cache";
import { loopLag } from "./serve/loop-lag";
import { metricsEndpoint } from "./serve/metrics-endpoint";
import { previewGate } from "./serve/preview-gate";
import { readerScript } from "./serve/reader-script";
import { requestLog } from "./serve/request-log";
import { responseFixes } from "./serve/response-fixes";
import { securityHeaders } from "./serve/security-headers";
import { exchange, runSteps, type Step } from "./serve/step";

const ROOT = path.resolve(import.meta.dirname, "..");
const log = createLogger();
// Next's own error output too: one escaped JSON line each, never a client's raw bytes.
consoleToLog(log);

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
  const script = await buildReaderScript();
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
  const authSecret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  // Several servers: change messages over Redis keep each one's set of gone addresses current.
  const bus = redisUrl
    ? await (await import("@/lib/cache/change-bus")).startChangeBus(redisUrl, namespace, (line) => log.error(line))
    : null;
  if (redisUrl) log.info("[dateline] page cache and change messages shared through Redis");

  // The order is the design: each step sees the request as the ones before it left it.
  const steps: Step[] = [
    clientAddress(trust),
    health({ ready: () => readiness(pool, migration), onChange: (line) => log.error(line) }),
    metricsEndpoint(metrics, env().DATELINE_METRICS_TOKEN),
    // In development the script is rebuilt per request, so an edit shows on reload.
    readerScript(dev ? buildReaderScript : () => script),
    // Decided once: they depend only on the environment. Set here rather than in next.config.ts
    // because Next bakes headers() into the build, and these follow the server's own settings.
    securityHeaders({ hsts: publicUrlIsHttps(), publicPolicy: publicCsp(process.env), env: process.env }),
    badAddresses,
    listPages,
    // Response wrappers, innermost first: the header fixes must see the final writeHead, which the
    // lite rewrite makes when it sends the page it held.
    responseFixes,
    previewGate((cookie) => preview.previewAllowed(db, cookie, authSecret)),
    gone(goneChecker(() => goneAddresses(db))),
    ...(dev
      ? []
      : [
          lite({
            scriptPath: () => script.hashedPath,
            cache: liteCache(),
            generation: changeGeneration,
            log,
            metrics,
            notFoundPage: (pathname) => notFoundPage(port, pathname),
          }),
        ]),
    {
      name: "next",
      run: ({ req, res }) => handle(req, res, parse(req.url ?? "/", true)).then(() => true),
    },
  ];

  const lag = loopLag();
  const finished = requestLog(log, metrics);
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const arrival = { id: requestId(req.headers["x-request-id"]), started, method: req.method ?? "GET", queueMs: 0 };
    arrival.queueMs = lag.behind(started);
    // Next's route handlers read it from here to quote it in error bodies (lib/http.ts).
    req.headers["x-request-id"] = arrival.id;
    res.setHeader("X-Request-Id", arrival.id);
    // Notes which addresses the front stores, so a change can refresh them there (lib/front/).
    watchForFront(req, res);
    res.once("close", () => finished(req, res, arrival));
    const x = exchange(req, res, arrival.id);
    void requestContext
      .run({ reqId: arrival.id }, () => runSteps(steps, x))
      .catch((e: unknown) => {
        log.error({ reqId: arrival.id, err: e }, `[server] ${e instanceof Error ? e.message : e}`);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  });

  // A port it cannot have (another process holds it) ends this process, with one line: a server
  // that lingers without listening is neither up nor restarted by its supervisor or systemd.
  const cannotListen = (e: NodeJS.ErrnoException) => {
    const why = e.code === "EADDRINUSE" ? "another process is using it" : e.message;
    log.fatal(`[dateline] cannot listen on port ${port}: ${why}`);
    process.exit(1);
  };
  server.once("error", cannotListen);
  server.listen(port, () => {
    server.off("error", cannotListen);
    log.info(`[dateline] Next.js ${dev ? "(development) " : ""}listening on port ${port}`);
  });
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    lag.stop();
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([stopWorker(), app.close(), pool.end(), bus?.close()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  log.fatal(`[dateline] the server could not start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
