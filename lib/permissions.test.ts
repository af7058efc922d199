import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { can, canEverywhere, isRole, PERMISSIONS, ROLES, type Permission } from "./permissions";
import type { Role } from "@/db/schema";

// The permission table of docs/product.md, written out independently of lib/permissions.ts
// so a change to either one shows up here. Columns: reporter, copy editor, section editor,
// editor, admin. "own" = only their own story; "sec" = only in their sections; "own+sec" = either.
type Rule = "yes" | "own" | "sec" | "own+sec" | "no";
const COLUMNS = ["reporter", "copy_editor", "section_editor", "editor", "admin"] as const satisfies readonly Role[];
const rows: [Permission, [Rule, Rule, Rule, Rule, Rule]][] = [
  ["story.create", ["yes", "yes", "yes", "yes", "yes"]],
  ["story.editDraft", ["own", "own", "own+sec", "yes", "yes"]],
  ["story.editReview", ["no", "yes", "sec", "yes", "yes"]],
  ["story.submit", ["own", "own", "own+sec", "yes", "yes"]],
  ["story.withdraw", ["own", "own", "own+sec", "yes", "yes"]],
  ["story.sendBack", ["no", "yes", "sec", "yes", "yes"]],
  ["story.publish", ["no", "no", "sec", "yes", "yes"]],
  ["story.schedule", ["no", "no", "sec", "yes", "yes"]],
  ["story.unpublish", ["no", "no", "sec", "yes", "yes"]],
  ["story.editLive", ["no", "no", "sec", "yes", "yes"]],
  ["story.correct", ["no", "no", "sec", "yes", "yes"]],
  ["story.deleteUnpublished", ["own", "own", "own+sec", "yes", "yes"]],
  ["taxonomy.manage", ["no", "no", "no", "yes", "yes"]],
  ["homepage.arrange", ["no", "no", "no", "yes", "yes"]],
  ["planning.pitch", ["yes", "yes", "yes", "yes", "yes"]],
  ["planning.edit", ["own", "own", "yes", "yes", "yes"]],
  ["planning.assign", ["no", "no", "yes", "yes", "yes"]],
  ["checklist.manage", ["no", "no", "no", "yes", "yes"]],
  ["users.manage", ["no", "no", "no", "no", "yes"]],
  ["settings.manage", ["no", "no", "no", "no", "yes"]],
  ["audit.read", ["no", "no", "no", "yes", "yes"]],
  ["webhooks.manage", ["no", "no", "no", "no", "yes"]],
  ["media.upload", ["yes", "yes", "yes", "yes", "yes"]],
  ["media.edit", ["own", "own", "own", "yes", "yes"]],
  ["media.delete", ["own", "own", "own", "yes", "yes"]],
];

const me = "11111111-1111-1111-1111-111111111111";
const someoneElse = "22222222-2222-2222-2222-222222222222";
const mySection = "33333333-3333-3333-3333-333333333333";
const otherSection = "44444444-4444-4444-4444-444444444444";

describe("permission table", () => {
  it("covers every permission the code defines", () => {
    assert.deepEqual(new Set(rows.map(([p]) => p)), new Set(Object.keys(PERMISSIONS)));
  });

  it("has a column for every role", () => {
    assert.deepEqual(new Set(COLUMNS), new Set(ROLES));
  });

  for (const [permission, rules] of rows) {
    COLUMNS.forEach((role, i) => {
      const rule = rules[i]!;
      it(`${role} → ${permission}: ${rule}`, () => {
        // Every actor is assigned mySection, whatever the role: only section editors may use it.
        const actor = { id: me, role, sectionIds: [mySection] };
        const yes = rule === "yes";
        const ownOk = yes || rule === "own" || rule === "own+sec";
        const secOk = yes || rule === "sec" || rule === "own+sec";
        const at = (ownerId: string | null, sectionId: string | null) => can(actor, permission, { ownerId, sectionId });
        assert.equal(at(me, otherSection), ownOk, "their own object, outside their sections");
        assert.equal(at(me, null), ownOk, "their own object, no section");
        assert.equal(at(someoneElse, mySection), secOk, "someone else's object in their section");
        assert.equal(at(someoneElse, otherSection), yes, "someone else's object in another section");
        assert.equal(at(null, null), yes, "an object with no owner and no section");
        assert.equal(can(actor, permission), rule !== "no", "at all, without an object");
        assert.equal(canEverywhere(actor, permission), yes, "everywhere");
      });
    });
  }

  it("a section editor with no sections assigned acts on nobody else's story", () => {
    const actor = { id: me, role: "section_editor" as const };
    assert.equal(can(actor, "story.publish", { ownerId: someoneElse, sectionId: mySection }), false);
    assert.equal(can(actor, "story.editDraft", { ownerId: me, sectionId: mySection }), true);
  });
});

describe("isRole", () => {
  it("accepts the five roles and nothing else", () => {
    assert.ok(isRole("reporter") && isRole("editor") && isRole("admin"));
    assert.ok(isRole("section_editor") && isRole("copy_editor"));
    assert.ok(!isRole("Admin") && !isRole("owner") && !isRole(""));
  });
});
