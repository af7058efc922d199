import { z } from "zod";
import { storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { MAX_BODY_BYTES } from "@/lib/stories/input";
import { markGoneChanged } from "@/lib/gone-addresses";
import { saveStory } from "@/lib/stories/store";

const schema = z.object({
  version: z.number().int().positive(),
  kind: z.enum(["autosave", "save"]).default("autosave"),
  tabId: z.string().max(100).optional(),
  fields: z.unknown(),
});

/** Save (autosave or explicit). 409 with the newer text when the version is stale. */
export const PUT = route<{ id: string }>(async (req, { user, db, params }) => {
  if (!isUuid(params.id)) throw storyGone();
  const parsed = schema.safeParse(await readJson(req, MAX_BODY_BYTES + 64 * 1024));
  if (!parsed.success) return Response.json({ error: "The save request is malformed." }, { status: 422 });
  const saved = await saveStory(db, user, params.id, parsed.data);
  // A save never changes a live page (live stories wait for Update), but on a taken-down story
  // it can move the address that answers 410.
  markGoneChanged();
  return saved;
});
