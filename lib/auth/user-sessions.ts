// Server-side sessions behind next-auth's JWTs. A token alone is only a claim: it names a row of
// user_sessions (`sid`), and a request is signed in only while that row is live — not revoked by
// sign-out, "sign out everywhere" or an admin, and younger than the absolute limit. Without this a
// copied cookie outlived sign-out, and every GET /api/auth/session extended it for ever.
// No "server-only": scripts/serve.ts asks the same question before Next sees a preview cookie.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { userSections, userSessions, users, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isUuid } from "@/lib/uuid";

/** Whatever the rolling refresh does, a sign-in is good for this long and no longer. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3600 * 1000;
/** last_seen_at is a hint for people reading the table, not a clock: one write per 5 minutes at most. */
const LAST_SEEN_EVERY_MS = 5 * 60 * 1000;

/** A person's desks in the same round trip as the person: the one expression every loader uses. */
const sectionIdsOf = sql<
  string[]
>`array(select us.section_id::text from ${userSections} us where us.user_id = ${users.id} order by 1)`;

export type TokenClaims = { uid?: unknown; sid?: unknown; authAt?: unknown };
export type LiveUser = { id: string; name: string; email: string; role: Role; sectionIds: string[] };

/** Records a new sign-in; its id goes into the token as `sid`. */
export async function openSession(db: DbOrTx, userId: string, ip: string | null): Promise<string> {
  const [row] = await db.insert(userSessions).values({ userId, ip }).returning({ id: userSessions.id });
  return row!.id;
}

/** The user a token stands for, or null when the token, its session or its user is no longer good. */
export async function liveSessionUser(
  db: DbOrTx,
  claims: TokenClaims | null,
  now = Date.now(),
): Promise<LiveUser | null> {
  const uid = claims?.uid;
  const sid = claims?.sid;
  const authAt = typeof claims?.authAt === "number" ? claims.authAt : 0;
  // Tokens minted before sessions had rows carry no sid: they cannot be revoked, so they end here.
  if (typeof uid !== "string" || typeof sid !== "string" || !isUuid(uid) || !isUuid(sid)) return null;
  if (now - authAt > SESSION_ABSOLUTE_MS) return null;
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      // In the same round trip: a section editor's desks, so a changed assignment applies at once.
      sectionIds: sectionIdsOf,
      active: users.active,
      usersRevokedAt: users.sessionsRevokedAt,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      revokedAt: userSessions.revokedAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sid), eq(userSessions.userId, uid)));
  if (!row || !row.active || row.revokedAt) return null;
  if (row.usersRevokedAt && authAt <= row.usersRevokedAt.getTime()) return null;
  // The row's own clock too, so a token whose authAt was somehow kept fresh still ends.
  if (now - row.createdAt.getTime() > SESSION_ABSOLUTE_MS) return null;
  if (now - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    // Best effort: a failed bookkeeping write must not sign anyone out.
    void db
      .update(userSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(userSessions.id, sid))
      .catch(() => undefined);
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role, sectionIds: row.sectionIds };
}

/**
 * The person as a request would see them, for work done later on their behalf (a timer, a
 * scheduled publish): role and desks as they are now, or null when the person is gone or
 * deactivated. Without the desks a section editor's deferred work failed every check (issue 19).
 */
export async function actorById(
  db: DbOrTx,
  userId: string,
): Promise<{ id: string; name: string; role: Role; sectionIds: string[] } | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, role: users.role, active: users.active, sectionIds: sectionIdsOf })
    .from(users)
    .where(eq(users.id, userId));
  if (!row?.active) return null;
  return { id: row.id, name: row.name, role: row.role, sectionIds: row.sectionIds };
}

/** Sign-out: ends the one session the token names, and records it. */
export async function revokeSession(db: DbOrTx, claims: TokenClaims | null, ip: string | null): Promise<void> {
  const sid = claims?.sid;
  if (typeof sid !== "string" || !isUuid(sid)) return;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(userSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(userSessions.id, sid), isNull(userSessions.revokedAt)))
      .returning({ userId: userSessions.userId });
    if (row)
      await recordAudit(tx, {
        actorId: row.userId,
        action: "auth.sign_out",
        targetType: "user",
        targetId: row.userId,
        ip,
      });
  });
}

/**
 * Ends every live session of `userId` — the person's own "sign out everywhere", or an admin's.
 * Returns how many were ended.
 */
export async function revokeAllSessions(
  db: DbOrTx,
  userId: string,
  by: { actorId: string; ip: string | null },
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(userSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
      .returning({ id: userSessions.id });
    await recordAudit(tx, {
      actorId: by.actorId,
      action: by.actorId === userId ? "auth.sign_out_everywhere" : "user.sessions_revoked",
      targetType: "user",
      targetId: userId,
      ip: by.ip,
      details: { sessions: rows.length },
    });
    return rows.length;
  });
}

/** Ended sessions are kept this long for anyone asking "who was signed in, from where", then deleted. */
export const ENDED_SESSION_KEPT_MS = 14 * 24 * 3600 * 1000;

/**
 * Deletes sessions that can never be live again (revoked, or past the absolute limit) once they
 * have been over for ENDED_SESSION_KEPT_MS: each row holds an address, which is not kept for ever.
 * Sign-ins and sign-outs stay in the audit log. Returns how many went.
 */
export async function pruneSessions(db: DbOrTx, now = Date.now()): Promise<number> {
  const revokedBefore = new Date(now - ENDED_SESSION_KEPT_MS);
  const createdBefore = new Date(now - SESSION_ABSOLUTE_MS - ENDED_SESSION_KEPT_MS);
  const gone = await db
    .delete(userSessions)
    .where(sql`${userSessions.revokedAt} < ${revokedBefore} or ${userSessions.createdAt} < ${createdBefore}`)
    .returning({ id: userSessions.id });
  return gone.length;
}
