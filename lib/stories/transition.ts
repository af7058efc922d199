// Moving a story through the workflow. Each transition writes the row, a revision and an
// audit entry in one transaction, after checking the person, the state and the version; one
// that changes what readers see expires the page cache once it has committed (publicWrite).
import { and, desc, eq } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import {
  auditLog,
  sections,
  stories,
  storyColumns,
  storyNotes,
  storyRedirects,
  type Story,
  type StoryStatus,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { actorById } from "@/lib/auth/user-sessions";
import { publicWrite, type Changed } from "@/lib/cache/public-write";
import { AppError, forbidden, invalid } from "@/lib/errors";
import { queueStoriesDue } from "@/lib/jobs/schedule";
import type { Actor } from "@/lib/permissions";
import {
  changesPublicOutput,
  check,
  mayPublishInto,
  STATE_LABELS,
  TRANSITIONS,
  type WorkflowAction,
} from "@/lib/workflow";
import { blockingFailures, evaluateChecklist } from "./checklist";
import { checklistInputFor, loadChecklistConfig } from "./checklist-store";
import { changedFields } from "./diff";
import { publishProblems, toSnapshot, validateFields, type ValidFields } from "./input";
import { currentSnapshot, pendingSnapshot } from "@/db/queries/snapshots";
import { applyFields, assertVersion, checkReferences, freeSlug, writeRevision } from "./store";
import { MAX_NOTE_LENGTH, NOTE_TOO_LONG } from "./limits";
import { visibleStory } from "./visible";

export type TransitionInput = {
  action: WorkflowAction;
  version: number;
  note?: string;
  scheduledFor?: Date;
  ip?: string | null;
};
/**
 * `slug`: set when the story went live under another slug than the one it had (it was taken).
 * `unreachedMentions`: a send-back's note's @handles that told no one.
 */
export type TransitionResult = {
  status: StoryStatus | null;
  version: number | null;
  slug?: string;
  unreachedMentions?: string[];
};

export async function transition(
  db: Database,
  actor: Actor,
  id: string,
  input: TransitionInput,
): Promise<TransitionResult> {
  const now = new Date();
  return publicWrite(db, async (tx, changed) => {
    const story = await visibleStory(tx, actor, id, { lock: true });
    const decision = check(actor, story, input.action);
    if (!decision.ok) {
      if (decision.reason === "forbidden")
        throw forbidden(`Your role cannot ${TRANSITIONS[input.action].label.toLowerCase()} this story.`);
      if (decision.reason === "went_live")
        throw invalid("A story that has been live cannot be deleted; unpublish it instead.");
      throw new AppError(
        "conflict",
        `This story is now ${STATE_LABELS[story.status].toLowerCase()}; reload to see its current state.`,
      );
    }
    await assertVersion(tx, story, input.version);
    const audit = (details: Record<string, unknown> = {}) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: `story.${input.action}`,
        targetType: "story",
        targetId: id,
        ip: input.ip,
        details: { from: story.status, to: decision.to, headline: story.headline, ...details },
      });

    if (input.action === "delete") {
      await audit();
      await tx.delete(stories).where(eq(stories.id, id));
      return { status: null, version: null };
    }

    let note: string | undefined;
    if (input.action === "sendBack") {
      note = input.note?.trim();
      if (!note) throw invalid("Say what needs changing: sending back needs a note.", { note: "A note is required." });
      if (note.length > MAX_NOTE_LENGTH) throw invalid(NOTE_TOO_LONG, { note: "Too long." });
      await tx.insert(storyNotes).values({ storyId: id, authorId: actor.id, body: note });
    }

    const to = decision.to!;
    let row = story;
    const moved: { slug?: string } = {};
    if (
      input.action === "publish" ||
      input.action === "republish" ||
      input.action === "schedule" ||
      input.action === "update"
    ) {
      // What goes live: for Update, the pending edits; otherwise the story as saved.
      const current = await currentSnapshot(tx, story);
      const pending = input.action === "update" ? await pendingSnapshot(tx, id) : null;
      // Update with nothing new would mark the story "Updated" for readers when nothing changed.
      if (input.action === "update" && (!pending || changedFields(pending, current).length === 0)) {
        throw invalid("Nothing to update: the live story already matches your text.");
      }
      const snapshot = pending ?? current;
      const valid = validateFields(snapshot);
      // A section editor's Publish or Update must land in one of their sections too, not only
      // start from one: the pending text may have moved the story to another desk.
      if (!mayPublishInto(actor, story, input.action, valid.sectionId))
        throw forbidden("You can publish only in your own sections; ask an editor of that section.");
      const wanted = valid.slug;
      if (valid.sectionId) valid.slug = await freeSlug(tx, id, valid.sectionId, valid.slug, now);
      const fields = await checkReferences(tx, id, valid, true);
      if (fields.slug !== wanted) moved.slug = fields.slug;
      const problems = publishProblems(fields);
      if (Object.keys(problems).length) throw invalid("This story is not ready to publish.", problems);
      // The desk's own checklist: the checks it set to block stop the story here, for everyone.
      const blocked = blockingFailures(
        evaluateChecklist(await checklistInputFor(tx, id, fields), await loadChecklistConfig(tx)),
      );
      if (blocked.length)
        throw invalid(`The checklist stops this story: ${blocked.map((b) => b.detail).join(" ")}`, {
          checklist: blocked.map((b) => b.label).join("; "),
        });
      if (input.action === "publish" || input.action === "republish") {
        row = await goLive(tx, story, fields, { actorId: actor.id, ip: input.ip, now, changed });
        return { status: row.status, version: row.version, ...moved };
      }
      let extra: Partial<typeof stories.$inferInsert>;
      if (input.action === "schedule") {
        const when = input.scheduledFor;
        if (!when || Number.isNaN(when.getTime()))
          throw invalid("Choose a date and time to publish.", { scheduledFor: "Choose a date and time." });
        if (when.getTime() <= now.getTime())
          throw invalid("The scheduled time has already passed.", { scheduledFor: "Choose a time in the future." });
        extra = { status: "scheduled", scheduledFor: when };
        await queueStoriesDue(tx, when, `publish:${id}`);
      } else {
        extra = { contentUpdatedAt: now };
      }
      await keepOldAddress(tx, story, fields);
      row = await applyFields(tx, story, fields, extra);
      await writeRevision(
        tx,
        id,
        actor.id,
        toSnapshot(fields),
        input.action === "update" ? "update" : "transition",
        false,
      );
    } else {
      const [updated] = await tx
        .update(stories)
        .set({
          status: to,
          version: story.version + 1,
          ...(input.action === "cancelSchedule" ? { scheduledFor: null } : {}),
        })
        .where(eq(stories.id, id))
        .returning(storyColumns);
      row = updated!;
      await writeRevision(tx, id, actor.id, await currentSnapshot(tx, row), "transition", false);
    }
    const { unreached } = await audit(
      note ? { note } : input.scheduledFor ? { scheduledFor: input.scheduledFor.toISOString() } : {},
    );
    if (changesPublicOutput(input.action)) changed({ stories: [id] });
    return { status: row.status, version: row.version, ...moved, ...(note ? { unreachedMentions: unreached } : {}) };
  });
}

