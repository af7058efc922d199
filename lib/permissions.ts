// Who may do what, as data (the permission table in docs/product.md). Every server action and route
// asks `can()` about the specific object; the UI only hides what the server refuses anyway.
import type { Role } from "@/db/schema";

export const ROLES = ["reporter", "editor", "admin"] as const satisfies readonly Role[];

/** "own": only on objects the user owns; "any": on every object; "none": never. */
export type Scope = "none" | "own" | "any";

export const PERMISSIONS = {
  "story.create": { reporter: "any", editor: "any", admin: "any" },
  "story.editDraft": { reporter: "own", editor: "any", admin: "any" },
  "story.submit": { reporter: "own", editor: "any", admin: "any" },
  "story.withdraw": { reporter: "own", editor: "any", admin: "any" },
  "story.sendBack": { reporter: "none", editor: "any", admin: "any" },
  "story.publish": { reporter: "none", editor: "any", admin: "any" },
  "story.schedule": { reporter: "none", editor: "any", admin: "any" },
  "story.unpublish": { reporter: "none", editor: "any", admin: "any" },
  "story.editLive": { reporter: "none", editor: "any", admin: "any" },
  "story.correct": { reporter: "none", editor: "any", admin: "any" },
  "story.deleteUnpublished": { reporter: "own", editor: "any", admin: "any" },
  "taxonomy.manage": { reporter: "none", editor: "any", admin: "any" },
  "homepage.arrange": { reporter: "none", editor: "any", admin: "any" },
  // The story budget: everyone pitches; editors assign, schedule and spike; a reporter edits her own pitch.
  "planning.pitch": { reporter: "any", editor: "any", admin: "any" },
  "planning.edit": { reporter: "own", editor: "any", admin: "any" },
  "planning.assign": { reporter: "none", editor: "any", admin: "any" },
  "checklist.manage": { reporter: "none", editor: "any", admin: "any" },
  "users.manage": { reporter: "none", editor: "none", admin: "any" },
  "settings.manage": { reporter: "none", editor: "none", admin: "any" },
  "audit.read": { reporter: "none", editor: "any", admin: "any" },
  "webhooks.manage": { reporter: "none", editor: "none", admin: "any" },
  "media.upload": { reporter: "any", editor: "any", admin: "any" },
  "media.edit": { reporter: "own", editor: "any", admin: "any" },
  "media.delete": { reporter: "own", editor: "any", admin: "any" },
} as const satisfies Record<string, Record<Role, Scope>>;

export type Permission = keyof typeof PERMISSIONS;

export type Actor = { id: string; role: Role };

/**
 * May `actor` do `permission`, on `resource` when there is one? An "own" rule needs the
 * resource's owner id; without a resource it answers whether the actor may do it at all.
 */
export function can(actor: Actor, permission: Permission, resource?: { ownerId: string | null }): boolean {
  const scope: Scope = PERMISSIONS[permission][actor.role];
  if (scope === "any") return true;
  if (scope === "none") return false;
  return resource === undefined || resource.ownerId === actor.id;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
