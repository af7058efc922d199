import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { StorySnapshot } from "@/db/schema";
import { STORY_FIELD_KEYS, STORY_FIELDS } from "./fields";
import { differences, droppedByKeepingMine, mergeSnapshots } from "./merge";

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const snap = (over: Partial<StorySnapshot>, ...paras: string[]): StorySnapshot => ({
  headline: "Water supply cut in Old Dhaka",
  standfirst: "",
  body: { type: "doc", content: paras.map(p) },
  sectionId: null,
  topicIds: [],
  authorIds: [],
  slug: "water-supply-cut",
  seoTitle: "",
  seoDescription: "",
  breaking: false,
  featuredImageId: null,
  socialHeadline: "",
  socialDescription: "",
  socialImageId: null,
  ...over,
});
const texts = (s: StorySnapshot) =>
  (s.body as { content: { content: { text: string }[] }[] }).content.map((b) => b.content[0]!.text);

describe("mergeSnapshots", () => {
  const base = snap({}, "Wasa will shut the mains on Friday.", "Tankers will run from noon.");

  it("keeps a paragraph each editor added, in place", () => {
    const mine = snap(
      {},
      "Wasa will shut the mains on Friday.",
      "Mine: hospitals are exempt.",
      "Tankers will run from noon.",
    );
    const theirs = snap(
      {},
      "Wasa will shut the mains on Friday.",
      "Tankers will run from noon.",
      "Theirs: call 16162.",
    );
    assert.deepEqual(texts(mergeSnapshots(base, mine, theirs)), [
      "Wasa will shut the mains on Friday.",
      "Mine: hospitals are exempt.",
      "Tankers will run from noon.",
      "Theirs: call 16162.",
    ]);
  });

  it("keeps both rewrites of one paragraph, and my deletions", () => {
    const mine = snap({}, "Wasa will shut the mains on Friday. Mine.");
    const theirs = snap({}, "Wasa will shut the mains on Friday. Theirs.", "Tankers will run from noon.");
    assert.deepEqual(texts(mergeSnapshots(base, mine, theirs)), [
      "Wasa will shut the mains on Friday. Mine.",
      "Wasa will shut the mains on Friday. Theirs.",
    ]);
  });

  it("takes a field only they changed, keeps mine where both changed, unions topics", () => {
    const mine = snap({ standfirst: "Mine", topicIds: ["a"] }, "x");
    const theirs = snap({ standfirst: "Theirs", headline: "Their headline", topicIds: ["b"] }, "x");
    const merged = mergeSnapshots(snap({}, "x"), mine, theirs);
    assert.equal(merged.headline, "Their headline");
    assert.equal(merged.standfirst, "Mine");
    assert.deepEqual(merged.topicIds, ["a", "b"]);
  });
});

describe("mergeSnapshots: a paragraph only they changed (issue 19, item 19)", () => {
  const base = snap({}, "Wasa will shut the mains on Friday.", "Tankers will run from noon.");

  it("takes their correction instead of keeping the old paragraph beside it", () => {
    const mine = snap(
      {},
      "Wasa will shut the mains on Friday.",
      "Tankers will run from noon.",
      "Mine: hospitals are exempt.",
    );
    const theirs = snap({}, "Wasa will shut the mains on Saturday.", "Tankers will run from noon.");
    assert.deepEqual(texts(mergeSnapshots(base, mine, theirs)), [
      "Wasa will shut the mains on Saturday.",
      "Tankers will run from noon.",
      "Mine: hospitals are exempt.",
    ]);
  });

  it("takes their deletion of a paragraph I left alone", () => {
    const mine = snap({ headline: "Mine" }, "Wasa will shut the mains on Friday.", "Tankers will run from noon.");
    const theirs = snap({}, "Wasa will shut the mains on Friday.");
    assert.deepEqual(texts(mergeSnapshots(base, mine, theirs)), ["Wasa will shut the mains on Friday."]);
  });
});

describe("the merge follows the story's field list (issue 18)", () => {
  const other: Record<string, unknown> = {
    sectionId: "0b5d1f7e-1111-4111-8111-111111111111",
    featuredImageId: "0b5d1f7e-2222-4222-8222-222222222222",
    socialImageId: "0b5d1f7e-3333-4333-8333-333333333333",
    breaking: true,
    topicIds: ["0b5d1f7e-4444-4444-8444-444444444444"],
    authorIds: ["0b5d1f7e-5555-4555-8555-555555555555"],
  };
  for (const k of STORY_FIELD_KEYS.filter((k) => k !== "body")) {
    it(`"Keep both" takes their ${k}, and "Keep mine" names it as dropped`, () => {
      const base = snap({}, "x");
      const theirs = snap({ [k]: other[k] ?? `their ${k}` } as Partial<StorySnapshot>, "x");
      assert.deepEqual(mergeSnapshots(base, base, theirs)[k], theirs[k]);
      assert.ok(droppedByKeepingMine(base, base, theirs).fields.includes(STORY_FIELDS[k].label));
    });
  }
});

describe("droppedByKeepingMine", () => {
  it("lists their fields and paragraphs that keeping mine would lose", () => {
    const base = snap({}, "One.");
    const mine = snap({ headline: "Mine" }, "One. Mine.");
    const theirs = snap({ headline: "Theirs" }, "One. Theirs.");
    assert.deepEqual(droppedByKeepingMine(base, mine, theirs), { fields: ["Headline"], paragraphs: ["One. Theirs."] });
    assert.deepEqual(droppedByKeepingMine(base, mine, mine), { fields: [], paragraphs: [] });
  });
});

describe("differences", () => {
  it("names the changed fields and the paragraphs added and removed", () => {
    const a = snap({}, "Kept.", "Cut.");
    const b = snap({ headline: "New" }, "Kept.", "Added.");
    assert.deepEqual(differences(a, b), { fields: ["Headline", "Body"], added: ["Added."], removed: ["Cut."] });
  });
});

describe("block identity", () => {
  it("treats a paragraph with its keys in another order (as jsonb returns it) as the same paragraph", () => {
    const a = snap({}, "Same.");
    const b = {
      ...a,
      body: { type: "doc", content: [{ content: [{ text: "Same.", type: "text" }], type: "paragraph" }] },
    };
    assert.deepEqual(differences(a, b), { fields: [], added: [], removed: [] });
  });
});
