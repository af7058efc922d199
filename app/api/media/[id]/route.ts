// One library image: details with where it is used (GET), edit alt/caption/credit/focal
// point (PATCH), delete when unused (DELETE). Permission is checked per image in lib/media.
import { getMediaDetails } from "@/db/queries/media";
import { mediaGone } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { deleteMedia, updateMedia } from "@/lib/media/library";
import { mediaStorage } from "@/lib/media/store";

type Params = { id: string };

export const GET = route<Params>(async (_req, { user, db, params }) => {
  const details = isUuid(params.id) ? await getMediaDetails(params.id, user, db) : null;
  if (!details) throw mediaGone();
  return details;
});

export const PATCH = route<Params>(async (req, { user, db, ip, params }) => {
  if (!isUuid(params.id)) throw mediaGone();
  await updateMedia(db, mediaStorage(), user, params.id, await readJson(req, 16 * 1024), { ip });
  return (await getMediaDetails(params.id, user, db))!;
});

export const DELETE = route<Params>(async (_req, { user, db, ip, params }) => {
  if (!isUuid(params.id)) throw mediaGone();
  await deleteMedia(db, mediaStorage(), user, params.id, { ip });
  return { ok: true };
});
