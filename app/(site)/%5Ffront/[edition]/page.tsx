import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listSections } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import { homeFront } from "@/db/queries/home";
import { latestBySection } from "@/db/queries/stories";
import { StoryCard } from "@/components/site/story-card";
import { mostRead } from "@/db/queries/views";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { MAX_HOME_SLOTS } from "@/lib/home";
import { pageMetadata } from "@/lib/seo/share";
import { newsMediaOrganization, webSite } from "@/lib/seo/structured-data";
import { publicPath } from "@/lib/site-url";
import { JsonLd } from "@/components/site/json-ld";

const PER_SECTION = 4;

// The home page lives at /_front/home and next.config.ts rewrites "/" here: a route without a
// dynamic segment is prerendered by `next build`, which has no database, while this one is
// rendered on its first request and then served from the page cache (README, "Page cache")
// until a publish, an arrangement or a settings change expires it. The one-minute refresh
// moves "Most read".
export const revalidate = 60;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ edition: string }> }): Promise<Metadata> {
  if ((await params).edition !== "home") return {};
  return pageMetadata({ settings: await getSiteSettings(), path: publicPath.home() });
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== "home") notFound();
  await tagPage(TAGS.front, TAGS.lists);
  const [settings, sections, bySection, { lead, topStories }, popular] = await Promise.all([
    getSiteSettings(),
    listSections(),
    // Enough per section that each still has its own after the stories shown above are left out.
    latestBySection(PER_SECTION + MAX_HOME_SLOTS),
    homeFront(),
    mostRead(5),
  ]);
  const siteData = (
    <>
      <JsonLd data={webSite(settings)} />
      <JsonLd data={newsMediaOrganization(settings)} />
    </>
  );
  if (!lead) {
    return (
      <>
        {siteData}
        <p className="py-20 text-center text-neutral-600">No stories have been published yet.</p>
      </>
    );
  }
  const shownAbove = new Set([lead.id, ...topStories.map((s) => s.id)]);
  return (
    <div className="space-y-10">
      {siteData}
      <h1 className="sr-only">{settings.siteName}: front page</h1>
      <section aria-labelledby="lead-heading">
        <h2 id="lead-heading" className="sr-only">
          Lead story
        </h2>
        <StoryCard story={lead} timeZone={settings.timeZone} lead />
      </section>
      {topStories.length > 0 && (
        <section aria-labelledby="top-stories-heading">
          <h2 id="top-stories-heading" className="sr-only">
            Top stories
          </h2>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {topStories.map((story) => (
              <StoryCard key={story.id} story={story} timeZone={settings.timeZone} />
            ))}
          </div>
        </section>
      )}
      {sections.map((section) => {
        const stories = bySection
          .filter((s) => s.sectionSlug === section.slug && !shownAbove.has(s.id))
          .slice(0, PER_SECTION);
        if (stories.length === 0) return null;
        return (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
            <h2 id={`section-${section.slug}`} className="mb-3 text-sm font-bold uppercase tracking-wide text-accent">
              <Link href={`/${section.slug}`}>{section.name}</Link>
            </h2>
            <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {stories.map((story) => (
                <StoryCard key={story.id} story={story} timeZone={settings.timeZone} />
              ))}
            </div>
          </section>
        );
      })}
      {popular.length > 0 && (
        <section aria-labelledby="most-read-heading">
          <h2 id="most-read-heading" className="mb-3 text-sm font-bold uppercase tracking-wide text-accent">
            Most read
          </h2>
          <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            {popular.map((story, i) => (
              <li key={story.id} className="flex gap-2">
                <span className="font-serif text-3xl font-bold text-neutral-400" aria-hidden="true">
                  {i + 1}
                </span>
                <Link
                  href={`/${story.sectionSlug}/${story.slug}`}
                  className="font-serif font-bold leading-snug hover:underline"
                >
                  {story.headline}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
