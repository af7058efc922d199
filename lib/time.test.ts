import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  digits,
  formatClock,
  formatDate,
  formatTimestamp,
  isoWithOffset,
  isValidTimeZone,
  offsetMinutes,
  utcToZonedLocal,
  zonedLocalToUtc,
} from "./time";

describe("newsroom time in Bangla (bn-BD)", () => {
  // The settings form offers bn-BD; Number() on Bengali digits once printed "NaN:১৩:০৭".
  it("writes the precise timestamp in Bengali digits and words, the time of day as a word", () => {
    assert.equal(
      formatTimestamp(new Date("2025-07-04T11:13:07Z"), "Asia/Dhaka", "bn-BD"),
      "বিকেল ০৫:১৩:০৭, শুক্রবার, ৪ জুলাই ২০২৫",
    );
  });

  it("writes the masthead clock after midnight on the next day", () => {
    // 19:39 UTC on Saturday 2 August is 1:39 am on Sunday 3 August in Dhaka.
    assert.equal(formatClock(new Date("2025-08-02T19:39:00Z"), "Asia/Dhaka", "bn-BD"), "রাত ১:৩৯, রবিবার, ৩ আগস্ট ২০২৫");
  });

  it("turns the month and the year over at Dhaka's midnight, not UTC's", () => {
    // 18:30 UTC on 31 July is 00:30 on 1 August in Dhaka; 18:00 UTC on 31 December is New Year.
    assert.equal(
      formatClock(new Date("2025-07-31T18:30:00Z"), "Asia/Dhaka", "bn-BD"),
      "রাত ১২:৩০, শুক্রবার, ১ আগস্ট ২০২৫",
    );
    assert.equal(
      formatTimestamp(new Date("2025-12-31T18:00:00Z"), "Asia/Dhaka", "bn-BD"),
      "রাত ১২:০০:০০, বৃহস্পতিবার, ১ জানুয়ারি ২০২৬",
    );
    assert.equal(formatDate(new Date("2025-12-31T17:59:59Z"), "Asia/Dhaka", "bn-BD"), "৩১ ডিসেম্বর, ২০২৫");
  });

  it("names each part of the day as Bangla papers do, with no am or pm", () => {
    // Dhaka is UTC+6: these are 05:00, 09:15, 13:00, 16:00, 19:00 and 22:00 there.
    const at = (utc: string) => formatClock(new Date(utc), "Asia/Dhaka", "bn-BD").split(",")[0];
    assert.equal(at("2025-08-02T23:00:00Z"), "ভোর ৫:০০");
    assert.equal(at("2025-08-03T03:15:00Z"), "সকাল ৯:১৫");
    assert.equal(at("2025-08-03T07:00:00Z"), "দুপুর ১:০০");
    assert.equal(at("2025-08-03T10:00:00Z"), "বিকেল ৪:০০");
    assert.equal(at("2025-08-03T13:00:00Z"), "সন্ধ্যা ৭:০০");
    assert.equal(at("2025-08-03T16:00:00Z"), "রাত ১০:০০");
    assert.doesNotMatch(formatClock(new Date(), "Asia/Dhaka", "bn-BD"), /am|pm/);
  });

  it("gives a Latest list the time for today's stories and the day for older ones", async () => {
    const { formatListTime } = await import("./time");
    const now = new Date("2025-08-03T10:00:00Z"); // 4:00 pm in Dhaka
    assert.equal(formatListTime(new Date("2025-08-03T03:15:00Z"), "Asia/Dhaka", "en-GB", now), "9:15 am");
    assert.equal(formatListTime(new Date("2025-08-03T03:15:00Z"), "Asia/Dhaka", "bn-BD", now), "সকাল ৯:১৫");
    // 17:59 UTC on 2 August is 11:59 pm in Dhaka the day before: a date, not a time.
    assert.equal(formatListTime(new Date("2025-08-02T17:59:00Z"), "Asia/Dhaka", "en-GB", now), "2 Aug");
  });

  it("keeps Latin digits when the locale asks for them", () => {
    assert.equal(
      formatTimestamp(new Date("2025-07-04T11:13:07Z"), "Asia/Dhaka", "bn-BD-u-nu-latn"),
      "বিকেল 05:13:07, শুক্রবার, 4 জুলাই 2025",
    );
    assert.equal(digits(7, "bn-BD", 2), "০৭");
    assert.equal(digits(2026, "en-GB"), "2026");
  });
});

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
