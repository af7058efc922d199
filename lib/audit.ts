// Writes to the append-only audit log. Call it inside the same transaction as the change it
// records, so the record and the change stand or fall together.
import { isIP } from "node:net";
import type { DbOrTx } from "@/db";
import { auditLog } from "@/db/schema";
import type { WorkflowAction } from "./workflow";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_throttled"
  | "auth.throttled_notice"
  | "user.unlocked"
  | "auth.sign_out"
  | "auth.sign_out_everywhere"
  | "user.sessions_revoked"
  | "user.created"
  | "user.role_changed"
  | "user.deactivated"
  | "user.reactivated"
  | "user.password_reset"
  | `story.${WorkflowAction}`
  | "story.created"
  | "story.noted"
  | "author.created"
  | "story.restored"
  | "story.correct"
  | "settings.changed"
  | "page.updated"
  | "story.taken_over"
  | "homepage.arranged"
  | "story.translation_linked"
  | "story.translation_unlinked"
  | "media.uploaded"
  | "media.updated"
  | "media.deleted";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType?: "user" | "story" | "settings" | "media" | "author" | "page";
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
};

export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip && isIP(entry.ip) ? entry.ip : null,
    details: entry.details ?? {},
  });
}
