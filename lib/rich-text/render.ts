// Turns validated tiptap JSON into the derived HTML and plain text stored beside it.
import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import type { PictureMedia } from "@/lib/media/picture";
import { bodyFigureHtml } from "@/lib/media/picture";
import { isUuid } from "@/lib/uuid";
import { embedAttrsProblem, embedPlaceholderHtml } from "./embed";
import { isAllowedHref, linkAttrsProblem, richTextExtensions } from "./extensions";
import { tableAttrsProblem, tableHtmlMapping } from "./table";
import { galleryProblem, type GalleryItem } from "./gallery";
import { effectiveText, perUseProblem } from "./image";

// Built once per process: schema construction is not free and never changes at run time.
const schema = getSchema(richTextExtensions);

export class RichTextError extends Error {}

/**
 * How many nodes deep a body may nest (doc → list → item → paragraph → text is 5). The
 * schema, the renderer and the history diff all recurse, and a body ~1,500 levels deep
 * overflows the stack (a 500 on save, and on the history page for everyone). 50 is far past
 * anything an editor can build by hand, and far below what the recursion can take.
 */
export const MAX_BODY_DEPTH = 50;

// Plain JSON containers per node level: the node object and its content array, plus room
// for marks and attrs at the bottom. Anything deeper is a crafted attribute value.
const MAX_JSON_DEPTH = 2 * MAX_BODY_DEPTH + 8;

export const TOO_DEEP_MESSAGE = `The body is nested more than ${MAX_BODY_DEPTH} levels deep (lists or quotes inside each other); flatten it and save again.`;

/**
 * True when `json` nests more than MAX_BODY_DEPTH nodes (or absurdly deep plain JSON anywhere).
 * Iterative on purpose: measuring a hostile body must not itself overflow the stack.
 */
export function isTooDeep(json: unknown): boolean {
  const stack: [value: unknown, nodes: number, containers: number][] = [[json, 1, 1]];
  while (stack.length > 0) {
    const [value, nodes, containers] = stack.pop()!;
    if (nodes > MAX_BODY_DEPTH || containers > MAX_JSON_DEPTH) return true;
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, nodes, containers + 1]);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      // Each node's children sit in its content array: one more node level.
      const isContent = key === "content" && Array.isArray(child);
      if (isContent) for (const item of child) stack.push([item, nodes + 1, containers + 2]);
      else stack.push([child, nodes, containers + 1]);
    }
  }
  return false;
}

const NODE_KEYS = new Set(["type", "attrs", "content", "marks", "text"]);

/**
 * ProseMirror silently drops attributes it does not know; we refuse them instead, so what is
 * stored is exactly what was sent and a crafted request cannot smuggle anything in.
 */
function checkShape(json: unknown, path = "body"): void {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new RichTextError(`${path} is not a node.`);
  const node = json as { type?: unknown; attrs?: unknown; content?: unknown; marks?: unknown };
  for (const key of Object.keys(node))
    if (!NODE_KEYS.has(key)) throw new RichTextError(`Unknown property "${key}" in ${path}.`);
  const type = typeof node.type === "string" ? schema.nodes[node.type] : undefined;
  if (!type) throw new RichTextError(`Unknown node type "${String(node.type)}".`);
  checkAttrs(node.attrs, type.spec.attrs, `${node.type}`);
  // A leaf holds no content (ProseMirror ignored it, but it was stored as sent), and only a text
  // node carries text, as a string (issue 19, item 10).
  if (type.isLeaf && node.content !== undefined) throw new RichTextError(`A ${node.type} node holds no content.`);
  const text = (json as { text?: unknown }).text;
  if (text !== undefined && (node.type !== "text" || typeof text !== "string"))
    throw new RichTextError(`Only a text node carries text, as a string (${path}).`);
  if (node.marks !== undefined) {
    if (!Array.isArray(node.marks)) throw new RichTextError(`Marks in ${path} must be a list.`);
    for (const mark of node.marks as { type?: unknown; attrs?: unknown }[]) {
      const markType = typeof mark?.type === "string" ? schema.marks[mark.type] : undefined;
      if (!markType) throw new RichTextError(`Unknown mark type "${String(mark?.type)}".`);
      checkAttrs(mark.attrs, markType.spec.attrs, String(mark.type));
    }
  }
  if (node.content !== undefined) {
    if (!Array.isArray(node.content)) throw new RichTextError(`Content in ${path} must be a list.`);
    node.content.forEach((child, i) => checkShape(child, `${path}.${String(node.type)}[${i}]`));
  }
}

/**
 * The attributes whose values are lists or objects; every other attribute is a string, number,
 * boolean or null. A link title that was an object reached the renderer and made it throw: a
 * 500 where the request deserved a 422 (issue 19, item 10).
 */
const STRUCTURED_ATTRS = new Set(["gallery.items", "tableCell.colwidth", "tableHeader.colwidth"]);

