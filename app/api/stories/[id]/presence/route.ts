import { z } from "zod";
import { invalid, notFound, storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { heartbeat, release } from "@/lib/stories/presence";
import { getStoryForEditor } from "@/db/queries/editor";

const schema = z.object({
  tabId: z.string().min(8).max(100),
  takeOver: z.boolean().optional(),
  release: z.boolean().optional(),
});

/** Heartbeat from an open editor tab; `takeOver` claims the story, `release` frees it. */
export const POST = route<{ id: string }>(async (req, { user, db, ip, params }) => {
  if (!isUuid(params.id)) throw notFound();
  const parsed = schema.safeParse(await readJson(req, 4096));
  if (!parsed.success) throw invalid("The presence request is malformed.");
  const story = await getStoryForEditor(user, params.id);
  if (!story) throw storyGone();
  if (parsed.data.release) {
    await release(db, user, params.id, parsed.data.tabId);
    return { state: "released" };
  }
  const state = await heartbeat(db, user, params.id, parsed.data.tabId, parsed.data.takeOver, { ip });
  // The version lets a tab that shows "Saved" learn at once that someone saved over it (issue 19).
  return { ...state, version: story.version };
});
