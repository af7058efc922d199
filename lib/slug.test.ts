import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { slugify, slugOr } from "./slug";

describe("slugify", () => {
  it("makes lower-case, dash-separated ASCII slugs from English headlines", () => {
    assert.equal(
      slugify("Metro Rail’s Line 6 Extends Hours — From Monday!"),
      "metro-rails-line-6-extends-hours-from-monday",
    );
  });
  it("folds Latin accents", () => {
    assert.equal(slugify("Café Noël à Dhaka"), "cafe-noel-a-dhaka");
  });
  it("keeps Bengali letters and vowel signs instead of producing an empty slug", () => {
    const slug = slugify("ঢাকায় বৃষ্টি, জলাবদ্ধতা");
    assert.equal(slug, "ঢাকায়-বৃষ্টি-জলাবদ্ধতা");
  });
  it("returns empty for a headline with nothing usable, and slugOr supplies the fallback", () => {
    assert.equal(slugify("!!! — ???"), "");
    assert.equal(slugOr("!!! — ???", "story-1a2b"), "story-1a2b");
  });
  it("limits the length at a word boundary", () => {
    const slug = slugify("word ".repeat(40));
    assert.ok(slug.length <= 80, `length ${slug.length}`);
    assert.ok(!slug.endsWith("-"));
    assert.match(slug, /^(word-)*word$/);
  });
});
