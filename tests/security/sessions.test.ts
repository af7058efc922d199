// Issue 10, items 2 and 14: a session ends when the person signs out (and everywhere when they ask),
// no sign-in lives longer than 30 days, and the draft-mode cookie bypasses the page cache only for
// someone signed in. Every check is what a client with a copied cookie gets over HTTP.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { auditLog, sections, stories, userSessions } from "@/db/schema";
import { seedDemo } from "@/scripts/seed";
import { signInCookie } from "@/scripts/bench/server";
import { startAppServer, type AppServer } from "../integration/app-servers";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "../integration/helpers";

const AUTH_SECRET = "security-test-secret-that-is-long-enough-0123456789";
const SESSION_COOKIE = "next-auth.session-token"; // plain http: no __Secure- prefix
const DAY_MS = 24 * 3600 * 1000;

after(stopTestServer);

describe("sessions end on the server", () => {
  let t: TestDb;
  let server: AppServer;

  before(async () => {
    t = await freshDatabase();
    const dataDir = await tempDir();
    await seedDemo(t.db, dataDir);
    server = await startAppServer({ DATABASE_URL: t.url, DATELINE_DATA_DIR: dataDir, AUTH_SECRET });
  });

  after(async () => {
    await server?.stop();
    await t?.drop();
  });

  const get = (path: string, cookie?: string) =>
    fetch(server.baseUrl + path, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });

  /** What a copied cookie opens: the dashboard (200, or a redirect to /login) and the API (200 or 401). */
  async function opens(cookie: string): Promise<{ dashboard: number; location: string | null; api: number }> {
    const dashboard = await get("/dashboard", cookie);
    await dashboard.body?.cancel();
    const api = await get("/api/media", cookie);
    await api.body?.cancel();
    return { dashboard: dashboard.status, location: dashboard.headers.get("location"), api: api.status };
  }

  function assertRefused(seen: Awaited<ReturnType<typeof opens>>, what: string): void {
    assert.equal(seen.api, 401, `${what}: the API still answers`);
    assert.ok(seen.dashboard >= 300 && seen.dashboard < 400, `${what}: /dashboard answered ${seen.dashboard}`);
    assert.match(seen.location ?? "", /\/login$/, `${what}: /dashboard sends to the sign-in page`);
  }

  function tokenOf(cookie: string): string {
    const pair = cookie.split("; ").find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    assert.ok(pair, "signed in");
    return pair.slice(SESSION_COOKIE.length + 1);
  }

  it("a cookie copied before sign-out is refused after it", async () => {
    const cookie = await signInCookie(server, "editor");
    const before = await opens(cookie);
    assert.equal(before.dashboard, 200);
    assert.equal(before.api, 200);

    // Sign out the way the button does: next-auth's form post with its CSRF token.
    const { csrfToken } = (await (await get("/api/auth/csrf", cookie)).json()) as { csrfToken: string };
    const out = await fetch(`${server.baseUrl}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
    assert.ok(out.status < 400, `sign-out answered ${out.status}`);

    assertRefused(await opens(cookie), "after sign-out");
    // Nor can the copy be refreshed into a new token.
    const session = await get("/api/auth/session", cookie);
    const refreshed = session.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`) && !/=;/.test(c));
    if (refreshed) assertRefused(await opens(refreshed.split(";")[0]!), "a token refreshed after sign-out");

    const [row] = await t.db
      .select({ ip: auditLog.ip })
      .from(auditLog)
      .where(eq(auditLog.action, "auth.sign_out"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    assert.ok(row, "sign-out is in the audit log");
    assert.ok(row.ip, "with the address it came from");
  });

  it("“Sign out everywhere” ends every session of the person, on other devices too", async () => {
    const laptop = await signInCookie(server, "reporter");
    const phone = await signInCookie(server, "reporter");
    assert.equal((await opens(phone)).api, 200);

    // The dashboard's button is a plain form: submit it the way a browser without JavaScript does.
    const page = await (await get("/dashboard", laptop)).text();
    const field = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(page)?.[1];
    assert.ok(field, "the dashboard has a “Sign out everywhere” form");
    assert.match(page, /Sign out everywhere/);
    const form = new FormData();
    form.set(field, "");
    const res = await fetch(`${server.baseUrl}/dashboard`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: laptop, Origin: server.baseUrl },
      body: form,
    });
    await res.body?.cancel();
    assert.ok(res.status >= 300 && res.status < 400, `the form answered ${res.status}`);
    assert.match(res.headers.get("location") ?? "", /\/login$/);

    assertRefused(await opens(laptop), "the device that pressed it");
    assertRefused(await opens(phone), "the other device");
    const audited = await t.db
      .select({ ip: auditLog.ip })
      .from(auditLog)
      .where(eq(auditLog.action, "auth.sign_out_everywhere"));
    assert.equal(audited.length, 1);
    assert.ok(audited[0]!.ip);
  });

  it("a sign-in older than 30 days is refused, however fresh its token", async () => {
    const cookie = await signInCookie(server, "admin");
    const claims = await decode({ token: tokenOf(cookie), secret: AUTH_SECRET });
    assert.ok(claims);
    // The same live session, but signed in 31 days ago: a token kept alive by the rolling refresh.
    const old = await encode({ token: { ...claims, authAt: Date.now() - 31 * DAY_MS }, secret: AUTH_SECRET });
    assertRefused(await opens(`${SESSION_COOKIE}=${old}`), "authAt 31 days ago");

    // And the session row's own clock, for a token whose authAt somehow stayed fresh.
    const fresh = await signInCookie(server, "admin");
    assert.equal((await opens(fresh)).api, 200);
    const { sid } = (await decode({ token: tokenOf(fresh), secret: AUTH_SECRET })) as { sid: string };
    await t.db
      .update(userSessions)
      .set({ createdAt: new Date(Date.now() - 31 * DAY_MS) })
      .where(eq(userSessions.id, sid));
    assertRefused(await opens(fresh), "a session created 31 days ago");
  });

  it("the draft-mode cookie without a session does not bypass the page cache", async () => {
    const [story] = await t.db
      .select({ section: sections.slug, slug: stories.slug })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .where(and(eq(stories.status, "published"), eq(sections.edition, "en")))
      .limit(1);
    const path = `/${story!.section}/${story!.slug}`;
    // Next marks a draft-mode render private, no-store (and its x-nextjs-cache says nothing
    // useful then); the cached page goes out public with x-nextjs-cache: HIT.
    const served = async (cookie?: string) => {
      const res = await get(path, cookie);
      await res.body?.cancel();
      assert.equal(res.status, 200);
      const cacheControl = res.headers.get("cache-control") ?? "";
      return cacheControl.includes("no-store") ? "fresh render" : (res.headers.get("x-nextjs-cache") ?? "none");
    };
    for (let i = 0; i < 5 && (await served()) !== "HIT"; i++);
    assert.equal(await served(), "HIT", "the page is cached");

    const staff = await signInCookie(server, "editor");
    const preview = await get("/api/preview?to=/", staff);
    const bypass = preview.headers.getSetCookie().find((c) => c.startsWith("__prerender_bypass="));
    assert.ok(bypass, "preview turned on");
    assert.match(bypass, /Max-Age=3600/i, "the preview cookie expires within the hour");
    const bypassPair = bypass.split(";")[0]!;

    assert.equal(await served(`${staff}; ${bypassPair}`), "fresh render", "staff in preview get a fresh render");
    assert.equal(await served(bypassPair), "HIT", "the copied cookie alone gets the cached page");
    assert.equal(await served("__prerender_bypass=anything"), "HIT", "a made-up value too");
  });
});
