// Notifications follow from the write: recordAudit() (lib/audit.ts) calls notifyFor() with the
// entry it has just written, inside the same transaction. A transition, a note or a scheduled
// publish therefore cannot forget to tell anyone, and a write that rolls back tells no one.
// Each recipient gets an inbox row and an email in the outbox; each matching webhook a call; each
// outbox row a job on the queue (outbox.ts), in the same transaction.
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import {
  assignments,
  auditLog,
  deliveries,
  notifications,
  stories,
  storyCorrections,
  storyNotes,
  userSections,
  users,
  webhooks,
  storyRefColumns,
} from "@/db/schema";
import type { NotificationKind } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { deskUrl } from "./desk-url";
import { emailText, summary } from "./messages";
import { queueDeliveries } from "./outbox";
import {
  DESK_ROLES,
  excerpt,
  handleOf,
  isNotifying,
  mentionedHandles,
  recipientsFor,
  unreachedHandles,
  type Person,
} from "./rules";

/** The webhook event for an action (webhooks hear about events, not about each recipient). */
function eventKind(action: string, actorId: string | null): NotificationKind {
  if (action === "story.submit") return "submitted";
  if (action === "story.sendBack") return "sent_back";
  if (action === "story.noted") return "noted";
  if (action === "story.timer_refused" || action === "story.schedule_refused") return "refused_on_schedule";
  if (action === "story.correct") return "corrected";
  if (action === "story.unpublish") return "unpublished";
  return actorId === null ? "published_on_schedule" : "published";
}

/** `unreached`: the note's @handles that told no one (see unreachedHandles). */
export type Notified = { unreached: string[] };

