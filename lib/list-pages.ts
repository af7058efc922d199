// Which page numbers of a story list exist as addresses (issue 10, item 13). Every distinct
// address is a page the page cache keeps, so only canonical numbers 1..MAX_LIST_PAGE are pages:
// scripts/serve.ts refuses any other `_page/<x>` before Next, and the list pages answer 404
// past their last page.

/** The deepest page of any list (an offset bound as much as a cache bound). */
export const MAX_LIST_PAGE = 500;

/** `?page=N` values next.config.ts rewrites to `…/_page/N`: exactly the numbers 1..500. */
export const PAGE_NUMBER_PATTERN = "[1-9][0-9]?|[1-4][0-9]{2}|500";

/** `/<section>/_page/<x>`, `/topics/<slug>/_page/<x>`, `/authors/<slug>/_page/<x>`; group 1 is x. */
export const LIST_PAGE_PATH = /^\/(?:(?:topics|authors|bn)\/)?[^/]+\/(?:_|%5[Ff])page\/([^/]*)\/?$/;

/** The page number a `_page/<x>` segment names, or null when x is not one (no signs, zeros, 01). */
export function listPageNumber(raw: string): number | null {
  return new RegExp(`^(?:${PAGE_NUMBER_PATTERN})$`).test(raw) ? Number(raw) : null;
}
