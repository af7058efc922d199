import { Fragment, type ReactNode } from "react";
import type { Article } from "@/db/queries/stories";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { readingMinutesOfHtml } from "@/lib/reading-time";
import { formatClock, isoWithOffset } from "@/lib/time";
import { Byline } from "./byline";
import { ViewCount } from "./view-count";

/**
 * The article's byline and its facts in one or two lines, as a paper sets them: the names, then
 * the publish time (to the minute; `<time datetime>` keeps the second and the offset), the update,
 * the reading time and, smallest, the views. On a 390 px phone the photo or first paragraph then
 * starts within the first screen (e2e/article-head.spec.ts).
 */
export function StoryMeta({
  article,
  updated,
  views,
  timeZone,
  text,
}: {
  article: Pick<Article, "id" | "bylines" | "publishedAt" | "bodyHtml">;
  updated: Date | null;
  views: number;
  timeZone: string;
  text: ReaderText;
}) {
  const { t, locale } = text;
  const when = (date: Date) => (
    <time dateTime={isoWithOffset(date, timeZone)} className="whitespace-nowrap">
      {formatClock(date, timeZone, locale)}
    </time>
  );
  const facts: ReactNode[] = [
    <span key="published">
      {t("story.published")} {when(article.publishedAt)}
    </span>,
    updated && (
      <span key="updated">
        {t("story.updated")} {when(updated)}
      </span>
    ),
    <span key="reading" data-testid="reading-time" className="whitespace-nowrap">
      {t("story.readingTime", { minutes: readingMinutesOfHtml(article.bodyHtml) })}
    </span>,
    <ViewCount key="views" storyId={article.id} initial={views} text={text} />,
  ].filter(Boolean);
  return (
    <div className="mt-4 border-t border-rule pt-2.5 text-neutral-700 dark:text-neutral-300" data-testid="story-meta">
      <Byline bylines={article.bylines} text={text} />
      {/* A line breaks between facts or after a label, never inside a time, the reading time
          or the views (a phone kept "1 / min read" apart); at 320 px the publish line alone is
          wider than the screen, so it may break after its label. Bengali letters look smaller
          than Latin ones at one size, so Bangla is set a step up. */}
      <p className="mt-0.5 text-[0.8125rem] leading-snug text-neutral-600 dark:text-neutral-400 [&:lang(bn)]:text-sm">
        {facts.map((fact, i) => (
          <Fragment key={i}>
            {/* The dot holds to the fact before it (a no-break space); the line may break after it,
                so a wrapped line starts with a fact, not a dot. */}
            {i > 0 && (
              <>
                {"\u00a0"}
                <span aria-hidden="true" className="mr-0.5">
                  ·
                </span>{" "}
              </>
            )}
            {fact}
          </Fragment>
        ))}
      </p>
    </div>
  );
}
