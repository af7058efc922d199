// One library image: details with where it is used (GET), edit alt/caption/credit/focal
// point (PATCH), delete when unused (DELETE). Permission is checked per image in lib/media.
import { getMediaDetails } from "@/db/queries/media";
import { invalidateStories } from "@/lib/cache/invalidate";
import { notFound } from "@/lib/errors";
import { isUuid, readJson, route } from "@/lib/http";
import { deleteMedia, updateMedia } from "@/lib/media/library";
import { mediaStorage } from "@/lib/media/store";

type Params = { id: string };

export const GET = route<Params>(async (_req, { db, params }) => {
  const details = isUuid(params.id) ? await getMediaDetails(params.id, db) : null;
  if (!details) throw notFound("This image is no longer in the library.");
  return details;
});

export const PATCH = route<Params>(async (req, { user, db, params }) => {
  if (!isUuid(params.id)) throw notFound("This image is no longer in the library.");
  await updateMedia(db, mediaStorage(), user, params.id, await readJson(req, 16 * 1024));
  const details = (await getMediaDetails(params.id, db))!;
  // Alt text, caption, credit and crops show on every live page using the image, and on its cards.
  const live = details.usage.filter((s) => s.status === "published").map((s) => s.id);
  if (live.length) await invalidateStories(db, live);
  return details;
});

export const DELETE = route<Params>(async (_req, { user, db, params }) => {
  if (!isUuid(params.id)) throw notFound("This image is no longer in the library.");
  await deleteMedia(db, mediaStorage(), user, params.id);
  return { ok: true };
});
