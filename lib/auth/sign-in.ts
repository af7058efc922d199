// One sign-in attempt: throttle check, password check, and the record of it, serialised per
// account with an advisory lock so parallel guesses cannot all slip past the limit.
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { isThrottled, recordAttempt } from "./throttle";

export type SignInResult =
  | { kind: "ok"; user: { id: string; name: string; email: string } }
  | { kind: "wrong" }
  | { kind: "throttled" }
  | { kind: "deactivated" };

export async function attemptSignIn(db: Database, email: string, password: string, ip: string): Promise<SignInResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
    if (await isThrottled(tx, email, ip)) {
      await recordAudit(tx, { actorId: null, action: "auth.sign_in_throttled", ip, details: { email } });
      return { kind: "throttled" };
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
    if (!ok || !user) return { kind: "wrong" };
    if (!user.active) return { kind: "deactivated" };
    return { kind: "ok", user: { id: user.id, name: user.name, email: user.email } };
  });
}
