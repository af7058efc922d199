import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { StorySnapshot } from "@/db/schema";
import { fieldProblems, FIELD_LIMITS, withoutProblems } from "./fields";

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
