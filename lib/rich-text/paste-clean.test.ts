import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DOMParser } from "linkedom";
import { cleanPastedHtml, type CleanOptions } from "./paste-clean";

const parser = new DOMParser() as unknown as CleanOptions["parser"];
const word = readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/word-paste.html"), "utf8");
const clean = (html: string, bijoy: "keep" | "convert" = "keep") => cleanPastedHtml(html, { parser, bijoy });

describe("cleanPastedHtml: Word", () => {
  const { html, bijoyFont } = clean(word);

  it("keeps headings, paragraphs, links, bold and italic and nothing else", () => {
    assert.match(html, /^<h2>Budget sets aside more for river dredging<\/h2>/);
    assert.match(html, /<strong>|<b>Tk 4,200 crore<\/b>/);
    assert.match(html, /<i>long overdue<\/i>/);
    assert.match(html, /<a href="https:\/\/example.org\/budget-speech">ministry website<\/a>/);
    assert.match(html, /<h2>Where the money goes<\/h2>/);
    for (const junk of [
      /style=/,
      /class=/,
      /<span/,
      /<o:p/,
      /lang=/,
      /\u00a0/,
      /&nbsp;/,
      /<!--/,
      /<meta/,
      /<style/,
      /mso-/,
    ])
      assert.doesNotMatch(html, junk);
  });

  it("drops empty paragraphs", () => {
    assert.doesNotMatch(html, /<p>\s*<\/p>/);
    assert.doesNotMatch(html, /<p><\/p>/);
  });

  it("turns mso-list paragraphs into real, nested lists without their typed markers", () => {
    assert.match(
      html,
      /<ul><li><p>Jamuna and Padma channels<\/p><\/li><li><p>Haor wetlands in the north-east<\/p><\/li><li><p>Coastal embankments<\/p><\/li><\/ul>/,
    );
    assert.match(
      html,
      /<ol><li><p>Surveys before the monsoon<\/p><ol><li><p>Depth soundings on 14 routes<\/p><\/li><\/ol><\/li><li><p>Dredging after the rains<\/p><\/li><\/ol>/,
    );
    assert.doesNotMatch(html, /·|>1\.|>a\./);
  });

  it("keeps the table, its bold first row as column heads", () => {
    assert.match(
      html,
      /<table>(<tbody>)?<tr><th><p><b>River<\/b><\/p><\/th><th><p><b>Allocation \(Tk crore\)<\/b><\/p><\/th><\/tr>/,
    );
    assert.match(html, /<td><p>Jamuna<\/p><\/td><td><p>1,850<\/p><\/td>/);
    assert.doesNotMatch(html, /width|valign|border/);
  });

  it("notices SutonnyMJ text, and converts it only when asked", () => {
    assert.equal(bijoyFont, true);
    assert.match(html, /<p>XvKv †_‡K Avgv‡`i cÖwZ‡e`K<\/p>/);
    assert.match(clean(word, "convert").html, /<p>ঢাকা থেকে আমাদের প্রতিবেদক<\/p>/);
    // English text in the same paste is never converted.
    assert.match(clean(word, "convert").html, /Coastal embankments/);
  });
});

describe("cleanPastedHtml: Word with comments and tracked changes (issue 19, item 16)", () => {
  const review = readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/word-paste-review.html"), "utf8");
  // The same clipboard as a browser hands it over: Word's <![if …]> blocks already read as comments.
  const asBrowser = review.replace(/<!\[(if [^\]]*|endif)\]>/g, "<!--[$1]-->");

  for (const [name, source] of [
    ["as Word writes it", review],
    ["as the browser parses it", asBrowser],
  ] as const) {
    const { html } = clean(source);
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

    it(`drops comment anchors and the comments' text, ${name}`, () => {
      assert.doesNotMatch(html, /\[NJ1\]|\[TA2\]|NJ1|TA2/);
      assert.doesNotMatch(html, /DESK: toll not confirmed|do not run before 6pm|Check the passenger count/);
      assert.doesNotMatch(html, /<hr/);
      // The commented words themselves are the story's and stay.
      assert.match(text, /by evening, police said\./);
      assert.match(text, /about 60 passengers from Chandpur\./);
    });

    it(`keeps tracked insertions and drops tracked deletions, ${name}`, () => {
      assert.match(text, /The death toll rose to nine by evening/);
      assert.doesNotMatch(html, /seven|sevennine/);
      assert.match(text, /searched the river with help from two navy boats\./);
      assert.doesNotMatch(html, /until midnight/);
      assert.doesNotMatch(html, /unnamed official/);
      assert.doesNotMatch(html, /<ins|<del|cite=|mailto:|msoIns|msoDel/);
    });

    it(`leaves no empty paragraph where a deleted one was, ${name}`, () => {
      assert.doesNotMatch(html, /<p>\s*<\/p>/);
      assert.equal((html.match(/<p>/g) ?? []).length, 4);
    });
  }
});

describe("cleanPastedHtml: Google Docs and the web", () => {
  it("ignores Docs' font-weight:normal wrapper and reads bold and italic from styles", () => {
    const docs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><h1 dir="ltr"><span style="font-size:20pt">Metro rail extends hours</span></h1>' +
      '<p dir="ltr"><span style="font-weight:400">Trains will run until </span><span style="font-weight:700">11pm</span><span style="font-weight:400"> from </span><span style="font-style:italic">Sunday</span></p><br>' +
      '<ul><li dir="ltr" style="list-style-type:disc"><p dir="ltr"><span>Uttara North</span></p></li></ul></b>';
    const { html } = clean(docs);
    assert.equal(
      html,
      "<h2>Metro rail extends hours</h2><p>Trains will run until <strong>11pm</strong> from <em>Sunday</em></p><ul><li><p>Uttara North</p></li></ul>",
    );
  });

  it("keeps the space between inline words inside list items and cells", () => {
    assert.equal(
      clean("<ul>\n <li><b>Dhaka</b> <i>North</i></li>\n</ul>").html,
      "<ul><li><b>Dhaka</b> <i>North</i></li></ul>",
    );
  });

  it("drops scripts, unsafe links and anchors, keeping their words", () => {
    const { html } = clean(
      '<div><p>See <a href="javascript:alert(1)">this</a> and <a href="#top">that</a> <a name="x">here</a><script>alert(1)</script>' +
        '<img src="https://tracker.example/p.gif"><button>Buy</button></p></div>',
    );
    assert.equal(html, "<p>See this and that here</p>");
  });
});
