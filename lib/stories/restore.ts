// Restore brings an old revision back as a new revision; history is never rewritten.
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db";
import { storyRevisions } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { publicWrite } from "@/lib/cache/public-write";
import { forbidden, notFound, NO_LONGER_EDITABLE } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { canEditContent } from "@/lib/workflow";
import { validateFields } from "./input";
import { assertMayFileLive, assertStillPublishable, checkReferences, holdsOwnAddress, storeContent } from "./store";
import { visibleStory } from "./visible";

export async function restoreRevision(
  db: Database,
  actor: Actor,
  storyId: string,
  revisionId: number,
  ip?: string | null,
): Promise<{ version: number }> {
  return publicWrite(db, async (tx, changed) => {
    const story = await visibleStory(tx, actor, storyId, { lock: true });
    if (!canEditContent(actor, story)) throw forbidden(NO_LONGER_EDITABLE);
    const [revision] = await tx
      .select()
      .from(storyRevisions)
      .where(and(eq(storyRevisions.id, revisionId), eq(storyRevisions.storyId, storyId)));
    if (!revision) throw notFound("That revision does not exist.");
    const fields = await checkReferences(tx, storyId, validateFields(revision.snapshot), holdsOwnAddress(story.status));
    assertMayFileLive(actor, story, fields.sectionId);
    assertStillPublishable(story.status, fields);
    // On a live story the restored text waits as pending changes until Update.
    const { version } = await storeContent(tx, story, fields, actor.id, "restore", changed);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "story.restored",
      targetType: "story",
      targetId: storyId,
      ip,
      details: { revisionId },
    });
    return { version };
  });
}
