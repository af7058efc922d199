import { publicPath } from "@/lib/routes";
import Link from "next/link";
import type { StoryCard } from "@/db/queries/stories";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { digits, formatListTime } from "@/lib/time";

/**
 * The front's right-hand rail (after the top stories on a phone), the way a paper runs its
 * briefs column: "Latest" — the newest stories not already above, each with its time — then
 * "Most read", numbered, once enough stories have readers today that a ranking means something.
 */
export function MostReadRail({
  stories,
  text,
  ranked = true,
  timeZone,
}: {
  stories: StoryCard[];
  text: ReaderText;
  /** True for "Most read" (numbered); false for "Latest" (timed). */
  ranked?: boolean;
  timeZone: string;
}) {
  if (stories.length === 0) return null;
  const headingId = ranked ? "most-read-heading" : "latest-heading";
  return (
    <aside aria-labelledby={headingId} className="border-t-4 border-ink pt-3 lg:self-start">
      <h2 id={headingId} className="font-serif text-xl font-bold">
        {text.t(ranked ? "home.mostRead" : "home.latest")}
      </h2>
      <ol className={`mt-2 divide-y divide-rule ${ranked ? "" : "list-none"}`}>
        {stories.map((story, i) => (
          <li key={story.id} className="flex gap-3 py-3">
            {/* A rank only means something for "Most read"; the latest carry their time instead. */}
            {ranked ? (
              <span className="w-7 shrink-0 font-serif text-3xl leading-none font-bold text-accent" aria-hidden="true">
                {digits(i + 1, text.locale)}
              </span>
            ) : (
              <time
                dateTime={story.publishedAt.toISOString()}
                className="w-16 shrink-0 pt-0.5 text-xs text-neutral-600 tabular-nums dark:text-neutral-400"
              >
                {formatListTime(story.publishedAt, timeZone, text.locale)}
              </time>
            )}
            <Link href={publicPath.story(story)} className="font-serif leading-snug font-bold hover:underline">
              {story.headline}
            </Link>
          </li>
        ))}
      </ol>
    </aside>
  );
}
