import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Role, StoryStatus } from "@/db/schema";
import {
  ACTIONS,
  availableActions,
  canEditContent,
  canView,
  changesPublicOutput,
  check,
  mayPublishInto,
  STATES,
  type WorkflowAction,
} from "./workflow";

const OWNER = "00000000-0000-0000-0000-00000000000a";
const OTHER = "00000000-0000-0000-0000-00000000000b";

const MINE = "00000000-0000-0000-0000-0000000000c1"; // the section the actor runs
const ELSEWHERE = "00000000-0000-0000-0000-0000000000c2";

// Written out from docs/product.md's workflow and permission table, independently of workflow.ts.
// For each action: the states it starts from, where it leads, and who may take it, per role:
// "yes" anyone's story; "own" only their own; "sec" only in their sections; "own+sec" either.
type Who = "yes" | "own" | "sec" | "own+sec" | "no";
type ByRole = Record<Role, Who>;
const editorsOnly: ByRole = { reporter: "no", copy_editor: "no", section_editor: "sec", editor: "yes", admin: "yes" };
const ownWork: ByRole = { reporter: "own", copy_editor: "own", section_editor: "own+sec", editor: "yes", admin: "yes" };
const expected: Record<WorkflowAction, { from: StoryStatus[]; to: StoryStatus | null; who: ByRole }> = {
  submit: { from: ["draft"], to: "in_review", who: ownWork },
  withdraw: { from: ["in_review"], to: "draft", who: ownWork },
  sendBack: { from: ["in_review"], to: "draft", who: { ...editorsOnly, copy_editor: "yes" } },
  publish: { from: ["in_review"], to: "published", who: editorsOnly },
  schedule: { from: ["in_review"], to: "scheduled", who: editorsOnly },
  cancelSchedule: { from: ["scheduled"], to: "in_review", who: editorsOnly },
  update: { from: ["published"], to: "published", who: editorsOnly },
  unpublish: { from: ["published"], to: "unpublished", who: editorsOnly },
  republish: { from: ["unpublished"], to: "published", who: editorsOnly },
  revertToDraft: { from: ["unpublished"], to: "draft", who: editorsOnly },
  delete: { from: ["draft", "in_review"], to: null, who: ownWork },
};
const ROLE_LIST: Role[] = ["reporter", "copy_editor", "section_editor", "editor", "admin"];

function allowed(who: Who, own: boolean, inSection: boolean): boolean {
  return who === "yes" || (own && (who === "own" || who === "own+sec")) || (inSection && who.endsWith("sec"));
}

describe("story state machine: every state × action × role × ownership × section", () => {
  it("knows exactly the actions in the table", () => {
    assert.deepEqual(new Set(ACTIONS), new Set(Object.keys(expected)));
  });

  for (const state of STATES) {
    for (const action of ACTIONS) {
      for (const role of ROLE_LIST) {
        for (const owner of [OWNER, OTHER]) {
          for (const section of [MINE, ELSEWHERE]) {
            const rule = expected[action];
            const mayAct = allowed(rule.who[role], owner === OWNER, section === MINE);
            const fromOk = rule.from.includes(state);
            const title = `${role} ${owner === OWNER ? "(own story" : "(someone else's"}, ${section === MINE ? "their section)" : "another section)"}: ${action} from ${state}`;
            it(`${title} → ${mayAct && fromOk ? (rule.to ?? "deleted") : "refused"}`, () => {
              const decision = check(
                { id: OWNER, role, sectionIds: [MINE] },
                { status: state, createdById: owner, sectionId: section, firstPublishedAt: null },
                action,
              );
              if (!mayAct) assert.deepEqual(decision, { ok: false, reason: "forbidden" });
              else if (!fromOk) assert.deepEqual(decision, { ok: false, reason: "state" });
              else assert.deepEqual(decision, { ok: true, to: rule.to });
            });
          }
        }
      }
    }
  }

  it("never deletes a story that once went live, even after it was taken down and reverted", () => {
    const wentLive = {
      status: "draft" as const,
      createdById: OWNER,
      sectionId: null,
      firstPublishedAt: new Date("2025-01-01"),
    };
    assert.deepEqual(check({ id: OWNER, role: "admin" }, wentLive, "delete"), { ok: false, reason: "went_live" });
  });
});

