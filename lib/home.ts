// The editor-arranged home page: who may arrange it, what a valid arrangement is, and saving it
// (slots + audit entry in one transaction). Shared by the server action and the tests.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { publishedNow } from "@/db/queries/visibility";
import { homeSlots, sections, stories } from "@/db/schema";
import { recordAudit } from "./audit";
import { DEFAULT_EDITION, EDITION_CODES } from "./editions";
import { publicWrite } from "./cache/public-write";
import { TAGS } from "./cache/tags";
import { AppError, forbidden, invalid } from "./errors";
import { can, type Actor } from "./permissions";

/** One lead and six top stories. */
export const MAX_TOP_STORIES = 6;
export const MAX_HOME_SLOTS = 1 + MAX_TOP_STORIES;

export const arrangementSchema = z.object({
  // In order: the first is the lead, the rest are the top stories.
  storyIds: z
    .array(z.uuid({ message: "That is not a story." }))
    .max(
      MAX_HOME_SLOTS,
      `The home page holds at most ${MAX_HOME_SLOTS} stories: one lead and ${MAX_TOP_STORIES} top stories.`,
    )
    .refine((ids) => new Set(ids).size === ids.length, "A story can appear on the home page only once."),
  // The arrangement the editor started from (see saveArrangement).
  expected: z.array(z.uuid()).max(MAX_HOME_SLOTS * 2),
  // Each edition has its own front page; an arrangement saved without one is the default's.
  edition: z.enum(EDITION_CODES).default(DEFAULT_EDITION),
});

export type ArrangementInput = z.infer<typeof arrangementSchema>;

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Replaces the whole arrangement. Concurrency is optimistic, like story saves: the editor
 * sends the arrangement they started from (`expected`), and if someone else saved a different
 * one meanwhile the save is a conflict rather than a silent overwrite. The table lock makes
 * compare-and-replace atomic across processes (two saves queue instead of interleaving).
 */
export async function saveArrangement(
  db: Database,
  actor: Actor,
  input: unknown,
  ctx: { ip?: string | null } = {},
): Promise<{ storyIds: string[] }> {
  if (!can(actor, "homepage.arrange")) throw forbidden();
  const parsed = arrangementSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "That arrangement is not valid.";
    throw invalid(message, { storyIds: message });
  }
  const { storyIds, expected, edition } = parsed.data;

  return publicWrite(db, async (tx, changed) => {
    await tx.execute(sql`lock table ${homeSlots} in share row exclusive mode`);
    const previous = (
      await tx
        .select({ storyId: homeSlots.storyId })
        .from(homeSlots)
        .where(eq(homeSlots.edition, edition))
        .orderBy(asc(homeSlots.position))
    ).map((r) => r.storyId);
    if (!sameList(previous, expected)) {
      throw new AppError(
        "conflict",
        "Someone else changed the home page after you opened it. Load the current arrangement and make your changes again.",
      );
    }

    if (storyIds.length > 0) {
      // FOR SHARE: a story cannot be unpublished between this check and the commit.
      const live = await tx
        .select({ id: stories.id })
        .from(stories)
        .innerJoin(sections, eq(sections.id, stories.sectionId))
        .where(and(publishedNow(), eq(sections.edition, edition), inArray(stories.id, storyIds)))
        .for("share", { of: stories });
      const liveIds = new Set(live.map((r) => r.id));
      const notLive = storyIds.filter((id) => !liveIds.has(id));
      if (notLive.length > 0) {
        const named = await tx.select({ headline: stories.headline }).from(stories).where(inArray(stories.id, notLive));
        const list = named.map((r) => `“${r.headline || "Untitled"}”`).join(", ");
        throw invalid(
          named.length > 0
            ? `Only stories published in this edition can go on its home page. Remove ${list}.`
            : "One of these stories no longer exists. Load the current arrangement and try again.",
          { storyIds: "Only published stories can go on the home page." },
        );
      }
    }

    // The arrangement is saved whole: every slot goes, the new ones follow (table locked above).
    await tx.delete(homeSlots).where(eq(homeSlots.edition, edition));
    if (storyIds.length > 0) {
      await tx
        .insert(homeSlots)
        .values(storyIds.map((storyId, position) => ({ edition, position, storyId, arrangedById: actor.id })));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "homepage.arranged",
      ip: ctx.ip,
      details: { edition, lead: storyIds[0] ?? null, topStories: storyIds.slice(1), previous },
    });
    changed({ tags: [TAGS.front] });
    return { storyIds };
  });
}
