import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayOf, dayRange, monthGrid, parseDay, parseMonth, shiftDay, shiftMonth, todayIn } from "./days";

describe("the budget's days", () => {
  it("are Dhaka's days: 23:59 UTC on the 1st is already the 2nd in Dhaka", () => {
    assert.equal(todayIn("Asia/Dhaka", new Date("2026-12-01T23:59:00Z")), "2026-12-02");
    assert.equal(todayIn("Asia/Dhaka", new Date("2026-12-01T17:59:00Z")), "2026-12-01");
    assert.equal(dayOf(new Date("2026-12-01T18:00:00Z"), "Asia/Dhaka"), "2026-12-02");
  });
  it("run from local midnight to local midnight", () => {
    const { from, to } = dayRange("2026-12-02", "Asia/Dhaka");
    assert.equal(from.toISOString(), "2026-12-01T18:00:00.000Z");
    assert.equal(to.toISOString(), "2026-12-02T18:00:00.000Z");
  });
  it("may be 23 hours long where clocks change", () => {
    const { from, to } = dayRange("2026-03-29", "Europe/London");
    assert.equal(to.getTime() - from.getTime(), 23 * 3_600_000);
  });
  it("step across month and year ends", () => {
    assert.equal(shiftDay("2026-12-31", 1), "2027-01-01");
    assert.equal(shiftDay("2026-03-01", -1), "2026-02-28");
    assert.equal(shiftMonth("2026-12", 1), "2027-01");
    assert.equal(shiftMonth("2026-01", -1), "2025-12");
  });
  it("refuse dates that do not exist", () => {
    assert.equal(parseDay("2026-02-30"), null);
    assert.equal(parseDay("2026-2-3"), null);
    assert.equal(parseDay(undefined), null);
    assert.equal(parseDay("2026-02-28"), "2026-02-28");
    assert.equal(parseMonth("2026-13"), null);
    assert.equal(parseMonth("2026-12"), "2026-12");
  });
  it("lay a month out in Sunday-first weeks", () => {
    const weeks = monthGrid("2026-12"); // 1 December 2026 is a Tuesday
    assert.deepEqual(weeks[0], [null, null, "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05"]);
    assert.equal(weeks.flat().filter(Boolean).length, 31);
    assert.ok(weeks.every((w) => w.length === 7));
  });
});
