import "server-only";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { auditLog, users } from "@/db/schema";

export type AuditRow = {
  id: number;
  createdAt: Date;
  action: string;
  actorName: string | null;
  targetName: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
};

const target = alias(users, "target");

/** Newest first, keyset-paged by id so it stays fast however long the log grows. */
export async function listAudit(limit: number, beforeId?: number): Promise<AuditRow[]> {
  return (
    getDb()
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        action: auditLog.action,
        actorName: users.name,
        targetName: target.name,
        targetId: auditLog.targetId,
        ip: auditLog.ip,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      // Only user targets have a name to show; other targets are listed by id.
      .leftJoin(target, and(eq(auditLog.targetType, "user"), sql`${target.id}::text = ${auditLog.targetId}`))
      .where(beforeId ? lt(auditLog.id, beforeId) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(limit)
  );
}
