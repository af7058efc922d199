import Link from "next/link";
import type { StoryCard as Card } from "@/db/queries/stories";
import { formatDate } from "@/lib/time";
import { Byline } from "./byline";

type Props = { story: Card; timeZone: string; lead?: boolean; level?: 2 | 3 };

/** A story in a list. The lead's picture loads first (it is above the fold); the rest lazily. */
export function StoryCard({ story, timeZone, lead = false, level = 3 }: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  const image = story.image;
  const sizes = lead
    ? "(min-width: 72rem) 36rem, (min-width: 640px) 50vw, 100vw"
    : "(min-width: 1024px) 22rem, (min-width: 640px) 50vw, 100vw";
  return (
    <article
      className={`border-t border-neutral-200 pt-3 dark:border-neutral-800 ${lead && image ? "grid gap-4 sm:grid-cols-2" : ""}`}
    >
      {image && (
        <picture className={lead ? "sm:order-2" : ""}>
          {image.webpSrcSet && <source type="image/webp" srcSet={image.webpSrcSet} sizes={sizes} />}
          {/* Decorative here: the headline beside it says what the story is, so alt stays empty. */}
          <img
            src={image.src}
            srcSet={image.srcSet}
            sizes={sizes}
            width={image.width}
            height={image.height}
            alt=""
            loading={lead ? "eager" : "lazy"}
            fetchPriority={lead ? "high" : undefined}
            decoding="async"
            className="mb-2 aspect-[16/9] h-auto w-full rounded object-cover"
          />
        </picture>
      )}
      <div>
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
      </div>
    </article>
  );
}
