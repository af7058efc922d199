// The blocks a writer can start from the "/" menu (issue 12, capability 7). Each either changes
// the current line or asks the toolbar to open something (the image library, the embed field).
import type { Editor } from "@tiptap/react";

export type BlockRequest = "image" | "embed";

export type BlockChoice = {
  id: string;
  label: string;
  /** Other words a writer might type after "/" for it. */
  keywords: string;
  run: (editor: Editor, request: (what: BlockRequest) => void) => void;
};

const chain = (e: Editor) => e.chain().focus();

export const BLOCK_CHOICES: BlockChoice[] = [
  { id: "paragraph", label: "Paragraph", keywords: "text body", run: (e) => chain(e).setParagraph().run() },
  { id: "h2", label: "Heading 2", keywords: "subhead title h2", run: (e) => chain(e).setHeading({ level: 2 }).run() },
  { id: "h3", label: "Heading 3", keywords: "subhead h3", run: (e) => chain(e).setHeading({ level: 3 }).run() },
  { id: "h4", label: "Heading 4", keywords: "subhead h4", run: (e) => chain(e).setHeading({ level: 4 }).run() },
  {
    id: "bullet",
    label: "Bulleted list",
    keywords: "ul bullets points",
    run: (e) => chain(e).toggleBulletList().run(),
  },
  {
    id: "ordered",
    label: "Numbered list",
    keywords: "ol numbers steps",
    run: (e) => chain(e).toggleOrderedList().run(),
  },
  { id: "quote", label: "Quote", keywords: "blockquote citation", run: (e) => chain(e).toggleBlockquote().run() },
  { id: "rule", label: "Horizontal rule", keywords: "divider line hr", run: (e) => chain(e).setHorizontalRule().run() },
  {
    id: "table",
    label: "Table",
    keywords: "grid results figures",
    run: (e) => chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  { id: "image", label: "Image", keywords: "photo picture media", run: (_e, request) => request("image") },
  {
    id: "embed",
    label: "Embed (YouTube, Facebook, X, Instagram, TikTok, Google Maps)",
    keywords: "video post tweet map youtube facebook x twitter instagram tiktok maps",
    run: (_e, request) => request("embed"),
  },
];

/** The choices whose label or keywords contain every word typed, in menu order. */
export function filterBlocks(query: string): BlockChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return BLOCK_CHOICES.filter((b) => words.every((w) => `${b.label} ${b.keywords}`.toLowerCase().includes(w)));
}
