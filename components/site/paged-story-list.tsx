import Link from "next/link";
import type { StoryCard as Card } from "@/db/queries/stories";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { MAX_LIST_PAGE } from "@/lib/list-pages";
import { publicPath } from "@/lib/routes";
import { StoryCard } from "./story-card";

/** A page of story cards with Newer / Older links (`?page=`). */
export function PagedStoryList({
  stories,
  page,
  hasMore,
  basePath,
  timeZone,
  text,
  empty,
  level = 2,
  kicker = false,
}: {
  stories: Card[];
  page: number;
  hasMore: boolean;
  basePath: string;
  timeZone: string;
  text: ReaderText;
  empty: string;
  level?: 2 | 3;
  /** Name each story's section (lists that mix sections: topics, authors). */
  kicker?: boolean;
}) {
  return (
    <>
      {/* Rows, newest first: one rhythm whether a story has a picture or not. */}
      <ul className="divide-y divide-rule">
        {stories.map((s) => (
          <li key={s.id} className="py-5">
            <StoryCard story={s} timeZone={timeZone} text={text} level={level} variant="row" kicker={kicker} />
          </li>
        ))}
      </ul>
      {stories.length === 0 && <p className="mt-6">{empty}</p>}
      <nav aria-label={text.t("lists.pagesNav")} className="mt-8 flex justify-between text-sm font-semibold">
        {page > 1 ? (
          <Link href={publicPath.paged(basePath, page - 1)} rel="prev">
            {text.t("lists.newer")}
          </Link>
        ) : (
          <span />
        )}
        {hasMore && (
          <Link href={publicPath.paged(basePath, page + 1)} rel="next">
            {text.t("lists.older")}
          </Link>
        )}
      </nav>
    </>
  );
}

/** `?page=` as a positive whole number (anything else is page 1), capped to keep offsets sane. */
export function pageParam(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_LIST_PAGE) : 1;
}
