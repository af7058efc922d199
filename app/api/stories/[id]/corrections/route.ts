import type { CorrectionAnswer } from "@/lib/api/story-answers";
import { storyGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { addCorrection } from "@/lib/stories/corrections";

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }): Promise<CorrectionAnswer> => {
  if (!isUuid(params.id)) throw storyGone();
  return addCorrection(db, user, params.id, await readJson(req, 16 * 1024), ip);
});
