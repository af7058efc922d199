// Ended sessions (each row holds the address it signed in from) were never deleted.
import assert from "node:assert/strict";
import { after, before, it } from "node:test";
import { eq } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import { ENDED_SESSION_KEPT_MS, openSession, pruneSessions, SESSION_ABSOLUTE_MS } from "@/lib/auth/user-sessions";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
before(async () => {
  t = await freshDatabase();
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

it("deletes sessions long over, and keeps live and recently ended ones", async () => {
  const u = await createUser(
    t.db,
    { email: "p@example.com", name: "Parveen Editor", role: "editor", password: "long enough password" },
    { actorId: null, via: "cli" },
  );
  const now = Date.now();
  const day = 24 * 3600 * 1000;
  const make = async (created: number, revoked: number | null) => {
    const id = await openSession(t.db, u.id, "198.51.100.7");
    await t.db
      .update(userSessions)
      .set({ createdAt: new Date(created), revokedAt: revoked === null ? null : new Date(revoked) })
      .where(eq(userSessions.id, id));
    return id;
  };
  const live = await make(now - day, null);
  const signedOutYesterday = await make(now - 3 * day, now - day);
  const signedOutLongAgo = await make(now - ENDED_SESSION_KEPT_MS - 3 * day, now - ENDED_SESSION_KEPT_MS - day);
  const expiredRecently = await make(now - SESSION_ABSOLUTE_MS - day, null);
  const expiredLongAgo = await make(now - SESSION_ABSOLUTE_MS - ENDED_SESSION_KEPT_MS - day, null);

  assert.equal(await pruneSessions(t.db, now), 2);
  const left = (await t.db.select({ id: userSessions.id }).from(userSessions)).map((r) => r.id).sort();
  assert.deepEqual(left, [live, signedOutYesterday, expiredRecently].sort());
  assert.ok(!left.includes(signedOutLongAgo) && !left.includes(expiredLongAgo));
  assert.equal(await pruneSessions(t.db, now), 0);
});
