import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { absoluteMediaUrls } from "@/lib/media/picture";
import { portableBodyHtml } from "./embed";
import { isTooDeep, MAX_BODY_DEPTH, renderBody, RichTextError } from "./render";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, marks }] });

describe("renderBody", () => {
  it("renders headings, lists and links to HTML and plain text", () => {
    const { html, text } = renderBody(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Flood watch" }] },
        p("Rivers rising", [{ type: "link", attrs: { href: "https://example.org/rivers" } }]),
        { type: "bulletList", content: [{ type: "listItem", content: [p("Buriganga")] }] },
      ),
    );
    assert.match(html, /<h2>Flood watch<\/h2>/);
    assert.match(html, /<a [^>]*href="https:\/\/example.org\/rivers"[^>]*>Rivers rising<\/a>/);
    assert.match(html, /<ul><li><p>Buriganga<\/p><\/li><\/ul>/);
    assert.equal(text, "Flood watch\n\nRivers rising\n\nBuriganga");
  });

  it("escapes text so markup in a story cannot become HTML", () => {
    const { html } = renderBody(doc(p("<script>alert(1)</script>")));
    assert.ok(!html.includes("<script>"));
    assert.match(html, /&lt;script&gt;/);
  });

  it("refuses unknown nodes and javascript: links", () => {
    assert.throws(() => renderBody(doc({ type: "iframe" })), RichTextError);
    assert.throws(
      () => renderBody(doc(p("click", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))),
      /http, https, mailto or tel/,
    );
  });

  it("refuses unknown attributes and marks instead of silently dropping them", () => {
    assert.throws(
      () =>
        renderBody(doc({ type: "paragraph", attrs: { style: "color:red" }, content: [{ type: "text", text: "x" }] })),
      /Unknown attribute "style"/,
    );
    assert.throws(
      () => renderBody(doc(p("x", [{ type: "link", attrs: { href: "https://example.org", onclick: "steal()" } }]))),
      /Unknown attribute "onclick"/,
    );
    assert.throws(() => renderBody(doc(p("x", [{ type: "textStyle" }]))), /Unknown mark type "textStyle"/);
    assert.throws(
      () => renderBody(doc({ type: "paragraph", html: "<script>alert(1)</script>" })),
      /Unknown property "html"/,
    );
  });

  it("refuses what a pasted web page would bring if a client forwarded it raw", () => {
    // A paste in the editor goes through the same schema, which drops scripts and styling;
    // a client that skipped that and sent the page's structure anyway is refused here.
    assert.throws(
      () => renderBody(doc({ type: "script", content: [{ type: "text", text: "alert(1)" }] })),
      /Unknown node type "script"/,
    );
    assert.throws(
      () =>
        renderBody(
          doc({ type: "paragraph", attrs: { class: "MsoNormal" }, content: [{ type: "text", text: "Word" }] }),
        ),
      /Unknown attribute "class"/,
    );
  });
});

describe("link marks", () => {
  const linked = (attrs: Record<string, unknown>) =>
    doc(p("source", [{ type: "link", attrs: { href: "https://example.org/report", ...attrs } }]));

  it("always renders the site's rel and never an author's class", () => {
    for (const attrs of [{}, { rel: null, class: null }, { rel: "noopener noreferrer nofollow" }, { rel: "ugc" }]) {
      const { html } = renderBody(linked(attrs));
      assert.match(html, /<a [^>]*rel="noopener noreferrer nofollow"[^>]*>source<\/a>/);
      assert.doesNotMatch(html, /class=|target=/);
    }
  });

  it("keeps target only as _blank", () => {
    assert.match(renderBody(linked({ target: "_blank" })).html, /<a [^>]*target="_blank"/);
  });

  it("refuses an author-chosen rel, a class, or any other target, saying why", () => {
    assert.throws(() => renderBody(linked({ rel: "me opener" })), /rel is set by the site/);
    assert.throws(() => renderBody(linked({ rel: "noopener", class: "button-primary" })), /may not carry a class/);
    assert.throws(() => renderBody(linked({ target: "_top" })), /only open in a new tab/);
    assert.throws(() => renderBody(linked({ target: "login-frame" })), RichTextError);
  });

  // Issue 19, item 10: an object as a link's title made the renderer throw a TypeError (a 500).
  it("refuses attribute values that are not text or numbers, as a validation error", () => {
    assert.throws(() => renderBody(linked({ title: { toString: 1 } })), RichTextError);
    assert.throws(() => renderBody(linked({ href: ["https://example.org"] })), RichTextError);
    assert.match(renderBody(linked({ title: "The report" })).html, /title="The report"/);
  });
});

