// Several app servers, one newsroom: two real server processes on one database and one Redis.
// A change made through one server must be what readers get from the other within 2 s — a
// publish, a correction, a takedown (410), a settings change — and losing Redis mid-run must
// not take either server down.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { chromium } from "@playwright/test";
import { and, count, eq } from "drizzle-orm";
import { readAccountsFile, seedDemo } from "@/scripts/seed";
import { auditLog, sections, stories } from "@/db/schema";
import { signInCookie } from "@/scripts/bench/server";
import { startAppServer, timeUntil, type AppServer } from "./app-servers";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "./helpers";
import { privateRedis, type PrivateRedis } from "./private-redis";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const PROMISE_MS = 2_000;
const AUTH_SECRET = "integration-test-secret-that-is-long-enough-0123456789";

after(stopTestServer);

type Story = { id: string; path: string; version: number };

async function publishedStory(t: TestDb, offset = 0): Promise<Story> {
  const [row] = await t.db
    .select({ id: stories.id, section: sections.slug, slug: stories.slug, version: stories.version })
    .from(stories)
    .innerJoin(sections, eq(sections.id, stories.sectionId))
    // An English story: its address is /<section>/<slug> (Bangla ones live under /bn/).
    .where(and(eq(stories.status, "published"), eq(sections.edition, "en")))
    .orderBy(stories.id)
    .offset(offset)
    .limit(1);
  return { id: row!.id, path: `/${row!.section}/${row!.slug}`, version: row!.version };
}

async function version(t: TestDb, id: string): Promise<number> {
  const [row] = await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, id));
  return row!.v;
}

async function api(server: AppServer, cookie: string, path: string, body: unknown): Promise<Response> {
  const res = await fetch(server.baseUrl + path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, Origin: server.baseUrl },
    body: JSON.stringify(body),
  });
  assert.ok(res.ok, `${path} answered ${res.status}: ${await res.clone().text()}`);
  return res;
}

async function transition(t: TestDb, server: AppServer, cookie: string, id: string, action: string): Promise<void> {
  await api(server, cookie, `/api/stories/${id}/transition`, { action, version: await version(t, id) });
}

const get = (server: AppServer, path: string) => fetch(server.baseUrl + path, { redirect: "manual" });

/** Requests a page until it is served from the page cache (so a later change must expire it). */
async function cached(server: AppServer, path: string): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const res = await get(server, path);
    const body = await res.text();
    if (res.headers.get("x-nextjs-cache") === "HIT") return body;
  }
  throw new Error(`${path} never came from the cache on ${server.baseUrl}`);
}

describe("two app servers sharing PostgreSQL and Redis", () => {
  let t: TestDb;
  let a: AppServer;
  let b: AppServer;
  let editor = "";

  before(async () => {
    t = await freshDatabase();
    const dataDir = await tempDir();
    await seedDemo(t.db, dataDir);
    const env = { DATABASE_URL: t.url, DATELINE_DATA_DIR: dataDir, DATELINE_REDIS_URL: REDIS_URL, AUTH_SECRET };
    [a, b] = await Promise.all([startAppServer(env), startAppServer(env)]);
    editor = await signInCookie(a, "editor");
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.drop();
  });

  it("a page rendered by one server is served from the shared cache by the other", async () => {
    const story = await publishedStory(t);
    await get(a, story.path);
    const res = await get(b, story.path);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("x-nextjs-cache"), "HIT", "the second server did not render it again");
  });

  it("a correction made on one server is on the other's page within 2 s", async () => {
    const story = await publishedStory(t, 1);
    assert.doesNotMatch(await cached(b, story.path), /Ferry fares were misstated/);
    await api(a, editor, `/api/stories/${story.id}/corrections`, {
      kind: "correction",
      body: "Ferry fares were misstated as 50 taka; they are 60 taka.",
    });
    const ms = await timeUntil(async () =>
      (await (await get(b, story.path)).text()).includes("Ferry fares were misstated"),
    );
    assert.ok(ms <= PROMISE_MS, `visible on the other server after ${ms} ms`);
  });

  it("a takedown on one server answers 410 on the other within 2 s, and republishing brings it back", async () => {
    const story = await publishedStory(t, 2);
    await cached(b, story.path);
    await cached(b, "/");
    await transition(t, a, editor, story.id, "unpublish");
    const gone = await timeUntil(async () => (await get(b, story.path)).status === 410);
    assert.ok(gone <= PROMISE_MS, `410 on the other server after ${gone} ms`);

    for (const action of ["revertToDraft", "submit", "publish"]) await transition(t, a, editor, story.id, action);
    const back = await timeUntil(async () => (await get(b, story.path)).status === 200);
    assert.ok(back <= PROMISE_MS, `back on the other server after ${back} ms`);
  });

  it("a story scheduled through one server is published once, and the other serves it", async () => {
    const story = await publishedStory(t, 3);
    await transition(t, a, editor, story.id, "unpublish");
    await transition(t, a, editor, story.id, "revertToDraft");
    await transition(t, a, editor, story.id, "submit");
    await cached(b, "/");
    const when = new Date(Date.now() + 1_500);
    await api(a, editor, `/api/stories/${story.id}/transition`, {
      action: "schedule",
      version: await version(t, story.id),
      scheduledFor: when.toISOString(),
    });
    // Both servers run the scheduler every second; the story goes live once, on one of them.
    await timeUntil(async () => (await get(b, story.path)).status === 200, 5_000);
    await new Promise((r) => setTimeout(r, 2_500));
    const [published] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, story.id), eq(auditLog.action, "story.publish")));
    assert.equal(published!.n, 1, "published once, by the scheduler on one of the servers");
  });

  it("a settings change made on one server shows on the other within 2 s", async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    try {
      const admin = (await readAccountsFile(a.dataDir)).find((x) => x.role === "admin")!;
      const page = await browser.newPage({ baseURL: a.baseUrl });
      await page.goto("/login");
      await page.getByLabel("Email").fill(admin.email);
      await page.getByLabel("Password").fill(admin.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(/\/dashboard$/);
      assert.doesNotMatch(await cached(b, "/"), /The Sylhet Evening Ledger/);
      await page.goto("/dashboard/settings");
      await page.getByLabel("Site name", { exact: true }).fill("The Sylhet Evening Ledger");
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.getByText("Settings saved.").waitFor();
      const ms = await timeUntil(async () => (await (await get(b, "/")).text()).includes("The Sylhet Evening Ledger"));
      assert.ok(ms <= PROMISE_MS, `visible on the other server after ${ms} ms`);
    } finally {
      await browser.close();
    }
  });
});

