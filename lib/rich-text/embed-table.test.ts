import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { embedsInHtml, portableBodyHtml } from "./embed";
import { renderBody, RichTextError } from "./render";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const yt = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

describe("embed nodes", () => {
  it("render a click-to-load placeholder that loads nothing from the provider", () => {
    const { html, text } = renderBody(doc(p("Watch:"), { type: "embed", attrs: { provider: "youtube", url: yt } }));
    assert.match(html, /<figure class="embed embed-youtube" data-embed="youtube"/);
    assert.match(
      html,
      /<button type="button" class="embed-load" data-embed-load data-needs-js>Load YouTube video<\/button>/,
    );
    assert.match(
      html,
      new RegExp(`<a href="${yt.replace(/[?.]/g, "\\$&")}" rel="noopener noreferrer nofollow">Open on YouTube</a>`),
    );
    // No frame, picture or script, and no address of the provider in a src.
    assert.doesNotMatch(html, /<iframe|<img|<script|\ssrc=/);
    assert.equal(text, "Watch:");
  });

  it("are refused unless provider and canonical address agree with the allow-list", () => {
    for (const attrs of [
      { provider: "youtube", url: "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ" },
      { provider: "youtube", url: "https://youtu.be/dQw4w9WgXcQ" },
      { provider: "x", url: yt },
      { provider: "vimeo", url: "https://vimeo.com/1" },
      { provider: "youtube", url: null },
    ])
      assert.throws(() => renderBody(doc({ type: "embed", attrs })), RichTextError, JSON.stringify(attrs));
    assert.throws(
      () => renderBody(doc({ type: "embed", attrs: { provider: "youtube", url: yt, html: "<iframe>" } })),
      /Unknown attribute "html"/,
    );
  });

  it("become a plain link for feeds and the API, listed as data", () => {
    const maps = "https://www.google.com/maps?q=Kamalapur+station&z=15";
    const { html } = renderBody(
      doc(
        { type: "embed", attrs: { provider: "youtube", url: yt } },
        { type: "embed", attrs: { provider: "maps", url: maps } },
      ),
    );
    const portable = portableBodyHtml(html);
    assert.equal(
      portable,
      `<p><a href="${yt}">YouTube video: ${yt}</a></p>` +
        `<p><a href="${maps.replace(/&/g, "&amp;")}">Google map: ${maps.replace(/&/g, "&amp;")}</a></p>`,
    );
    assert.deepEqual(embedsInHtml(html), [
      { provider: "youtube", url: yt },
      { provider: "maps", url: maps },
    ]);
  });
});

describe("tables", () => {
  const cell = (type: string, text: string, attrs?: object) => ({ type, attrs, content: [p(text)] });
  const results = (caption: string | null) => ({
    type: "table",
    attrs: { caption },
    content: [
      { type: "tableRow", content: [cell("tableHeader", "Constituency"), cell("tableHeader", "Votes")] },
      { type: "tableRow", content: [cell("tableHeader", "Dhaka-8"), cell("tableCell", "41,203")] },
      { type: "tableRow", content: [cell("tableCell", "Total", { colspan: 2 })] },
    ],
  });

  it("render with caption, column and row heads, inside a focusable scrolling region", () => {
    const { html, text } = renderBody(doc(results("Results by seat")));
    assert.equal(
      html,
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Results by seat"><table><caption>Results by seat</caption>' +
        '<thead><tr><th scope="col"><p>Constituency</p></th><th scope="col"><p>Votes</p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p>Dhaka-8</p></th><td><p>41,203</p></td></tr><tr><td colspan="2"><p>Total</p></td></tr></tbody></table></div>',
    );
    assert.match(text, /Constituency/);
    assert.match(text, /41,203/);
  });

  it("give feeds a plain table", () => {
    const { html } = renderBody(doc(results(null)));
    const portable = portableBodyHtml(html);
    assert.match(portable, /^<table><thead>/);
    assert.doesNotMatch(portable, /table-scroll/);
  });

  it("refuse images or tables in cells and bad spans or captions", () => {
    const image = { type: "image", attrs: { mediaId: "0b5f2b9e-5d3c-4a53-9d2e-1a2b3c4d5e6f" } };
    assert.throws(
      () =>
        renderBody(
          doc({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [image] }] }] }),
        ),
      RichTextError,
    );
    assert.throws(
      () =>
        renderBody(
          doc({ type: "table", content: [{ type: "tableRow", content: [cell("tableCell", "x", { colspan: 0 })] }] }),
        ),
      /spans 1 to 50/,
    );
    assert.throws(() => renderBody(doc({ ...results("x".repeat(301)) })), /caption/);
    assert.throws(
      () =>
        renderBody(
          doc({
            type: "table",
            content: [{ type: "tableRow", content: [cell("tableCell", "x", { align: "justify;color:red" })] }],
          }),
        ),
      /aligned/,
    );
  });
});
