// One sign-in attempt: throttle check, password check, and the record of it, serialised per
// account with an advisory lock so parallel guesses cannot all slip past the limit.
import { eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { logLine } from "@/lib/observe/shared";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { loadHistory, recordAttempt } from "./throttle";
import { BACKOFF_AFTER, decideAttempt } from "./throttle-policy";

export type SignInResult =
  | { kind: "ok"; user: { id: string; name: string; email: string } }
  | { kind: "wrong" }
  | { kind: "throttled"; retryAfterMs: number }
  | { kind: "deactivated" };

export async function attemptSignIn(db: Database, email: string, password: string, ip: string): Promise<SignInResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
    const now = new Date();
    const history = await loadHistory(tx, email, ip, now);
    const decision = decideAttempt(history, ip, now);
    if (decision.kind === "refuse") {
      // Not recorded as a failure: a refused try checks no password, so it must not lengthen the wait.
      await recordAudit(tx, {
        actorId: null,
        action: "auth.sign_in_throttled",
        ip,
        details: { email, reason: decision.reason },
      });
      return { kind: "throttled", retryAfterMs: decision.retryAfterMs };
    }
    const [user] = await tx
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        active: users.active,
        passwordHash: users.passwordHash,
      })
      .from(users)
      .where(eq(users.email, email));
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    await recordAttempt(tx, email, ip, ok && !!user?.active);
    await recordAudit(tx, {
      actorId: ok && user ? user.id : null,
      action: ok && user?.active ? "auth.sign_in" : "auth.sign_in_failed",
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      ip,
      details: ok ? (user?.active ? {} : { email, reason: "deactivated" }) : { email },
    });
    if (!ok && user) await noticeBackoff(tx, user.id, history.account, ip);
    if (!ok || !user) return { kind: "wrong" };
    if (!user.active) return { kind: "deactivated" };
    return { kind: "ok", user: { id: user.id, name: user.name, email: user.email } };
  });
}

/**
 * Tells the account holder when this failure starts a back-off on their account: an audit
 * entry (admins and the person can see it) and a log line naming only the user id. Email the
 * holder here once outgoing mail exists.
 */
async function noticeBackoff(
  tx: DbOrTx,
  userId: string,
  before: { ip: string; success: boolean; at: Date }[],
  ip: string,
): Promise<void> {
  const sorted = [...before].sort((a, b) => a.at.getTime() - b.at.getTime());
  const sinceOk = sorted.slice(sorted.findLastIndex((a) => a.success) + 1);
  // Once per episode: exactly when this failure is the one that reaches the threshold.
  if (sinceOk.length + 1 !== BACKOFF_AFTER) return;
  const addresses = new Set([...sinceOk.map((a) => a.ip), ip]).size;
  await recordAudit(tx, {
    actorId: null,
    action: "auth.throttled_notice",
    targetType: "user",
    targetId: userId,
    ip,
    details: { failures: BACKOFF_AFTER, addresses },
  });
  logLine(
    "warn",
    `[auth] sign-in back-off started for user ${userId}: ${BACKOFF_AFTER} failed attempts from ${addresses} address(es)`,
  );
}
