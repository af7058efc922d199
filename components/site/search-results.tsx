import { publicPath } from "@/lib/routes";
import Link from "next/link";
import type { Marked, SearchHit } from "@/db/queries/search";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { langIfForeign } from "@/lib/i18n/language";
import { formatDate } from "@/lib/time";
import { Byline } from "./byline";

/**
 * Matched runs become <mark>; everything else is a React text node, so story text such as
 * `<script>` is escaped by React and never parsed as markup.
 */
export function Highlighted({ parts }: { parts: Marked }) {
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function SearchResults({ hits, timeZone, text }: { hits: SearchHit[]; timeZone: string; text: ReaderText }) {
  const { t, locale } = text;
  return (
    <ol className="mt-6 space-y-6">
      {hits.map((hit) => (
        <li key={hit.id} lang={langIfForeign(hit.edition, text.language)}>
          <article className="border-t border-neutral-200 pt-3 dark:border-neutral-800">
            <p className="text-xs font-bold uppercase tracking-wide text-accent">
              {hit.sectionName}
              {hit.breaking && <span className="ml-2">{t("story.breaking")}</span>}
            </p>
            <h2 className="mt-1 font-serif text-xl font-bold leading-snug">
              <Link href={publicPath.story(hit)} className="hover:underline">
                <Highlighted parts={hit.headline} />
              </Link>
            </h2>
            {hit.snippet.length > 0 && (
              <p className="mt-1 text-neutral-700 dark:text-neutral-300">
                <Highlighted parts={hit.snippet} />
              </p>
            )}
            <div className="mt-2 flex flex-wrap items-baseline gap-x-3 text-neutral-600 dark:text-neutral-400">
              <Byline bylines={hit.bylines} text={text} />
              <time dateTime={hit.publishedAt.toISOString()} className="text-xs">
                {formatDate(hit.publishedAt, timeZone, locale)}
              </time>
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
