// How a search engine and a social network shorten what we give them, for the desk's preview:
// results show about 60 characters of a title and 160 of a description, cut at a word.
export const SNIPPET_TITLE_MAX = 60;
export const SNIPPET_DESCRIPTION_MAX = 160;

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): { text: string; cut: boolean } {
  const chars = [...text.trim()];
  if (chars.length <= max) return { text: chars.join(""), cut: false };
  const head = chars.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  // A single long word (or a Bengali phrase without spaces) is cut mid-word rather than emptied.
  const kept = space > max / 2 ? head.slice(0, space) : head;
  return { text: `${kept.trimEnd()}…`, cut: true };
}

/** The address as results print it: host, then each path segment after "›". */
export function displayUrl(url: string): string {
  const u = new URL(url);
  const parts = u.pathname
    .split("/")
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return [u.host, ...parts].join(" › ");
}
