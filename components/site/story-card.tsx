import Link from "next/link";
import type { StoryCard as Card } from "@/db/queries/stories";
import { formatDate } from "@/lib/time";
import { Byline } from "./byline";

export function StoryCard({ story, timeZone, lead = false, level = 3 }: { story: Card; timeZone: string; lead?: boolean; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article className="border-t border-neutral-200 pt-3 dark:border-neutral-800">
      {story.breaking && <p className="text-xs font-bold uppercase tracking-wide text-accent">Breaking</p>}
      <Heading className={`font-serif font-bold leading-snug ${lead ? "text-3xl" : "text-xl"}`}>
        <Link href={`/${story.sectionSlug}/${story.slug}`} className="hover:underline">
          {story.headline}
        </Link>
      </Heading>
      <p className="mt-1 text-neutral-700 dark:text-neutral-300">{story.standfirst}</p>
      <div className="mt-2 flex flex-wrap items-baseline gap-x-3 text-neutral-600 dark:text-neutral-400">
        <Byline bylines={story.bylines} />
        <time dateTime={story.publishedAt.toISOString()} className="text-xs">
          {formatDate(story.publishedAt, timeZone)}
        </time>
      </div>
    </article>
  );
}
