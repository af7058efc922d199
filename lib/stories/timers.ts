// Scheduled updates and scheduled unpublishing for live stories. An editor sets the time; at that
// time the scheduler takes the same transition the editor would have (transition.ts: revision,
// audit, notifications, page-cache expiry and all), as that editor — so an editor who has since
// lost the right, or a story that has moved on, is refused exactly as a click would be.
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { auditLog, stories, storyTimers, type StoryTimer } from "@/db/schema";
import { actorById } from "@/lib/auth/user-sessions";
import { recordAudit } from "@/lib/audit";
import { queueStoriesDue } from "@/lib/jobs/schedule";
import { AppError, invalid, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { check } from "@/lib/workflow";
import { transition } from "./transition";
import { visibleStory } from "./visible";

export type TimerKind = StoryTimer["kind"];
export const TIMER_LABELS: Record<TimerKind, string> = { update: "Update", unpublish: "Unpublish" };

async function visibleLiveStory(db: Database, actor: Actor, storyId: string, kind: TimerKind) {
  const story = await visibleStory(db, actor, storyId);
  const decision = check(actor, story, kind);
  if (!decision.ok) {
    if (decision.reason === "forbidden") throw new AppError("forbidden", `Your role cannot ${kind} this story.`);
    throw new AppError("conflict", "Only a live story can have an update or an unpublish scheduled.");
  }
  return story;
}

export async function setTimer(
  db: Database,
  actor: Actor,
  storyId: string,
  kind: TimerKind,
  dueAt: Date,
  ctx: { ip?: string | null } = {},
): Promise<StoryTimer> {
  if (Number.isNaN(dueAt.getTime())) throw invalid("Choose a date and time.", { dueAt: "Choose a date and time." });
  if (dueAt.getTime() <= Date.now())
    throw invalid("That time has already passed.", { dueAt: "Choose a time in the future." });
  await visibleLiveStory(db, actor, storyId, kind);
  return db.transaction(async (tx) => {
    // What the editor approves is the text as it stands now (issue 19, item 20).
    const [now] = await tx.select({ version: stories.version }).from(stories).where(eq(stories.id, storyId));
    const approvedVersion = now!.version;
    const [row] = await tx
      .insert(storyTimers)
      .values({ storyId, kind, dueAt, createdById: actor.id, approvedVersion })
      .onConflictDoUpdate({
        target: [storyTimers.storyId, storyTimers.kind],
        set: { dueAt, createdById: actor.id, createdAt: new Date(), approvedVersion },
      })
      .returning();
    await queueStoriesDue(tx, dueAt, `${kind}:${storyId}`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "story.timer_set",
      targetType: "story",
      targetId: storyId,
      ip: ctx.ip,
      details: { kind, dueAt: dueAt.toISOString() },
    });
    return row!;
  });
}

export async function cancelTimer(
  db: Database,
  actor: Actor,
  storyId: string,
  kind: TimerKind,
  ctx: { ip?: string | null } = {},
): Promise<void> {
  await visibleLiveStory(db, actor, storyId, kind);
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(storyTimers)
      .where(and(eq(storyTimers.storyId, storyId), eq(storyTimers.kind, kind)))
      .returning();
    if (gone.length === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "story.timer_cancelled",
      targetType: "story",
      targetId: storyId,
      ip: ctx.ip,
      details: { kind },
    });
  });
}

/** A scheduled Update whose story changed after it was set: it will be refused until set again. */
export const CHANGED_SINCE_APPROVAL =
  "the story changed after the update was scheduled; schedule it again to approve the text as it is now";

const changedSince = (timer: StoryTimer, version: number) =>
  timer.kind === "update" && timer.approvedVersion !== null && timer.approvedVersion !== version;

