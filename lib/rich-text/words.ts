// Client-safe text helpers for tiptap JSON: no schema, no renderer, so the editor bundle stays small.

type JsonNode = { type?: string; text?: string; content?: JsonNode[] };

const BLOCKS = new Set(["paragraph", "heading", "blockquote", "listItem", "horizontalRule"]);

/** Plain text of a tiptap document, blocks separated by blank lines. */
export function plainText(doc: unknown): string {
  const out: string[] = [];
  const walk = (node: JsonNode, buf: string[]) => {
    if (typeof node.text === "string") buf.push(node.text);
    // A line break separates words, as it does in the stored text (lib/rich-text/render.ts).
    if (node.type === "hardBreak") buf.push(" ");
    for (const child of node.content ?? []) {
      if (child.type && BLOCKS.has(child.type) && !child.content?.some((c) => c.type && BLOCKS.has(c.type))) {
        const inner: string[] = [];
        walk(child, inner);
        out.push(inner.join(""));
      } else {
        walk(child, buf);
      }
    }
  };
  const rest: string[] = [];
  walk((doc ?? {}) as JsonNode, rest);
  if (rest.length) out.push(rest.join(""));
  return out.filter((s) => s.trim()).join("\n\n");
}

/**
 * Words in any script. A Bengali word is letters and their signs (\p{M}: vowel signs, virama),
 * and may hold a zero-width joiner or non-joiner (হৃদ্‌রোগ), which does not split it; the danda
 * (।) ends a sentence, not a word. Reading time (lib/reading-time) counts these same words.
 */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C\u200D'’-]*/gu) ?? [];
}

/** How many words (above) a text holds: the desk's count, the checklist's length check. */
export function wordCount(text: string): number {
  return words(text).length;
}
