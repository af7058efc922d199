// Issue 10, items 6, 13 and 15, over HTTP against a real app server (scripts/serve.ts):
// - every response denies powerful features, and says HSTS when the public URL is https;
// - the dashboard and sign-in carry a nonce-based Content-Security-Policy, fresh per request,
//   and public pages a policy without nonces (their pages are cached and shared);
// - a redirect answering an RSC request is never publicly cacheable;
// - only real page numbers of a list are pages: anything else is a 404 nobody caches.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { sections, stories, storyRedirects } from "@/db/schema";
import { seedDemo } from "@/scripts/seed";
import { startAppServer, type AppServer } from "../integration/app-servers";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "../integration/helpers";

const AUTH_SECRET = "integration-test-secret-that-is-long-enough-0123456789";

after(stopTestServer);

describe("security headers and what may be cached", () => {
  let t: TestDb;
  let app: AppServer;
  let section = "";
  let story = "";

  before(async () => {
    t = await freshDatabase();
    const dataDir = await tempDir();
    await seedDemo(t.db, dataDir);
    // An https public address: the server must then send HSTS (it is reached over plain http here).
    app = await startAppServer({
      DATABASE_URL: t.url,
      DATELINE_DATA_DIR: dataDir,
      AUTH_SECRET,
      DATELINE_PUBLIC_URL: "https://news.example.com",
    });
    const [row] = await t.db
      .select({ id: stories.id, section: sections.slug, slug: stories.slug })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(and(eq(stories.status, "published"), eq(sections.edition, "en")))
      .limit(1);
    section = row!.section;
    story = `/${row!.section}/${row!.slug}`;
    // An old address of that story: it answers with a redirect to the current one.
    await t.db.insert(storyRedirects).values({ sectionSlug: row!.section, slug: "an-old-address", storyId: row!.id });
  });

  after(async () => {
    await app?.stop();
    await t?.drop();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(app.baseUrl + path, { redirect: "manual", headers });

  it("sends Permissions-Policy and HSTS on public pages, the dashboard, sign-in and the API", async () => {
    for (const path of ["/", story, `/${section}`, "/login", "/dashboard", "/api/v1/stories"]) {
      const res = await get(path);
      assert.equal(
        res.headers.get("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        `Permissions-Policy on ${path}`,
      );
      assert.equal(
        res.headers.get("strict-transport-security"),
        "max-age=31536000; includeSubDomains",
        `HSTS on ${path}`,
      );
    }
  });

  it("gives sign-in and the dashboard a nonce-based policy, new on every request, that the page's scripts carry", async () => {
    const policies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await get("/login");
      const csp = res.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce, `a nonce in ${csp || "(no policy)"}`);
      for (const directive of [
        "'strict-dynamic'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ])
        assert.ok(csp.includes(directive), `${directive} in ${csp}`);
      assert.ok(!/script-src[^;]*'unsafe-inline'/.test(csp), "no 'unsafe-inline' scripts on sign-in");
      const html = await res.text();
      // Every script Next writes carries this response's nonce, or the browser would refuse it.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.ok(scripts.length > 0);
      for (const tag of scripts) {
        if (tag.includes('type="application/ld+json"')) continue;
        // The theme script has no nonce (the root layout is shared with cached pages): allowed by hash.
        if (!tag.includes(`nonce="${nonce}"`) && !/^<script( data-dateline="")?>$/.test(tag))
          assert.fail(`a script without the nonce: ${tag}`);
      }
      policies.push(csp);
    }
    assert.notEqual(policies[0], policies[1], "a fresh nonce per request");
    const dashboard = await get("/dashboard");
    assert.match(dashboard.headers.get("content-security-policy") ?? "", /'nonce-[^']+'.*'strict-dynamic'/);
  });

  it("gives public pages an enforced policy without nonces", async () => {
    for (const path of ["/", story, `/${section}`]) {
      const res = await get(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      assert.ok(csp.includes("script-src 'self'"), `script-src 'self' on ${path}: ${csp || "(no policy)"}`);
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'"])
        assert.ok(csp.includes(directive), `${directive} on ${path}`);
      assert.ok(!csp.includes("'nonce-"), `no nonce in a cached page's policy on ${path}`);
      assert.equal(res.headers.get("content-security-policy-report-only"), null);
      // HTML-first pages (issue 11): no inline script runs but the theme script, allowed by its hash.
      assert.match(csp, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/, `only 'self' and one hash on ${path}`);
      const scriptSrc = /script-src [^;]*/.exec(csp)?.[0] ?? "";
      assert.ok(!/'unsafe-(inline|eval)'/.test(scriptSrc), `no unsafe-* scripts on ${path}: ${scriptSrc}`);
      const html = await res.text();
      assert.ok(!html.includes("self.__next_f"), `no inline RSC payload in ${path}`);
    }
  });

  it("never lets a shared cache keep a redirect that answered an RSC request", async () => {
    const html = await get(`/${section}/an-old-address`);
    assert.ok([301, 308].includes(html.status), `the old address redirects (${html.status})`);
    const asked: Record<string, string>[] = [{ RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }];
    for (const headers of asked) {
      const res = await get(`/${section}/an-old-address`, headers);
      assert.ok(res.status >= 300 && res.status < 400, `a redirect for ${JSON.stringify(headers)} (${res.status})`);
      const cc = res.headers.get("cache-control") ?? "";
      assert.match(cc, /private/, `Cache-Control ${cc}`);
      assert.match(cc, /no-store/, `Cache-Control ${cc}`);
      assert.doesNotMatch(cc, /s-maxage|public/, `Cache-Control ${cc}`);
    }
  });

  it("answers 404, not cacheable, for a list page that is not a real page number", async () => {
    for (const path of [
      `/${section}/_page/abc`,
      `/${section}/_page/0`,
      `/${section}/_page/01`,
      `/${section}/_page/-1`,
      `/${section}/_page/1e1`,
      `/${section}/_page/99999`,
      `/${section}/_page/501`,
      `/${section}/_page/400`,
      "/topics/no-such-topic-here/_page/x",
    ]) {
      const res = await get(path);
      assert.equal(res.status, 404, `${path} answered ${res.status}`);
      const cc = res.headers.get("cache-control") ?? "";
      assert.match(cc, /no-store/, `Cache-Control of ${path}: ${cc}`);
      assert.notEqual(res.headers.get("x-nextjs-cache"), "HIT", `${path} came from the page cache`);
    }
    // ?page= past the last page is no page either, and page 1 and 2 of the list still are.
    const past = await get(`/${section}?page=400`);
    assert.equal(past.status, 404);
    assert.match(past.headers.get("cache-control") ?? "", /no-store/);
    assert.equal((await get(`/${section}/_page/1`)).status, 200);
    assert.equal((await get(`/${section}?page=1`)).status, 200);
  });
});
