// The audit log for the desk: newest first, keyset-paged by id, filtered by who, what, which
// story and when. Each filter has an index that serves it in id order (migration 0017).
import "server-only";
import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { auditLog, media, stories, users } from "@/db/schema";

export type AuditRow = {
  id: number;
  createdAt: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  /** What the target is called: a user's name, a story's headline, an image's file name. */
  targetName: string | null;
  /** A story that no longer exists is shown by the headline the entry recorded. */
  storyExists: boolean;
  ip: string | null;
  details: Record<string, unknown>;
};

export type AuditFilters = {
  actorId?: string;
  action?: string;
  storyId?: string;
  /** Instants, `from` inclusive and `until` exclusive. */
  from?: Date;
  until?: Date;
};

const targetUser = alias(users, "target_user");

export async function listAudit(filters: AuditFilters, limit: number, beforeId?: number): Promise<AuditRow[]> {
  const conditions: (SQL | undefined)[] = [
    beforeId ? lt(auditLog.id, beforeId) : undefined,
    filters.actorId ? eq(auditLog.actorId, filters.actorId) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.storyId ? and(eq(auditLog.targetType, "story"), eq(auditLog.targetId, filters.storyId)) : undefined,
    filters.from ? gte(auditLog.createdAt, filters.from) : undefined,
    filters.until ? lt(auditLog.createdAt, filters.until) : undefined,
  ];
  const rows = await getDb()
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: users.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      userName: targetUser.name,
      headline: stories.headline,
      storyId: stories.id,
      fileName: media.fileName,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    // target_id is text (it names users, stories, media…); compare as text so no cast can fail.
    .leftJoin(targetUser, and(eq(auditLog.targetType, "user"), sql`${targetUser.id}::text = ${auditLog.targetId}`))
    .leftJoin(stories, and(eq(auditLog.targetType, "story"), sql`${stories.id}::text = ${auditLog.targetId}`))
    .leftJoin(media, and(eq(auditLog.targetType, "media"), sql`${media.id}::text = ${auditLog.targetId}`))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.map(({ userName, headline, storyId, fileName, ...r }) => {
    // A deleted story or image is named by what the entry recorded about it.
    const recorded =
      typeof r.details.headline === "string"
        ? r.details.headline
        : typeof r.details.fileName === "string"
          ? r.details.fileName
          : null;
    return {
      ...r,
      targetName: userName ?? (headline || fileName || recorded),
      storyExists: storyId !== null,
    };
  });
}

/** Everyone who can appear as "who", for the filter. */
export async function auditActors(): Promise<{ id: string; name: string }[]> {
  return getDb().select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name));
}

/** The headline of the story a filter names, for the filter's label. */
export async function storyHeadline(id: string): Promise<string | null> {
  const [row] = await getDb().select({ headline: stories.headline }).from(stories).where(eq(stories.id, id));
  return row?.headline ?? null;
}
