import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatClock,
  formatTimestamp,
  isoWithOffset,
  isValidTimeZone,
  offsetMinutes,
  utcToZonedLocal,
  zonedLocalToUtc,
} from "./time";

describe("newsroom time", () => {
  // 11:13:07 UTC is 17:13:07 in Dhaka (UTC+6, no daylight saving).
  const published = new Date("2025-07-04T11:13:07Z");

  it("formats a publish time in Dhaka with seconds and am/pm", () => {
    assert.equal(formatTimestamp(published, "Asia/Dhaka"), "05:13:07 pm, Friday, 4 July 2025");
  });

  it("formats the masthead clock like the product brief", () => {
    // 19:39 UTC on Saturday is 1:39 am on Sunday in Dhaka.
    assert.equal(formatClock(new Date("2025-08-02T19:39:00Z"), "Asia/Dhaka"), "1:39 am, Sunday, 3 August 2025");
  });

  it("writes noon and midnight as 12", () => {
    assert.equal(
      formatTimestamp(new Date("2025-01-01T06:00:00Z"), "Asia/Dhaka"),
      "12:00:00 pm, Wednesday, 1 January 2025",
    );
    assert.equal(
      formatTimestamp(new Date("2024-12-31T18:00:05Z"), "Asia/Dhaka"),
      "12:00:05 am, Wednesday, 1 January 2025",
    );
  });

  it("gives ISO times with the zone's offset", () => {
    assert.equal(isoWithOffset(published, "Asia/Dhaka"), "2025-07-04T17:13:07+06:00");
    assert.equal(isoWithOffset(published, "UTC"), "2025-07-04T11:13:07+00:00");
    assert.equal(isoWithOffset(published, "America/New_York"), "2025-07-04T07:13:07-04:00");
    assert.equal(isoWithOffset(new Date("2025-01-15T12:00:00Z"), "Asia/Kathmandu"), "2025-01-15T17:45:00+05:45");
  });

  it("follows daylight saving", () => {
    assert.equal(offsetMinutes(new Date("2025-01-15T12:00:00Z"), "Europe/London"), 0);
    assert.equal(offsetMinutes(new Date("2025-07-15T12:00:00Z"), "Europe/London"), 60);
  });

  it("knows a real time zone from a typo", () => {
    assert.ok(isValidTimeZone("Asia/Dhaka"));
    assert.ok(!isValidTimeZone("Asia/Dacca-not-a-zone"));
  });

  it("turns a time typed in the newsroom's zone into the instant, and back", () => {
    assert.equal(zonedLocalToUtc("2025-07-04T17:13", "Asia/Dhaka")?.toISOString(), "2025-07-04T11:13:00.000Z");
    assert.equal(zonedLocalToUtc("2025-07-15T09:00", "Europe/London")?.toISOString(), "2025-07-15T08:00:00.000Z");
    assert.equal(zonedLocalToUtc("2025-01-15T09:00", "Europe/London")?.toISOString(), "2025-01-15T09:00:00.000Z");
    assert.equal(zonedLocalToUtc("tomorrow at nine", "Asia/Dhaka"), null);
    assert.equal(utcToZonedLocal(new Date("2025-07-04T11:13:00Z"), "Asia/Dhaka"), "2025-07-04T17:13");
  });
});
