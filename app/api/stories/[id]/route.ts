import { z } from "zod";
import { storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { MAX_BODY_BYTES } from "@/lib/stories/input";
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
  // A save on a taken-down story can move the address that answers 410: saveStory declares
  // that change on its write, which reloads the gone set on every server.
  return saveStory(db, user, params.id, parsed.data);
});
