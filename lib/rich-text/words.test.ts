import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { plainText, wordCount, words } from "./words";

describe("word count and reading time", () => {
  it("counts words in English and Bengali, ignoring punctuation", () => {
    assert.equal(wordCount("Rain, rain — and more rain!"), 5);
    assert.equal(wordCount("ঢাকায় বৃষ্টি হচ্ছে"), 3);
    assert.equal(wordCount("   "), 0);
  });
  it("keeps a Bengali word whole across a zero-width joiner or non-joiner, and stops at the danda", () => {
    // হৃদ্‌রোগ is one word written with a ZWNJ after the virama; র‍্যাব with a ZWJ.
    assert.equal(wordCount("হৃদ্\u200Cরোগ বাড়ছে।"), 2);
    assert.equal(wordCount("র\u200D্যাব এসেছে।আবার"), 3);
    assert.equal(wordCount("চাঁদপুরে ইলিশের আমদানি বেড়েছে, তবু দাম নাগালের বাইরে।"), 8);
  });
  it("lists the words it counts, leaving dashes and dandas out", () => {
    assert.deepEqual(words("বৃষ্টি — আবার। Rain"), ["বৃষ্টি", "আবার", "Rain"]);
  });
  it("extracts plain text from tiptap JSON block by block", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", content: [{ type: "text", text: "Title" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "One " },
            { type: "text", text: "two" },
          ],
        },
        {
          type: "bulletList",
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "item" }] }] }],
        },
      ],
    };
    assert.equal(plainText(doc), "Title\n\nOne two\n\nitem");
  });
});
