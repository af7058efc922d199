import { notFound } from "@/lib/errors";
import { isUuid, redirectTo, route } from "@/lib/http";
import { restoreRevision } from "@/lib/stories/restore";

/** From the history page's Restore button: restore, then back to the editor. */
export const POST = route<{ id: string; rev: string }>(async (_req, { user, db, ip, params }) => {
  const revisionId = Number(params.rev);
  if (!isUuid(params.id) || !Number.isSafeInteger(revisionId)) throw notFound("That revision does not exist.");
  await restoreRevision(db, user, params.id, revisionId, ip);
  return redirectTo(`/dashboard/stories/${params.id}?restored=${revisionId}`, 303);
});