export type GoLive = {
  /** null: the scheduler, acting on an editor's earlier decision. */
  actorId: string | null;
  ip?: string | null;
  now: Date;
  changed: Changed;
  /** Set by the scheduler: the time the story was due, and whether it went live late. */
  scheduled?: { for: Date; late: boolean };
};

/**
 * Publishing, the one implementation: Publish on the desk and the scheduler both end here. Sets
 * the row live (a story that was live before keeps its first publish time and shows as
 * updated), keeps an old address redirecting, writes the revision and the audit entry, and
 * registers the page-cache expiry. `fields` are the validated fields to apply, or null for the
 * row as it stands (a scheduled story was validated and applied when it was scheduled).
 */
export async function goLive(tx: Tx, story: Story, fields: ValidFields | null, ctx: GoLive): Promise<Story> {
  const { now } = ctx;
  const live: Partial<typeof stories.$inferInsert> = {
    status: "published",
    publishedAt: story.firstPublishedAt ?? now,
    firstPublishedAt: story.firstPublishedAt ?? now,
    contentUpdatedAt: story.firstPublishedAt ? now : null,
    scheduledFor: null,
    publishedLate: ctx.scheduled?.late ?? false,
  };
  let row: Story;
  if (fields) {
    await keepOldAddress(tx, story, fields);
    row = await applyFields(tx, story, fields, live);
  } else {
    [row] = (await tx
      .update(stories)
      .set({ ...live, version: story.version + 1 })
      .where(eq(stories.id, story.id))
      .returning(storyColumns)) as [Story];
  }
  await writeRevision(
    tx,
    story.id,
    ctx.actorId,
    fields ? toSnapshot(fields) : await currentSnapshot(tx, row),
    "transition",
    false,
  );
  await recordAudit(tx, {
    actorId: ctx.actorId,
    action: "story.publish",
    targetType: "story",
    targetId: story.id,
    ip: ctx.ip,
    details: {
      from: story.status,
      to: "published",
      headline: row.headline,
      ...(ctx.scheduled ? { scheduledFor: ctx.scheduled.for.toISOString(), late: ctx.scheduled.late } : {}),
    },
  });
  ctx.changed({ stories: [story.id] });
  return row;
}

