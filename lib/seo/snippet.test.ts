import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clip, displayUrl, SNIPPET_TITLE_MAX } from "./snippet";

describe("search snippet", () => {
  it("leaves a short title alone and cuts a long one at a word, within the limit", () => {
    assert.deepEqual(clip("Metro rail extends hours", SNIPPET_TITLE_MAX), {
      text: "Metro rail extends hours",
      cut: false,
    });
    const long = "Dhaka's metro rail will run until midnight from Sunday as ridership passes a record";
    const { text, cut } = clip(long, SNIPPET_TITLE_MAX);
    assert.ok(cut);
    assert.ok([...text].length <= SNIPPET_TITLE_MAX, text);
    assert.equal(text, "Dhaka's metro rail will run until midnight from Sunday as…");
  });

  it("counts characters, not UTF-16 units, and cuts a spaceless run mid-word", () => {
    const bangla = "ঢাকা".repeat(30);
    const { text } = clip(bangla, 60);
    assert.equal([...text].length, 60);
    assert.ok(text.endsWith("…"));
  });

  it("prints the address as results do, decoded", () => {
    assert.equal(
      displayUrl("https://news.example.com/city/%E0%A6%A2%E0%A6%BE%E0%A6%95%E0%A6%BE"),
      "news.example.com › city › ঢাকা",
    );
  });
});
