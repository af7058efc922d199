/** "1 view", "1,204 views": the article's view count, rendered on the server and updated by the ping. */
export function viewsLabel(views: number, locale = "en-GB"): string {
  return `${views.toLocaleString(locale)} ${views === 1 ? "view" : "views"}`;
}