/**
 * The scheduler's publish of a story that was scheduled: the editor who scheduled it (the latest
 * `story.schedule` in the log) must still be active and still allowed to publish where the story
 * is filed now, judged as a request would judge them. Otherwise the story goes back to review,
 * the refusal is logged, and that editor is told (issue 19, item 1). Returns null when refused.
 */
export async function publishScheduled(
  tx: Tx,
  story: Story,
  ctx: GoLive & { scheduled: NonNullable<GoLive["scheduled"]> },
): Promise<Story | null> {
  const [entry] = await tx
    .select({ actorId: auditLog.actorId })
    .from(auditLog)
    .where(
      and(eq(auditLog.targetType, "story"), eq(auditLog.targetId, story.id), eq(auditLog.action, "story.schedule")),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  const who = entry?.actorId ? await actorById(tx, entry.actorId) : null;
  const reason = !who
    ? "Whoever scheduled it is no longer active."
    : mayPublishInto(who, story, "publish", story.sectionId)
      ? null
      : `${who.name} may not publish in the section it is filed in now.`;
  if (!reason) return goLive(tx, story, null, ctx);
  const [row] = await tx
    .update(stories)
    .set({ status: "in_review", scheduledFor: null, version: story.version + 1 })
    .where(eq(stories.id, story.id))
    .returning(storyColumns);
  await writeRevision(tx, story.id, null, await currentSnapshot(tx, row!), "transition", false);
  await recordAudit(tx, {
    actorId: null,
    action: "story.schedule_refused",
    targetType: "story",
    targetId: story.id,
    details: {
      from: "scheduled",
      to: "in_review",
      headline: story.headline,
      scheduledFor: ctx.scheduled.for.toISOString(),
      setById: entry?.actorId ?? null,
      reason,
      notice: `Publishing at ${ctx.scheduled.for.toISOString()} was refused and the story is back in review: ${reason}`,
    },
  });
  return null;
}

/** A live address that changes keeps working: the old one redirects permanently. */
async function keepOldAddress(tx: Tx, story: Story, fields: ValidFields): Promise<void> {
  if (
    !story.firstPublishedAt ||
    !story.sectionId ||
    (story.sectionId === fields.sectionId && story.slug === fields.slug)
  )
    return;
  const [old] = await tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, story.sectionId));
  if (!old) return;
  await tx
    .insert(storyRedirects)
    .values({ sectionSlug: old.slug, slug: story.slug, storyId: story.id })
    .onConflictDoUpdate({ target: [storyRedirects.sectionSlug, storyRedirects.slug], set: { storyId: story.id } });
}
