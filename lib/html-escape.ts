// The one HTML escaper, for the HTML Dateline builds as strings (body figures, tables, embed
// placeholders, feed fields, the share card's Pango markup). Every attribute it writes is
// double-quoted, so these four characters are all that can end a text or an attribute early.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text (or an attribute value) as HTML/XML that reads back as exactly that text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}
