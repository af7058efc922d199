// Translation pairs: an editor links a story to its counterpart in the other edition. One row
// (db/schema.ts storyTranslations) links both ways. Linking changes both stories' pages (the
// hreflang links, the "read in" switch, the JSON-LD), so both are named to the page cache.
import { eq, inArray, or } from "drizzle-orm";
import { z } from "zod";
import type { Database, Tx } from "@/db";
import { sections, stories, storyTranslations, type Story } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { publicWrite } from "@/lib/cache/public-write";
import { editionOf } from "@/lib/editions";
import { forbidden, invalid } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { canEditContent } from "@/lib/workflow";
import { lockStory } from "./visible";

export const translationSchema = z.object({
  storyId: z.uuid({ message: "That is not a story." }),
  // The story this one translates, or null (or "") to unlink this story from its pair.
  originalId: z.preprocess((v) => (v === "" ? null : v), z.uuid({ message: "Choose a story." }).nullable()),
});

export type TranslationInput = z.infer<typeof translationSchema>;

async function editionOfStory(tx: Tx, story: Story): Promise<string | null> {
  if (!story.sectionId) return null;
  const [row] = await tx.select({ edition: sections.edition }).from(sections).where(eq(sections.id, story.sectionId));
  return row?.edition ?? null;
}

/** The pair a story is in, either side, or null. */
async function pairOf(tx: Tx, storyId: string) {
  const [row] = await tx
    .select()
    .from(storyTranslations)
    .where(or(eq(storyTranslations.originalId, storyId), eq(storyTranslations.translationId, storyId)));
  return row ?? null;
}

/**
 * Links `storyId` as the translation of `originalId` (replacing any pair either was in), or
 * with `originalId` null removes its pair. The actor must be allowed to edit every story whose
 * page changes: both of the new pair and the counterpart of any pair it replaces.
 */
export async function linkTranslation(
  db: Database,
  actor: Actor,
  raw: unknown,
  ctx: { ip?: string | null } = {},
): Promise<{ originalId: string | null; translationId: string }> {
  const parsed = translationSchema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "That link is not valid.";
    throw invalid(message, { originalId: message });
  }
  const { storyId, originalId } = parsed.data;
  if (originalId === storyId)
    throw invalid("A story cannot be its own translation.", { originalId: "Choose another story." });

  return publicWrite(db, async (tx, changed) => {
    // Both rows locked in id order, so two editors linking the same two stories queue, not deadlock.
    const ids = originalId ? [storyId, originalId].sort() : [storyId];
    const locked = new Map<string, Story>();
    for (const id of ids) locked.set(id, await lockStory(tx, id));
    const story = locked.get(storyId)!;
    if (!canEditContent(actor, story)) throw forbidden("You cannot edit this story.");

    const before = [await pairOf(tx, storyId), originalId ? await pairOf(tx, originalId) : null].filter(
      (p) => p !== null,
    );
    const touched = new Set<string>([storyId, ...(originalId ? [originalId] : [])]);
    for (const p of before) touched.add(p.originalId).add(p.translationId);
    // Unlinking or replacing a pair changes the other story's page too: it needs the same right.
    const others = await tx
      .select()
      .from(stories)
      .where(
        inArray(
          stories.id,
          [...touched].filter((id) => !locked.has(id)),
        ),
      );
    for (const other of [...locked.values(), ...others])
      if (!canEditContent(actor, other)) throw forbidden("You cannot edit one of the stories this link changes.");

    if (originalId) {
      const original = locked.get(originalId)!;
      const [mine, theirs] = [await editionOfStory(tx, story), await editionOfStory(tx, original)];
      if (!mine || !theirs)
        throw invalid("Choose a section for both stories first: a story's section decides its edition.", {
          originalId: "Both stories need a section.",
        });
      if (mine === theirs)
        throw invalid(`A translation is in the other edition; both stories are in ${editionOf(mine).name}.`, {
          originalId: "Choose a story from the other edition.",
        });
    }

    if (before.length)
      await tx.delete(storyTranslations).where(
        inArray(
          storyTranslations.originalId,
          before.map((p) => p.originalId),
        ),
      );
    if (originalId)
      await tx.insert(storyTranslations).values({ originalId, translationId: storyId, linkedById: actor.id });

    await recordAudit(tx, {
      actorId: actor.id,
      action: originalId ? "story.translation_linked" : "story.translation_unlinked",
      targetType: "story",
      targetId: storyId,
      ip: ctx.ip,
      details: {
        originalId,
        previous: before.map((p) => ({ originalId: p.originalId, translationId: p.translationId })),
      },
    });
    changed({ stories: [...touched] });
    return { originalId, translationId: storyId };
  });
}

/** The story's counterpart id and which side it is on, whatever its state (for cache tags), or null. */
export async function counterpartOf(
  db: Database | Tx,
  storyId: string,
): Promise<{ id: string; role: "original" | "translation" } | null> {
  const [row] = await db
    .select()
    .from(storyTranslations)
    .where(or(eq(storyTranslations.originalId, storyId), eq(storyTranslations.translationId, storyId)));
  if (!row) return null;
  return row.originalId === storyId
    ? { id: row.translationId, role: "translation" }
    : { id: row.originalId, role: "original" };
}
