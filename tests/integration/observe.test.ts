// Logs and metrics of a real app server: a request's id is in its log line and in its error
// body, /metrics answers this machine and refuses anyone else without the token, and it counts
// what the page cache did.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { readAccountsFile, seedDemo } from "@/scripts/seed";
import { sections, stories } from "@/db/schema";
import { signInCookie } from "@/scripts/bench/server";
import { startAppServer, timeUntil, type AppServer } from "./app-servers";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "./helpers";

const AUTH_SECRET = "integration-test-secret-that-is-long-enough-0123456789";
const TOKEN = "metrics-token-for-the-integration-test";
// A reader elsewhere, as the trusted proxy at 127.0.0.1 reports them.
const OUTSIDE = { "X-Forwarded-For": "203.0.113.9" };

after(stopTestServer);

type LogLine = {
  msg?: string;
  reqId?: string;
  method?: string;
  path?: string;
  route?: string;
  status?: number;
  ms?: number;
  cache?: string;
  user?: string;
};

function logLines(server: AppServer): LogLine[] {
  return server
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as LogLine);
}

/** The request's log line, once it is written (the line follows the response). */
async function lineOf(server: AppServer, reqId: string): Promise<LogLine> {
  await timeUntil(async () => logLines(server).some((l) => l.reqId === reqId), 5_000);
  return logLines(server).find((l) => l.reqId === reqId)!;
}

function metricValue(text: string, name: string, labels: string): number {
  const line = text
    .split("\n")
    .find((l) => l.startsWith(`${name}{${labels}}`) || (labels === "" && l.startsWith(`${name} `)));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : NaN;
}