describe("leaf nodes", () => {
  // Issue 19, item 10: a text node carrying content was stored as sent.
  it("refuses content on a leaf and text on anything but a text node", () => {
    const hidden = { type: "paragraph", content: [{ type: "text", text: "x" }] };
    assert.throws(
      () => renderBody(doc({ type: "paragraph", content: [{ type: "text", text: "a", content: [hidden] }] })),
      RichTextError,
    );
    assert.throws(() => renderBody(doc({ type: "horizontalRule", content: [hidden] })), RichTextError);
    assert.throws(() => renderBody(doc({ type: "paragraph", text: "stray" })), RichTextError);
    assert.throws(() => renderBody(doc({ type: "paragraph", content: [{ type: "text", text: 5 }] })), RichTextError);
  });
});

/** A doc whose paragraph sits inside `levels` blockquotes: levels + 3 nodes deep with the text. */
function nested(levels: number): unknown {
  let node: unknown = { type: "paragraph", content: [{ type: "text", text: "deep" }] };
  for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
  return doc(node);
}

describe("nesting depth", () => {
  it("refuses a body nested past the cap with a clear message instead of overflowing the stack", () => {
    // 2,000 levels overflowed the recursion in the schema check before the cap (a 500).
    for (const levels of [MAX_BODY_DEPTH, 2_000, 100_000]) {
      assert.throws(
        () => renderBody(nested(levels)),
        (e: unknown) => e instanceof RichTextError && /nested more than 50 levels deep/.test(e.message),
      );
    }
  });

  it("still renders a body at the cap", () => {
    const { text } = renderBody(nested(MAX_BODY_DEPTH - 3));
    assert.equal(text, "deep");
  });

  it("counts deep plain JSON in attributes too", () => {
    let value: unknown = "x";
    for (let i = 0; i < 5_000; i++) value = { a: value };
    assert.equal(isTooDeep(doc({ type: "paragraph", attrs: { textAlign: value } })), true);
    assert.equal(isTooDeep(doc(p("shallow"))), false);
  });
});

