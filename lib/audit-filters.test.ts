import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAuditFilters } from "./audit-filters";

const ID = "5f0c2a56-9a4e-4d43-8a43-3b2d1c0e9f11";

describe("audit filters from the address", () => {
  it("keeps valid values and turns days into the newsroom's midnights", () => {
    const f = parseAuditFilters(
      { who: ID, what: "story.publish", story: ID, from: "2025-07-04", to: "2025-07-05" },
      "Asia/Dhaka",
    );
    assert.deepEqual(f.problems, []);
    assert.equal(f.actorId, ID);
    assert.equal(f.action, "story.publish");
    assert.equal(f.storyId, ID);
    // Dhaka is UTC+6: its midnight on 4 July is 18:00 UTC on 3 July; "to 5 July" includes that day.
    assert.equal(f.from?.toISOString(), "2025-07-03T18:00:00.000Z");
    assert.equal(f.until?.toISOString(), "2025-07-05T18:00:00.000Z");
  });

  it("drops what is malformed, with a message for each, instead of failing", () => {
    const f = parseAuditFilters(
      { who: "x", what: "story.explode", story: "'; drop table", from: "4 July", to: "2025-02-30x" },
      "Asia/Dhaka",
    );
    assert.equal(f.problems.length, 5);
    assert.deepEqual(f.values, {});
    assert.equal(f.actorId ?? f.action ?? f.storyId ?? f.from ?? f.until, undefined);
  });

  it("says when the range is backwards", () => {
    const f = parseAuditFilters({ from: "2025-07-05", to: "2025-07-01" }, "UTC");
    assert.deepEqual(f.problems, ["The start date is after the end date."]);
  });
});
