// A section editor's desks: which sections they run (issue 12, capability 8). Set by an admin;
// the change and its audit entry in one transaction, and the next request of that editor
// already acts on it (lib/auth/user-sessions.ts reads them with the session).
import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db";
import { sections, userSections, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { invalid, notFound } from "./errors";

type Ctx = { actorId: string | null; ip?: string | null; via: "web" | "cli" | "seed" };

/** Replaces the user's sections with `sectionIds`. Every id must name a section. */
export async function setUserSections(
  db: Database,
  userId: string,
  sectionIds: readonly string[],
  ctx: Ctx,
): Promise<{ name: string; sections: string[] }> {
  const wanted = [...new Set(sectionIds)];
  return db.transaction(async (tx) => {
    // Lock the user so two admins assigning desks at once serialise.
    const [user] = await tx
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user) throw notFound("That user no longer exists.");
    const found = wanted.length
      ? await tx
          .select({ id: sections.id, name: sections.name })
          .from(sections)
          .where(inArray(sections.id, wanted))
          .orderBy(asc(sections.position), asc(sections.name))
      : [];
    if (found.length !== wanted.length)
      throw invalid("One of those sections no longer exists. Reload and choose again.", { sectionIds: "Unknown." });
    const before = await tx
      .select({ name: sections.name })
      .from(userSections)
      .innerJoin(sections, eq(sections.id, userSections.sectionId))
      .where(eq(userSections.userId, userId))
      .orderBy(asc(sections.position), asc(sections.name));
    await tx.delete(userSections).where(eq(userSections.userId, userId));
    if (found.length) await tx.insert(userSections).values(found.map((s) => ({ userId, sectionId: s.id })));
    const names = found.map((s) => s.name);
    await recordAudit(tx, {
      actorId: ctx.actorId,
      action: "user.sections",
      targetType: "user",
      targetId: userId,
      ip: ctx.ip,
      details: { from: before.map((b) => b.name), to: names, via: ctx.via },
    });
    return { name: user.name, sections: names };
  });
}

/** Every user's sections, for the users page: user id → section ids. */
export async function sectionsByUser(db: Database): Promise<Map<string, string[]>> {
  const rows = await db.select().from(userSections);
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.sectionId]);
  return map;
}
