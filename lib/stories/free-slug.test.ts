import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { siteSettings } from "@/db/schema";
import { FIELD_LIMITS } from "./fields";
import { slugCandidates } from "./free-slug";

describe("slugCandidates", () => {
  it("dates the fallback by the newsroom's calendar, not UTC's", () => {
    // 01:00 on 3 August in Dhaka (UTC+6) is 19:00 on 2 August in UTC.
    const now = new Date("2025-08-02T19:00:00Z");
    const dhaka = slugCandidates("ferry-timetable", now, "Asia/Dhaka", "a1b2c3");
    assert.ok(dhaka.includes("ferry-timetable-2025-08-03"), dhaka.join(" "));
    assert.ok(!dhaka.includes("ferry-timetable-2025-08-02"));
    // The same instant in a newsroom west of Greenwich is still the 2nd.
    assert.ok(slugCandidates("ferry-timetable", now, "America/New_York", "x").includes("ferry-timetable-2025-08-02"));
  });

  it("tries the slug, then -2 … -9, the date and a random suffix, in that order", () => {
    const all = slugCandidates("ferry", new Date("2025-08-03T06:00:00Z"), "Asia/Dhaka", "a1b2c3");
    assert.deepEqual(all, [
      "ferry",
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `ferry-${n}`),
      "ferry-2025-08-03",
      "ferry-a1b2c3",
    ]);
  });

  it("keeps a long slug with its suffix inside the slug limit", () => {
    const long = "a".repeat(200);
    for (const c of slugCandidates(long, new Date(), "Asia/Dhaka", "a1b2c3").slice(1)) {
      assert.ok(c.length <= FIELD_LIMITS.slug, c);
      assert.ok(c.startsWith("aaaa"), c);
    }
  });

  it("falls back to the settings column's own default zone", () => {
    assert.equal(siteSettings.timeZone.default, "Asia/Dhaka");
  });
});
