import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  blockingFailures,
  DEFAULT_CHECKLIST,
  evaluateChecklist,
  readChecklistConfig,
  type ChecklistInput,
} from "./checklist";

const story = (over: Partial<ChecklistInput> = {}): ChecklistInput => ({
  headline: "Ferry fares rise on the Buriganga",
  standfirst: "Operators blame fuel prices.",
  words: 600,
  hasPhoto: true,
  targetWords: 600,
  legal: { flagged: false, cleared: false },
  ...over,
});
const verdicts = (input: ChecklistInput, config = DEFAULT_CHECKLIST) =>
  Object.fromEntries(evaluateChecklist(input, config).map((r) => [r.id, r.ok]));

describe("the pre-publish checklist", () => {
  it("passes a complete story", () => {
    assert.deepEqual(verdicts(story()), {
      photo: true,
      standfirst: true,
      headlineLength: true,
      wordCount: true,
      legal: true,
    });
  });
  it("fails each check on its own cause", () => {
    assert.equal(verdicts(story({ hasPhoto: false })).photo, false);
    assert.equal(verdicts(story({ standfirst: "  " })).standfirst, false);
    assert.equal(verdicts(story({ headline: "x".repeat(111) })).headlineLength, false);
    assert.equal(verdicts(story({ headline: "x".repeat(110) })).headlineLength, true);
    assert.equal(verdicts(story({ words: 449 })).wordCount, false); // 600 ± 25% = 450…750
    assert.equal(verdicts(story({ words: 450 })).wordCount, true);
    assert.equal(verdicts(story({ words: 751 })).wordCount, false);
    assert.equal(verdicts(story({ targetWords: null, words: 10 })).wordCount, true);
    assert.equal(verdicts(story({ legal: { flagged: true, cleared: false } })).legal, false);
    assert.equal(verdicts(story({ legal: { flagged: true, cleared: true } })).legal, true);
  });
  it("counts a Bengali headline by letters as readers see them, not UTF-16 units", () => {
    assert.equal(
      verdicts(story({ headline: "মেট্রোরেল" }), { ...DEFAULT_CHECKLIST, headlineMax: 9 }).headlineLength,
      true,
    );
  });
  it("blocks only on checks set to block; off checks are not listed", () => {
    const config = {
      ...DEFAULT_CHECKLIST,
      modes: { ...DEFAULT_CHECKLIST.modes, photo: "block" as const, standfirst: "off" as const },
    };
    const results = evaluateChecklist(story({ hasPhoto: false, standfirst: "", words: 10 }), config);
    assert.deepEqual(
      blockingFailures(results).map((r) => r.id),
      ["photo"],
    );
    assert.ok(!results.some((r) => r.id === "standfirst"));
    assert.equal(results.find((r) => r.id === "wordCount")!.ok, false); // a warning, not a block
  });
  it("reads a stored configuration defensively", () => {
    assert.deepEqual(readChecklistConfig(null), DEFAULT_CHECKLIST);
    const odd = readChecklistConfig({
      modes: { photo: "block", legal: "maybe" },
      headlineMax: 5,
      wordTolerancePct: 10,
    });
    assert.equal(odd.modes.photo, "block");
    assert.equal(odd.modes.legal, DEFAULT_CHECKLIST.modes.legal);
    assert.equal(odd.headlineMax, DEFAULT_CHECKLIST.headlineMax);
    assert.equal(odd.wordTolerancePct, 10);
  });
});