function checkAttrs(attrs: unknown, spec: Record<string, unknown> | undefined, where: string): void {
  if (attrs === undefined || attrs === null) return;
  if (typeof attrs !== "object" || Array.isArray(attrs))
    throw new RichTextError(`Attributes of ${where} must be an object.`);
  for (const key of Object.keys(attrs)) {
    if (!spec || !(key in spec)) throw new RichTextError(`Unknown attribute "${key}" on ${where}.`);
  }
}

/** After the checks that say more (an image's caption, a table's widths): no other attribute is a list or object. */
function checkAttrValues(attrs: Record<string, unknown>, where: string): void {
  for (const [key, value] of Object.entries(attrs))
    if (value !== null && typeof value === "object" && !STRUCTURED_ATTRS.has(`${where}.${key}`))
      throw new RichTextError(`The attribute "${key}" on ${where} must be text or a number.`);
}

/** Parses against the editor's schema; unknown nodes, marks, attributes or bad links throw RichTextError. */
export function parseBody(json: unknown): PMNode {
  // Before anything recursive (checkShape, fromJSON, check, the renderer) touches it.
  if (isTooDeep(json)) throw new RichTextError(TOO_DEEP_MESSAGE);
  checkShape(json);
  let node: PMNode;
  try {
    node = PMNode.fromJSON(schema, json as JSONContent);
    node.check();
  } catch (e) {
    throw new RichTextError(`The body does not match the editor's format: ${(e as Error).message}`);
  }
  node.descendants((child) => {
    if (child.type.name === "image") {
      if (!isUuid(String(child.attrs.mediaId ?? "")))
        throw new RichTextError("An image in the body is not from the media library.");
      const problem = perUseProblem(child.attrs);
      if (problem) throw new RichTextError(problem);
    }
    if (child.type.name === "gallery") {
      const problem = galleryProblem(child.attrs.items);
      if (problem) throw new RichTextError(problem);
    }
    if (child.type.name === "embed") {
      const problem = embedAttrsProblem(child.attrs);
      if (problem) throw new RichTextError(problem);
    }
    if (child.type.spec.tableRole) {
      const problem = tableAttrsProblem(child);
      if (problem) throw new RichTextError(problem);
    }
    checkAttrValues(child.attrs, child.type.name);
    for (const mark of child.marks) {
      checkAttrValues(mark.attrs, mark.type.name);
      if (mark.type.name !== "link") continue;
      if (!isAllowedHref(String(mark.attrs.href ?? "")))
        throw new RichTextError("Links may only use http, https, mailto or tel.");
      const problem = linkAttrsProblem(mark.attrs);
      if (problem) throw new RichTextError(problem);
    }
  });
  return node;
}

/**
 * HTML and plain text for a body. Images render from `media` (their library rows); callers
 * that store the HTML look those up first (lib/stories/store.ts on save, lib/media/library.ts when an
 * image's alt text, caption or credit changes), so every image is present.
 */
export function renderBody(
  json: unknown,
  media: ReadonlyMap<string, PictureMedia> = new Map(),
): { html: string; text: string } {
  const node = parseBody(json);
  const html = renderToHTMLString({
    content: node,
    extensions: richTextExtensions,
    options: {
      nodeMapping: {
        image: ({ node: image }) => {
          const m = media.get(String(image.attrs.mediaId));
          // This use's own alt, caption and credit win; blank ones fall back to the library's.
          return m ? bodyFigureHtml({ ...m, ...effectiveText(m, image.attrs) }) : "";
        },
        gallery: ({ node: gallery }) => galleryHtml(gallery.attrs.items as GalleryItem[], media),
        embed: ({ node: embed }) => embedPlaceholderHtml(String(embed.attrs.url)),
        ...tableHtmlMapping,
      },
    },
  });
  return { html, text: plainTextOf(node) };
}

/**
 * A parsed body's plain text, blocks separated by a blank line and leaves (a line break, an
 * image) by a space: what is stored as body_text (search, excerpts) and what diffs compare.
 * The editor counts words with lib/rich-text/words.ts plainText, which gives the same words.
 */
export function plainTextOf(node: PMNode): string {
  return node.textBetween(0, node.content.size, "\n\n", " ").trim();
}

/**
 * A gallery on the public page: a labelled list of ordinary body figures, laid out as a grid by
 * CSS alone (no script). Feeds and the API unwrap it to consecutive figures (portableBodyHtml).
 */
function galleryHtml(items: GalleryItem[], media: ReadonlyMap<string, PictureMedia>): string {
  const figures = items.flatMap((item) => {
    const m = media.get(item.mediaId);
    if (!m) return [];
    return [`<li>${bodyFigureHtml({ ...m, ...effectiveText(m, item) }, "(min-width: 768px) 21rem, 50vw")}</li>`];
  });
  if (!figures.length) return "";
  return `<div class="body-gallery" role="group" aria-label="Gallery, ${figures.length} photos"><ul>${figures.join("")}</ul></div>`;
}
