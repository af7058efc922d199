// Writes to the append-only audit log. Call it inside the same transaction as the change it
// records, so the record and the change stand or fall together. The log is also the newsroom's
// record of events: the notifications an entry calls for are written with it (notifyFor).
import { isIP } from "node:net";
import type { DbOrTx } from "@/db";
import { auditLog } from "@/db/schema";
import { notifyFor, type Notified } from "./notifications/events";
import { ACTIONS } from "./workflow";

/** Every action the log records, as data: the audit page offers them as a filter. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.throttled_notice",
  "user.unlocked",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "user.sessions_revoked",
  "user.created",
  "user.role_changed",
  "user.sections",
  "user.deactivated",
  "user.reactivated",
  "user.password_reset",
  ...ACTIONS.map((a) => `story.${a}` as const),
  "story.created",
  "story.noted",
  "author.created",
  "story.restored",
  "story.correct",
  "settings.changed",
  "page.updated",
  "story.taken_over",
  "story.timer_set",
  "story.timer_cancelled",
  "story.timer_refused",
  "story.schedule_refused",
  "story.legal_read",
  "checklist.changed",
  "homepage.arranged",
  "story.translation_linked",
  "story.translation_unlinked",
  "media.uploaded",
  "media.updated",
  "media.deleted",
  "webhook.created",
  "webhook.deleted",
  "assignment.created",
  "assignment.updated",
  "assignment.assigned",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType?: "user" | "story" | "settings" | "media" | "author" | "page" | "webhook" | "assignment";
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** Answers what the entry's notifications did (the @handles that reached no one). */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<Notified> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip && isIP(entry.ip) ? entry.ip : null,
    details: entry.details ?? {},
  });
  return notifyFor(db, entry);
}
