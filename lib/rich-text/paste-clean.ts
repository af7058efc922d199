// Clipboard HTML from Word, Google Docs and web pages, reduced to the structure a story keeps
// (issue 12, capability 5): headings, paragraphs, real lists, links, bold and italic, tables.
// Word's list paragraphs (mso-list) become <ul>/<ol>; styling that means bold or italic becomes
// <strong>/<em>; every class, style, span, &nbsp; run and empty paragraph goes. Runs in the
// browser before tiptap parses the paste (and in tests with linkedom): it only needs a DOMParser.
import { bijoyToUnicode, isBijoyFont } from "./bijoy";
import { isAllowedHref } from "./extensions";

export type CleanOptions = {
  /** A DOMParser: the browser's, or linkedom's in tests. */
  parser: { parseFromString(html: string, type: "text/html"): Document };
  /** "convert": text set in a Bijoy font (SutonnyMJ…) becomes Unicode Bangla; "keep": left as typed. */
  bijoy?: "keep" | "convert";
};

export type CleanResult = { html: string; /** Some text was set in a Bijoy font. */ bijoyFont: boolean };

const DROP = new Set([
  "STYLE",
  "SCRIPT",
  "META",
  "LINK",
  "TITLE",
  "XML",
  "HEAD",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "CANVAS",
  "BUTTON",
  "INPUT",
  "SELECT",
  "TEXTAREA",
  "FORM",
]);
// Kept as they are (their attributes still go, bar the few below).
const KEEP = new Set([
  "P",
  "H2",
  "H3",
  "H4",
  "UL",
  "OL",
  "LI",
  "A",
  "STRONG",
  "EM",
  "B",
  "I",
  "BR",
  "BLOCKQUOTE",
  "HR",
  "TABLE",
  "CAPTION",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "TD",
  "TH",
  "FIGURE",
]);
const RENAME: Record<string, string> = { H1: "h2", H5: "h4", H6: "h4", DIV: "p", DT: "p", DD: "p", PRE: "p" };
const BLOCKISH = new Set([
  ..."P H2 H3 H4 UL OL LI TABLE CAPTION THEAD TBODY TFOOT TR TD TH BLOCKQUOTE HR FIGURE".split(" "),
]);
/** No node (the edge of a parent) or a block: whitespace next to it is the source's indentation. */
const isBlockish = (n: Node | null) => n === null || (n.nodeType === 1 && BLOCKISH.has((n as Element).tagName));
const BLOCKS = new Set(["P", "H2", "H3", "H4", "LI", "BLOCKQUOTE", "TD", "TH", "CAPTION"]);
const ATTRS: Record<string, string[]> = {
  A: ["href"],
  TD: ["colspan", "rowspan"],
  TH: ["colspan", "rowspan"],
  FIGURE: ["data-media-id", "data-embed", "data-embed-url"],
};

const style = (el: Element, prop: string): string | null => {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, "i").exec(el.getAttribute("style") ?? "");
  return m ? m[1]!.trim().replace(/^['"]|['"]$/g, "") : null;
};

const isBoldWeight = (w: string | null) => w !== null && (/bold/i.test(w) || Number(w) >= 600);

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  while (el.firstChild) next.appendChild(el.firstChild);
  for (const a of Array.from(el.attributes)) next.setAttribute(a.name, a.value);
  el.replaceWith(next);
  return next;
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function wrapChildren(el: Element, tag: string): void {
  const w = el.ownerDocument.createElement(tag);
  while (el.firstChild) w.appendChild(el.firstChild);
  el.appendChild(w);
}

/**
 * Word's conditional comments hide the list bullet between [if !supportLists] and [endif], and a
 * comment's "[NJ1]" marker between [if !supportAnnotations] and [endif].
 */
function dropConditionalContent(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Comment[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n as Comment);
  const isEndif = (n: Node | null) => n !== null && n.nodeType === 8 && /^\s*\[endif\]/.test((n as Comment).data);
  for (const c of comments) {
    if (!c.parentNode) continue;
    if (/^\s*\[if !supportAnnotations\]/.test(c.data)) {
      // Only a block whose [endif] is its sibling: the comment list opens a <div> inside one
      // and closes it in the next, and that text goes by its class (dropReviewMarks) instead.
      let end = c.nextSibling;
      while (end && !isEndif(end)) end = end.nextSibling;
      while (end && c.nextSibling && c.nextSibling !== end) c.parentNode.removeChild(c.nextSibling);
      continue;
    }
    if (!/^\s*\[if !supportLists\]/.test(c.data)) continue;
    let n = c.nextSibling;
    while (n && !(n.nodeType === 8 && /^\s*\[endif\]/.test((n as Comment).data))) {
      const next = n.nextSibling;
      n.parentNode!.removeChild(n);
      n = next;
    }
  }
  for (const c of comments) c.parentNode?.removeChild(c);
}

type ListPara = { el: Element; level: number; ordered: boolean };

/** Word's mso-list paragraphs (with their marker, before it is removed) → list items. */
function wordListInfo(el: Element): ListPara | null {
  const mso = style(el, "mso-list");
  if (!mso || /ignore/i.test(mso)) return null;
  const level = Number(/level(\d+)/i.exec(mso)?.[1] ?? "1");
  const marker = Array.from(el.querySelectorAll("span"))
    .find((s) => /mso-list\s*:\s*ignore/i.test(s.getAttribute("style") ?? ""))
    ?.textContent?.replace(/\u00a0/g, " ")
    .trim();
  // "1." "a)" "iv." "(2)" are numbered; "·" "o" "§" "•" "-" are bullets. With the marker lost
  // (a conditional comment already gone), the paragraph's own text decides nothing: bullets.
  const ordered = marker ? /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]$/i.test(marker) : false;
  return { el, level: Math.max(1, Math.min(level, 9)), ordered };
}

