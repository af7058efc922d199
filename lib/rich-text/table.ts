// Tables in a story body (election results, budget figures; issue 12, capability 5): tiptap's
// table nodes, held to what a news table needs — cells of plain paragraphs (no images, embeds or
// tables inside tables), an optional caption — and rendered for readers accessibly (caption, th
// with scope) inside a wrapper that scrolls sideways on a phone instead of breaking the page.
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import type { Node as PMNode } from "@tiptap/pm/model";
import { escapeHtml } from "@/lib/html-escape";

export const MAX_CAPTION = 300;
const MAX_SPAN = 50;
const ALIGNS = new Set(["left", "center", "right"]);

export const NewsTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: {
        default: null,
        parseHTML: (el: HTMLElement) => {
          const caption = Array.from(el.children).find((c) => c.tagName === "CAPTION");
          const text = caption?.textContent?.replace(/\s+/g, " ").trim();
          return text ? text.slice(0, MAX_CAPTION) : null;
        },
        renderHTML: () => ({}),
      },
    };
  },
  renderHTML({ node, HTMLAttributes }) {
    const caption = typeof node.attrs.caption === "string" && node.attrs.caption ? node.attrs.caption : null;
    // The caption is an attribute, edited in the table bar, so the editor must not offer it as text.
    return [
      "table",
      HTMLAttributes,
      ...(caption ? [["caption", { contenteditable: "false" }, caption]] : []),
      ["tbody", 0],
    ] as unknown as ReturnType<NonNullable<typeof Table.config.renderHTML>>;
  },
  // No column resizing (widths are the reader's screen's business), and no TableView: the editor
  // draws the table from renderHTML above, caption included.
}).configure({ resizable: false, allowTableNodeSelection: false, View: null });

// Plain paragraphs in cells: a figure, an embed or another table in a cell cannot be shown on a
// phone, and a feed reader would mangle it.
export const NewsTableCell = TableCell.extend({ content: "paragraph+" });
export const NewsTableHeader = TableHeader.extend({ content: "paragraph+" });
export const tableExtensions = [NewsTable, TableRow, NewsTableHeader, NewsTableCell];

/** Why a table node's attributes are refused, or null. */
export function tableAttrsProblem(node: PMNode): string | null {
  const a = node.attrs;
  if (node.type.name === "table") {
    if (a.caption !== null && (typeof a.caption !== "string" || a.caption.length > MAX_CAPTION))
      return `A table caption is text of at most ${MAX_CAPTION} characters.`;
    return null;
  }
  if (node.type.name === "tableRow") return null;
  for (const span of [a.colspan, a.rowspan])
    if (!Number.isInteger(span) || span < 1 || span > MAX_SPAN)
      return `A table cell spans 1 to ${MAX_SPAN} rows or columns.`;
  if (a.colwidth !== null && !(Array.isArray(a.colwidth) && a.colwidth.every((w) => Number.isInteger(w) && w > 0)))
    return "A table cell's column widths must be whole numbers.";
  if (a.align !== null && !ALIGNS.has(a.align)) return "A table cell is aligned left, center or right.";
  return null;
}

const cellAttrs = (node: PMNode, scope?: "col" | "row") => {
  const parts: string[] = [];
  if (scope) parts.push(`scope="${scope}"`);
  if (node.attrs.colspan > 1) parts.push(`colspan="${Number(node.attrs.colspan)}"`);
  if (node.attrs.rowspan > 1) parts.push(`rowspan="${Number(node.attrs.rowspan)}"`);
  if (ALIGNS.has(node.attrs.align)) parts.push(`class="align-${node.attrs.align}"`);
  return parts.length ? ` ${parts.join(" ")}` : "";
};

const joined = (children: unknown) => [children].flat(Infinity).filter(Boolean).join("");
const isHeaderRow = (row: PMNode) =>
  row.childCount > 0 && row.content.content.every((c) => c.type.name === "tableHeader");

type NodeProps = { node: PMNode; parent?: PMNode; children?: unknown };

/** The public page's table HTML, for the static renderer's node mapping. */
export const tableHtmlMapping = {
  table: ({ node, children }: NodeProps) => {
    const rows = [children].flat() as string[];
    const caption = typeof node.attrs.caption === "string" && node.attrs.caption ? node.attrs.caption : "";
    // A row of headers on top is the column heads: a <thead> lets readers' tools repeat it.
    const head = node.firstChild && isHeaderRow(node.firstChild) ? `<thead>${rows[0]}</thead>` : "";
    const body = `<tbody>${rows.slice(head ? 1 : 0).join("")}</tbody>`;
    // Focusable and named, so a keyboard user can scroll a wide table (WCAG 2.1.1).
    return (
      `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(caption || "Table")}">` +
      `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ""}${head}${body}</table></div>`
    );
  },
  tableRow: ({ children }: NodeProps) => `<tr>${joined(children)}</tr>`,
  // Heads of a row of heads label their column; a head among data cells labels its row.
  tableHeader: ({ node, parent, children }: NodeProps) =>
    `<th${cellAttrs(node, parent && isHeaderRow(parent) ? "col" : "row")}>${joined(children)}</th>`,
  tableCell: ({ node, children }: NodeProps) => `<td${cellAttrs(node)}>${joined(children)}</td>`,
};
