import type { Metadata } from "next";
import Link from "next/link";
import { MAX_QUERY_CHARS, readSearchParams, searchStories } from "@/db/queries/search";
import { getSiteSettings } from "@/db/queries/settings";
import { SearchForm } from "@/components/site/search-form";
import { SearchResults } from "@/components/site/search-results";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { pageMetadata } from "@/lib/seo/share";
import { publicPath } from "@/lib/site-url";

// Every query is its own page: rendered per request, never from the page cache.
export const dynamic = "force-dynamic";

// `params.edition`: set by the Bangla edition's /bn/search (app/(bn)), which renders this page.
type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  params?: Promise<{ edition?: EditionCode }>;
};

export async function generateMetadata({ searchParams, params }: Props): Promise<Metadata> {
  const edition = (await params)?.edition ?? DEFAULT_EDITION;
  const [{ q }, settings] = await Promise.all([readSearchParams(await searchParams), getSiteSettings()]);
  const title = q ? `Search: ${q}` : "Search";
  const share = pageMetadata({
    settings,
    path: publicPath.search(edition, q || undefined),
    title,
    description: `Search every story published by ${settings.siteName}.`,
  });
  // Result pages are endless permutations of the archive: keep them out of search engines.
  return q ? { ...share, robots: { index: false, follow: true } } : share;
}

function pageHref(edition: EditionCode, q: string, page: number): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set("page", String(page));
  return `${publicPath.search(edition)}?${params.toString()}`;
}

export default async function SearchPage({ searchParams, params }: Props) {
  const edition = (await params)?.edition ?? DEFAULT_EDITION;
  const { q, truncated, page } = readSearchParams(await searchParams);
  const [settings, results] = await Promise.all([getSiteSettings(), searchStories(q, page, edition)]);
  const { total, more, pageCount, hits } = results;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <SearchForm defaultValue={q} className="mt-4" action={publicPath.search(edition)} />

      {!q && (
        <p className="mt-6 text-neutral-600 dark:text-neutral-400">
          Search every published story by a word, a name or a “quoted phrase”.
        </p>
      )}

      {truncated && (
        <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">
          Your search was longer than {MAX_QUERY_CHARS} characters, so only the first {MAX_QUERY_CHARS} were used.
        </p>
      )}

      {q && (
        <p className="mt-6 font-semibold" role="status">
          {total === 0
            ? "No results"
            : more
              ? `More than ${total.toLocaleString(settings.locale)} results`
              : `${total.toLocaleString(settings.locale)} ${total === 1 ? "result" : "results"}`}{" "}
          for “{q}”
          {pageCount > 1 && page <= pageCount && (
            <span className="font-normal text-neutral-600 dark:text-neutral-400">
              {" "}
              — page {page} of {pageCount}
            </span>
          )}
        </p>
      )}
      {q && more && (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          Showing the best matches among the {total.toLocaleString(settings.locale)} newest stories that match. Add
          words, or put a phrase in quotes, to narrow the search.
        </p>
      )}

      {q && total === 0 && (
        <p className="mt-2 text-neutral-600 dark:text-neutral-400">
          Check the spelling, or try fewer or more general words.
        </p>
      )}

      {q && total > 0 && hits.length === 0 && (
        <p className="mt-2">
          There are only {pageCount} {pageCount === 1 ? "page" : "pages"} of results.{" "}
          <Link href={pageHref(edition, q, pageCount)} className="text-accent underline">
            Go to the last page
          </Link>
        </p>
      )}

      {hits.length > 0 && <SearchResults hits={hits} timeZone={settings.timeZone} locale={settings.locale} />}

      {hits.length > 0 && pageCount > 1 && (
        <nav
          aria-label="Search results pages"
          className="mt-8 flex justify-between border-t border-neutral-200 pt-4 dark:border-neutral-800"
        >
          {page > 1 ? (
            <Link href={pageHref(edition, q, page - 1)} rel="prev" className="text-accent underline">
              Previous
            </Link>
          ) : (
            <span />
          )}
          {page < pageCount && (
            <Link href={pageHref(edition, q, page + 1)} rel="next" className="text-accent underline">
              Next
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
