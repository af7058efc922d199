import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderBody } from "./render";
import { plainText, words } from "./words";

const text = (t: string) => ({ type: "text", text: t });
const p = (...content: unknown[]) => ({ type: "paragraph", content });

// One body with every kind of block and break a story uses.
const body = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [text("নদীর পানি বাড়ছে")] },
    p(text("Water at Sadarghat"), { type: "hardBreak" }, text("rose overnight.")),
    { type: "blockquote", content: [p(text("“We moved the launches,” said the port officer."))] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p(text("Buriganga"))] },
        { type: "listItem", content: [p(text("Shitalakshya"))] },
      ],
    },
    { type: "horizontalRule" },
    p(text("ঢাকায়"), { type: "hardBreak" }, text("বৃষ্টি")),
  ],
};

describe("a body's plain text", () => {
  it("has the same words in the editor's count as in the stored text", () => {
    // The desk counts words client-side (no schema); the server stores renderBody's text. A line
    // break used to join the words either side of it in the desk's count ("Sadarghatrose").
    assert.deepEqual(words(plainText(body)), words(renderBody(body).text));
    assert.ok(words(plainText(body)).includes("Sadarghat"));
    assert.ok(words(plainText(body)).includes("বৃষ্টি"));
  });
});
