import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { StorySnapshot } from "@/db/schema";
import {
  bodyPlainText,
  changedFields,
  removedWordsKept,
  removesMoreThanASentence,
  tooDeep,
  wordDiff,
  type DiffSegment,
} from "./diff";

const side = (segs: DiffSegment[], keep: "added" | "removed") =>
  segs
    .filter((s) => s.op === "same" || s.op === keep)
    .map((s) => s.text)
    .join("");

describe("wordDiff", () => {
  it("marks an inserted word as added", () => {
    assert.deepEqual(wordDiff("the river rose", "the river rose sharply"), [
      { op: "same", text: "the river rose" },
      { op: "added", text: " sharply" },
    ]);
  });

  it("marks a deleted word as removed", () => {
    assert.deepEqual(wordDiff("police said on Friday", "police said Friday"), [
      { op: "same", text: "police said " },
      { op: "removed", text: "on " },
      { op: "same", text: "Friday" },
    ]);
  });

  it("shows a replaced word as removed then added, whole words only", () => {
    assert.deepEqual(wordDiff("five people died", "six people died"), [
      { op: "removed", text: "five" },
      { op: "added", text: "six" },
      { op: "same", text: " people died" },
    ]);
  });

  it("keeps a rewritten phrase together instead of splitting it at shared spaces", () => {
    assert.deepEqual(wordDiff("in the end the cat sat down", "in the end a dog ran down"), [
      { op: "same", text: "in the end " },
      { op: "removed", text: "the cat sat" },
      { op: "added", text: "a dog ran" },
      { op: "same", text: " down" },
    ]);
  });

  it("returns one same segment for identical texts", () => {
    assert.deepEqual(wordDiff("nothing changed here", "nothing changed here"), [
      { op: "same", text: "nothing changed here" },
    ]);
  });

  it("handles empty sides", () => {
    assert.deepEqual(wordDiff("", ""), []);
    assert.deepEqual(wordDiff("", "new text"), [{ op: "added", text: "new text" }]);
    assert.deepEqual(wordDiff("old text", ""), [{ op: "removed", text: "old text" }]);
  });

  it("finds the one changed word in a 10,000-word text", () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i % 97}`);
    const a = words.join(" ");
    words[6_543] = "changed";
    const b = words.join(" ");
    const segs = wordDiff(a, b);
    assert.deepEqual(
      segs.filter((s) => s.op !== "same"),
      [
        { op: "removed", text: `word${6_543 % 97}` },
        { op: "added", text: "changed" },
      ],
    );
    assert.equal(side(segs, "removed"), a);
    assert.equal(side(segs, "added"), b);
  });

  it("always reproduces both texts, including a total rewrite of a long text", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 16) % n;
    const text = (n: number, vocab: number) =>
      Array.from({ length: n }, () => `w${rand(vocab)}`).join(rand(5) ? " " : "\n\n");
    const cases: [string, string][] = [
      [text(40, 6), text(40, 6)],
      [text(300, 30), text(250, 30)],
      [text(10_000, 5_000), text(10_000, 5_000)],
    ];
    for (const [a, b] of cases) {
      const segs = wordDiff(a, b);
      assert.equal(side(segs, "removed"), a);
      assert.equal(side(segs, "added"), b);
      for (let i = 1; i < segs.length; i++)
        assert.notEqual(segs[i]!.op, segs[i - 1]!.op, "adjacent segments are merged");
    }
  });
});

const snap = (over: Partial<StorySnapshot> = {}): StorySnapshot => ({
  headline: "Floods in Sylhet",
  standfirst: "Rivers rose overnight",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Water everywhere." }] }] },
  sectionId: "11111111-1111-4111-8111-111111111111",
  topicIds: ["a", "b"],
  authorIds: ["x", "y"],
  slug: "floods-in-sylhet",
  seoTitle: "",
  seoDescription: "",
  breaking: false,
  featuredImageId: null,
  socialHeadline: "",
  socialDescription: "",
  socialImageId: null,
  ...over,
});

describe("changedFields", () => {
  it("lists nothing for identical snapshots, even with topics reordered", () => {
    assert.deepEqual(changedFields(snap(), snap({ topicIds: ["b", "a"] })), []);
  });

  it("lists exactly the fields that changed, in form order", () => {
    const body = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Water receding." }] }],
    };
    assert.deepEqual(changedFields(snap(), snap({ breaking: true, headline: "Floods ease in Sylhet", body })), [
      "Headline",
      "Body",
      "Breaking",
    ]);
    assert.deepEqual(
      changedFields(
        snap(),
        snap({
          standfirst: "x",
          sectionId: null,
          topicIds: ["a"],
          authorIds: ["y", "x"],
          slug: "s",
          seoTitle: "t",
          seoDescription: "d",
          featuredImageId: "img",
        }),
      ),
      ["Standfirst", "Section", "Topics", "Bylines", "Slug", "SEO title", "SEO description", "Featured image"],
    );
  });
});

describe("bodyPlainText", () => {
  it("joins blocks with a blank line and falls back to empty for bodies that do not parse", () => {
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "One." }] },
        { type: "paragraph", content: [{ type: "text", text: "Two." }] },
      ],
    };
    assert.equal(bodyPlainText(body), "One.\n\nTwo.");
    assert.equal(bodyPlainText({ type: "iframe" }), "");
    assert.equal(bodyPlainText(null), "");
  });
});

describe("a body stored before nesting was capped", () => {
  let deep: unknown = { type: "paragraph", content: [{ type: "text", text: "deep" }] };
  for (let i = 0; i < 2_000; i++) deep = { type: "blockquote", content: [deep] };
  const body = { type: "doc", content: [deep] };
  const flat = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "flat" }] }] };

  it("is named as changed and flagged, without overflowing the stack", () => {
    const a = snap({ body });
    const b = snap({ body: flat });
    assert.deepEqual(changedFields(a, b), ["Body"]);
    assert.equal(tooDeep(a, b), true);
    assert.equal(tooDeep(b, b), false);
    assert.equal(bodyPlainText(body), "");
  });
});

describe("removesMoreThanASentence", () => {
  const doc = (...paras: string[]) => ({
    type: "doc",
    content: paras.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })),
  });
  const snap = (...paras: string[]): StorySnapshot => ({
    headline: "Ferry timetable changes",
    standfirst: "",
    body: doc(...paras),
    sectionId: null,
    topicIds: [],
    authorIds: [],
    slug: "ferry-timetable-changes",
    seoTitle: "",
    seoDescription: "",
    breaking: false,
    featuredImageId: null,
    socialHeadline: "",
    socialDescription: "",
    socialImageId: null,
  });
  const first = "The first ferry to Barishal now leaves Sadarghat at six in the morning.";
  const second =
    "Operators said the change follows complaints about crowding on the evening boats. Tickets stay the same.";

  it("is true when a paragraph of two sentences is deleted", () => {
    assert.equal(removesMoreThanASentence(snap(first, second), snap(first)), true);
  });

  it("is true when a long single sentence is deleted", () => {
    assert.equal(removesMoreThanASentence(snap(first, "x"), snap("x")), true);
  });

  it("is false for a word or two removed, or for text added", () => {
    assert.equal(removesMoreThanASentence(snap(first), snap(first.replace(" now", ""))), false);
    assert.equal(removesMoreThanASentence(snap(first), snap(first, second)), false);
  });
});

describe("removedWordsKept (issue 19, item 15)", () => {
  const snap = (...paras: string[]): StorySnapshot => ({
    headline: "Ferry timetable changes",
    standfirst: "",
    body: { type: "doc", content: paras.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })) },
    sectionId: null,
    topicIds: [],
    authorIds: [],
    slug: "ferry-timetable-changes",
    seoTitle: "",
    seoDescription: "",
    breaking: false,
    featuredImageId: null,
    socialHeadline: "",
    socialDescription: "",
    socialImageId: null,
  });
  const lead = "The first ferry to Barishal now leaves Sadarghat at six.";
  const eight = "Passengers on the early boat pay the same fare.";

  it("is false when an 8-word sentence only the latest revision holds is deleted", () => {
    assert.equal(removesMoreThanASentence(snap(`${lead} ${eight}`), snap(lead)), false); // why it was lost
    assert.equal(removedWordsKept(snap(""), snap(`${lead} ${eight}`), snap(lead)), false);
    assert.equal(removedWordsKept(null, snap(`${lead} ${eight}`), snap(lead)), false);
  });

  it("is true when the revision before still holds the deleted words (a paragraph deleted in bites)", () => {
    const whole = snap(`${lead} ${eight}`);
    const bitten = snap(`${lead} Passengers on the early boat`);
    assert.equal(removedWordsKept(whole, bitten, snap(lead)), true);
  });

  it("is true for one word fixed, and for text added", () => {
    assert.equal(removedWordsKept(null, snap(lead), snap(lead.replace("six", "seven"))), true);
    assert.equal(removedWordsKept(null, snap(lead), snap(lead, eight)), true);
  });
});
