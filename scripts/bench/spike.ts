// The breaking-news spike (`npm run bench -- spike`): the several-servers deployment as
// `npm run cluster` runs it — two app servers sharing PostgreSQL and Redis behind the nginx
// front — and 500 readers at once on a just-published article and the home page for 30 s, while
// an editor adds an update to that article every 5 s. Measures what readers got (requests/s,
// latency, errors), how long each update took to reach them through the front, how many
// renders each update cost the app servers, and the front against nginx serving the same bytes
// pre-compressed (gzip_static: what a file costs); how soon a takedown and a publish of another
// story reach readers through the front with 300 readers on it; then the origin alone (one app
// server, cached article against a public file).
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { freePort } from "@/db/embedded";
import { findNginx, signalFront, startFront, writeFrontDir } from "../lib/nginx-front";
import { prepareNewsroom, spawnServer } from "../lib/prepare";
import { percentile, signInCookie } from "./server";

const GZIP = { "Accept-Encoding": "gzip" };

type Load = { rps: number; p50: number; p99: number; errors: string; requests: number };

async function load(
  url: string,
  opts: { connections: number; seconds: number; paths?: string[]; rate?: number },
): Promise<Load> {
  const r = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: GZIP,
    // In a worker thread: flat out, autocannon fills its thread's event loop, and the editor's
    // saves and the reader polling for each update (on the main thread) would wait behind it.
    workers: 1,
    // Readers arriving at a set pace (requests per second over all connections), rather than each
    // connection asking again the moment it has an answer, which only measures saturation.
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    // Each connection alternates between the paths, as readers do between story and front page.
    ...(opts.paths ? { requests: opts.paths.map((p) => ({ method: "GET" as const, path: p })) } : {}),
  });
  const errors = r.errors + r.non2xx + r.timeouts;
  const detail = errors
    ? ` (${r.errors} socket, ${r.timeouts} timeouts, status ${JSON.stringify(Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, (v as { count: number }).count])))})`
    : "";
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: `${errors}${detail}`,
    requests: r.requests.total,
  };
}

type Update = { postMs: number; visibleMs: number };

/**
 * An editor adds an update to the article every `everyMs` on a fixed clock while `during` runs;
 * a reader polls the front every 50 ms for each one. postMs: the editor's wait for the save;
 * visibleMs: from the save's answer (the commit) until a reader got the new text.
 */
async function updatesDuring<T>(
  front: string,
  articlePath: string,
  post: (body: unknown) => Promise<void>,
  everyMs: number,
  seconds: number,
  during: Promise<T>,
): Promise<[T, Update[]]> {
  const measured: Promise<Update>[] = [];
  const count = Math.floor((seconds * 1000) / everyMs) - 1;
  for (let i = 1; i <= count; i++) {
    measured.push(
      new Promise<void>((r) => setTimeout(r, i * everyMs)).then(async () => {
        const marker = `Update ${i}: the ferry terminal reopened at ${new Date().toISOString()}.`;
        const start = performance.now();
        await post({ kind: "update", body: marker });
        const committed = performance.now();
        for (;;) {
          const html = await fetch(front + articlePath, { headers: GZIP }).then((r) => r.text());
          if (html.includes(marker)) break;
          if (performance.now() - committed > 30_000)
            throw new Error(`update ${i} not visible through the front after 30 s`);
          await new Promise((r) => setTimeout(r, 50));
        }
        return { postMs: Math.round(committed - start), visibleMs: Math.round(performance.now() - committed) };
      }),
    );
  }
  return Promise.all([during, Promise.all(measured)]);
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited while starting`);
    if (
      await fetch(url, { redirect: "manual" }).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

/**
 * A bare nginx serving one directory, the page stored pre-compressed beside it (gzip_static): the
 * ceiling for the front, which also sends what it stored compressed (issue 20: the old figure
 * compared the front against a file nginx gzipped per request, which hid the front's own gzip).
 */
function startStaticNginx(nginx: string, dir: string, port: number): ChildProcess {
  const conf = path.join(dir, "static.conf");
  fs.writeFileSync(
    conf,
    `worker_processes auto; pid ${dir}/static.pid; error_log ${dir}/static-error.log;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 4096; }
