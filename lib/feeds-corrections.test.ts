// Issue 19: a story's corrections were on its page but not in its feed item.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readerText } from "@/lib/i18n/reader-text";
import { correctionsHtml } from "./feeds";

const at = new Date("2026-08-07T13:00:00Z");

describe("correctionsHtml", () => {
  it("is the corrections box in the edition's words, escaped, dated in the newsroom's zone", () => {
    const html = correctionsHtml(
      [{ kind: "correction", body: "The toll was nine, not <seven>.", createdAt: at }],
      readerText("en", "en-GB"),
      "Asia/Dhaka",
    );
    assert.match(html, /^<aside><h2>Corrections and updates<\/h2><ul><li><strong>Correction<\/strong>, /);
    assert.match(html, /<time datetime="2026-08-07T19:00:00\+06:00">/);
    assert.match(html, /The toll was nine, not &lt;seven&gt;\.<\/li><\/ul><\/aside>$/);
  });

  it("says it in Bangla for a Bangla story", () => {
    const html = correctionsHtml(
      [{ kind: "update", body: "নতুন তথ্য যোগ হয়েছে।", createdAt: at }],
      readerText("bn", "en-GB"),
      "Asia/Dhaka",
    );
    assert.doesNotMatch(html, /Corrections and updates|>Update</);
    assert.match(html, /নতুন তথ্য যোগ হয়েছে।/);
  });

  it("is nothing when there are none", () => {
    assert.equal(correctionsHtml([], readerText("en", "en-GB"), "Asia/Dhaka"), "");
  });
});