describe("buttons and editing rights", () => {
  const story = (status: StoryStatus, createdById = OWNER, sectionId: string | null = ELSEWHERE) => ({
    status,
    createdById,
    sectionId,
    firstPublishedAt: null,
  });

  it("a reporter on their own draft gets Submit and Delete, never Publish", () => {
    assert.deepEqual(availableActions({ id: OWNER, role: "reporter" }, story("draft")), ["submit", "delete"]);
  });

  it("an editor reviewing gets every review action", () => {
    const actions = availableActions({ id: OWNER, role: "editor" }, story("in_review", OTHER));
    assert.deepEqual(actions, ["withdraw", "sendBack", "publish", "schedule", "delete"]);
  });

  it("a section editor gets Publish only in their section, and not when the text moves elsewhere", () => {
    const actor = { id: OWNER, role: "section_editor" as const, sectionIds: [MINE] };
    assert.deepEqual(availableActions(actor, story("in_review", OTHER, MINE)), [
      "withdraw",
      "sendBack",
      "publish",
      "schedule",
      "delete",
    ]);
    assert.deepEqual(availableActions(actor, story("in_review", OTHER, ELSEWHERE)), []);
    // Their own story filed in another section: theirs to withdraw or delete, not to publish.
    assert.deepEqual(availableActions(actor, story("in_review", OWNER, ELSEWHERE)), ["withdraw", "delete"]);
    // In their section, but the unsaved text moves it to another desk.
    assert.deepEqual(availableActions(actor, story("in_review", OTHER, MINE), ELSEWHERE), [
      "withdraw",
      "sendBack",
      "delete",
    ]);
    assert.deepEqual(availableActions(actor, story("published", OTHER, MINE), ELSEWHERE), ["unpublish"]);
    assert.equal(mayPublishInto(actor, story("published", OTHER, MINE), "update", ELSEWHERE), false);
    assert.equal(mayPublishInto(actor, story("published", OTHER, MINE), "update", MINE), true);
    assert.equal(mayPublishInto(actor, story("published", OTHER, MINE), "unpublish", ELSEWHERE), true);
  });

  it("the copy desk gets Send back on anyone's story in review, never Publish", () => {
    const actor = { id: OWNER, role: "copy_editor" as const };
    assert.deepEqual(availableActions(actor, story("in_review", OTHER)), ["sendBack"]);
    assert.deepEqual(availableActions(actor, story("published", OTHER)), []);
  });

  it("who edits the text in each state", () => {
    const reporter = { id: OWNER, role: "reporter" as const };
    const copy = { id: OWNER, role: "copy_editor" as const };
    const desk = { id: OWNER, role: "section_editor" as const, sectionIds: [MINE] };
    assert.equal(canEditContent(reporter, story("draft")), true);
    assert.equal(canEditContent(reporter, story("draft", OTHER)), false);
    assert.equal(canEditContent(reporter, story("in_review")), false);
    assert.equal(canEditContent(reporter, story("published")), false);
    for (const s of STATES) assert.equal(canEditContent({ id: OWNER, role: "editor" }, story(s, OTHER)), true);
    // The copy desk: anyone's story in review, its own drafts, nothing scheduled or live.
    assert.equal(canEditContent(copy, story("in_review", OTHER)), true);
    assert.equal(canEditContent(copy, story("draft", OTHER)), false);
    assert.equal(canEditContent(copy, story("draft")), true);
    for (const s of ["scheduled", "published", "unpublished"] as const)
      assert.equal(canEditContent(copy, story(s, OTHER)), false, s);
    // A section editor: every state in their sections; elsewhere only their own draft.
    for (const s of STATES) assert.equal(canEditContent(desk, story(s, OTHER, MINE)), true, s);
    for (const s of STATES) assert.equal(canEditContent(desk, story(s, OTHER, ELSEWHERE)), false, s);
    assert.equal(canEditContent(desk, story("draft", OWNER, ELSEWHERE)), true);
    assert.equal(canEditContent(desk, story("in_review", OWNER, ELSEWHERE)), false);
  });

  it("who sees a story on the desk", () => {
    const copy = { id: OWNER, role: "copy_editor" as const };
    const desk = { id: OWNER, role: "section_editor" as const, sectionIds: [MINE] };
    assert.equal(canView(copy, story("draft", OTHER)), false, "another's draft is private");
    for (const s of ["in_review", "scheduled", "published", "unpublished"] as const)
      assert.equal(canView(copy, story(s, OTHER)), true, s);
    for (const s of STATES) assert.equal(canView(desk, story(s, OTHER, MINE)), true, s);
    for (const s of STATES) assert.equal(canView(desk, story(s, OTHER, ELSEWHERE)), false, s);
  });
});

describe("which transitions change what readers see (and so expire the page cache)", () => {
  // Written out by hand: a story going live, changing while live, or leaving the live or
  // taken-down states changes a page, a list or a 410; the desk's own moves do not.
  const publicActions: Record<WorkflowAction, boolean> = {
    submit: false,
    withdraw: false,
    sendBack: false,
    publish: true,
    schedule: false,
    cancelSchedule: false,
    update: true,
    unpublish: true,
    republish: true,
    revertToDraft: true,
    delete: false,
  };
  for (const action of ACTIONS) {
    it(`${action}: ${publicActions[action] ? "expires" : "leaves"} public pages`, () => {
      assert.equal(changesPublicOutput(action), publicActions[action]);
    });
  }
});