describe("when Redis goes away mid-run", () => {
  let t: TestDb;
  let redis: PrivateRedis;
  let a: AppServer;
  let b: AppServer;

  before(async () => {
    redis = await privateRedis();
    await redis.start();
    t = await freshDatabase();
    const dataDir = await tempDir();
    await seedDemo(t.db, dataDir);
    const env = {
      DATABASE_URL: t.url,
      DATELINE_DATA_DIR: dataDir,
      DATELINE_REDIS_URL: redis.url,
      AUTH_SECRET,
    };
    [a, b] = await Promise.all([startAppServer(env), startAppServer(env)]);
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    await t?.drop();
  });

  it("degrades visibly and keeps the servers within seconds of each other, then resynchronises", async () => {
    const story = await publishedStory(t, 1);
    const editor = await signInCookie(a, "editor");
    await cached(b, story.path);
    await redis.stop();
    for (const server of [a, b]) {
      // /readyz stays 200 (every server loses Redis at once) but says so, and so does /metrics.
      await timeUntil(
        async () => /^degraded: Redis unreachable/.test(await (await get(server, "/readyz")).text()),
        10_000,
      );
      assert.equal((await get(server, "/readyz")).status, 200);
      assert.match(await (await get(server, "/metrics")).text(), /^dateline_redis_degraded 1$/m);
    }
    // A takedown made on one server reaches the other without Redis's messages: the gone set is
    // reloaded every second and pages are kept locally for 1 s (before: 28 s and over 60 s).
    await transition(t, a, editor, story.id, "unpublish");
    await timeUntil(async () => (await get(b, story.path)).status === 410, 5_000);
    for (const action of ["revertToDraft", "submit", "publish"]) await transition(t, a, editor, story.id, action);
    await timeUntil(async () => (await get(b, story.path)).status === 200, 5_000);

    await redis.start();
    for (const server of [a, b])
      await timeUntil(async () => (await (await get(server, "/readyz")).text()) === "ok\n", 15_000);
    assert.match(await (await get(a, "/metrics")).text(), /^dateline_redis_degraded 0$/m);
  });

  it("both servers keep answering 200, say so once, and share again when it is back", async () => {
    const story = await publishedStory(t);
    const paths = ["/", story.path, "/city"];
    for (const p of paths) await cached(a, p);
    // What each server says from here on (the test before had an outage of its own).
    const marks = new Map([a, b].map((s) => [s, s.output().length]));
    const since = (s: AppServer) => s.output().slice(marks.get(s));
    await redis.stop();
    for (let round = 0; round < 3; round++) {
      for (const server of [a, b]) {
        for (const p of paths)
          assert.equal((await get(server, p)).status, 200, `${p} on ${server.baseUrl} with Redis gone`);
      }
    }
    // A takedown still answers 410 on the server that made it while Redis is away.
    const editor = await signInCookie(a, "editor");
    await transition(t, a, editor, story.id, "unpublish");
    assert.equal((await get(a, story.path)).status, 410);
    for (const server of [a, b]) {
      const said = since(server).match(/\[cache\] Redis unavailable/g) ?? [];
      assert.equal(said.length, 1, `the cache said once that Redis is gone:\n${since(server)}`);
    }

    await redis.start();
    await timeUntil(
      async () => since(a).includes("[cache] Redis is back") && since(b).includes("[cache] Redis is back"),
      10_000,
    );
    // The takedown made while Redis was away holds on the other server too once it is back.
    await timeUntil(async () => (await get(b, story.path)).status === 410, 5_000);
    for (const server of [a, b]) assert.equal((await get(server, "/")).status, 200);
  });
});