export async function listTimers(db: Database, storyId: string): Promise<(StoryTimer & { changedSince: boolean })[]> {
  const rows = await db
    .select({ timer: storyTimers, version: stories.version })
    .from(storyTimers)
    .innerJoin(stories, eq(stories.id, storyTimers.storyId))
    .where(eq(storyTimers.storyId, storyId))
    .orderBy(asc(storyTimers.dueAt));
  return rows.map((r) => ({ ...r.timer, changedSince: changedSince(r.timer, r.version) }));
}

/** A timer the scheduler refused, as the story's panel shows it until the next one is set. */
export type RefusedTimer = { kind: TimerKind; dueAt: string; reason: string; at: string };

/**
 * The latest refusal of each kind since that kind was last set or cancelled: what the story's
 * panel says did not happen (the audit log is the record; nothing else keeps it).
 */
export async function refusedTimers(db: Database, storyId: string): Promise<RefusedTimer[]> {
  const rows = await db
    .select({ action: auditLog.action, details: auditLog.details, at: auditLog.createdAt })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, "story"),
        eq(auditLog.targetId, storyId),
        inArray(auditLog.action, ["story.timer_refused", "story.timer_set", "story.timer_cancelled"]),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(20);
  const out: RefusedTimer[] = [];
  const settled = new Set<unknown>();
  for (const r of rows) {
    const kind = r.details.kind;
    if ((kind !== "update" && kind !== "unpublish") || settled.has(kind)) continue;
    settled.add(kind);
    if (r.action !== "story.timer_refused") continue;
    out.push({ kind, dueAt: String(r.details.dueAt), reason: String(r.details.reason), at: r.at.toISOString() });
  }
  return out;
}

export type TimerOutcome = { storyId: string; kind: TimerKind; ok: boolean; reason?: string };

/**
 * Runs the due timers once. The rows stay locked (SKIP LOCKED for other processes) until each
 * has run, and are deleted in the same transaction, so a crash leaves them to run again — which
 * is harmless: an update with nothing new, or an unpublish of a story already down, is refused.
 * The editor who set a timer is loaded as a request loads them (role and desks as they are now);
 * a refusal is written to the story's log, shown on its panel and sent to that editor.
 */
export async function runDueTimers(db: Database, batch = 20): Promise<TimerOutcome[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(storyTimers)
      .where(lte(storyTimers.dueAt, sql`now()`))
      .orderBy(asc(storyTimers.dueAt))
      .limit(batch)
      .for("update", { skipLocked: true });
    const out: TimerOutcome[] = [];
    for (const timer of due) {
      let outcome: TimerOutcome = { storyId: timer.storyId, kind: timer.kind, ok: true };
      try {
        const who = await actorById(db, timer.createdById);
        if (!who) throw new AppError("forbidden", "The editor who set it is no longer active.");
        const [story] = await db
          .select({ version: stories.version })
          .from(stories)
          .where(eq(stories.id, timer.storyId));
        if (!story) throw notFound("The story is gone.");
        // Only the approved text goes live: an edit after the timer was set needs approving again.
        if (changedSince(timer, story.version)) throw new AppError("conflict", CHANGED_SINCE_APPROVAL);
        await transition(db, who, timer.storyId, { action: timer.kind, version: story.version });
      } catch (e) {
        outcome = { ...outcome, ok: false, reason: e instanceof Error ? e.message : String(e) };
      }
      await tx.delete(storyTimers).where(and(eq(storyTimers.storyId, timer.storyId), eq(storyTimers.kind, timer.kind)));
      // A deleted story has no page to show the refusal on (and its timers went with it).
      if (!outcome.ok && outcome.reason !== "The story is gone.") {
        const notice = `${TIMER_LABELS[timer.kind]} due ${timer.dueAt.toISOString()} was refused: ${outcome.reason}`;
        await recordAudit(tx, {
          actorId: null,
          action: "story.timer_refused",
          targetType: "story",
          targetId: timer.storyId,
          details: {
            kind: timer.kind,
            dueAt: timer.dueAt.toISOString(),
            setById: timer.createdById,
            reason: outcome.reason,
            notice,
          },
        });
      }
      out.push(outcome);
    }
    return out;
  });
}
