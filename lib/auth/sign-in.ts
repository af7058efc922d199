// One sign-in attempt: throttle check, password check, and the record of it, serialised per
// account with an advisory lock so parallel guesses cannot all slip past the limit.
import { and, eq, gt, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db";
import { auditLog, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { logLine } from "@/lib/observe/shared";
import { sharedCounters, type Counters } from "@/lib/shared-counters";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { loadHistory, recordAttempt } from "./throttle";
import { BACKOFF_AFTER, decideAttempt, WINDOW_MS } from "./throttle-policy";

/**
 * Sign-in tries one address may make per minute, right or wrong, before any database work: a
 * whole newsroom behind one office address signs in well under this; one client sending 100 a
 * second added 1,063 audit rows in 10 s (issue 19, item 6). Shared by every app server.
 */
export const SIGN_INS_PER_ADDRESS_PER_MINUTE = 60;

export type SignInResult =
  | { kind: "ok"; user: { id: string; name: string; email: string } }
  | { kind: "wrong" }
  | { kind: "throttled"; retryAfterMs: number }
  | { kind: "deactivated" };

export async function attemptSignIn(
  db: Database,
  email: string,
  password: string,
  ip: string,
  counters: Counters = sharedCounters(),
  /** `trustedDevice`: the browser signed in to this account before (lib/auth/device.ts). */
  opts: { trustedDevice?: boolean } = {},
): Promise<SignInResult> {
  const minute = Math.floor(Date.now() / 60_000);
  if ((await counters.incr(`sign-in:${minute}:${ip}`, 120_000)) > SIGN_INS_PER_ADDRESS_PER_MINUTE)
    return { kind: "throttled", retryAfterMs: (minute + 1) * 60_000 - Date.now() };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
    const now = new Date();
    const history = await loadHistory(tx, email, ip, now);
    // A browser the account signed in with is judged as an address it signed in from.
    const trusted = history.trustedAddress || opts.trustedDevice === true;
    const decision = decideAttempt({ ...history, trustedAddress: trusted }, ip, now);
    if (decision.kind === "refuse") {
      // Not recorded as a failure: a refused try checks no password, so it must not lengthen the wait.
      // One audit row per (email, address, reason) per window says it all; more only fill the log.
      if (!(await throttledRecently(tx, email, ip, decision.reason, now)))
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

/** Whether this refusal is already in the log for this window (under the per-account lock). */
async function throttledRecently(tx: DbOrTx, email: string, ip: string, reason: string, now: Date): Promise<boolean> {
  const [row] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "auth.sign_in_throttled"),
        gt(auditLog.createdAt, new Date(now.getTime() - WINDOW_MS)),
        sql`${auditLog.ip} = ${ip}::inet`,
        sql`${auditLog.details}->>'email' = ${email}`,
        sql`${auditLog.details}->>'reason' = ${reason}`,
      ),
    )
    .limit(1);
  return row !== undefined;
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
