import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { loginAttempts, users } from "@/db/schema";
import { isThrottled, MAX_FAILURES_PER_IP, recordAttempt } from "@/lib/auth/throttle";
import { BACKOFF_AFTER as MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle-policy";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createUser, setActive, setRole } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
before(async () => (t = await freshDatabase()));
after(async () => {
  await t.drop();
  await stopTestServer();
});

const ctx = { actorId: null, via: "cli" as const };

describe("sign-in throttling", () => {
  it(`backs an account off after ${MAX_FAILURES_PER_ACCOUNT} failures in the window, from any address`, async () => {
    const email = "target@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordAttempt(t.db, email, `198.51.100.${i}`, false);
    assert.equal(await isThrottled(t.db, email, "203.0.113.1"), false);
    await recordAttempt(t.db, email, "198.51.100.99", false);
    assert.equal(await isThrottled(t.db, email, "203.0.113.1"), true);
    assert.equal(
      await isThrottled(t.db, "someone-else@example.com", "203.0.113.1"),
      false,
      "other accounts unaffected",
    );
  });

  it("forgets failures older than the window", async () => {
    const email = "later@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordAttempt(t.db, email, "198.51.100.7", false);
    const inSixteenMinutes = new Date(Date.now() + 16 * 60_000);
    assert.equal(await isThrottled(t.db, email, "198.51.100.7"), true);
    assert.equal(await isThrottled(t.db, email, "198.51.100.7", inSixteenMinutes), false);
  });

  it("a successful sign-in clears the account's count", async () => {
    const email = "typo@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordAttempt(t.db, email, "198.51.100.8", false);
    await new Promise((r) => setTimeout(r, 5));
    await recordAttempt(t.db, email, "198.51.100.8", true);
    await recordAttempt(t.db, email, "198.51.100.8", false);
    assert.equal(await isThrottled(t.db, email, "198.51.100.8"), false);
  });

  it(`limits one address to ${MAX_FAILURES_PER_IP} failures across accounts`, async () => {
    const ip = "192.0.2.50";
    await t.db
      .insert(loginAttempts)
      .values(
        Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({ email: `spray${i}@example.com`, ip, success: false })),
      );
    assert.equal(await isThrottled(t.db, "fresh@example.com", ip), true);
    assert.equal(await isThrottled(t.db, "fresh@example.com", "192.0.2.51"), false);
  });
});

describe("sign-in attempts", () => {
  it("parallel wrong guesses from one address cannot slip past the pair limit", async () => {
    await createUser(
      t.db,
      { email: "parallel@example.com", name: "Parallel", role: "reporter", password: "the right password" },
      ctx,
    );
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attemptSignIn(t.db, "parallel@example.com", `guess ${i}`, "192.0.2.77")),
    );
    const kinds = results.map((r) => r.kind).sort();
    assert.deepEqual(
      kinds,
      [
        ...Array(MAX_FAILURES_PER_ACCOUNT).fill("wrong"),
        ...Array(12 - MAX_FAILURES_PER_ACCOUNT).fill("throttled"),
      ].sort(),
    );
    assert.equal(
      (await attemptSignIn(t.db, "parallel@example.com", "the right password", "192.0.2.77")).kind,
      "throttled",
      "even the right password waits",
    );
  });

  it("a deactivated account with the right password is told so; a wrong one is just wrong", async () => {
    const u = await createUser(
      t.db,
      { email: "gone@example.com", name: "Gone", role: "reporter", password: "the right password" },
      ctx,
    );
    await setActive(t.db, u.id, false, ctx);
    assert.equal(
      (await attemptSignIn(t.db, "gone@example.com", "the right password", "192.0.2.78")).kind,
      "deactivated",
    );
    assert.equal((await attemptSignIn(t.db, "gone@example.com", "not it", "192.0.2.78")).kind, "wrong");
  });
});

describe("account rules", () => {
  it("never leaves the newsroom without an active admin", async () => {
    const admin = await createUser(
      t.db,
      { email: "only-admin@example.com", name: "Only Admin", role: "admin", password: "a long enough password" },
      ctx,
    );
    await assert.rejects(setRole(t.db, admin.id, "editor", ctx), /last active admin/);
    await assert.rejects(setActive(t.db, admin.id, false, ctx), /last active admin/);
    const [still] = await t.db.select().from(users).where(eq(users.id, admin.id));
    assert.deepEqual({ role: still!.role, active: still!.active }, { role: "admin", active: true });

    await createUser(
      t.db,
      { email: "second-admin@example.com", name: "Second Admin", role: "admin", password: "a long enough password" },
      ctx,
    );
    assert.equal((await setRole(t.db, admin.id, "editor", ctx)).role, "editor");
  });

  it("treats emails case-insensitively, so no duplicate slips in by case", async () => {
    await createUser(
      t.db,
      { email: "Case@Example.com", name: "Case", role: "reporter", password: "a long enough password" },
      ctx,
    );
    await assert.rejects(
      createUser(
        t.db,
        { email: "case@example.COM", name: "Case 2", role: "reporter", password: "a long enough password" },
        ctx,
      ),
      /already exists/,
    );
  });
});
