import { notFound } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { addCorrection } from "@/lib/stories/corrections";

export const POST = route<{ id: string }>(async (req, { user, db, ip, params }) => {
  if (!isUuid(params.id)) throw notFound("This story no longer exists. It may have been deleted.");
  return addCorrection(db, user, params.id, await readJson(req, 16 * 1024), ip);
});