describe("logs and metrics", () => {
  let t: TestDb;
  let server: AppServer;
  let article = "";

  before(async () => {
    t = await freshDatabase();
    const dataDir = await tempDir();
    await seedDemo(t.db, dataDir);
    const [row] = await t.db
      .select({ section: sections.slug, slug: stories.slug })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(and(eq(stories.status, "published"), eq(sections.edition, "en")))
      .limit(1);
    article = `/${row!.section}/${row!.slug}`;
    server = await startAppServer({
      DATABASE_URL: t.url,
      DATELINE_DATA_DIR: dataDir,
      DATELINE_METRICS_TOKEN: TOKEN,
      DATELINE_TRUSTED_PROXIES: "127.0.0.1",
      AUTH_SECRET,
    });
  });

  after(async () => {
    await server?.stop();
    await t?.drop();
  });

  it("writes one JSON line per request with its id, route class, status, duration and cache result, and no query string", async () => {
    const res = await fetch(`${server.baseUrl}${article}?utm_source=secret-campaign`);
    assert.equal(res.status, 200);
    const id = res.headers.get("x-request-id");
    assert.ok(id, "the response names its request id");
    const line = await lineOf(server, id);
    assert.equal(line.msg, "request");
    assert.equal(line.method, "GET");
    assert.equal(line.path, article);
    assert.equal(line.route, "article");
    assert.equal(line.status, 200);
    assert.equal(typeof line.ms, "number");
    assert.match(line.cache ?? "", /^(HIT|MISS|STALE)$/);
    assert.equal(line.user, undefined, "a reader has no user id");
    assert.doesNotMatch(server.output(), /secret-campaign/);
  });

  it("keeps a proxy's safe request id and replaces an unsafe one", async () => {
    const kept = await fetch(`${server.baseUrl}/healthz`, { headers: { "X-Request-Id": "front-0123456789abcdef" } });
    assert.equal(kept.headers.get("x-request-id"), "front-0123456789abcdef");
    await lineOf(server, "front-0123456789abcdef");
    const replaced = await fetch(`${server.baseUrl}/healthz`, { headers: { "X-Request-Id": 'x","user":"forged' } });
    assert.match(replaced.headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/);
    assert.doesNotMatch(server.output(), /forged/);
  });

  it("quotes the request id in an API error body, the same as in the header and the log", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/articles/not-an-id`);
    assert.equal(res.status, 404);
    const body = (await res.json()) as { error?: string; requestId?: string };
    const id = res.headers.get("x-request-id");
    assert.ok(id);
    assert.equal(body.requestId, id);
    const line = await lineOf(server, id);
    assert.equal(line.status, 404);
    assert.equal(line.route, "api");
  });

  it("logs a signed-in person's user id, never their email", async () => {
    const cookie = await signInCookie(server, "editor");
    const res = await fetch(`${server.baseUrl}/api/media/not-an-id`, { headers: { Cookie: cookie } });
    const id = res.headers.get("x-request-id")!;
    const line = await lineOf(server, id);
    assert.match(
      line.user ?? "",
      /^[0-9a-f-]{36}$/,
      `the staff request's line has the user id: ${JSON.stringify(line)}`,
    );
    const email = (await readAccountsFile(server.dataDir)).find((a) => a.role === "editor")!.email;
    assert.ok(!server.output().includes(email), "no email in the log");
  });

  it("serves /metrics to this machine, and to others only with the token", async () => {
    const local = await fetch(`${server.baseUrl}/metrics`);
    assert.equal(local.status, 200);
    assert.match(local.headers.get("content-type") ?? "", /^text\/plain/);
    const text = await local.text();
    assert.match(text, /^# TYPE dateline_http_requests_total counter$/m);
    assert.match(text, /^process_cpu_seconds_total /m, "default process metrics");
    assert.match(text, /^dateline_db_pool_connections\{pool="server",state="total"\} \d+$/m);
    assert.match(
      text,
      /^dateline_db_pool_connections\{pool="app",state="waiting"\} 0$/m,
      "the pages' pool, once a page used it",
    );
    assert.match(text, /^dateline_view_buffer_size \d+$/m);
    assert.match(text, /^dateline_media_processing\{state="waiting"\} 0$/m);

    const outside = await fetch(`${server.baseUrl}/metrics`, { headers: OUTSIDE });
    assert.equal(outside.status, 401);
    assert.doesNotMatch(await outside.text(), /dateline_/);
    const wrong = await fetch(`${server.baseUrl}/metrics`, {
      headers: { ...OUTSIDE, Authorization: `Bearer ${TOKEN}-not` },
    });
    assert.equal(wrong.status, 401);
    // A client's own X-Forwarded-For claim of 127.0.0.1 is believed only from the proxy, which
    // appends the real address: the client is then 203.0.113.9.
    const claimed = await fetch(`${server.baseUrl}/metrics`, {
      headers: { "X-Forwarded-For": "127.0.0.1, 203.0.113.9" },
    });
    assert.equal(claimed.status, 401);
    const withToken = await fetch(`${server.baseUrl}/metrics`, {
      headers: { ...OUTSIDE, Authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(withToken.status, 200);
    assert.match(await withToken.text(), /dateline_http_requests_total/);
  });

  it("counts a page-cache hit after two requests for the same page", async () => {
    const scrape = async () => (await fetch(`${server.baseUrl}/metrics`)).text();
    const before = metricValue(await scrape(), "dateline_page_cache_requests_total", 'route="article",result="hit"');
    assert.equal(Number.isNaN(before), false, "hits per class start at zero");
    const first = await fetch(server.baseUrl + article + "?again");
    const second = await fetch(server.baseUrl + article);
    const hits = [first, second].filter((r) => r.headers.get("x-nextjs-cache") === "HIT").length;
    assert.equal(second.headers.get("x-nextjs-cache"), "HIT", "the second request came from the page cache");
    await timeUntil(
      async () =>
        metricValue(await scrape(), "dateline_page_cache_requests_total", 'route="article",result="hit"') ===
        before + hits,
      3_000,
    );
    const text = await scrape();
    assert.ok(metricValue(text, "dateline_http_requests_total", 'method="GET",route="article",status="200"') >= 3);
    assert.match(text, /^dateline_http_request_duration_seconds_count\{route="article"\} \d+$/m);
  });
});