export async function notifyFor(db: DbOrTx, entry: AuditEntry): Promise<Notified> {
  const none: Notified = { unreached: [] };
  if (entry.action === "assignment.assigned") return notifyAssigned(db, entry).then(() => none);
  if (!isNotifying(entry.action) || entry.targetType !== "story" || !entry.targetId) return none;
  const storyId = entry.targetId;
  const [story] = await db
    .select({
      ...storyRefColumns,
      headline: stories.headline,
    })
    .from(stories)
    .where(eq(stories.id, storyId));
  if (!story) return none;

  let note: string | null = null;
  if (entry.action === "story.sendBack") note = typeof entry.details?.note === "string" ? entry.details.note : null;
  // The scheduler's refusal says why, in the words the desk would have got for the click.
  if (entry.action === "story.timer_refused" || entry.action === "story.schedule_refused")
    note = typeof entry.details?.notice === "string" ? entry.details.notice : null;
  if (entry.action === "story.noted" && typeof entry.details?.noteId === "number") {
    const [row] = await db
      .select({ body: storyNotes.body })
      .from(storyNotes)
      .where(eq(storyNotes.id, entry.details.noteId));
    note = row?.body ?? null;
  }
  // A correction's own words, as readers see them under the story.
  if (entry.action === "story.correct" && typeof entry.details?.correctionId === "number") {
    const [row] = await db
      .select({ body: storyCorrections.body })
      .from(storyCorrections)
      .where(eq(storyCorrections.id, entry.details.correctionId));
    note = row?.body ?? null;
  }
  const handles =
    (entry.action === "story.noted" || entry.action === "story.sendBack") && note ? mentionedHandles(note) : [];
  const noteAuthorIds =
    entry.action === "story.noted"
      ? (
          await db.selectDistinct({ id: storyNotes.authorId }).from(storyNotes).where(eq(storyNotes.storyId, storyId))
        ).map((r) => r.id)
      : [];
  let schedulerId: string | null = null;
  if (entry.action === "story.publish" && entry.actorId === null) {
    const [row] = await db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, storyId), eq(auditLog.action, "story.schedule")))
      .orderBy(desc(auditLog.id))
      .limit(1);
    schedulerId = row?.actorId ?? null;
  }
  if (
    (entry.action === "story.timer_refused" || entry.action === "story.schedule_refused") &&
    typeof entry.details?.setById === "string"
  )
    schedulerId = entry.details.setById;

  const known = [story.createdById, ...noteAuthorIds, ...(schedulerId ? [schedulerId] : [])];
  const candidates = await db
    .select({ id: users.id, role: users.role, active: users.active, email: users.email, name: users.name })
    .from(users)
    .where(
      or(
        inArray(users.id, known),
        ...(entry.action === "story.submit" ? [inArray(users.role, [...DESK_ROLES])] : []),
        ...(handles.length ? [inArray(sql`lower(split_part(${users.email}, '@', 1))`, handles)] : []),
        ...(entry.actorId ? [eq(users.id, entry.actorId)] : []),
      ),
    );
  const sectionRows = await db
    .select({ userId: userSections.userId, sectionId: userSections.sectionId })
    .from(userSections)
    .where(
      inArray(
        userSections.userId,
        candidates.filter((u) => u.role === "section_editor").map((u) => u.id),
      ),
    );
  const people = new Map<string, Person>(
    candidates.map((u) => [
      u.id,
      { ...u, sectionIds: sectionRows.filter((r) => r.userId === u.id).map((r) => r.sectionId) },
    ]),
  );
  const byId = new Map(candidates.map((u) => [u.id, u]));
  const mentionedIds = candidates.filter((u) => handles.includes(handleOf(u.email))).map((u) => u.id);
  const actorName = entry.actorId ? (byId.get(entry.actorId)?.name ?? null) : null;
  const short = note ? excerpt(note) : null;

  const recipients = recipientsFor(entry.action, {
    actorId: entry.actorId,
    story,
    people,
    noteAuthorIds,
    mentionedIds,
    schedulerId,
  });
  const storyUrl = deskUrl(`/dashboard/stories/${storyId}`);
  if (recipients.length > 0) {
    const rows = await db
      .insert(notifications)
      .values(
        recipients.map((r) => ({
          userId: r.userId,
          kind: r.kind,
          storyId,
          actorId: entry.actorId,
          headline: story.headline,
          excerpt: short,
        })),
      )
      .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind });
    const emails = await db
      .insert(deliveries)
      .values(
        rows.map((n) => ({
          channel: "email" as const,
          notificationId: n.id,
          recipient: byId.get(n.userId)!.email,
          payload: emailText({ kind: n.kind, headline: story.headline, actorName, excerpt: short }, storyUrl),
        })),
      )
      .returning({ id: deliveries.id });
    await queueDeliveries(
      db,
      emails.map((d) => d.id),
    );
  }

  const kind = eventKind(entry.action, entry.actorId);
  const hooks = await db
    .select({ id: webhooks.id, url: webhooks.url, events: webhooks.events })
    .from(webhooks)
    .where(eq(webhooks.active, true));
  const listening = hooks.filter((h) => h.events.length === 0 || h.events.includes(kind));
  if (listening.length > 0) {
    const event = {
      event: kind,
      text: summary({ kind, headline: story.headline, actorName, excerpt: short }),
      story: { id: storyId, headline: story.headline, status: story.status, url: storyUrl },
      actor: actorName,
      note: short,
      at: new Date().toISOString(),
    };
    const calls = await db
      .insert(deliveries)
      .values(
        listening.map((h) => ({ channel: "webhook" as const, webhookId: h.id, recipient: h.url, payload: event })),
      )
      .returning({ id: deliveries.id });
    await queueDeliveries(
      db,
      calls.map((d) => d.id),
    );
  }
  const unreached = unreachedHandles(
    handles,
    candidates,
    recipients.map((r) => r.userId),
    entry.actorId,
  );
  return { unreached };
}

/** A budget line given to someone: they are told, with the brief, and pointed at the budget. */
async function notifyAssigned(db: DbOrTx, entry: AuditEntry): Promise<void> {
  const assigneeId = entry.details?.assigneeId;
  if (typeof assigneeId !== "string" || !entry.targetId || assigneeId === entry.actorId) return;
  const [a] = await db
    .select({ title: assignments.title, brief: assignments.brief, dueAt: assignments.dueAt })
    .from(assignments)
    .where(eq(assignments.id, entry.targetId));
  const people = await db
    .select({ id: users.id, active: users.active, email: users.email, name: users.name })
    .from(users)
    .where(inArray(users.id, [assigneeId, ...(entry.actorId ? [entry.actorId] : [])]));
  const assignee = people.find((p) => p.id === assigneeId);
  if (!a || !assignee?.active) return;
  const actorName = people.find((p) => p.id === entry.actorId)?.name ?? null;
  const short = a.brief ? excerpt(a.brief) : null;
  const [n] = await db
    .insert(notifications)
    .values({ userId: assigneeId, kind: "assigned", actorId: entry.actorId, headline: a.title, excerpt: short })
    .returning({ id: notifications.id });
  const [email] = await db
    .insert(deliveries)
    .values({
      channel: "email",
      notificationId: n!.id,
      recipient: assignee.email,
      payload: emailText(
        { kind: "assigned", headline: a.title, actorName, excerpt: short },
        deskUrl("/dashboard/planning"),
      ),
    })
    .returning({ id: deliveries.id });
  await queueDeliveries(db, [email!.id]);
}
