import { eq } from "drizzle-orm";
import { z } from "zod";
import { assignments, storyLegalReads } from "@/db/schema";
import { invalid, notFound } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { loadChecklistConfig, setLegalRead } from "@/lib/stories/checklist-store";
import { assertVisible } from "@/lib/stories/timers";

/** What the editor needs to show the checklist live: the desk's configuration, the budget's target, the legal flag. */
async function context(db: Parameters<typeof loadChecklistConfig>[0], id: string) {
  const [config, [line], [legal]] = await Promise.all([
    loadChecklistConfig(db),
    db.select({ targetWords: assignments.targetWords }).from(assignments).where(eq(assignments.storyId, id)),
    db.select({ clearedAt: storyLegalReads.clearedAt }).from(storyLegalReads).where(eq(storyLegalReads.storyId, id)),
  ]);
  return {
    config,
    targetWords: line?.targetWords ?? null,
    legal: { flagged: legal !== undefined, cleared: legal?.clearedAt != null },
  };
}

export const GET = route<{ id: string }>(async (_req, { user, db, params }) => {
  if (!isUuid(params.id)) throw notFound("This story no longer exists. It may have been deleted.");
  await assertVisible(db, user, params.id);
  return context(db, params.id);
});

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }) => {
  if (!isUuid(params.id)) throw notFound("This story no longer exists. It may have been deleted.");
  const parsed = z.object({ legal: z.enum(["flagged", "cleared", "none"]) }).safeParse(await readJson(req, 1024));
  if (!parsed.success) throw invalid("Say flagged, cleared or none.");
  await setLegalRead(db, user, params.id, parsed.data.legal, { ip });
  return context(db, params.id);
});
