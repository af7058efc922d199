// Account management shared by the admin pages and the `npm run user` tool: one set of rules,
// each change and its audit entry in one transaction.
import { randomBytes } from "node:crypto";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { users, type Role } from "@/db/schema";
import { recordAudit } from "./audit";
import { invalid, notFound } from "./errors";
import { clearFailures } from "./auth/throttle";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./auth/password";
import { ROLES } from "./permissions";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address, like name@example.com." }));

export const roleSchema = z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(", ")}.` });

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`);

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Name is required.")
  .max(120, "Name is too long (120 characters at most).");

/** What the rest of the app may see of a user: never the password hash. */
export type UserSummary = { id: string; email: string; name: string; role: Role; active: boolean; createdAt: Date };

const summaryColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

type Ctx = { actorId: string | null; ip?: string | null; via: "web" | "cli" | "seed" };

export function generatePassword(): string {
  return randomBytes(15).toString("base64url"); // 20 characters
}

function parse<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const message = r.error.issues[0]?.message ?? `Invalid ${field}.`;
    throw invalid(message, { [field]: message });
  }
  return r.data;
}

export async function createUser(
  db: Database,
  input: { email: string; name: string; role: string; password: string },
  ctx: Ctx,
): Promise<UserSummary> {
  const email = parse(emailSchema, input.email, "email");
  const name = parse(nameSchema, input.name, "name");
  const role = parse(roleSchema, input.role, "role");
  const password = parse(passwordSchema, input.password, "password");
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email, name, role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning(summaryColumns);
    if (!row)
      throw invalid(`A user with the email ${email} already exists.`, { email: "This email is already in use." });
    await recordAudit(tx, {
      actorId: ctx.actorId,
      action: "user.created",
      targetType: "user",
      targetId: row.id,
      ip: ctx.ip,
      details: { email, role, via: ctx.via },
    });
    return row;
  });
}

export async function findUserByEmail(db: Database, rawEmail: string): Promise<UserSummary> {
  const email = parse(emailSchema, rawEmail, "email");
  const [row] = await db.select(summaryColumns).from(users).where(eq(users.email, email));
  if (!row) throw notFound(`No user with the email ${email}.`);
  return row;
}

export async function listUsers(db: Database): Promise<UserSummary[]> {
  return db.select(summaryColumns).from(users).orderBy(asc(users.name), asc(users.email));
}

async function updateUser(
  db: Database,
  userId: string,
  change: Partial<Pick<typeof users.$inferInsert, "role" | "active" | "passwordHash" | "sessionsRevokedAt">>,
  audit: (before: UserSummary) => Parameters<typeof recordAudit>[1] | null,
): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    // Lock the row so two admins changing the same account serialise.
    const [before] = await tx.select(summaryColumns).from(users).where(eq(users.id, userId)).for("update");
    if (!before) throw notFound("That user no longer exists.");
    const losesAdmin =
      before.role === "admin" && before.active && (change.active === false || (change.role && change.role !== "admin"));
    if (losesAdmin) {
      // Serialise with other admin changes, then make sure someone can still run the site.
      await tx.execute(sql`select pg_advisory_xact_lock(7240302)`);
      const [others] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, userId)));
      if (!others || others.n === 0) throw invalid("This is the last active admin; make someone else an admin first.");
    }
    const [after] = await tx.update(users).set(change).where(eq(users.id, userId)).returning(summaryColumns);
    const entry = audit(before);
    if (entry) await recordAudit(tx, entry);
    return after!;
  });
}

export async function setRole(db: Database, userId: string, rawRole: string, ctx: Ctx): Promise<UserSummary> {
  const role = parse(roleSchema, rawRole, "role");
  return updateUser(db, userId, { role }, (before) =>
    before.role === role
      ? null
      : {
          actorId: ctx.actorId,
          action: "user.role_changed",
          targetType: "user",
          targetId: userId,
          ip: ctx.ip,
          details: { from: before.role, to: role, via: ctx.via },
        },
  );
}

export async function setActive(db: Database, userId: string, active: boolean, ctx: Ctx): Promise<UserSummary> {
  // Deactivation also voids existing sessions, so reactivating later does not revive them.
  return updateUser(db, userId, active ? { active } : { active, sessionsRevokedAt: new Date() }, (before) =>
    before.active === active
      ? null
      : {
          actorId: ctx.actorId,
          action: active ? "user.reactivated" : "user.deactivated",
          targetType: "user",
          targetId: userId,
          ip: ctx.ip,
          details: { via: ctx.via },
        },
  );
}

export async function resetPassword(db: Database, userId: string, rawPassword: string, ctx: Ctx): Promise<UserSummary> {
  const password = parse(passwordSchema, rawPassword, "password");
  const passwordHash = await hashPassword(password);
  return updateUser(db, userId, { passwordHash, sessionsRevokedAt: new Date() }, () => ({
    actorId: ctx.actorId,
    action: "user.password_reset",
    targetType: "user",
    targetId: userId,
    ip: ctx.ip,
    details: { via: ctx.via },
  }));
}

/**
 * Clears an account's failed sign-in attempts (`npm run user -- unlock`): its back-off and the
 * per-address limits on it end at once. Audited, even when there was nothing to clear.
 */
export async function unlockSignIn(db: Database, userId: string, ctx: Ctx): Promise<{ cleared: number }> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound("No such user.");
    const cleared = await clearFailures(tx, user.email);
    await recordAudit(tx, {
      actorId: ctx.actorId,
      action: "user.unlocked",
      targetType: "user",
      targetId: userId,
      ip: ctx.ip,
      details: { cleared, via: ctx.via },
    });
    return { cleared };
  });
}
