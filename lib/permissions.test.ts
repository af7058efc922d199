import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { can, isRole, PERMISSIONS, type Permission } from "./permissions";
import type { Role } from "@/db/schema";

// The permission table of docs/product.md, written out independently of lib/permissions.ts
// so a change to either one shows up here. "own" = only their own story.
const expected: [Permission, Record<Role, "yes" | "own" | "no">][] = [
  ["story.create", { reporter: "yes", editor: "yes", admin: "yes" }],
  ["story.editDraft", { reporter: "own", editor: "yes", admin: "yes" }],
  ["story.submit", { reporter: "own", editor: "yes", admin: "yes" }],
  ["story.withdraw", { reporter: "own", editor: "yes", admin: "yes" }],
  ["story.sendBack", { reporter: "no", editor: "yes", admin: "yes" }],
  ["story.publish", { reporter: "no", editor: "yes", admin: "yes" }],
  ["story.schedule", { reporter: "no", editor: "yes", admin: "yes" }],
  ["story.unpublish", { reporter: "no", editor: "yes", admin: "yes" }],
  ["story.editLive", { reporter: "no", editor: "yes", admin: "yes" }],
  ["story.correct", { reporter: "no", editor: "yes", admin: "yes" }],
  ["story.deleteUnpublished", { reporter: "own", editor: "yes", admin: "yes" }],
  ["taxonomy.manage", { reporter: "no", editor: "yes", admin: "yes" }],
  ["homepage.arrange", { reporter: "no", editor: "yes", admin: "yes" }],
  ["users.manage", { reporter: "no", editor: "no", admin: "yes" }],
  ["settings.manage", { reporter: "no", editor: "no", admin: "yes" }],
  ["audit.read", { reporter: "no", editor: "yes", admin: "yes" }],
  ["planning.pitch", { reporter: "yes", editor: "yes", admin: "yes" }],
  ["planning.edit", { reporter: "own", editor: "yes", admin: "yes" }],
  ["planning.assign", { reporter: "no", editor: "yes", admin: "yes" }],
  ["checklist.manage", { reporter: "no", editor: "yes", admin: "yes" }],
  ["webhooks.manage", { reporter: "no", editor: "no", admin: "yes" }],
  ["media.upload", { reporter: "yes", editor: "yes", admin: "yes" }],
  ["media.edit", { reporter: "own", editor: "yes", admin: "yes" }],
  ["media.delete", { reporter: "own", editor: "yes", admin: "yes" }],
];

const me = "11111111-1111-1111-1111-111111111111";
const someoneElse = "22222222-2222-2222-2222-222222222222";

describe("permission table", () => {
  it("covers every permission the code defines", () => {
    assert.deepEqual(new Set(expected.map(([p]) => p)), new Set(Object.keys(PERMISSIONS)));
  });

  for (const [permission, byRole] of expected) {
    for (const role of ["reporter", "editor", "admin"] as const) {
      const rule = byRole[role];
      it(`${role} → ${permission}: ${rule}`, () => {
        const actor = { id: me, role };
        assert.equal(can(actor, permission, { ownerId: me }), rule !== "no", "on their own object");
        assert.equal(can(actor, permission, { ownerId: someoneElse }), rule === "yes", "on someone else's object");
        assert.equal(can(actor, permission, { ownerId: null }), rule === "yes", "on an object with no owner");
      });
    }
  }
});

describe("isRole", () => {
  it("accepts the three roles and nothing else", () => {
    assert.ok(isRole("reporter") && isRole("editor") && isRole("admin"));
    assert.ok(!isRole("Admin") && !isRole("owner") && !isRole(""));
  });
});