http {
  access_log off; client_body_temp_path ${dir}/tmp/body; proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi; uwsgi_temp_path ${dir}/tmp/uwsgi; scgi_temp_path ${dir}/tmp/scgi;
  types { text/html html; }
  gzip off; gzip_static on; gzip_vary on;
  server { listen 127.0.0.1:${port}; root ${dir}/static; }
}
`,
  );
  return spawn(nginx, ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: "ignore", detached: true });
}

/** The bytes exactly as the front sends them (no decompression). */
function rawBytes(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks)));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/**
 * With `connections` readers on the front, a story the front holds is taken down and published
 * again, `rounds` times: ms from the editor's answer until a reader got the 410, and the 200 back.
 */
async function visibilityUnderLoad(
  front: string,
  storyPath: string,
  transition: (action: string) => Promise<void>,
  rounds: number,
): Promise<{ takedown: number[]; publish: number[] }> {
  const takedown: number[] = [];
  const publish: number[] = [];
  const until = async (status: number): Promise<number> => {
    const start = performance.now();
    for (;;) {
      const r = await fetch(front + storyPath, { headers: GZIP, redirect: "manual" });
      await r.arrayBuffer();
      if (r.status === status) return Math.round(performance.now() - start);
      if (performance.now() - start > 60_000) throw new Error(`${storyPath} not ${status} after 60 s`);
      await new Promise((res) => setTimeout(res, 50));
    }
  };
  for (let i = 0; i < rounds; i++) {
    await transition("unpublish");
    takedown.push(await until(410));
    for (const a of ["revertToDraft", "submit", "publish"]) await transition(a);
    publish.push(await until(200));
  }
  return { takedown, publish };
}

/** Renders per path from the origin log: each `app=MISS` or `app=STALE` line is one render. */
function renders(log: string, paths: string[]): Record<string, number> {
  const lines = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n") : [];
  return Object.fromEntries(
    paths.map((p) => [p, lines.filter((l) => l.includes(`"GET ${p} `) && /app=(MISS|STALE)\b/.test(l)).length]),
  );
}

