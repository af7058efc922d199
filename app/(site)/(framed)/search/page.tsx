import type { Metadata } from "next";
import Link from "next/link";
import { MAX_QUERY_CHARS, readSearchParams, searchStories } from "@/db/queries/search";
import { getSiteSettings } from "@/db/queries/settings";
import { SearchForm } from "@/components/site/search-form";
import { SearchResults } from "@/components/site/search-results";
import { getReaderText } from "@/lib/i18n/reader-language";
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
  const [{ q }, settings, { t }] = await Promise.all([
    readSearchParams(await searchParams),
    getSiteSettings(edition),
    getReaderText(edition),
  ]);
  const title = q ? t("search.titleWithQuery", { q }) : t("search.title");
  const share = pageMetadata({
    settings,
    path: publicPath.search(edition, q || undefined),
    edition,
    title,
    description: t("search.description", { siteName: settings.siteName }),
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
  const [settings, text, results] = await Promise.all([
    getSiteSettings(edition),
    getReaderText(edition),
    searchStories(q, page, edition),
  ]);
  const { total, more, pageCount, hits } = results;
  const { t } = text;
  const found =
    total === 0 ? t("search.noResults") : more ? t("search.moreThan", { total }) : t("search.results", { total });

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">{t("search.title")}</h1>
      <SearchForm text={text} defaultValue={q} className="mt-4" action={publicPath.search(edition)} />

      {!q && <p className="mt-6 text-neutral-600 dark:text-neutral-400">{t("search.intro")}</p>}

      {truncated && (
        <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">
          {t("search.truncated", { max: MAX_QUERY_CHARS })}
        </p>
      )}

      {q && (
        <p className="mt-6 font-semibold" role="status">
          {t("search.status", { results: found, q })}
          {pageCount > 1 && page <= pageCount && (
            <span className="font-normal text-neutral-600 dark:text-neutral-400">
              {" "}
              {t("search.pageOf", { page, pageCount })}
            </span>
          )}
        </p>
      )}
      {q && more && (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("search.showingBest", { total })}</p>
      )}

      {q && total === 0 && <p className="mt-2 text-neutral-600 dark:text-neutral-400">{t("search.checkSpelling")}</p>}

      {q && total > 0 && hits.length === 0 && (
        <p className="mt-2">
          {t("search.onlyPages", { pageCount })}{" "}
          <Link href={pageHref(edition, q, pageCount)} className="text-accent underline">
            {t("search.lastPage")}
          </Link>
        </p>
      )}

      {hits.length > 0 && <SearchResults hits={hits} timeZone={settings.timeZone} text={text} />}

      {hits.length > 0 && pageCount > 1 && (
        <nav
          aria-label={t("search.pagesNav")}
          className="mt-8 flex justify-between border-t border-neutral-200 pt-4 dark:border-neutral-800"
        >
          {page > 1 ? (
            <Link href={pageHref(edition, q, page - 1)} rel="prev" className="text-accent underline">
              {t("search.previous")}
            </Link>
          ) : (
            <span />
          )}
          {page < pageCount && (
            <Link href={pageHref(edition, q, page + 1)} rel="next" className="text-accent underline">
              {t("search.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
