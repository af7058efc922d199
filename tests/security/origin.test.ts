// Issue 10, item 10: writes with no Origin header were accepted by route handlers and Server
// Actions. A real app server: a write must carry an Origin naming the host the person used, or
// Sec-Fetch-Site: same-origin; anything else answers 403 with a message saying why.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { actionId } from "@/e2e/helpers/actions";
import { signInCookie } from "@/scripts/bench/server";
import { seedDemo } from "@/scripts/seed";
import { startAppServer, type AppServer } from "../integration/app-servers";
import { freshDatabase, stopTestServer, tempDir, type TestDb } from "../integration/helpers";

const AUTH_SECRET = "integration-test-secret-that-is-long-enough-0123456789";

let t: TestDb;
let server: AppServer;
let editor = "";
let admin = "";

before(async () => {
  t = await freshDatabase();
  const dataDir = await tempDir();
  await seedDemo(t.db, dataDir);
  server = await startAppServer({ DATABASE_URL: t.url, DATELINE_DATA_DIR: dataDir, AUTH_SECRET });
  [editor, admin] = await Promise.all([signInCookie(server, "editor"), signInCookie(server, "admin")]);
});

after(async () => {
  await server?.stop();
  await t?.drop();
  await stopTestServer();
});

const newStory = (cookie: string, headers: Record<string, string>) =>
  fetch(`${server.baseUrl}/api/stories`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookie, ...headers },
  });

describe("state-changing requests must come from the site", () => {
  it("a route handler refuses a POST with neither Origin nor Sec-Fetch-Site: 403 saying why", async () => {
    const res = await newStory(editor, {});
    assert.equal(res.status, 403);
    const body = (await res.json()) as { error: string };
    assert.match(body.error, /no Origin header/);
  });

  it("a route handler refuses another site's Origin", async () => {
    const res = await newStory(editor, { Origin: "http://evil.example" });
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as { error: string }).error, /Cross-site request refused/);
  });

  it("the same POST with the site's Origin, or Sec-Fetch-Site: same-origin, works", async () => {
    const ways: Record<string, string>[] = [{ Origin: server.baseUrl }, { "Sec-Fetch-Site": "same-origin" }];
    for (const headers of ways) {
      const res = await newStory(editor, headers);
      assert.equal(res.status, 303, `${JSON.stringify(headers)} answered ${res.status}`);
      assert.match(res.headers.get("location") ?? "", /^\/dashboard\/stories\//);
    }
  });

  it("a Server Action without Origin changes nothing and says why; with the site's Origin it works", async () => {
    const [reporter] = await t.db.select({ id: users.id }).from(users).where(eq(users.role, "reporter"));
    // As the e2e suite does: Next's own check of a present Origin expects the name "localhost".
    const desk = server.baseUrl.replace("127.0.0.1", "localhost");
    const call = (headers: Record<string, string>) =>
      fetch(`${desk}/dashboard`, {
        method: "POST",
        headers: {
          Cookie: admin,
          "Next-Action": actionId("setUserRoleAction"),
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          ...headers,
        },
        body: JSON.stringify([null, { userId: reporter!.id, role: "editor" }]),
      }).then((r) => r.text());
    const role = async () =>
      (await t.db.select({ role: users.role }).from(users).where(eq(users.id, reporter!.id)))[0]?.role;

    assert.match(await call({}), /no Origin header/);
    assert.equal(await role(), "reporter", "nothing changed");
    assert.doesNotMatch(await call({ Origin: desk }), /no Origin header|Invalid Server Actions/);
    assert.equal(await role(), "editor");
  });
});
