import { z } from "zod";
import type { ChecklistAnswer } from "@/lib/api/story-answers";
import { invalid, storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { checklistFacts, loadChecklistConfig, setLegalRead } from "@/lib/stories/checklist-store";
import { visibleStory } from "@/lib/stories/visible";

/** What the editor needs to show the checklist live: the desk's configuration and the story's facts. */
async function context(db: Parameters<typeof loadChecklistConfig>[0], id: string): Promise<ChecklistAnswer> {
  const [config, facts] = await Promise.all([loadChecklistConfig(db), checklistFacts(db, id)]);
  return { config, ...facts };
}

export const GET = route<{ id: string }>(async (_req, { user, db, params }) => {
  if (!isUuid(params.id)) throw storyGone();
  await visibleStory(db, user, params.id);
  return context(db, params.id);
});

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }) => {
  if (!isUuid(params.id)) throw storyGone();
  const parsed = z.object({ legal: z.enum(["flagged", "cleared", "none"]) }).safeParse(await readJson(req, 1024));
  if (!parsed.success) throw invalid("Say flagged, cleared or none.");
  await setLegalRead(db, user, params.id, parsed.data.legal, { ip });
  return context(db, params.id);
});
