// scripts/serve.ts against the production build: the golden test of the HTML-first rewrite on a
// page Next really rendered (not a hand-written fixture), the Next behaviours the server relies
// on (docs/adr/0002-custom-server.md, "Next upgrade checklist"), the cache of rewritten pages,
// and addresses with control characters refused before Next with the log kept clean.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { and, asc, eq } from "drizzle-orm";
import { freePort } from "@/db/embedded";
import { authors, sections, stories } from "@/db/schema";
import { liteHtml } from "@/lib/reader/lite-html";
import { READER_SCRIPT_PATH } from "@/lib/reader/script-path";
import { signInCookie } from "@/scripts/bench/server";
import { seedDemo } from "@/scripts/seed";
import { streamsBoundaries } from "@/scripts/serve/streamed";
import { ensureBuild, startAppServer, timeUntil, type AppServer } from "./app-servers";
import { freshDatabase, ROOT, stopTestServer, tempDir, type TestDb } from "./helpers";

after(stopTestServer);

/** Next on its own (tests/integration/raw-next.ts) against the same database. */
async function startRawNext(databaseUrl: string, dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  await ensureBuild();
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "tests/integration/raw-next.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATELINE_DATA_DIR: dataDir,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  await timeUntil(async () => {
    if (child.exitCode !== null) throw new Error(`raw Next exited:\n${output}`);
    return output.includes("raw Next listening");
  }, 180_000).catch((e: unknown) => {
    child.kill("SIGTERM");
    throw e;
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** What a reader reads: the text outside tags, scripts and styles, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)].map((m) => m[0]);

