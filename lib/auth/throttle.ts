// Sign-in throttling, kept in PostgreSQL so every app process sees the same counts.
import { and, count, eq, gt, max } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { loginAttempts } from "@/db/schema";

export const WINDOW_MS = 15 * 60_000;
/** Failed tries per account in the window before sign-in is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Per IP it is higher: a whole newsroom often shares one office address. */
export const MAX_FAILURES_PER_IP = 30;

export async function isThrottled(db: DbOrTx, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // A successful sign-in clears the account's count; failures before it no longer matter.
  const [lastOk] = await db
    .select({ at: max(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true), gt(loginAttempts.createdAt, since)));
  const accountSince = lastOk?.at && lastOk.at > since ? lastOk.at : since;
  const [byAccount, byIp] = await Promise.all([
    db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.email, email),
          eq(loginAttempts.success, false),
          gt(loginAttempts.createdAt, accountSince),
        ),
      ),
    db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since))),
  ]);
  return (byAccount[0]?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT || (byIp[0]?.n ?? 0) >= MAX_FAILURES_PER_IP;
}

export async function recordAttempt(db: DbOrTx, email: string, ip: string, success: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email, ip, success });
}
