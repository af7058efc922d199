import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Story, StorySnapshot } from "@/db/schema";
import { changedFields } from "./diff";
import {
  fieldProblems,
  FIELD_LIMITS,
  pickSnapshot,
  rowFromSnapshot,
  snapshotFromRow,
  STORY_FIELD_KEYS,
  STORY_FIELDS,
  storyFieldsSchema,
  withoutProblems,
} from "./fields";

const saved: StorySnapshot = {
  headline: "Metro rail extends hours",
  standfirst: "Trains run until midnight from Sunday.",
  body: { type: "doc", content: [] },
  sectionId: null,
  topicIds: [],
  authorIds: [],
  slug: "metro-rail-extends-hours",
  seoTitle: "",
  seoDescription: "",
  breaking: false,
  featuredImageId: null,
  socialHeadline: "",
  socialDescription: "",
  socialImageId: null,
};

describe("per-field checks", () => {
  it("names only the field over its limit, with the limit in the message", () => {
    const typed = { ...saved, headline: "x".repeat(512), standfirst: "Still fine." };
    assert.deepEqual(fieldProblems(typed), {
      headline: `Headlines are at most ${FIELD_LIMITS.headline} characters.`,
    });
  });

  it("sends the bad field as last saved and every other field as typed", () => {
    const typed = { ...saved, headline: "x".repeat(512), standfirst: "Trains run until one in the morning." };
    const { send, problems } = withoutProblems(typed, saved);
    assert.equal(send.headline, saved.headline);
    assert.equal(send.standfirst, typed.standfirst);
    assert.deepEqual(Object.keys(problems), ["headline"]);
  });

  it("finds nothing wrong with a valid story", () => {
    assert.deepEqual(withoutProblems(saved, saved).problems, {});
  });
});

describe("the field list, written once", () => {
  it("the zod input, the snapshot and the history all name the same fields in form order", () => {
    assert.deepEqual(Object.keys(storyFieldsSchema.shape), STORY_FIELD_KEYS);
    assert.deepEqual(Object.keys(pickSnapshot({ ...saved, html: "<p></p>" } as StorySnapshot)), STORY_FIELD_KEYS);
    const everyChanged = changedFields(saved, {
      headline: "Metro rail extends hours again",
      standfirst: "Trains now run until one.",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "New." }] }] },
      sectionId: "00000000-0000-4000-8000-000000000001",
      topicIds: ["00000000-0000-4000-8000-000000000002"],
      authorIds: ["00000000-0000-4000-8000-000000000003"],
      slug: "metro-rail-extends-hours-again",
      seoTitle: "Metro hours",
      seoDescription: "Later trains.",
      breaking: true,
      featuredImageId: "00000000-0000-4000-8000-000000000004",
      socialHeadline: "Later trains on the metro",
      socialDescription: "Night service until one.",
      socialImageId: "00000000-0000-4000-8000-000000000005",
    });
    assert.deepEqual(
      everyChanged,
      STORY_FIELD_KEYS.map((k) => STORY_FIELDS[k].label),
    );
  });

  it("a row round-trips through its columns and link tables", () => {
    const row = rowFromSnapshot(saved);
    assert.equal(row.bodyJson, saved.body);
    assert.equal(row.headline, saved.headline);
    assert.equal("topicIds" in row, false);
    const back = snapshotFromRow(row as Story, { topicIds: [], authorIds: [] });
    assert.deepEqual(back, saved);
  });

  it("a revision written before a field existed reads as unchanged against the field's empty value", () => {
    const old = { ...saved } as Partial<StorySnapshot>;
    delete old.seoDescription;
    delete old.topicIds;
    assert.deepEqual(changedFields(old as StorySnapshot, saved), []);
  });
});
