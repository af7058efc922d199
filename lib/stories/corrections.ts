// Corrections and updates on a live story: typed, dated and worded by an editor. Adding one
// marks the story updated, writes a revision-free audit entry, and never edits the body.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { stories, storyCorrections } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { publicWrite } from "@/lib/cache/public-write";
import { forbidden, invalid } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import { CORRECTION_TOO_LONG, MAX_CORRECTION_LENGTH } from "./limits";
import { lockStory } from "./visible";

export const correctionSchema = z.object({
  kind: z.enum(["correction", "update", "clarification"], { message: "Choose correction, update or clarification." }),
  body: z
    .string()
    .trim()
    .min(10, "Say what was wrong and what is right (10 characters at least).")
    .max(MAX_CORRECTION_LENGTH, CORRECTION_TOO_LONG),
});

export async function addCorrection(db: Database, actor: Actor, storyId: string, raw: unknown, ip?: string | null) {
  const parsed = correctionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue?.message ?? "Invalid correction.", {
      [String(issue?.path[0] ?? "body")]: issue?.message ?? "",
    });
  }
  if (!can(actor, "story.correct")) throw forbidden("Only editors can add corrections.");
  return publicWrite(db, async (tx, changed) => {
    const story = await lockStory(tx, storyId);
    // Per story: a section editor corrects only stories in their sections.
    if (!can(actor, "story.correct", { ownerId: story.createdById, sectionId: story.sectionId }))
      throw forbidden("You can correct only stories in your own sections.");
    if (story.status !== "published") throw invalid("Corrections are for live stories; edit the text instead.");
    const [row] = await tx
      .insert(storyCorrections)
      .values({ storyId, authorId: actor.id, ...parsed.data })
      .returning();
    await tx
      .update(stories)
      .set({ contentUpdatedAt: row!.createdAt, version: story.version + 1 })
      .where(eq(stories.id, storyId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "story.correct",
      targetType: "story",
      targetId: storyId,
      ip,
      details: { kind: row!.kind, correctionId: row!.id },
    });
    changed({ stories: [storyId] });
    return { id: row!.id, kind: row!.kind, body: row!.body, createdAt: row!.createdAt, version: story.version + 1 };
  });
}
