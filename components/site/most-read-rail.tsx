import { publicPath } from "@/lib/routes";
import Link from "next/link";
import type { StoryCard } from "@/db/queries/stories";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { digits } from "@/lib/time";

/**
 * "Most read" beside the lead on wide screens, after the top stories on a phone: numbered
 * headlines, the way a paper runs its briefs column. Before anyone has read anything (a new
 * site, a quiet night) the page passes the latest stories instead, under their own heading.
 */
export function MostReadRail({
  stories,
  text,
  ranked = true,
}: {
  stories: StoryCard[];
  text: ReaderText;
  /** False for the latest stories standing in for the most read. */
  ranked?: boolean;
}) {
  if (stories.length === 0) return null;
  return (
    <aside aria-labelledby="most-read-heading" className="border-t-4 border-ink pt-3 lg:self-start">
      <h2 id="most-read-heading" className="font-serif text-xl font-bold">
        {text.t(ranked ? "home.mostRead" : "home.latest")}
      </h2>
      <ol className={`mt-2 divide-y divide-rule ${ranked ? "" : "list-none"}`}>
        {stories.map((story, i) => (
          <li key={story.id} className="flex gap-3 py-3">
            {/* A rank only means something for "Most read"; the latest are simply in time order. */}
            {ranked && (
              <span className="w-7 shrink-0 font-serif text-3xl leading-none font-bold text-accent" aria-hidden="true">
                {digits(i + 1, text.locale)}
              </span>
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
