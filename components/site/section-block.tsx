import { publicPath } from "@/lib/routes";
import Link from "next/link";
import type { SectionSummary } from "@/db/queries/sections";
import type { StoryCard as Card } from "@/db/queries/stories";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { StoryCard } from "./story-card";

/**
 * A section on the front page: its main story with a picture, and the rest as a compact list
 * beside it. The main story is the newest one that has a picture (a block without one would
 * look like a list); with no picture at all the newest leads in type alone.
 */
export function SectionBlock({
  section,
  stories,
  timeZone,
  text,
}: {
  section: SectionSummary;
  stories: Card[];
  timeZone: string;
  text: ReaderText;
}) {
  if (stories.length === 0) return null;
  const main = stories.find((s) => s.image) ?? stories[0]!;
  const rest = stories.filter((s) => s !== main);
  return (
    <section aria-labelledby={`section-${section.slug}`} className="border-t-4 border-ink pt-3">
      <h2 id={`section-${section.slug}`} className="font-serif text-2xl font-bold">
        <Link href={publicPath.section(section)} className="hover:underline">
          {section.name}
        </Link>
      </h2>
      <div
        className={`mt-4 grid gap-6 ${rest.length > 0 ? "md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] md:gap-8" : ""}`}
      >
        <StoryCard story={main} timeZone={timeZone} text={text} />
        {rest.length > 0 && (
          <ul className="divide-y divide-rule md:border-l md:border-rule md:pl-8 max-md:border-t max-md:border-rule">
            {rest.map((story) => (
              <li key={story.id} className="py-3 first:pt-0 max-md:first:pt-3">
                <StoryCard
                  story={story}
                  timeZone={timeZone}
                  text={text}
                  variant="row"
                  standfirst="fromSm"
                  showPicture={false}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
