import { publicPath } from "@/lib/routes";
import Link from "next/link";
import type { StoryCard as Card } from "@/db/queries/stories";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { langIfForeign } from "@/lib/i18n/language";
import { formatDate } from "@/lib/time";
import { Byline } from "./byline";

/**
 * How much room a story gets, as on a printed front page:
 * - `lead`: the day's main story, a large picture and the largest headline;
 * - `standard`: picture above (when there is one), headline, standfirst and byline;
 * - `row`: headline and standfirst beside a small picture, so a list of stories with and
 *   without photos keeps one rhythm (no holes where a picture is missing);
 * - `compact`: headline and time only, for lists under a section's main story.
 */
export type CardVariant = "lead" | "standard" | "row" | "compact";

type Props = {
  story: Card;
  timeZone: string;
  text: ReaderText;
  variant?: CardVariant;
  level?: 2 | 3;
  /** Show the section above the headline (lists that mix sections). */
  kicker?: boolean;
  /** Whether the standfirst shows: `fromSm` drops it on phones, where a row should stay short. */
  standfirst?: "always" | "fromSm" | "never";
  /** False for lists that stay text (a section's compact list under its main story). */
  showPicture?: boolean;
};

const SIZES: Record<CardVariant, string> = {
  lead: "(min-width: 72rem) 32rem, (min-width: 768px) 55vw, 100vw",
  standard: "(min-width: 1024px) 24rem, (min-width: 640px) 50vw, 100vw",
  row: "(min-width: 640px) 10rem, 6rem",
  compact: "",
};

const HEADLINE: Record<CardVariant, string> = {
  lead: "text-3xl leading-tight sm:text-4xl sm:leading-[1.1] lg:text-5xl",
  standard: "text-xl leading-snug",
  row: "text-lg leading-snug",
  compact: "text-base leading-snug",
};

function CardPicture({ story, variant }: { story: Card; variant: CardVariant }) {
  const image = story.image!;
  const lead = variant === "lead";
  const sizes = SIZES[variant];
  return (
    <picture className={variant === "row" ? "w-24 shrink-0 sm:w-40" : "block"}>
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
        className={`h-auto w-full object-cover ${variant === "row" ? "aspect-[4/3]" : "aspect-[16/9]"}`}
      />
    </picture>
  );
}

/** A story in a list. The lead's picture loads first (it is above the fold); the rest lazily. */
export function StoryCard({
  story,
  timeZone,
  text,
  variant = "standard",
  level = 3,
  kicker = false,
  standfirst = "always",
  showPicture = true,
}: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  const lang = langIfForeign(story.edition, text.language);
  const href = publicPath.story(story);
  const picture = showPicture && story.image && variant !== "compact";
  const time = (
    <time dateTime={story.publishedAt.toISOString()} className="text-xs text-neutral-600 dark:text-neutral-400">
      {formatDate(story.publishedAt, timeZone, text.locale)}
    </time>
  );
  const kickerLine = (story.breaking || kicker) && (
    <p className="mb-1 text-xs font-bold tracking-wider uppercase">
      {story.breaking && <span className="text-accent">{text.t("story.breaking")}</span>}
      {story.breaking && kicker && <span aria-hidden="true"> · </span>}
      {kicker && <span className="text-neutral-600 dark:text-neutral-400">{story.sectionName}</span>}
    </p>
  );
  const headline = (
    <Heading
      lang={lang}
      className={`font-serif font-bold text-balance ${variant === "standard" && !picture ? "text-2xl leading-tight" : HEADLINE[variant]}`}
    >
      <Link href={href} className="hover:underline">
        {story.headline}
      </Link>
    </Heading>
  );
  const rest = (
    <>
      {variant !== "compact" && standfirst !== "never" && story.standfirst && (
        <p
          lang={lang}
          className={`mt-1.5 text-neutral-700 dark:text-neutral-300 ${variant === "lead" ? "font-serif text-lg leading-snug sm:text-xl" : ""} ${
            standfirst === "fromSm" ? "max-sm:hidden" : ""
          }`}
        >
          {story.standfirst}
        </p>
      )}
      {variant === "compact" ? (
        <p className="mt-1">{time}</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3 text-neutral-600 dark:text-neutral-400">
          {variant !== "row" && <Byline bylines={story.bylines} text={text} />}
          {time}
        </div>
      )}
    </>
  );
  const body = (
    <div className="min-w-0 flex-1">
      {kickerLine}
      {headline}
      {rest}
    </div>
  );
  if (variant === "row") {
    return (
      <article className="flex items-start gap-3 sm:gap-4">
        {body}
        {picture && <CardPicture story={story} variant={variant} />}
      </article>
    );
  }
  if (variant === "lead" && picture) {
    // A broadsheet lead: the headline across the top, then the standfirst beside the picture.
    // On a phone the picture comes first, then the headline and the standfirst under it.
    return (
      <article className="grid gap-x-6 gap-y-3 [grid-template-areas:'pic''head''text'] md:grid-cols-[2fr_3fr] md:[grid-template-areas:'head_head''text_pic']">
        <div className="[grid-area:head]">
          {kickerLine}
          {headline}
        </div>
        <div className="[grid-area:pic]">
          <CardPicture story={story} variant={variant} />
        </div>
        <div className="[grid-area:text] md:border-t md:border-rule md:pt-2">{rest}</div>
      </article>
    );
  }
  return (
    <article>
      {picture && (
        <div className="mb-2">
          <CardPicture story={story} variant={variant} />
        </div>
      )}
      {body}
    </article>
  );
}
