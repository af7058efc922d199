// Turns validated tiptap JSON into the derived HTML and plain text stored beside it.
import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { isAllowedHref, richTextExtensions } from "./extensions";

// Built once per process: schema construction is not free and never changes at run time.
const schema = getSchema(richTextExtensions);

export class RichTextError extends Error {}

/** Parses against the editor's schema; unknown nodes, marks or bad links throw RichTextError. */
export function parseBody(json: unknown): PMNode {
  let node: PMNode;
  try {
    node = PMNode.fromJSON(schema, json as JSONContent);
    node.check();
  } catch (e) {
    throw new RichTextError(`The body does not match the editor's format: ${(e as Error).message}`);
  }
  node.descendants((child) => {
    for (const mark of child.marks) {
      if (mark.type.name === "link" && !isAllowedHref(String(mark.attrs.href ?? ""))) {
        throw new RichTextError("Links may only use http, https, mailto or tel.");
      }
    }
  });
  return node;
}

export function renderBody(json: unknown): { html: string; text: string } {
  const node = parseBody(json);
  const html = renderToHTMLString({ content: node, extensions: richTextExtensions });
  const text = node.textBetween(0, node.content.size, "\n\n", " ").trim();
  return { html, text };
}
