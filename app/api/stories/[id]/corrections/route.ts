import { storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { addCorrection } from "@/lib/stories/corrections";

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }) => {
  if (!isUuid(params.id)) throw storyGone();
  return addCorrection(db, user, params.id, await readJson(req, 16 * 1024), ip);
});
