// The masthead draws the other editions' names with a committed subset font (scripts/fonts/
// edition-label.ts). Rename an edition, or add one, without rebuilding the subset and its
// @font-face range, and a phone without that script's font shows boxes: these fail first.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildLabelFont, LABEL_FONT_OUT, labelCharacters } from "../scripts/fonts/edition-label";

const CSS = fs.readFileSync(path.resolve(import.meta.dirname, "..", "app", "globals.css"), "utf8");

describe("the edition label font", () => {
  it("is the subset the editions' names need today", async () => {
    assert.ok(labelCharacters().length > 0, "an edition is named in a non-Latin script");
    const committed = fs.readFileSync(LABEL_FONT_OUT);
    const fresh = await buildLabelFont();
    assert.ok(
      committed.equals(fresh),
      "public/fonts/edition-label-bn.woff2 is stale: run scripts/fonts/edition-label.ts",
    );
    assert.ok(committed.length < 4096, `a few letters stay small (${committed.length} bytes)`);
  });

  it("is asked for by exactly those letters", () => {
    const face = /@font-face\s*{[^}]*"Dateline Edition Label"[^}]*}/.exec(CSS)?.[0];
    assert.ok(face, "globals.css declares the face");
    const range = /unicode-range:\s*([^;]+);/.exec(face)![1]!;
    const declared = range.split(",").map((r) => String.fromCodePoint(parseInt(r.trim().replace(/^U\+/i, ""), 16)));
    assert.deepEqual(declared.sort().join(""), labelCharacters());
  });
});
