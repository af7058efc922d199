// The big night, for real (issue 20): the several-servers deployment — the nginx front from
// deploy/nginx, two app servers, Redis — on a PostgreSQL of its own that the test stops for 30 s
// under light reader load, then Redis stopped under the same front. What readers, the desk and
// /readyz get is measured, not assumed: docs/operations.md states these numbers.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import autocannon from "autocannon";
import { and, desc, eq } from "drizzle-orm";
import { createDb, type Database } from "@/db";
import { runMigrations } from "@/db/migrate";
import { currentSnapshot } from "@/db/queries/snapshots";
import { sections, stories } from "@/db/schema";
import { DATABASE_UNREACHABLE } from "@/lib/db-unreachable";
import { signInCookie } from "@/scripts/bench/server";
import { seedDemo } from "@/scripts/seed";
import { timeUntil, type AppServer } from "./app-servers";
import { startFrontCluster, type FrontCluster, type Reply } from "./front-cluster";
import { tempDir } from "./helpers";
import { ownPostgres, type OwnPostgres } from "./own-postgres";
import { privateRedis, type PrivateRedis } from "./private-redis";

const AUTH_SECRET = "integration-test-secret-that-is-long-enough-0123456789";
const GZIP = { "Accept-Encoding": "gzip" };
const OUTAGE_MS = 30_000;
/** No reader request, save or probe may wait longer than this, outage or not. */
const LONGEST_WAIT_MS = 5_000;
/** A load balancer's probe gives up after a second. */
const READYZ_MS = 1_000;
/** From PostgreSQL's return (or Redis's loss) until the whole newsroom works (or agrees) again. */
const BACK_WITHIN_MS = 5_000;
// Shorter than the 30 s outage, so every page the front held runs out of its lifetime while
// PostgreSQL is away and is served through stale-on-error and the app servers' own caches.
const PAGE_LIFETIME_S = 20;

const text = (r: Reply) =>
  r.headers["content-encoding"] === "gzip" ? gunzipSync(r.body).toString("utf8") : r.body.toString("utf8");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Timed<T> = { ms: number; value: T };
async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - start), value };
}

type Probe = { status: number; body: string };
/** One request with its own deadline well past the promise, so a hang shows as a number, not a stuck test. */
async function probe(url: string, init: RequestInit = {}): Promise<Probe> {
  try {
    const r = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(15_000) });
    return { status: r.status, body: await r.text() };
  } catch (e) {
    return { status: 0, body: e instanceof Error ? e.message : String(e) };
  }
}

const readyz = (s: AppServer) => timed(() => probe(`${s.baseUrl}/readyz`));