describe("the server in front of Next (scripts/serve.ts)", () => {
  let t: TestDb;
  let server: AppServer;
  let raw: { url: string; stop(): Promise<void> };
  let article = "";
  let headline = "";
  let section = "";

  before(async () => {
    t = await freshDatabase();
    const dataDir = await tempDir();
    await seedDemo(t.db, dataDir);
    const [row] = await t.db
      .select({ section: sections.slug, slug: stories.slug, headline: stories.headline })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(and(eq(stories.status, "published"), eq(sections.edition, "en")))
      .limit(1);
    article = `/${row!.section}/${row!.slug}`;
    headline = row!.headline;
    const env = {
      DATABASE_URL: t.url,
      DATELINE_DATA_DIR: dataDir,
      AUTH_SECRET: "serve-test-secret-long-enough-0123456789",
    };
    // One after the other: two Next servers starting at once on a busy machine overran the 60 s.
    server = await startAppServer(env, { startLimitMs: 180_000 });
    raw = await startRawNext(t.url, dataDir);
    section = row!.section;
  });

  after(async () => {
    await Promise.all([server?.stop(), raw?.stop()]);
    await t?.drop();
  });

  it("relies on Next answering a cached article as the same whole page, marked x-nextjs-cache, without an ETag", async () => {
    // Asked for plain HTML, as the rewrite asks (it removes Accept-Encoding before Next sees it).
    const plain = { headers: { "Accept-Encoding": "identity" } };
    const first = await fetch(raw.url + article, plain);
    const second = await fetch(raw.url + article, plain);
    const [a, b] = [await first.text(), await second.text()];
    assert.equal(second.status, 200);
    assert.equal(second.headers.get("x-nextjs-cache"), "HIT");
    // The rewrite's cache is keyed by a hash of this: the same page, byte for byte. Next's own
    // ETag (a JavaScript hash per answer) is off in next.config.ts.
    assert.equal(second.headers.get("etag"), null);
    assert.equal(a, b);
    assert.equal(second.headers.get("content-length"), String(Buffer.byteLength(b)));
    // No Suspense boundary streams on a public page, so the rewrite is never skipped.
    assert.equal(streamsBoundaries(b), false);
    // Asked with gzip, Next compresses: why the rewrite hides Accept-Encoding from it.
    const gzipped = await fetch(raw.url + article, { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(gzipped.headers.get("content-encoding"), "gzip");
  });

  it("rewrites a real article: Next's runtime gone, every word a reader sees kept (golden)", async () => {
    const page = await (await fetch(raw.url + article)).text();
    // What the rewrite removes is there in Next's page: if Next changes its shape, this fails first.
    assert.match(page, /<script src="\/_next\/static\/chunks\/[^"]+\.js"/);
    assert.match(page, /self\.__next_f\.push\(/);
    assert.match(page, /<link rel="preload" as="script"|<link rel="modulepreload"/);
    assert.match(page, new RegExp(`<script src="${READER_SCRIPT_PATH}"[^>]* data-dateline=""`));
    assert.ok(page.includes(headline.replace(/&/g, "&amp;").replace(/'/g, "&#x27;")), "the headline");

    const served = await (await fetch(server.baseUrl + article)).text();
    const hashed = /\/_dateline\/reader\.[A-Za-z0-9_-]+\.js/.exec(served)?.[0];
    assert.ok(hashed, "the served page names the reader script's hashed address");
    const lite = liteHtml(page, hashed);

    assert.doesNotMatch(lite, /\/_next\/static\/chunks\/[^"]+\.js/);
    assert.doesNotMatch(lite, /__next_f|modulepreload|<!--\$-->/);
    assert.equal(visibleText(lite), visibleText(page));
    assert.deepEqual(jsonLd(lite), jsonLd(page));
    assert.ok(jsonLd(lite).length > 0, "the NewsArticle JSON-LD is kept");
    assert.deepEqual(
      scripts(lite).map((s) => s.replace(hashed, READER_SCRIPT_PATH)),
      scripts(page).filter((s) => /data-dateline|application\/ld\+json/.test(s)),
    );
    assert.ok(lite.length < page.length * 0.7, `the page shrank: ${page.length} → ${lite.length} bytes`);
    // The server's own answer is such a page (rendered by its own Next): nothing left to drop.
    assert.equal(liteHtml(served, hashed), served);
    assert.deepEqual(scripts(served), scripts(lite));
    assert.ok(served.includes(headline.replace(/&/g, "&amp;").replace(/'/g, "&#x27;")));
  });

  it("keeps the rewritten page: the next requests are answered from it with the same ETag and bytes", async () => {
    const scrape = async () => (await fetch(`${server.baseUrl}/metrics`)).text();
    const count = (text: string, result: string) =>
      Number(new RegExp(`^dateline_lite_pages_total\\{result="${result}"\\} (\\d+)`, "m").exec(text)?.[1]);
    await fetch(server.baseUrl + article).then((r) => r.text());
    const before = await scrape();
    const a = await fetch(server.baseUrl + article, { headers: { "Accept-Encoding": "gzip" } });
    const b = await fetch(server.baseUrl + article, { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(a.headers.get("content-encoding"), "gzip");
    assert.equal(a.headers.get("etag"), b.headers.get("etag"));
    assert.equal(await a.text(), await b.text());
    const after = await scrape();
    // From the last second's pages (no Next at all) or, past that second, the kept rewrite: never rewritten again.
    const kept = (t: string) => count(t, "recent") + count(t, "hit");
    assert.equal(kept(after), kept(before) + 2, "both answered from the kept page");
    assert.equal(count(after, "miss"), count(before, "miss"));
    assert.match(after, /^dateline_lite_rewrite_skipped_total 0$/m);
  });

  it("answers a control character in the path or an API filter with 400 before Next, and logs it as one escaped line", async () => {
    const forged = encodeURIComponent('\n{"level":30,"msg":"request","forged":true}\n');
    const page = await fetch(`${server.baseUrl}${article}%00${forged}`);
    assert.equal(page.status, 400);
    assert.match(page.headers.get("content-type") ?? "", /^text\/plain/);
    assert.match(await page.text(), /control character/);
    const api = await fetch(`${server.baseUrl}/api/v1/articles?section=city%00${forged}`);
    assert.equal(api.status, 400);
    assert.match(((await api.json()) as { error: string }).error, /control character/);

    const id = page.headers.get("x-request-id")!;
    await timeUntil(async () => server.output().includes(id), 5_000);
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.trim() !== "");
    // Every line the server wrote is one JSON object, and none is the forged one.
    for (const l of lines) assert.doesNotThrow(() => JSON.parse(l), `not a JSON line: ${l.slice(0, 200)}`);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(parsed.filter((o) => o.forged === true).length, 0);
    const line = parsed.find((o) => o.reqId === id && o.msg === "request")!;
    assert.equal(line.status, 400);
    assert.equal(line.path, `${article}%00${forged}`, "the address as sent, still escaped");
    assert.equal(typeof line.queueMs, "number");
  });

  it("answers a page from memory only until a change: a story published now is on its section page at once", async () => {
    const page = `${server.baseUrl}/${section}`;
    await fetch(page).then((r) => r.text());
    await fetch(page).then((r) => r.text()); // from the last second's pages now
    const cookie = await signInCookie(server, "editor");
    const [sec] = await t.db.select({ id: sections.id }).from(sections).where(eq(sections.slug, section));
    const [author] = await t.db.select({ id: authors.id }).from(authors).orderBy(asc(authors.slug)).limit(1);
    const created = await fetch(`${server.baseUrl}/api/stories`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: cookie, Origin: server.baseUrl },
    });
    const id = created.headers.get("location")!.split("/").pop()!;
    const fresh = `Ferry services resume on the Padma ${Date.now()}`;
    const send = async (path: string, method: string, body: unknown) => {
      const r = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { Cookie: cookie, "Content-Type": "application/json", Origin: server.baseUrl },
        body: JSON.stringify(body),
      });
      assert.ok(r.ok, `${method} ${path}: ${r.status} ${await r.clone().text()}`);
      return ((await r.json()) as { version: number }).version;
    };
    const fields = {
      headline: fresh,
      standfirst: "",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Boats run again." }] }] },
      sectionId: sec!.id,
      topicIds: [],
      authorIds: [author!.id],
      slug: `ferry-services-resume-${Date.now()}`,
      seoTitle: "",
      seoDescription: "",
      breaking: false,
    };
    let v = await send(`/api/stories/${id}`, "PUT", { version: 1, kind: "save", fields });
    v = await send(`/api/stories/${id}/transition`, "POST", { action: "submit", version: v });
    await send(`/api/stories/${id}/transition`, "POST", { action: "publish", version: v });
    // At once, not after the one-second window: the publish moved the change generation.
    assert.ok((await fetch(page).then((r) => r.text())).includes(fresh), "the new story is listed");
  });
});