describe("library images in a body", () => {
  const id = "5f1f6a2e-8d7c-4b1a-9e3f-0a1b2c3d4e5f";
  const file = (key: string, width: number, format: "jpeg" | "webp" | "avif") => ({
    key,
    width,
    height: width / 2,
    format,
    bytes: 1,
  });
  const media = {
    id,
    alt: 'Boats "at" <dawn>',
    caption: "<script>alert(1)</script>",
    credit: "Photo: A & B",
    width: 1280,
    height: 640,
    files: {
      original: file("o/aa/" + "a".repeat(64) + ".jpg", 1280, "jpeg"),
      variants: [
        file("v/bb/" + "b".repeat(64) + ".jpg", 640, "jpeg"),
        file("v/cc/" + "c".repeat(64) + ".webp", 640, "webp"),
      ],
      crops: {
        "16x9": file("c/dd/" + "d".repeat(64) + ".jpg", 1200, "jpeg"),
        "4x3": file("c/dd/" + "d".repeat(64) + ".jpg", 1200, "jpeg"),
        "1x1": file("c/dd/" + "d".repeat(64) + ".jpg", 1200, "jpeg"),
      },
    },
  };
  const doc = { type: "doc", content: [{ type: "image", attrs: { mediaId: id } }] };

  it("renders a lazy <picture> from the library row, with every text escaped", () => {
    const { html } = renderBody(doc, new Map([[id, media]]));
    assert.match(
      html,
      /^<figure class="body-image" data-media-id="5f1f6a2e[^"]*"><picture><source type="image\/webp" srcset="\/media\/v\/cc\/c+\.webp 640w"/,
    );
    assert.match(html, /alt="Boats &quot;at&quot; &lt;dawn&gt;" loading="lazy"/);
    assert.match(html, /width="1280" height="640"/);
    assert.ok(!html.includes("<script>"));
    assert.match(
      html,
      /<figcaption>&lt;script&gt;alert\(1\)&lt;\/script&gt; <span class="credit">Photo: A &amp; B<\/span><\/figcaption>/,
    );
  });

  it("makes the image addresses absolute for feeds and the API, and nothing else", () => {
    const { html } = renderBody(
      { type: "doc", content: [p("See /media/ here"), { type: "image", attrs: { mediaId: id } }] },
      new Map([[id, media]]),
    );
    const out = absoluteMediaUrls(html, "https://news.example.com");
    assert.match(out, /src="https:\/\/news\.example\.com\/media\/v\/bb\/b+\.jpg"/);
    assert.match(out, /srcset="https:\/\/news\.example\.com\/media\/v\/cc\/c+\.webp 640w"/);
    assert.match(out, /See \/media\/ here/);
    assert.ok(!/"\/media\//.test(out));
  });

  it("refuses an image that is not a library id, and any attribute besides the id", () => {
    assert.throws(
      () => renderBody({ type: "doc", content: [{ type: "image", attrs: { mediaId: "../x" } }] }),
      /not from the media library/,
    );
    assert.throws(
      () =>
        renderBody({
          type: "doc",
          content: [{ type: "image", attrs: { mediaId: id, src: "https://evil.example/x.png" } }],
        }),
      /Unknown attribute "src"/,
    );
    assert.throws(() => renderBody({ type: "doc", content: [{ type: "image" }] }), /not from the media library/);
  });

  it("shows this use's own alt, caption and credit, escaped, and the library's where one is blank", () => {
    const own = {
      type: "doc",
      content: [
        {
          type: "image",
          attrs: { mediaId: id, alt: "Gulls over <the> pier", caption: "Low tide, 6 a.m.", credit: "" },
        },
      ],
    };
    const { html } = renderBody(own, new Map([[id, media]]));
    assert.match(html, /alt="Gulls over &lt;the&gt; pier"/);
    assert.match(html, /<figcaption>Low tide, 6 a\.m\. <span class="credit">Photo: A &amp; B<\/span><\/figcaption>/);
    assert.ok(!html.includes("Boats"), "the library's alt is replaced");
    assert.ok(!html.includes("alert(1)"), "the library's caption is replaced");
    // Whitespace alone is blank: the library's caption shows.
    const blank = { type: "doc", content: [{ type: "image", attrs: { mediaId: id, caption: "   " } }] };
    assert.match(renderBody(blank, new Map([[id, media]])).html, /<figcaption>&lt;script&gt;alert/);
  });

  it("renders a gallery as a labelled list of figures, each with alt, caption and credit, and flat figures for feeds", () => {
    const id2 = "6a2b7c3d-9e8f-4a1b-8c2d-1e2f3a4b5c6d";
    const second = { ...media, id: id2, alt: "Second photo", caption: "Library caption two", credit: "" };
    const gallery = {
      type: "doc",
      content: [
        {
          type: "gallery",
          attrs: {
            items: [
              { mediaId: id, caption: "Own <caption>" },
              { mediaId: id2, alt: "Ferry at Sadarghat" },
            ],
          },
        },
      ],
    };
    const { html } = renderBody(
      gallery,
      new Map([
        [id, media],
        [id2, second],
      ]),
    );
    assert.match(html, /^<div class="body-gallery" role="group" aria-label="Gallery, 2 photos"><ul><li><figure /);
    assert.match(html, /<figcaption>Own &lt;caption&gt; <span class="credit">Photo: A &amp; B<\/span><\/figcaption>/);
    // The second photo's alt text is this story's own; its caption the library's.
    assert.match(html, /alt="Ferry at Sadarghat"[^>]*><\/picture><figcaption>Library caption two<\/figcaption>/);
    const portable = portableBodyHtml(html);
    assert.ok(!/body-gallery|<ul>|<li>/.test(portable), portable);
    assert.equal(portable.match(/<figure class="body-image"/g)?.length, 2);
  });

  it("refuses a gallery with too few or too many images, or anything but library ids and captions", () => {
    const g = (items: unknown) => ({ type: "doc", content: [{ type: "gallery", attrs: { items } }] });
    assert.throws(() => renderBody(g([{ mediaId: id }])), /2 to 12 images/);
    assert.throws(() => renderBody(g(Array.from({ length: 13 }, () => ({ mediaId: id })))), /2 to 12 images/);
    assert.throws(() => renderBody(g("nope")), /2 to 12 images/);
    assert.throws(() => renderBody(g([{ mediaId: id }, { mediaId: "../x" }])), /from the media library/);
    assert.throws(
      () => renderBody(g([{ mediaId: id }, { mediaId: id, src: "https://evil.example/x.png" }])),
      /Unknown property "src"/,
    );
    assert.throws(() => renderBody(g([{ mediaId: id }, { mediaId: id, caption: 5 }])), /caption must be text/);
    assert.throws(() => renderBody(g([{ mediaId: id }, { mediaId: id, alt: { a: 1 } }])), /alt text must be text/);
    assert.throws(
      () => renderBody(g([{ mediaId: id }, { mediaId: id, credit: "x".repeat(201) }])),
      /credit may be at most 200 characters/,
    );
    assert.throws(
      () => renderBody(g([{ mediaId: id }, { mediaId: id, caption: "x".repeat(1001) }])),
      /at most 1000 characters/,
    );
  });

  it("refuses per-use texts that are not text or are too long", () => {
    const withAttrs = (attrs: Record<string, unknown>) => ({
      type: "doc",
      content: [{ type: "image", attrs: { mediaId: id, ...attrs } }],
    });
    assert.throws(() => renderBody(withAttrs({ alt: 42 })), /alt text in the body must be text/);
    assert.throws(() => renderBody(withAttrs({ caption: { html: "<b>" } })), /caption text in the body must be text/);
    assert.throws(() => renderBody(withAttrs({ credit: "x".repeat(201) })), /at most 200 characters/);
    assert.throws(() => renderBody(withAttrs({ alt: "x".repeat(501) })), /at most 500 characters/);
    assert.doesNotThrow(() => renderBody(withAttrs({ alt: "x".repeat(500), caption: "", credit: "Staff" })));
  });
});