function buildWordLists(doc: Document): void {
  const paras = Array.from(doc.body.querySelectorAll("p")).map((p) => wordListInfo(p));
  // Runs of adjacent list paragraphs become one list, nested by level.
  let run: ListPara[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!.el;
    const stack: { list: Element; level: number; lastItem: Element | null }[] = [];
    let root: Element | null = null;
    for (const item of run) {
      while (stack.length && stack.at(-1)!.level > item.level) stack.pop();
      let top = stack.at(-1);
      if (!top && root) {
        // Back out past the level the run started at: the outermost list takes it.
        top = { list: root, level: item.level, lastItem: null };
        stack.push(top);
      } else if (!top || top.level < item.level) {
        const list = doc.createElement(item.ordered ? "ol" : "ul");
        if (top?.lastItem) top.lastItem.appendChild(list);
        else root = list;
        top = { list, level: item.level, lastItem: null };
        stack.push(top);
      }
      const li = doc.createElement("li");
      const p = doc.createElement("p");
      while (item.el.firstChild) p.appendChild(item.el.firstChild);
      li.appendChild(p);
      top.list.appendChild(li);
      top.lastItem = li;
      if (item.el !== first) item.el.remove();
    }
    first.replaceWith(root!);
    run = [];
  };
  for (let i = 0; i < paras.length; i++) {
    const info = paras[i];
    if (!info) {
      flush();
      continue;
    }
    const prev = run.at(-1)?.el;
    // Adjacent means siblings with only whitespace between.
    let between = prev?.nextSibling ?? null;
    while (between && between.nodeType === 3 && !between.textContent!.trim()) between = between.nextSibling;
    if (prev && between !== info.el) flush();
    run.push(info);
  }
  flush();
}

// Word's review markup (issue 19, item 16: a desk comment and a struck-out figure went live):
// comment anchors, the comment list and its text, and tracked deletions go; tracked insertions
// (<ins>, span.msoIns) are unwrapped later like any unknown element, so the accepted text reads on.
const REVIEW_CLASS = /(?:^|\s)(?:msoDel|msocomtxt|MsoCommentText|MsoCommentReference|msocomanchor|msocomoff)(?:\s|$)/i;
const REVIEW_STYLE = /mso-element\s*:\s*comment|mso-special-character\s*:\s*comment/i;

function dropReviewMarks(body: Element): void {
  for (const el of Array.from(body.querySelectorAll("*"))) {
    if (!el.isConnected) continue;
    const href = el.tagName === "A" ? (el.getAttribute("href") ?? "") : "";
    if (
      el.tagName === "DEL" ||
      REVIEW_CLASS.test(el.getAttribute("class") ?? "") ||
      REVIEW_STYLE.test(el.getAttribute("style") ?? "") ||
      /^#_mso(?:com|anchor)_/i.test(href)
    )
      el.remove();
  }
}

/** Word's downlevel-revealed conditionals (`<![if …]>`) read as comments in every parser, as browsers read them. */
const asComments = (html: string) => html.replace(/<!\[(if [^\]]*|endif)\]>/gi, "<!--[$1]-->");

function inheritedFont(el: Element | null): string | null {
  for (let n = el; n; n = n.parentElement) {
    const font = style(n, "font-family") ?? n.getAttribute("face");
    if (font) return font;
  }
  return null;
}