describe("the newsroom behind its front, with PostgreSQL and then Redis taken away", () => {
  let pgc: OwnPostgres;
  let redis: PrivateRedis;
  let front: FrontCluster;
  let db: Database;
  let endPool: () => Promise<void>;
  let editor = "";
  let frontUrl = "";
  const articles: { id: string; headline: string; path: string }[] = [];
  let sectionPath = "";
  let dataDir = "";
  /** The readers' load, stopped in after() too, should a test fail while it runs. */
  let load: autocannon.Instance | undefined;

  before(async () => {
    const start = performance.now();
    redis = await privateRedis();
    await redis.start();
    pgc = await ownPostgres();
    const made = createDb(pgc.url, 3);
    db = made.db;
    endPool = () => made.pool.end();
    await runMigrations(db);
    dataDir = await tempDir();
    await seedDemo(db, dataDir);
    const seeded = performance.now();
    front = await startFrontCluster(
      { DATABASE_URL: pgc.url, DATELINE_DATA_DIR: dataDir, DATELINE_REDIS_URL: redis.url, AUTH_SECRET },
      { pageLifetime: PAGE_LIFETIME_S },
    );
    frontUrl = `http://127.0.0.1:${front.port}`;
    console.log(
      `# set-up: PostgreSQL made, migrated and seeded in ${Math.round(seeded - start)} ms, ` +
        `the front and two app servers started in ${Math.round(performance.now() - seeded)} ms`,
    );
    editor = await signInCookie(front.servers[0]!, "editor");
    const rows = await db
      .select({ id: stories.id, headline: stories.headline, section: sections.slug, slug: stories.slug })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(and(eq(stories.status, "published"), eq(sections.edition, "en")))
      .orderBy(desc(stories.publishedAt))
      .limit(4);
    assert.equal(rows.length, 4, "the demo newsroom has four English stories live");
    for (const r of rows) articles.push({ id: r.id, headline: r.headline, path: `/${r.section}/${r.slug}` });
    sectionPath = `/${rows[0]!.section}`;
  });

  after(async () => {
    load?.stop();
    await front?.stop();
    await endPool?.();
    await pgc?.destroy();
    await redis?.stop();
    if (dataDir) await fs.promises.rm(dataDir, { recursive: true, force: true });
  });

  /** Asks until the front answers from its store. */
  async function held(path: string): Promise<Reply> {
    for (let i = 0; i < 20; i++) {
      const r = await front.get(path, GZIP);
      if (r.status === 200 && r.headers["x-cache-status"] === "HIT") return r;
      await sleep(200);
    }
    throw new Error(`${path} never came from the front's store`);
  }

  /** The desk's save, as the editor's tab sends it, through the front. */
  function save(id: string, version: number, fields: unknown): Promise<Timed<Probe>> {
    return timed(() =>
      probe(`${frontUrl}/api/stories/${id}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Cookie: editor, Origin: frontUrl },
        body: JSON.stringify({ version, kind: "autosave", fields }),
      }),
    );
  }

  it("PostgreSQL stopped for 30 s: readers get the front's copies, /readyz and the desk answer at once, all is back within 5 s", async () => {
    // A draft the editor is writing, made before the outage.
    const created = await probe(`${frontUrl}/api/stories`, {
      method: "POST",
      headers: { Cookie: editor, Origin: frontUrl },
    });
    assert.equal(created.status, 303, created.body);
    const [draft] = await db
      .select()
      .from(stories)
      .where(eq(stories.status, "draft"))
      .orderBy(desc(stories.createdAt))
      .limit(1);
    const words = `Written while the database was away ${Date.now()}: the launch terminal stays shut.`;
    const fields = {
      ...(await currentSnapshot(db, draft!)),
      headline: "Launch terminal shut for the night",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: words }] }] },
    };

    // The pages readers are on: held by the front before anything goes wrong.
    const warm = ["/", sectionPath, articles[0]!.path, articles[1]!.path, "/bn"];
    for (const p of warm) await held(p);
    // Never asked before: no one holds these, so only a working database can answer them.
    const uncached = [articles[2]!.path, articles[3]!.path];

    // Light load: 30 readers a second over the held pages, for the whole outage and the return.
    const responses: { at: number; status: number; ms: number }[] = [];
    const accessLog = path.join(front.dir, "access.log");
    const logFrom = fs.statSync(accessLog).size;
    const loaded = new Promise<autocannon.Result>((resolve, reject) => {
      load = autocannon(
        {
          url: frontUrl,
          connections: 4,
          overallRate: 30,
          duration: 600,
          timeout: 30,
          headers: GZIP,
          requests: warm.map((p) => ({ method: "GET" as const, path: p })),
        },
        (err, r) => (err ? reject(err as Error) : resolve(r)),
      );
    });
    load!.on("response", (_c: unknown, status: number, _bytes: number, ms: number) =>
      responses.push({ at: performance.now(), status, ms }),
    );
    await sleep(2_000);

    const stopped = await timed(() => pgc.stop());
    const downAt = performance.now();

    // While it is away: /readyz on each server every second, one save and the uncached pages.
    const probes: { server: number; ms: number; status: number; body: string }[] = [];
    const probing = (async () => {
      while (performance.now() - downAt < OUTAGE_MS - 1_000) {
        for (const [i, s] of front.servers.entries()) {
          const r = await readyz(s);
          probes.push({ server: i, ms: r.ms, ...r.value });
        }
        await sleep(1_000);
      }
    })();
    await sleep(3_000);
    const refused = await save(draft!.id, draft!.version, fields);
    const pagesDuring = [];
    for (const p of uncached) pagesDuring.push({ path: p, ...(await timed(() => front.get(p, GZIP))) });
    await probing;
    await sleep(Math.max(0, OUTAGE_MS - (performance.now() - downAt)));

    await pgc.start();
    const backAt = performance.now();
    const since = () => Math.round(performance.now() - backAt);
    // Full service: every server ready, the desk's retried save lands, a page never rendered renders.
    const ready: number[] = [];
    for (const s of front.servers)
      ready.push(await timeUntil(async () => (await readyz(s)).value.status === 200, 15_000).then(() => since()));
    let saved: Timed<Probe> | undefined;
    await timeUntil(async () => (saved = await save(draft!.id, draft!.version, fields)).value.status === 200, 15_000);
    const savedAt = since();
    let page: Reply | undefined;
    await timeUntil(async () => (page = await front.get(uncached[0]!, GZIP)).status === 200, 15_000);
    const pageAt = since();
    await sleep(1_000);
    load!.stop();
    const result = await loaded;

    // How the front answered them: HIT, STALE (its lifetime over, the origin failing), UPDATING…
    const statuses: Record<string, number> = {};
    for (const m of fs
      .readFileSync(accessLog)
      .subarray(logFrom)
      .toString("utf8")
      .matchAll(/ cache=(\S+)/g))
      statuses[m[1]!] = (statuses[m[1]!] ?? 0) + 1;
    const during = responses.filter((r) => r.at > downAt && r.at < backAt);
    const worst = Math.max(...responses.map((r) => r.ms));
    console.log(
      `# PostgreSQL stopped for ${Math.round((backAt - downAt) / 1000)} s (stop took ${stopped.ms} ms): ` +
        `${responses.length} reader requests (${during.length} while it was away), ` +
        `${result.errors} socket errors, ${result.timeouts} timeouts, ${result.non2xx} not 200; ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${worst} ms; ` +
        `the front's answers ${JSON.stringify(statuses)}`,
    );
    console.log(
      `# /readyz during: ${probes.length} probes, max ${Math.max(...probes.map((p) => p.ms))} ms, ` +
        `answers ${JSON.stringify([...new Set(probes.map((p) => `${p.status} ${p.body}`))])}`,
    );
    console.log(
      `# desk save during: ${refused.value.status} in ${refused.ms} ms; uncached pages during: ` +
        pagesDuring.map((p) => `${p.path} ${p.value.status} in ${p.ms} ms`).join(", "),
    );
    console.log(
      `# after its return: /readyz ready at ${ready.join(" and ")} ms, the save landed at ${savedAt} ms ` +
        `(${saved!.ms} ms), a page never rendered before at ${pageAt} ms`,
    );

    // Readers: every request answered 200 from the front's copies, none waiting over 5 s.
    assert.ok(during.length >= 20 * ((backAt - downAt) / 1000) * 0.8, `readers kept asking: ${during.length}`);
    assert.equal(result.errors + result.timeouts, 0, "no reader lost a connection");
    assert.equal(result.non2xx, 0, `every reader got 200: ${JSON.stringify(result.statusCodeStats)}`);
    assert.ok(worst <= LONGEST_WAIT_MS, `the slowest reader waited ${worst} ms`);
    for (const p of warm.slice(0, 3)) {
      const r = await front.get(p, GZIP);
      assert.equal(r.status, 200);
      assert.match(text(r), /<\/html>/);
    }

    // /readyz: within a second on every probe, names the database, never its address or password.
    assert.ok(probes.length >= 2 * 20, `probed through the outage: ${probes.length}`);
    for (const p of probes) {
      assert.ok(p.ms <= READYZ_MS, `/readyz on server ${p.server + 1} took ${p.ms} ms`);
      assert.equal(p.status, 503, `/readyz on server ${p.server + 1}: ${p.body}`);
      assert.equal(p.body.trim(), "PostgreSQL unreachable");
    }
    assert.ok(!probes.some((p) => p.body.includes(String(pgc.port)) || p.body.includes(pgc.password)));

    // The desk: told at once, in words, and nothing written.
    assert.ok(refused.ms <= LONGEST_WAIT_MS, `the save during the outage took ${refused.ms} ms`);
    assert.equal(refused.value.status, 503, refused.value.body);
    assert.equal((JSON.parse(refused.value.body) as { error: string }).error, DATABASE_UNREACHABLE);
    // Pages no one held cannot be made without the database; they fail fast rather than hang.
    for (const p of pagesDuring) assert.ok(p.ms <= LONGEST_WAIT_MS, `${p.path} took ${p.ms} ms during the outage`);

    // Back: within 5 s of PostgreSQL's return, everything works, and the desk's words landed.
    for (const ms of ready) assert.ok(ms <= BACK_WITHIN_MS, `/readyz ready ${ms} ms after the return`);
    assert.ok(savedAt <= BACK_WITHIN_MS, `the save landed ${savedAt} ms after the return`);
    assert.ok(pageAt <= BACK_WITHIN_MS, `a new page rendered ${pageAt} ms after the return`);
    assert.match(text(page!), new RegExp(articles[2]!.headline.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    const [stored] = await db.select({ plain: stories.bodyText }).from(stories).where(eq(stories.id, draft!.id));
    assert.ok(stored!.plain.includes(words), "the words written during the outage are in the database");
  });

  it("Redis stopped under the front: a correction on one server reaches readers through the front and the other server within 5 s, and they share again when it returns", async () => {
    const [a, b] = front.servers as [AppServer, AppServer];
    // An address the front has never held, so its copy is fresh, with the whole page lifetime
    // (20 s here, 300 s in production) ahead of it when Redis goes: only a refresh can replace it.
    const story = { ...articles[1]!, path: `${articles[1]!.path}?from=redis-outage` };
    const correct = (body: string) =>
      probe(`${a.baseUrl}/api/stories/${story.id}/corrections`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: editor, Origin: a.baseUrl },
        body: JSON.stringify({ kind: "correction", body }),
      });
    // How long after the editor's answer the correction reached readers through the front, and on B.
    const shows = (marker: string) =>
      Promise.all([
        timeUntil(async () => text(await front.get(story.path, GZIP)).includes(marker), 30_000),
        timeUntil(async () => (await probe(`${b.baseUrl}${story.path}`)).body.includes(marker), 30_000),
      ]);
    await held(story.path);

    await redis.stop();
    const goneAt = performance.now();
    const degraded: number[] = [];
    for (const s of [a, b]) {
      await timeUntil(async () => /^degraded: Redis unreachable/.test((await readyz(s)).value.body), 10_000);
      degraded.push(Math.round(performance.now() - goneAt));
    }
    for (const s of [a, b]) {
      assert.equal((await readyz(s)).value.status, 200, "still ready: every server lost Redis at once");
      assert.match((await probe(`${s.baseUrl}/metrics`)).body, /^dateline_redis_degraded 1$/m);
    }

    const first = "The ferry fare was misstated as 50 taka; it is 60 taka.";
    const made = await correct(first);
    assert.ok(made.status < 300, `${made.status} ${made.body}`);
    const apart = await shows(first);

    await redis.start();
    for (const s of [a, b]) await timeUntil(async () => (await readyz(s)).value.body.trim() === "ok", 15_000);
    assert.match((await probe(`${a.baseUrl}/metrics`)).body, /^dateline_redis_degraded 0$/m);
    const second = "The terminal reopens at six, not at five.";
    assert.ok((await correct(second)).status < 300);
    const together = await shows(second);
    // Shared again: the front keeps the page past the 1 s a degraded answer is given.
    await sleep(3_000);
    const again = await front.get(story.path, GZIP);
    const refreshes = front.servers.map((s) => s.output().match(/\[front\] Redis-lost \w+ refresh[^"\n]*/g) ?? []);
    console.log(`# the front's copies fetched again when Redis went: ${JSON.stringify(refreshes)}`);
    console.log(
      `# Redis stopped: /readyz degraded after ${degraded.join(" and ")} ms; a correction on one server ` +
        `reached the front and the other in ${apart.join(" and ")} ms; after its return in ${together.join(" and ")} ms, ` +
        `then ${again.headers["x-cache-status"]} at the front`,
    );
    for (const [where, ms] of [
      ["through the front without Redis", apart[0]],
      ["on the other server without Redis", apart[1]],
      ["through the front with Redis back", together[0]],
      ["on the other server with Redis back", together[1]],
    ] as const)
      assert.ok(ms <= BACK_WITHIN_MS, `the correction showed ${where} after ${ms} ms`);
    assert.equal(again.headers["x-cache-status"], "HIT");
    assert.ok(text(again).includes(second));
  });
});
