import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listSections } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import { homeFront } from "@/db/queries/home";
import { latestBySection } from "@/db/queries/stories";
import type { StoryCard as Card } from "@/db/queries/stories";
import { MostReadRail } from "@/components/site/most-read-rail";
import { SectionBlock } from "@/components/site/section-block";
import { StoryCard } from "@/components/site/story-card";
import { mostRead } from "@/db/queries/views";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { getReaderText } from "@/lib/i18n/reader-language";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { MAX_HOME_SLOTS } from "@/lib/home";
import { pageMetadata } from "@/lib/seo/share";
import { newsMediaOrganization, webSite } from "@/lib/seo/structured-data";
import { DEFAULT_EDITION, EDITION_CODES, frontEdition, type EditionCode } from "@/lib/editions";
import { feedAlternates } from "@/lib/feed-links";
import { editionLanguage } from "@/lib/i18n/language";
import { publicPath } from "@/lib/site-url";
import { JsonLd } from "@/components/site/json-ld";

const PER_SECTION = 4;
/** Stories in each of the "Latest" and "Most read" rails beside the lead. */
const RAIL = 5;
/** Fewer stories with readers today than this and "Most read" is left out. */
const MIN_MOST_READ = 3;
/** Top stories shown as full cards (with their picture) before the rest become compact rows. */
const FULL_TOP = 2;

// The home page lives at /_front/home (/bn/_front/home for Bangla, through app/(bn)) and
// next.config.ts rewrites "/" (and "/bn") there: a route without a
// dynamic segment is prerendered by `next build`, which has no database, while this one is
// rendered on its first request and then served from the page cache (README, "Page cache")
// until a publish, an arrangement or a settings change expires it. The one-minute refresh
// moves "Most read".
export const revalidate = 60;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

// `edition` is the route's segment ("home"); `frontOf` is set by the Bangla edition's route.
type Props = { params: Promise<{ edition: string; frontOf?: EditionCode }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = frontEdition(await params);
  if (!edition) return {};
  const settings = await getSiteSettings(edition);
  return {
    ...pageMetadata({ settings, path: publicPath.home(edition), edition }),
    // The fronts name each other (and the default one as x-default), so search engines send a
    // Bangla reader to /bn and an English one to / (each front also links the other in its masthead).
    alternates: {
      ...feedAlternates({ kind: "site", edition }, settings.siteName, publicPath.home(edition)),
      languages: {
        ...Object.fromEntries(
          EDITION_CODES.map((code) => [editionLanguage(code, settings.locale), publicPath.home(code)]),
        ),
        "x-default": publicPath.home(DEFAULT_EDITION),
      },
    },
  };
}

export default async function HomePage({ params }: Props) {
  const edition = frontEdition(await params);
  if (!edition) notFound();
  await tagPage(TAGS.front, TAGS.lists);
  const [settings, text, sections, bySection, { lead, topStories }, popular] = await Promise.all([
    getSiteSettings(edition),
    getReaderText(edition),
    listSections(edition),
    // Enough per section that each still has its own after the stories above and in Latest are left out.
    latestBySection(edition, PER_SECTION + MAX_HOME_SLOTS + RAIL),
    homeFront(edition),
    mostRead(RAIL, edition),
  ]);
  const siteData = (
    <>
      <JsonLd data={webSite(settings, edition)} />
      <JsonLd data={newsMediaOrganization(settings)} />
    </>
  );
  if (!lead) {
    return (
      <>
        {siteData}
        <p className="py-20 text-center text-neutral-600">{text.t("home.nothingYet")}</p>
      </>
    );
  }
  const tz = settings.timeZone;
  const arranged = new Set([lead.id, ...topStories.map((s) => s.id)]);
  // "Latest" takes the newest stories not already above; the section blocks then leave out both,
  // so no headline appears twice on the front.
  const latest = [...bySection]
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .filter((s) => !arranged.has(s.id))
    .slice(0, RAIL);
  const shownAbove = new Set([...arranged, ...latest.map((s) => s.id)]);
  // The editors' order decides the tiers: the first top stories get pictures, the rest are rows.
  const fullTop = topStories.slice(0, FULL_TOP);
  const rowTop = topStories.slice(FULL_TOP);
  return (
    <div className="space-y-10">
      {siteData}
      <h1 className="sr-only">{text.t("home.frontPage", { siteName: settings.siteName })}</h1>
      <div className="grid gap-x-8 gap-y-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="space-y-8">
          <section aria-labelledby="lead-heading">
            <h2 id="lead-heading" className="sr-only">
              {text.t("home.leadStory")}
            </h2>
            <StoryCard story={lead} timeZone={tz} text={text} variant="lead" />
          </section>
          {topStories.length > 0 && (
            <section aria-labelledby="top-stories-heading" className="border-t border-rule pt-5">
              <h2 id="top-stories-heading" className="sr-only">
                {text.t("home.topStories")}
              </h2>
              <TopStories full={fullTop} rows={rowTop} timeZone={tz} text={text} />
            </section>
          )}
        </div>
        <div className="space-y-8 lg:self-start">
          <MostReadRail stories={latest} text={text} ranked={false} timeZone={tz} />
          {/* A ranking of one or two stories reads as broken (issue 11 found exactly that). */}
          {popular.length >= MIN_MOST_READ && <MostReadRail stories={popular} text={text} timeZone={tz} />}
        </div>
      </div>
      {sections.map((section) => {
        const stories = bySection
          .filter((s) => s.sectionSlug === section.slug && !shownAbove.has(s.id))
          .slice(0, PER_SECTION);
        return <SectionBlock key={section.slug} section={section} stories={stories} timeZone={tz} text={text} />;
      })}
    </div>
  );
}

/**
 * The secondary tier. On wide screens the first stories sit side by side with their pictures and
 * the rest follow in two columns of rows; on a phone everything after them is a compact row.
 * Rows keep one height whether a story has a picture or not, so the tier never shows holes.
 */
function TopStories({
  full,
  rows,
  timeZone,
  text,
}: {
  full: Card[];
  rows: Card[];
  timeZone: string;
  text: ReaderText;
}) {
  // Side by side, a story without a picture would leave a hole beside one with: then all are rows.
  const pictured = full.length > 0 && full.every((s) => s.image);
  const asRows = pictured ? rows : [...full, ...rows];
  return (
    <div className="space-y-5">
      {pictured && (
        <div className={`grid gap-6 ${full.length > 1 ? "sm:grid-cols-2" : ""}`}>
          {full.map((story) => (
            <StoryCard key={story.id} story={story} timeZone={timeZone} text={text} kicker />
          ))}
        </div>
      )}
      {asRows.length > 0 && (
        <ul className={`grid gap-x-8 sm:grid-cols-2 ${pictured ? "border-t border-rule" : ""}`}>
          {asRows.map((story, i) => (
            <li
              key={story.id}
              className={`py-4 ${i > 1 || pictured ? "border-t border-rule" : i > 0 ? "max-sm:border-t max-sm:border-rule" : ""} first:pt-4`}
            >
              <StoryCard story={story} timeZone={timeZone} text={text} variant="row" kicker standfirst="fromSm" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
