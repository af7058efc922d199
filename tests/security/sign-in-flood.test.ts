// Issue 19, item 6: one anonymous client added 1,063 rows to the append-only audit log in 10 s,
// one per refused sign-in. Now a refusal is logged once per (email, address, reason) per window,
// and an address past its per-minute budget is turned away before any database work.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq } from "drizzle-orm";
import { auditLog, loginAttempts } from "@/db/schema";
import { attemptSignIn, SIGN_INS_PER_ADDRESS_PER_MINUTE } from "@/lib/auth/sign-in";
import { MemoryCounters, type Counters } from "@/lib/shared-counters";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
before(async () => (t = await freshDatabase()));
after(async () => {
  await t.drop();
  await stopTestServer();
});

/** The counters with the minute taken out of each key: the whole test is one window, wherever the clock ticks. */
function oneWindow(): Counters {
  const inner = new MemoryCounters();
  const k = (key: string) => key.replace(/:\d+:/, ":");
  return {
    incr: (key, ttl) => inner.incr(k(key), ttl),
    addToSet: (key, m, ttl) => inner.addToSet(k(key), m, ttl),
    removeFromSet: (key, m) => inner.removeFromSet(k(key), m),
  };
}

const rows = async (action: "auth.sign_in_throttled" | "auth.sign_in_failed", ip: string) =>
  (
    await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.ip, ip)))
  )[0]!.n;

describe("refused sign-ins do not flood the audit log", () => {
  it("logs one throttled row per (email, address, reason), and stops an address past its budget before the database", async () => {
    await createUser(
      t.db,
      { email: "desk@example.com", name: "Desk", role: "editor", password: "a long enough password" },
      { actorId: null, via: "cli" },
    );
    const counters = oneWindow();
    const ip = "203.0.113.90";
    const kinds: string[] = [];
    for (let i = 0; i < 200; i++)
      kinds.push((await attemptSignIn(t.db, "desk@example.com", `guess ${i}`, ip, counters)).kind);
    assert.deepEqual(kinds.slice(0, 5), ["wrong", "wrong", "wrong", "wrong", "wrong"]);
    assert.ok(kinds.slice(5).every((k) => k === "throttled"));
    assert.equal(await rows("auth.sign_in_failed", ip), 5);
    assert.equal(await rows("auth.sign_in_throttled", ip), 1, "one row for the pair refusal, not 195");

    // Past the per-minute budget nothing reaches the database: no attempt rows either.
    const [attempts] = await t.db.select({ n: count() }).from(loginAttempts).where(eq(loginAttempts.ip, ip));
    assert.equal(attempts!.n, 5);
  });

  it("caps what one address can write across many accounts to its per-minute budget", async () => {
    const counters = oneWindow();
    const ip = "203.0.113.91";
    for (let i = 0; i < 150; i++) await attemptSignIn(t.db, `nobody${i}@example.com`, "guess", ip, counters);
    const written = (await rows("auth.sign_in_failed", ip)) + (await rows("auth.sign_in_throttled", ip));
    assert.equal(written, SIGN_INS_PER_ADDRESS_PER_MINUTE, "at most one row per try that reached the database");
  });
});
