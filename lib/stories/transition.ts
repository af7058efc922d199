// Moving a story through the workflow. Each transition writes the row, a revision and an
// audit entry in one transaction, after checking the person, the state and the version.
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { sections, stories, storyNotes, storyRedirects, type StoryStatus } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { AppError, forbidden, invalid, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { canView, check, STATE_LABELS, TRANSITIONS, type WorkflowAction } from "@/lib/workflow";
import { changedFields } from "./diff";
import { publishProblems, toSnapshot, validateFields } from "./input";
import { applyFields, assertVersion, checkReferences, currentSnapshot, lockStory, pendingSnapshot, writeRevision } from "./store";

export type TransitionInput = { action: WorkflowAction; version: number; note?: string; scheduledFor?: Date; ip?: string | null };
export type TransitionResult = { status: StoryStatus | null; version: number | null };

export const MAX_NOTE_LENGTH = 5_000;

export async function transition(db: Database, actor: Actor, id: string, input: TransitionInput): Promise<TransitionResult> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const story = await lockStory(tx, id);
    if (!canView(actor, story)) throw notFound("This story no longer exists. It may have been deleted.");
    const decision = check(actor, story, input.action);
    if (!decision.ok) {
      if (decision.reason === "forbidden") throw forbidden(`Your role cannot ${TRANSITIONS[input.action].label.toLowerCase()} this story.`);
      if (decision.reason === "went_live") throw invalid("A story that has been live cannot be deleted; unpublish it instead.");
      throw new AppError("conflict", `This story is now ${STATE_LABELS[story.status].toLowerCase()}; reload to see its current state.`);
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
      if (note.length > MAX_NOTE_LENGTH) throw invalid(`Notes are at most ${MAX_NOTE_LENGTH} characters.`, { note: "Too long." });
      await tx.insert(storyNotes).values({ storyId: id, authorId: actor.id, body: note });
    }

    const to = decision.to!;
    let row = story;
    if (input.action === "publish" || input.action === "schedule" || input.action === "update") {
      // What goes live: for Update, the pending edits; otherwise the story as saved.
      const current = await currentSnapshot(tx, story);
      const pending = input.action === "update" ? await pendingSnapshot(tx, id) : null;
      // Update with nothing new would mark the story "Updated" for readers when nothing changed.
      if (input.action === "update" && (!pending || changedFields(pending, current).length === 0)) {
        throw invalid("Nothing to update: the live story already matches your text.");
      }
      const snapshot = pending ?? current;
      const fields = await checkReferences(tx, id, validateFields(snapshot));
      const problems = publishProblems(fields);
      if (Object.keys(problems).length) throw invalid("This story is not ready to publish.", problems);
      let extra: Partial<typeof stories.$inferInsert>;
      if (input.action === "schedule") {
        const when = input.scheduledFor;
        if (!when || Number.isNaN(when.getTime())) throw invalid("Choose a date and time to publish.", { scheduledFor: "Choose a date and time." });
        if (when.getTime() <= now.getTime()) throw invalid("The scheduled time has already passed.", { scheduledFor: "Choose a time in the future." });
        extra = { status: "scheduled", scheduledFor: when };
      } else if (input.action === "publish") {
        // Republishing a story that was live before keeps its first publish time and shows an update.
        extra = {
          status: "published",
          publishedAt: story.firstPublishedAt ?? now,
          firstPublishedAt: story.firstPublishedAt ?? now,
          contentUpdatedAt: story.firstPublishedAt ? now : null,
          scheduledFor: null,
          publishedLate: false,
        };
      } else {
        extra = { contentUpdatedAt: now };
      }
      // A live address that changes keeps working: the old one redirects permanently.
      if (story.firstPublishedAt && story.sectionId && (story.sectionId !== fields.sectionId || story.slug !== fields.slug)) {
        const [old] = await tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, story.sectionId));
        if (old) {
          await tx
            .insert(storyRedirects)
            .values({ sectionSlug: old.slug, slug: story.slug, storyId: id })
            .onConflictDoUpdate({ target: [storyRedirects.sectionSlug, storyRedirects.slug], set: { storyId: id } });
        }
      }
      row = await applyFields(tx, story, fields, extra);
      await writeRevision(tx, id, actor.id, toSnapshot(fields), input.action === "update" ? "update" : "transition", false);
    } else {
      const [updated] = await tx
        .update(stories)
        .set({ status: to, version: story.version + 1, updatedAt: now, ...(input.action === "cancelSchedule" ? { scheduledFor: null } : {}) })
        .where(eq(stories.id, id))
        .returning();
      row = updated!;
      await writeRevision(tx, id, actor.id, await currentSnapshot(tx, row), "transition", false);
    }
    await audit(note ? { note } : input.scheduledFor ? { scheduledFor: input.scheduledFor.toISOString() } : {});
    return { status: row.status, version: row.version };
  });
}
