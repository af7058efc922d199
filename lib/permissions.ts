// Who may do what, as data (the permission table in docs/product.md). Every server action and route
// asks `can()` about the specific object; the UI only hides what the server refuses anyway.
import type { Role } from "@/db/schema";

export const ROLES = [
  "reporter",
  "copy_editor",
  "section_editor",
  "editor",
  "admin",
] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  reporter: "Reporter",
  copy_editor: "Copy editor",
  section_editor: "Section editor",
  editor: "Editor",
  admin: "Admin",
};

/**
 * "any": on every object. "own": only on objects the user owns. "section": only on objects in
 * one of the user's sections (a section editor's desk). "ownOrSection": either. "none": never.
 */
export type Scope = "none" | "own" | "section" | "ownOrSection" | "any";

// Section editors run their own desks (issue 12, capability 8): everything an editor does, but
// only on stories in the sections an admin assigned them; outside them they are reporters.
// The copy desk edits any story in review (story.editReview) and sends it back, but publishes
// nothing and never touches a live story.
export const PERMISSIONS = {
  "story.create": { reporter: "any", copy_editor: "any", section_editor: "any", editor: "any", admin: "any" },
  "story.editDraft": {
    reporter: "own",
    copy_editor: "own",
    section_editor: "ownOrSection",
    editor: "any",
    admin: "any",
  },
  "story.editReview": { reporter: "none", copy_editor: "any", section_editor: "section", editor: "any", admin: "any" },
  "story.submit": { reporter: "own", copy_editor: "own", section_editor: "ownOrSection", editor: "any", admin: "any" },
  "story.withdraw": {
    reporter: "own",
    copy_editor: "own",
    section_editor: "ownOrSection",
    editor: "any",
    admin: "any",
  },
  "story.sendBack": { reporter: "none", copy_editor: "any", section_editor: "section", editor: "any", admin: "any" },
  "story.publish": { reporter: "none", copy_editor: "none", section_editor: "section", editor: "any", admin: "any" },
  "story.schedule": { reporter: "none", copy_editor: "none", section_editor: "section", editor: "any", admin: "any" },
  "story.unpublish": { reporter: "none", copy_editor: "none", section_editor: "section", editor: "any", admin: "any" },
  "story.editLive": { reporter: "none", copy_editor: "none", section_editor: "section", editor: "any", admin: "any" },
  "story.correct": { reporter: "none", copy_editor: "none", section_editor: "section", editor: "any", admin: "any" },
  "story.deleteUnpublished": {
    reporter: "own",
    copy_editor: "own",
    section_editor: "ownOrSection",
    editor: "any",
    admin: "any",
  },
  "taxonomy.manage": { reporter: "none", copy_editor: "none", section_editor: "none", editor: "any", admin: "any" },
  "homepage.arrange": { reporter: "none", copy_editor: "none", section_editor: "none", editor: "any", admin: "any" },
  // The story budget: everyone pitches; editors (a section editor runs a desk) assign, schedule and
  // spike; anyone else edits only her own pitch.
  "planning.pitch": { reporter: "any", copy_editor: "any", section_editor: "any", editor: "any", admin: "any" },
  "planning.edit": { reporter: "own", copy_editor: "own", section_editor: "any", editor: "any", admin: "any" },
  "planning.assign": { reporter: "none", copy_editor: "none", section_editor: "any", editor: "any", admin: "any" },
  "checklist.manage": { reporter: "none", copy_editor: "none", section_editor: "none", editor: "any", admin: "any" },
  "users.manage": { reporter: "none", copy_editor: "none", section_editor: "none", editor: "none", admin: "any" },
  "settings.manage": { reporter: "none", copy_editor: "none", section_editor: "none", editor: "none", admin: "any" },
  "audit.read": { reporter: "none", copy_editor: "none", section_editor: "none", editor: "any", admin: "any" },
  "webhooks.manage": { reporter: "none", copy_editor: "none", section_editor: "none", editor: "none", admin: "any" },
  "media.upload": { reporter: "any", copy_editor: "any", section_editor: "any", editor: "any", admin: "any" },
  "media.edit": { reporter: "own", copy_editor: "own", section_editor: "own", editor: "any", admin: "any" },
  "media.delete": { reporter: "own", copy_editor: "own", section_editor: "own", editor: "any", admin: "any" },
} as const satisfies Record<string, Record<Role, Scope>>;

export type Permission = keyof typeof PERMISSIONS;

/** `sectionIds`: the sections a section editor runs (from user_sections); absent means none. */
export type Actor = { id: string; role: Role; sectionIds?: readonly string[] };

/** The object a permission is asked about: who owns it and, for stories, its section. */
export type Resource = { ownerId: string | null; sectionId?: string | null };

/**
 * May `actor` do `permission`, on `resource` when there is one? An "own" or "section" rule needs
 * the resource; without one it answers whether the actor may do it at all (somewhere).
 */
export function can(actor: Actor, permission: Permission, resource?: Resource): boolean {
  const scope: Scope = PERMISSIONS[permission][actor.role];
  if (scope === "any") return true;
  if (scope === "none") return false;
  if (resource === undefined) return true;
  const own = resource.ownerId !== null && resource.ownerId === actor.id;
  const inSection = !!resource.sectionId && (actor.sectionIds ?? []).includes(resource.sectionId);
  if (scope === "own") return own;
  if (scope === "section") return inSection;
  return own || inSection;
}

/**
 * May `actor` do `permission` on every object? For effects that reach objects nobody named (an
 * image's caption re-renders every live story using it), a scoped right is not enough.
 */
export function canEverywhere(actor: Actor, permission: Permission): boolean {
  return PERMISSIONS[permission][actor.role] === "any";
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
