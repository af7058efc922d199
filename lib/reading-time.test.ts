import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readingMinutes, readingMinutesOfHtml, WORDS_PER_MINUTE } from "./reading-time";

const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(" ");

describe("reading time", () => {
  it("is at least a minute", () => {
    assert.equal(readingMinutes(""), 1);
    assert.equal(readingMinutes("Rain."), 1);
  });

  it("counts English at the English rate", () => {
    assert.equal(readingMinutes(words("rain", WORDS_PER_MINUTE.en * 4)), 4);
  });

  it("counts Bengali words at the slower Bengali rate", () => {
    // 920 words: four minutes in English, nearer six in Bangla, whose words carry their endings.
    assert.equal(readingMinutes(words("rain", 920)), 4);
    assert.equal(readingMinutes(words("মেট্রোরেলের", 920)), 6);
  });

  it("times a mixed text word by word", () => {
    const mixed = `${words("ঢাকায়", WORDS_PER_MINUTE.bn * 2)} ${words("metro", WORDS_PER_MINUTE.en * 2)}`;
    assert.equal(readingMinutes(mixed), 4);
  });

  it("reads a body's HTML without running words together across tags", () => {
    const html = `<p>${words("বৃষ্টি", 480)}</p><p>${words("বন্যা", 480)}</p>`.replace(/ /g, "</em> <em>");
    assert.equal(readingMinutesOfHtml(html), 6);
    assert.equal(readingMinutesOfHtml("<p>one</p><p>two</p>".repeat(230)), 2);
  });
});
