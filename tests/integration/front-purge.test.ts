// The nginx front purged on change (issue 20, and issue 19's takedown-at-the-front finding):
// pages are kept for minutes at the front and replaced the moment they change, by the app
// server that made the change; a takedown replaces the page, the API entry, the feed and the
// lists the front held, and they stay gone after the front's own lifetimes have run out
// (shortened here to 20 s for pages; the API's 60 s is its own). Hits are stored compressed.
import assert from "node:assert/strict";
import { gunzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import { sections, stories } from "@/db/schema";
import { seedDemo } from "@/scripts/seed";
import { signInCookie } from "@/scripts/bench/server";
import { timeUntil } from "./app-servers";
import { startFrontCluster, type FrontCluster, type Reply } from "./front-cluster";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "./helpers";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const AUTH_SECRET = "integration-test-secret-that-is-long-enough-0123456789";
const PAGE_LIFETIME_S = 20;
const GZIP = { "Accept-Encoding": "gzip" };

after(stopTestServer);

const text = (r: Reply) =>
  r.headers["content-encoding"] === "gzip" ? gunzipSync(r.body).toString("utf8") : r.body.toString("utf8");

describe("the front, purged on change", () => {
  let t: TestDb;
  let front: FrontCluster;
  let editor = "";
  let story: { id: string; headline: string; path: string; section: string };

  before(async () => {
    t = await freshDatabase();
    const dataDir = await tempDir();
    await seedDemo(t.db, dataDir);
    front = await startFrontCluster(
      { DATABASE_URL: t.url, DATELINE_DATA_DIR: dataDir, DATELINE_REDIS_URL: REDIS_URL, AUTH_SECRET },
      { pageLifetime: PAGE_LIFETIME_S },
    );
    editor = await signInCookie(front.servers[0]!, "editor");
    // The newest English story: on the home page, its section page and the site feed.
    const [row] = await t.db
      .select({ id: stories.id, headline: stories.headline, section: sections.slug, slug: stories.slug })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(and(eq(stories.status, "published"), eq(sections.edition, "en")))
      .orderBy(desc(stories.publishedAt))
      .limit(1);
    story = { ...row!, path: `/${row!.section}/${row!.slug}` };
  });

  after(async () => {
    await front?.stop();
    await t?.drop();
  });

  /** Asks until the front answers from its store (so only a purge can change what it holds). */
  async function held(path: string): Promise<Reply> {
    for (let i = 0; i < 10; i++) {
      const r = await front.get(path, GZIP);
      if (r.headers["x-cache-status"] === "HIT") return r;
      await new Promise((res) => setTimeout(res, 200));
    }
    throw new Error(`${path} never came from the front's store`);
  }

  async function transition(action: string): Promise<void> {
    const server = front.servers[0]!;
    const [row] = await t.db.select({ v: stories.version }).from(stories).where(eq(stories.id, story.id));
    const res = await fetch(`${server.baseUrl}/api/stories/${story.id}/transition`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: editor, Origin: server.baseUrl },
      body: JSON.stringify({ action, version: row!.v }),
    });
    assert.ok(res.ok, `${action} answered ${res.status}: ${await res.text()}`);
  }

  it("stores each page compressed once per encoding and answers a hit as stored", async () => {
    const gz = await held(story.path);
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.match(gunzipSync(gz.body).toString("utf8"), /<html/);
    // Another spelling of "gzip accepted" is the same stored copy, not a new one.
    const other = await front.get(story.path, { "Accept-Encoding": "deflate, gzip;q=1.0, *;q=0.5" });
    assert.equal(other.headers["x-cache-status"], "HIT");
    assert.ok(gz.body.equals(other.body), "the same stored bytes");
    // A reader who takes no compression gets an identity copy of its own.
    const plain = await front.get(story.path);
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.match(plain.body.toString("utf8"), /<html/);
  });

  it("a takedown replaces the page, API entry, feed and lists the front held, and they stay gone", async () => {
    const api = `/api/v1/articles/${story.id}`;
    const lists = ["/", `/${story.section}`, "/feed.xml"];
    assert.equal((await held(story.path)).status, 200);
    assert.equal((await held(api)).status, 200);
    for (const p of lists) assert.ok(text(await held(p)).includes(story.headline), `${p} lists the story`);

    await transition("unpublish");
    const gone = async (p: string, status: number) => {
      const r = await front.get(p, GZIP);
      return r.status === status ? r : null;
    };
    // Polled every 100 ms; the figures go to the log (BENCHMARKS.md has the measured ones).
    const ms = await timeUntil(async () => (await gone(story.path, 410)) !== null, 10_000).catch((e: Error) => {
      throw new Error(
        `${e.message}\n${front.servers
          .map((s) => s.output())
          .join("\n")
          .split("\n")
          .filter((l) => /front|error|warn/i.test(l) && !/"msg":"request"/.test(l))
          .join("\n")}`,
      );
    });
    const page = (await gone(story.path, 410))!;
    // Replaced in the store by the refresh, long before the page's own 20 s were up: a HIT.
    assert.equal(page.headers["x-cache-status"], "HIT");
    const apiMs = await timeUntil(async () => (await gone(api, 404)) !== null, 10_000);
    assert.equal((await gone(api, 404))!.headers["x-cache-status"], "HIT");
    for (const p of lists)
      await timeUntil(async () => !text(await front.get(p, GZIP)).includes(story.headline), 10_000);
    console.log(`# takedown at the front: page ${ms} ms, API entry ${apiMs} ms after the editor's answer`);

    // Past every lifetime the front had for them (pages 20 s, the API entry and feed 60 s), the
    // front asks the app servers again and gets the takedown again: never the old copy back.
    await new Promise((r) => setTimeout(r, 65_000));
    for (let i = 0; i < 3; i++) {
      const p = await front.get(story.path, GZIP);
      assert.equal(p.status, 410, `page after the lifetimes (${p.headers["x-cache-status"]})`);
      const a = await front.get(api, GZIP);
      assert.equal(a.status, 404, `API entry after the lifetimes (${a.headers["x-cache-status"]})`);
      assert.doesNotMatch(text(a), new RegExp(story.id));
      for (const l of lists) assert.ok(!text(await front.get(l, GZIP)).includes(story.headline), l);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  });

  it("republishing replaces the 410 and the API's 404 the front held", async () => {
    for (const action of ["revertToDraft", "submit", "publish"]) await transition(action);
    await timeUntil(async () => (await front.get(story.path, GZIP)).status === 200, 10_000);
    await timeUntil(async () => (await front.get(`/api/v1/articles/${story.id}`, GZIP)).status === 200, 10_000);
    assert.equal((await front.get(story.path, GZIP)).headers["x-cache-status"], "HIT");
  });
});
