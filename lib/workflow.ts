// The story state machine: states, the actions between them, and who may take each.
// Server code asks `check()` before every transition; the editor asks it to decide which
// buttons to show. The workflow and permissions of docs/product.md, as data.
import type { StoryStatus } from "@/db/schema";
import { can, type Actor, type Permission } from "./permissions";

export const STATES = [
  "draft",
  "in_review",
  "scheduled",
  "published",
  "unpublished",
] as const satisfies readonly StoryStatus[];

export const STATE_LABELS: Record<StoryStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
};

export type WorkflowAction =
  | "submit"
  | "withdraw"
  | "sendBack"
  | "publish"
  | "schedule"
  | "cancelSchedule"
  | "update"
  | "unpublish"
  | "republish"
  | "revertToDraft"
  | "delete";

type Rule = { from: readonly StoryStatus[]; to: StoryStatus | null; permission: Permission; label: string };

/** `to: null` means the story is removed (delete). */
export const TRANSITIONS: Record<WorkflowAction, Rule> = {
  submit: { from: ["draft"], to: "in_review", permission: "story.submit", label: "Submit for review" },
  withdraw: { from: ["in_review"], to: "draft", permission: "story.withdraw", label: "Withdraw" },
  sendBack: { from: ["in_review"], to: "draft", permission: "story.sendBack", label: "Send back" },
  publish: { from: ["in_review"], to: "published", permission: "story.publish", label: "Publish" },
  schedule: { from: ["in_review"], to: "scheduled", permission: "story.schedule", label: "Schedule" },
  cancelSchedule: { from: ["scheduled"], to: "in_review", permission: "story.schedule", label: "Cancel schedule" },
  update: { from: ["published"], to: "published", permission: "story.editLive", label: "Update" },
  unpublish: { from: ["published"], to: "unpublished", permission: "story.unpublish", label: "Unpublish" },
  // One step back to readers for a story taken down in error (issue 19): the same checks as
  // Publish, the text as it stands (an unpublished story's saves apply in place).
  republish: { from: ["unpublished"], to: "published", permission: "story.publish", label: "Republish" },
  revertToDraft: { from: ["unpublished"], to: "draft", permission: "story.editLive", label: "Revert to draft" },
  delete: { from: ["draft", "in_review"], to: null, permission: "story.deleteUnpublished", label: "Delete" },
};

export const ACTIONS = Object.keys(TRANSITIONS) as WorkflowAction[];

/**
 * True when taking this action changes what readers see (a page, a list, a 410): anything into
 * or out of the live and taken-down states. The page cache is invalidated after these.
 */
export function changesPublicOutput(action: WorkflowAction): boolean {
  const t = TRANSITIONS[action];
  const visible = (s: StoryStatus | null) => s === "published" || s === "unpublished";
  return visible(t.to) || t.from.some(visible);
}

/** `sectionId`: the story's section as saved (a section editor's rights follow it). */
export type StoryRef = {
  status: StoryStatus;
  createdById: string;
  sectionId: string | null;
  firstPublishedAt: Date | null;
};

const resourceOf = (story: StoryRef) => ({ ownerId: story.createdById, sectionId: story.sectionId });

/** The actions that put text on the public page; they must be allowed where the text goes too. */
const GOING_LIVE: readonly WorkflowAction[] = ["publish", "republish", "schedule", "update"];

export type Decision =
  { ok: true; to: StoryStatus | null } | { ok: false; reason: "state" | "forbidden" | "went_live" };

export function check(actor: Actor, story: StoryRef, action: WorkflowAction): Decision {
  const rule = TRANSITIONS[action];
  if (!can(actor, rule.permission, resourceOf(story))) return { ok: false, reason: "forbidden" };
  if (!rule.from.includes(story.status)) return { ok: false, reason: "state" };
  if (action === "delete" && story.firstPublishedAt) return { ok: false, reason: "went_live" };
  return { ok: true, to: rule.to };
}

/**
 * May `actor` take a going-live action with text filed in `sectionId`? A section editor may
 * publish only in their sections, so moving a story into another section and publishing it
 * there is refused as well, not only publishing a story that is there already.
 */
export function mayPublishInto(
  actor: Actor,
  story: StoryRef,
  action: WorkflowAction,
  sectionId: string | null,
): boolean {
  if (!GOING_LIVE.includes(action)) return true;
  return can(actor, TRANSITIONS[action].permission, { ownerId: story.createdById, sectionId });
}

/**
 * The buttons this person gets on this story, in display order. `pendingSectionId`: the section
 * in the text being edited, when it differs from the saved one.
 */
export function availableActions(
  actor: Actor,
  story: StoryRef,
  pendingSectionId: string | null = story.sectionId,
): WorkflowAction[] {
  return ACTIONS.filter((a) => check(actor, story, a).ok && mayPublishInto(actor, story, a, pendingSectionId));
}

/**
 * May this person change the story's content (autosave, save)? A draft by whoever may edit it;
 * a story in review also by the copy desk; a scheduled, live or taken-down story only by those
 * who may edit live stories. On a live story a save is kept as pending changes; only `update`
 * puts it on the public page.
 */
export function canEditContent(actor: Actor, story: StoryRef): boolean {
  if (story.status === "draft") return can(actor, "story.editDraft", resourceOf(story));
  if (story.status === "in_review") return can(actor, "story.editReview", resourceOf(story));
  return can(actor, "story.editLive", resourceOf(story));
}

/**
 * May this person open the story on the desk? Whoever may edit its draft; once it has left the
 * draft state, also whoever may edit it in review or live (the copy desk reads a scheduled or
 * live story it may no longer change). db/queries/story-list.ts says the same in SQL.
 */
export function canView(actor: Actor, story: StoryRef): boolean {
  if (can(actor, "story.editDraft", resourceOf(story))) return true;
  return (
    story.status !== "draft" &&
    (can(actor, "story.editReview", resourceOf(story)) || can(actor, "story.editLive", resourceOf(story)))
  );
}
