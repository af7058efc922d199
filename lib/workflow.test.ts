import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Role, StoryStatus } from "@/db/schema";
import {
  ACTIONS,
  availableActions,
  canEditContent,
  changesPublicOutput,
  check,
  STATES,
  type WorkflowAction,
} from "./workflow";

const OWNER = "00000000-0000-0000-0000-00000000000a";
const OTHER = "00000000-0000-0000-0000-00000000000b";

// Written out from docs/product.md's workflow and permission table, independently of workflow.ts.
// For each action: the states it starts from, where it leads, and who may take it
// ("own": a reporter only on their own story).
const expected: Record<WorkflowAction, { from: StoryStatus[]; to: StoryStatus | null; reporter: "no" | "own" }> = {
  submit: { from: ["draft"], to: "in_review", reporter: "own" },
  withdraw: { from: ["in_review"], to: "draft", reporter: "own" },
  sendBack: { from: ["in_review"], to: "draft", reporter: "no" },
  publish: { from: ["in_review"], to: "published", reporter: "no" },
  schedule: { from: ["in_review"], to: "scheduled", reporter: "no" },
  cancelSchedule: { from: ["scheduled"], to: "in_review", reporter: "no" },
  update: { from: ["published"], to: "published", reporter: "no" },
  unpublish: { from: ["published"], to: "unpublished", reporter: "no" },
  revertToDraft: { from: ["unpublished"], to: "draft", reporter: "no" },
  delete: { from: ["draft", "in_review"], to: null, reporter: "own" },
};

describe("story state machine: every state × action × role", () => {
  it("knows exactly the actions in the table", () => {
    assert.deepEqual(new Set(ACTIONS), new Set(Object.keys(expected)));
  });

  for (const state of STATES) {
    for (const action of ACTIONS) {
      for (const role of ["reporter", "editor", "admin"] as Role[]) {
        for (const owner of [OWNER, OTHER]) {
          const rule = expected[action];
          const mayAct = role !== "reporter" || (rule.reporter === "own" && owner === OWNER);
          const fromOk = rule.from.includes(state);
          const title = `${role} ${owner === OWNER ? "(own story)" : "(someone else's)"}: ${action} from ${state}`;
          it(`${title} → ${mayAct && fromOk ? (rule.to ?? "deleted") : "refused"}`, () => {
            const decision = check(
              { id: OWNER, role },
              { status: state, createdById: owner, firstPublishedAt: null },
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

  it("never deletes a story that once went live, even after it was taken down and reverted", () => {
    const wentLive = { status: "draft" as const, createdById: OWNER, firstPublishedAt: new Date("2025-01-01") };
    assert.deepEqual(check({ id: OWNER, role: "admin" }, wentLive, "delete"), { ok: false, reason: "went_live" });
  });
});

describe("buttons and editing rights", () => {
  it("a reporter on their own draft gets Submit and Delete, never Publish", () => {
    const actions = availableActions(
      { id: OWNER, role: "reporter" },
      { status: "draft", createdById: OWNER, firstPublishedAt: null },
    );
    assert.deepEqual(actions, ["submit", "delete"]);
  });

  it("an editor reviewing gets every review action", () => {
    const actions = availableActions(
      { id: OWNER, role: "editor" },
      { status: "in_review", createdById: OTHER, firstPublishedAt: null },
    );
    assert.deepEqual(actions, ["withdraw", "sendBack", "publish", "schedule", "delete"]);
  });

  it("reporters edit only their own drafts; editors edit any state", () => {
    const story = (status: StoryStatus, createdById = OWNER) => ({ status, createdById, firstPublishedAt: null });
    assert.equal(canEditContent({ id: OWNER, role: "reporter" }, story("draft")), true);
    assert.equal(canEditContent({ id: OWNER, role: "reporter" }, story("draft", OTHER)), false);
    assert.equal(canEditContent({ id: OWNER, role: "reporter" }, story("in_review")), false);
    assert.equal(canEditContent({ id: OWNER, role: "reporter" }, story("published")), false);
    for (const s of STATES) assert.equal(canEditContent({ id: OWNER, role: "editor" }, story(s, OTHER)), true);
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
    revertToDraft: true,
    delete: false,
  };
  for (const action of ACTIONS) {
    it(`${action}: ${publicActions[action] ? "expires" : "leaves"} public pages`, () => {
      assert.equal(changesPublicOutput(action), publicActions[action]);
    });
  }
});
