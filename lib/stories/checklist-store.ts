// The checklist's data: the desk's configuration, what a story's checks need from the database,
// and the legal-read flag. The verdicts themselves are pure (./checklist.ts).
import { eq } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db";
import { assignments, publishChecklist, storyLegalReads } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { forbidden, notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import { wordCount } from "@/lib/rich-text/words";
import { visibleStory } from "./visible";
import { readChecklistConfig, type ChecklistConfig, type ChecklistInput } from "./checklist";

export async function loadChecklistConfig(db: DbOrTx): Promise<ChecklistConfig> {
  const [row] = await db.select({ config: publishChecklist.config }).from(publishChecklist);
  return readChecklistConfig(row?.config);
}

export async function saveChecklistConfig(
  db: Database,
  actor: Actor,
  config: ChecklistConfig,
  ctx: { ip?: string | null } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(publishChecklist)
      .values({ id: 1, config })
      .onConflictDoUpdate({ target: publishChecklist.id, set: { config } });
    await recordAudit(tx, { actorId: actor.id, action: "checklist.changed", ip: ctx.ip, details: config });
  });
}

/** What the checks know beyond the story's text: the budget's target and the legal flag. */
export async function checklistFacts(
  db: DbOrTx,
  storyId: string,
): Promise<Pick<ChecklistInput, "targetWords" | "legal">> {
  const [[line], [legal]] = await Promise.all([
    db.select({ targetWords: assignments.targetWords }).from(assignments).where(eq(assignments.storyId, storyId)),
    db
      .select({ clearedAt: storyLegalReads.clearedAt })
      .from(storyLegalReads)
      .where(eq(storyLegalReads.storyId, storyId)),
  ]);
  return {
    targetWords: line?.targetWords ?? null,
    legal: { flagged: legal !== undefined, cleared: legal?.clearedAt != null },
  };
}

/** Everything the checks need for a story about to go live. */
export async function checklistInputFor(
  db: DbOrTx,
  storyId: string,
  fields: { headline: string; standfirst: string; text: string; featuredImageId: string | null },
): Promise<ChecklistInput> {
  return {
    headline: fields.headline,
    standfirst: fields.standfirst,
    words: wordCount(fields.text),
    hasPhoto: fields.featuredImageId !== null,
    ...(await checklistFacts(db, storyId)),
  };
}

/**
 * Flags a story for a legal read (anyone who may open it), unflags it, or records the read
 * (editors only: the desk's lawyer reads through an editor's account or is one).
 */
export async function setLegalRead(
  db: Database,
  actor: Actor,
  storyId: string,
  to: "flagged" | "cleared" | "none",
  ctx: { ip?: string | null } = {},
): Promise<void> {
  const story = await visibleStory(db, actor, storyId);
  if (to !== "flagged" && !can(actor, "story.publish", { ownerId: story.createdById, sectionId: story.sectionId }))
    throw forbidden("Only an editor records or lifts a legal read.");
  await db.transaction(async (tx) => {
    if (to === "none") await tx.delete(storyLegalReads).where(eq(storyLegalReads.storyId, storyId));
    else if (to === "flagged")
      await tx
        .insert(storyLegalReads)
        .values({ storyId, flaggedById: actor.id })
        .onConflictDoUpdate({
          target: storyLegalReads.storyId,
          set: { flaggedById: actor.id, flaggedAt: new Date(), clearedById: null, clearedAt: null },
        });
    else {
      const done = await tx
        .update(storyLegalReads)
        .set({ clearedById: actor.id, clearedAt: new Date() })
        .where(eq(storyLegalReads.storyId, storyId))
        .returning();
      if (done.length === 0) throw notFound("This story is not flagged for legal.");
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "story.legal_read",
      targetType: "story",
      targetId: storyId,
      ip: ctx.ip,
      details: { to },
    });
  });
}