/** Cleans clipboard HTML; see the module comment. */
export function cleanPastedHtml(html: string, options: CleanOptions): CleanResult {
  // A fragment (what most browsers put on the clipboard) is given a document around it.
  const marked = asComments(html);
  const whole = /<body[\s>]/i.test(marked) ? marked : `<!doctype html><html><head></head><body>${marked}</body></html>`;
  const doc = options.parser.parseFromString(whole, "text/html");
  const body = doc.body;
  dropReviewMarks(body);
  // Lists first: Word's typed markers (inside its conditional comments) tell numbered from bulleted.
  buildWordLists(doc);
  dropConditionalContent(body);
  for (const el of Array.from(body.querySelectorAll("*")))
    if (DROP.has(el.tagName) || el.tagName.includes(":")) el.remove(); // o:p, w:sdt, v:shape…

  // Text in a Bijoy font: noted, and converted when asked, before the styles that say so go.
  let bijoyFont = false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    if (!t.data.trim() || !isBijoyFont(inheritedFont(t.parentElement) ?? "")) continue;
    bijoyFont = true;
    if (options.bijoy === "convert") t.data = bijoyToUnicode(t.data);
  }

  for (const span of Array.from(body.querySelectorAll("span")))
    if (/mso-list\s*:\s*ignore/i.test(span.getAttribute("style") ?? "")) span.remove();

  // Styling that carries meaning becomes markup; Google Docs wraps everything in
  // <b style="font-weight:normal">, which means nothing.
  for (const el of Array.from(body.querySelectorAll("*"))) {
    const weight = style(el, "font-weight");
    if ((el.tagName === "B" || el.tagName === "STRONG") && weight !== null && !isBoldWeight(weight)) {
      unwrap(el);
      continue;
    }
    if (el.tagName === "SPAN" || el.tagName === "FONT") {
      if (isBoldWeight(weight)) wrapChildren(el, "strong");
      if (style(el, "font-style") === "italic") wrapChildren(el, "em");
    }
  }
  // Word's title style is a headline; a heading level the story has not got is the nearest it has.
  for (const p of Array.from(body.querySelectorAll("p")))
    if (/\bMsoTitle\b/.test(p.getAttribute("class") ?? "")) rename(p, "h2");
  for (const el of Array.from(body.querySelectorAll("h1, h5, h6, div, dt, dd, pre"))) {
    const to = RENAME[el.tagName]!;
    // A div around blocks is only a wrapper (Word's WordSection1): its content stays.
    if (el.tagName === "DIV" && el.querySelector("p, h1, h2, h3, h4, h5, h6, ul, ol, table, div, blockquote"))
      unwrap(el);
    else rename(el, to);
  }
  // Column heads: a <thead>'s cells, or a first row whose every cell is bold.
  for (const table of Array.from(body.querySelectorAll("table"))) {
    for (const td of Array.from(table.querySelectorAll("thead td"))) rename(td, "th");
    const first = table.querySelector("tr");
    const cells = first ? Array.from(first.children) : [];
    const allBold =
      cells.length > 1 &&
      cells.every((c) => {
        const text = c.textContent?.trim() ?? "";
        const bold = Array.from(c.querySelectorAll("b, strong"))
          .map((b) => b.textContent?.trim() ?? "")
          .join("");
        return text !== "" && bold.replace(/\s/g, "") === text.replace(/\s/g, "");
      });
    if (allBold) for (const c of cells) if (c.tagName === "TD") rename(c, "th");
  }

  // Everything else: unknown elements give up their content, known ones their attributes.
  for (const el of Array.from(body.querySelectorAll("*"))) {
    if (!el.isConnected) continue;
    if (el.tagName === "A") {
      const href = el.getAttribute("href")?.trim() ?? "";
      if (!href || href.startsWith("#") || !isAllowedHref(href)) {
        unwrap(el);
        continue;
      }
    }
    if (!KEEP.has(el.tagName)) {
      unwrap(el);
      continue;
    }
    const allowed = ATTRS[el.tagName] ?? [];
    for (const a of Array.from(el.attributes)) if (!allowed.includes(a.name)) el.removeAttribute(a.name);
  }

  // &nbsp; runs (Word indents and spaces with them) are ordinary spaces, and a run of spaces or
  // line breaks in the source is one space, as the page would show it.
  body.normalize(); // the removals above leave neighbouring text nodes
  const textWalker = doc.createTreeWalker(body, 4);
  const all: Text[] = [];
  for (let n = textWalker.nextNode(); n; n = textWalker.nextNode()) all.push(n as Text);
  for (const t of all) {
    let data = t.data.replace(/[\s\u00a0]+/g, " ");
    // At a block's edges (or between blocks) whitespace is only the source's indentation. Inside
    // bold or a link it may be the space between two words, and stays.
    const parent = t.parentNode as Element | null;
    if (parent === body || (parent && BLOCKISH.has(parent.tagName))) {
      if (isBlockish(t.previousSibling)) data = data.trimStart();
      if (isBlockish(t.nextSibling)) data = data.trimEnd();
    }
    if (data) t.data = data;
    else t.remove();
  }
  // Empty paragraphs and headings, stray line breaks at a block's edges or between blocks.
  for (const br of Array.from(body.querySelectorAll("br"))) {
    const parent = br.parentElement;
    const atEdge = !br.nextSibling || !br.previousSibling || !parent || !BLOCKS.has(parent.tagName);
    if (atEdge) br.remove();
  }
  for (const el of Array.from(body.querySelectorAll("p, h2, h3, h4, li, blockquote, strong, em, b, i")).reverse()) {
    if (!el.isConnected || el.textContent?.trim() || el.querySelector("figure, table, hr, br")) continue;
    // An empty cell keeps its paragraph: the table needs the cell.
    if (el.tagName === "P" && el.parentElement && ["TD", "TH"].includes(el.parentElement.tagName)) continue;
    el.remove();
  }
  for (const list of Array.from(body.querySelectorAll("ul, ol"))) if (!list.querySelector("li")) list.remove();
  return { html: body.innerHTML.trim(), bijoyFont };
}
