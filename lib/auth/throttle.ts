// Sign-in throttling, kept in PostgreSQL so every app process sees the same counts. The
// decision itself is lib/auth/throttle-policy.ts; this file gathers the history it needs.
import { and, count, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { loginAttempts } from "@/db/schema";
import { decideAttempt, TRUSTED_ADDRESS_MS, WINDOW_MS, type AttemptHistory } from "./throttle-policy";

export { WINDOW_MS, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_PAIR } from "./throttle-policy";

export async function loadHistory(db: DbOrTx, email: string, ip: string, now = new Date()): Promise<AttemptHistory> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // One after another: these usually run inside the sign-in transaction, on one connection.
  // Bounded: refused tries are not recorded, and the back-off lets only a few through per window.
  const account = await db
    .select({ ip: loginAttempts.ip, success: loginAttempts.success, at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), gt(loginAttempts.createdAt, since)));
  const byIp = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)));
  const trusted = await db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.ip, ip),
        eq(loginAttempts.success, true),
        gt(loginAttempts.createdAt, new Date(now.getTime() - TRUSTED_ADDRESS_MS)),
      ),
    )
    .limit(1);
  return { account, ipFailures: byIp[0]?.n ?? 0, trustedAddress: trusted.length > 0 };
}

export async function recordAttempt(db: DbOrTx, email: string, ip: string, success: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email, ip, success });
}

/**
 * Forgets an account's failed attempts (`npm run user -- unlock`), ending its back-off and
 * every per-address limit on it. Successes stay: they are what makes an address trusted.
 */
export async function clearFailures(db: DbOrTx, email: string): Promise<number> {
  const gone = await db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false)))
    .returning({ id: loginAttempts.id });
  return gone.length;
}

/** Whether a try from `ip` on `email` would be refused outright now (a wrong password's fate). */
export async function isThrottled(db: DbOrTx, email: string, ip: string, now = new Date()): Promise<boolean> {
  return decideAttempt(await loadHistory(db, email, ip, now), ip, now).kind === "refuse";
}
