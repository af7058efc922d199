// Which stories a person may see on the desk, as SQL: lib/workflow.ts canView() read from the
// same permission table, so a list or a count never shows what the editor page would refuse.
import "server-only";
import { and, eq, inArray, ne, notInArray, or, sql, type SQL } from "drizzle-orm";
import { stories } from "@/db/schema";
import { PERMISSIONS, type Actor, type Permission } from "@/lib/permissions";

const NOTHING = sql`false`;

function scopeWhere(viewer: Actor, permission: Permission): SQL | undefined {
  const scope = PERMISSIONS[permission][viewer.role];
  const own = eq(stories.createdById, viewer.id);
  const mine = viewer.sectionIds?.length ? inArray(stories.sectionId, [...viewer.sectionIds]) : NOTHING;
  switch (scope) {
    case "any":
      return undefined;
    case "none":
      return NOTHING;
    case "own":
      return own;
    case "section":
      return mine;
    case "ownOrSection":
      return or(own, mine);
  }
}

/** undefined: everything (no condition to add). */
export function visibleStoriesWhere(viewer: Actor): SQL | undefined {
  const draft = scopeWhere(viewer, "story.editDraft");
  if (!draft) return undefined;
  const review = scopeWhere(viewer, "story.editReview");
  const live = scopeWhere(viewer, "story.editLive");
  // Past the draft state, whoever may edit it in review or live may see it.
  const beyondDraft = !review || !live ? undefined : or(review, live);
  return or(draft, and(ne(stories.status, "draft"), beyondDraft ?? sql`true`));
}

/**
 * The stories this person may change (lib/workflow.ts canEditContent() in SQL): a draft by whoever
 * may edit the draft, a story in review by whoever may edit it there, the rest by whoever may edit
 * live stories. What a person may link as a translation (issue 19, item 3).
 */
export function editableStoriesWhere(viewer: Actor): SQL | undefined {
  const when = (status: SQL, scope: SQL | undefined) => (scope ? and(status, scope) : status);
  return or(
    when(eq(stories.status, "draft"), scopeWhere(viewer, "story.editDraft")),
    when(eq(stories.status, "in_review"), scopeWhere(viewer, "story.editReview")),
    when(notInArray(stories.status, ["draft", "in_review"]), scopeWhere(viewer, "story.editLive")),
  );
}