export async function benchSpike(opts: {
  readers: number;
  seconds: number;
  everyMs: number;
}): Promise<Record<string, string | number>> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx not found: apt-get install nginx");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-spike-"));
  fs.chmodSync(dataDir, 0o711);
  process.env.DATELINE_DATA_DIR = dataDir;
  process.env.DATABASE_URL = "";
  const redisUrl = process.env.DATELINE_REDIS_URL || "redis://127.0.0.1:6379";
  const [frontPort, app1, app2, app3, staticPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const front = `http://127.0.0.1:${frontPort}`;
  const children: ChildProcess[] = [];
  let nginxChild: ChildProcess | undefined;
  let staticChild: ChildProcess | undefined;
  const frontDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-spike-front-"));
  // Purge on change, as `npm run cluster` runs it (lib/front/).
  const frontSecret = randomBytes(24).toString("base64url");
  const { opened, authSecret } = await prepareNewsroom({ dev: false });
  try {
    for (const port of [app1, app2]) {
      const child = spawnServer(
        {
          NODE_ENV: "production",
          PORT: String(port),
          DATABASE_URL: opened.url,
          AUTH_SECRET: authSecret,
          DATELINE_REDIS_URL: redisUrl,
          DATELINE_PUBLIC_URL: front,
          NEXTAUTH_URL: front,
          DATELINE_TRUSTED_PROXIES: "127.0.0.1",
          DATELINE_FRONT_URLS: front,
          DATELINE_FRONT_SECRET: frontSecret,
        },
        { pipe: true },
      );
      child.stdout!.on("data", () => {});
      child.stderr!.on("data", (d: Buffer) => process.stderr.write(`[app ${port}] ${d}`));
      children.push(child);
    }
    await Promise.all(
      children.map((c, i) => waitFor(`http://127.0.0.1:${[app1, app2][i]}/login`, c, `app server ${i + 1}`)),
    );
    const originLog = path.join(frontDir, "origin.log");
    const frontFiles = writeFrontDir(frontDir, {
      listen: `127.0.0.1:${frontPort}`,
      upstreams: [`127.0.0.1:${app1}`, `127.0.0.1:${app2}`],
      mediaMaxMb: 20,
      workerProcesses: "auto",
      originAccessLog: originLog,
      refreshSecret: frontSecret,
    });
    nginxChild = startFront(nginx, frontFiles);
    await waitFor(`${front}/login`, nginxChild, "nginx");

    // The just-published article: the demo's newest story, published now through the desk.
    const server = { baseUrl: front, dataDir };
    const cookie = await signInCookie(server, "editor");
    const { rows } = await opened.db.execute<{ id: string; path: string }>(
      sql`select st.id, '/' || s.slug || '/' || st.slug as path from stories st join sections s on s.id = st.section_id
           where st.status = 'published' order by st.published_at desc limit 1`,
    );
    const article = rows[0]!;
    const { rows: others } = await opened.db.execute<{ id: string; path: string }>(
      sql`select st.id, '/' || s.slug || '/' || st.slug as path from stories st join sections s on s.id = st.section_id
           where st.status = 'published' and s.edition = 'en' order by st.published_at desc offset 1 limit 1`,
    );
    const other = others[0]!;
    const post = async (p: string, body: unknown) => {
      const res = await fetch(front + p, {
        method: "POST",
        headers: { Cookie: cookie, Origin: front, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${p} answered ${res.status}`);
    };
    for (const p of [article.path, "/"]) await fetch(front + p, { headers: GZIP });

    const addUpdate = (body: unknown) => post(`/api/stories/${article.id}/corrections`, body);
    const paths = [article.path, "/"];

    // The spike as the product describes it: `readers` readers each asking once a second (so
    // `readers` requests/s), alternating story and home page, while the editor updates the story.
    fs.writeFileSync(originLog, "");
    const [paced, pacedUpdates] = await updatesDuring(
      front,
      article.path,
      addUpdate,
      opts.everyMs,
      opts.seconds,
      load(front, { connections: opts.readers, seconds: opts.seconds, paths, rate: opts.readers }),
    );
    const pacedRenders = renders(originLog, paths);

    // Flat out: every connection asks again the moment it is answered, until the machine (load
    // generator included, on the same cores) is saturated.
    fs.writeFileSync(originLog, "");
    const [flat, flatUpdates] = await updatesDuring(
      front,
      article.path,
      addUpdate,
      opts.everyMs,
      opts.seconds,
      load(front, { connections: opts.readers, seconds: opts.seconds, paths }),
    );
    const flatRenders = renders(originLog, paths);

    // A takedown and a publish of another story the front holds, with 300 readers on the front.
    const transition = async (action: string) => {
      const { rows: v } = await opened.db.execute<{ version: number }>(
        sql`select version from stories where id = ${other.id}`,
      );
      await post(`/api/stories/${other.id}/transition`, { action, version: v[0]!.version });
    };
    for (let i = 0; i < 2; i++) await fetch(front + other.path, { headers: GZIP });
    const [, visibility] = await Promise.all([
      load(front, { connections: 300, seconds: 40, paths }),
      new Promise((r) => setTimeout(r, 3_000)).then(() => visibilityUnderLoad(front, other.path, transition, 3)),
    ]);

    // The same bytes pre-compressed as a file from nginx (gzip_static), same concurrency.
    fs.mkdirSync(path.join(frontDir, "static"), { recursive: true });
    for (const t of ["body", "proxy", "fastcgi", "uwsgi", "scgi"])
      fs.mkdirSync(path.join(frontDir, "tmp", t), { recursive: true });
    const stored = await rawBytes(front + article.path, GZIP);
    fs.writeFileSync(
      path.join(frontDir, "static", "article.html"),
      await fetch(front + article.path).then((r) => r.text()),
    );
    fs.writeFileSync(path.join(frontDir, "static", "article.html.gz"), stored);
    staticChild = startStaticNginx(nginx, frontDir, staticPort);
    await waitFor(`http://127.0.0.1:${staticPort}/article.html`, staticChild, "static nginx");
    const frontArticle = await load(front, { connections: opts.readers, seconds: 10, paths: [article.path] });
    const staticFile = await load(`http://127.0.0.1:${staticPort}`, {
      connections: opts.readers,
      seconds: 10,
      paths: ["/article.html"],
    });

    // The origin alone: one app server (shared Redis cache), cached article against a file from
    // public/; then the cost of sharing: a third server on the same database without Redis
    // (Next's in-memory cache, as `npm start` runs), the same two measurements.
    const origin = `http://127.0.0.1:${app1}`;
    await fetch(origin + article.path);
    const originArticle = await load(origin, { connections: 10, seconds: 10, paths: [article.path] });
    const originFile = await load(origin, { connections: 10, seconds: 10, paths: ["/icon.svg"] });
    for (const c of children) c.kill("SIGTERM");
    const alone = spawnServer(
      {
        NODE_ENV: "production",
        PORT: String(app3),
        DATABASE_URL: opened.url,
        AUTH_SECRET: authSecret,
        DATELINE_REDIS_URL: "",
      },
      { pipe: true },
    );
    alone.stdout!.on("data", () => {});
    alone.stderr!.on("data", () => {});
    children.push(alone);
    const single = `http://127.0.0.1:${app3}`;
    await waitFor(`${single}/login`, alone, "the server without Redis");
    for (let i = 0; i < 3; i++) await fetch(single + article.path);
    const singleArticle = await load(single, { connections: 10, seconds: 10, paths: [article.path] });
    const singleFile = await load(single, { connections: 10, seconds: 10, paths: ["/icon.svg"] });

    const perUpdate = (n: number | undefined, updates: Update[]) =>
      +((n ?? 0) / Math.max(updates.length, 1)).toFixed(2);
    const visible = (u: Update[]) =>
      `${u.map((x) => x.visibleMs).join(", ")} (max ${Math.max(...u.map((x) => x.visibleMs))})`;
    const posts = (u: Update[]) =>
      `${percentile(
        u.map((x) => x.postMs),
        50,
      )} / ${Math.max(...u.map((x) => x.postMs))}`;
    return {
      "readers (connections)": opts.readers,
      "seconds per phase": opts.seconds,
      "paced (readers × 1/s): requests/s": paced.rps,
      "paced: p50 / p99 ms": `${paced.p50} / ${paced.p99}`,
      "paced: errors (non-2xx, socket, timeouts)": paced.errors,
      "paced: update saved, p50 / max ms": posts(pacedUpdates),
      "paced: saved → visible via front, ms": visible(pacedUpdates),
      "paced: origin renders per update, article / home": `${perUpdate(pacedRenders[article.path], pacedUpdates)} / ${perUpdate(pacedRenders["/"], pacedUpdates)}`,
      "flat out: requests/s": flat.rps,
      "flat out: p50 / p99 ms": `${flat.p50} / ${flat.p99}`,
      "flat out: errors (non-2xx, socket, timeouts)": flat.errors,
      "flat out: update saved, p50 / max ms": posts(flatUpdates),
      "flat out: saved → visible via front, ms": visible(flatUpdates),
      "flat out: origin renders per update, article / home": `${perUpdate(flatRenders[article.path], flatUpdates)} / ${perUpdate(flatRenders["/"], flatUpdates)}`,
      "with 300 readers: takedown → 410 via front, ms": `${visibility.takedown.join(", ")} (max ${Math.max(...visibility.takedown)})`,
      "with 300 readers: publish → 200 via front, ms": `${visibility.publish.join(", ")} (max ${Math.max(...visibility.publish)})`,
      "front, article only, requests/s": frontArticle.rps,
      "front, article only, p50 / p99 ms": `${frontArticle.p50} / ${frontArticle.p99}`,
      "nginx gzip_static file, same gzip bytes, requests/s": staticFile.rps,
      "nginx gzip_static file, p50 / p99 ms": `${staticFile.p50} / ${staticFile.p99}`,
      "front ÷ gzip_static file": +(frontArticle.rps / staticFile.rps).toFixed(2),
      "origin alone: cached article, requests/s": originArticle.rps,
      "origin alone: public file, requests/s": originFile.rps,
      "origin alone: article ÷ file": +(originArticle.rps / originFile.rps).toFixed(2),
      "origin alone: article p50 / p99 ms": `${originArticle.p50} / ${originArticle.p99}`,
      "one server without Redis: cached article, requests/s": singleArticle.rps,
      "one server without Redis: public file, requests/s": singleFile.rps,
      "one server without Redis: article ÷ file": +(singleArticle.rps / singleFile.rps).toFixed(2),
    };
  } finally {
    if (staticChild) signalFront(staticChild, "SIGTERM");
    if (nginxChild) signalFront(nginxChild, "SIGQUIT");
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
    await opened.close().catch(() => {});
    fs.rmSync(frontDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
