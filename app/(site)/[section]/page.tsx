import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSection, type SectionSummary } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import { storiesBy } from "@/db/queries/stories";
import { PagedStoryList, pageParam } from "@/components/site/paged-story-list";
import { SiteChrome } from "@/components/site/site-chrome";
import { listPageNumber } from "@/lib/list-pages";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { getReaderText } from "@/lib/i18n/reader-language";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { feedAlternates } from "@/lib/feed-links";
import { scopeDescription } from "@/lib/feeds";
import { pageMetadata } from "@/lib/seo/share";
import { publicPath } from "@/lib/site-url";
import { safeDecode } from "@/lib/safe-decode";

// `edition`: set by the Bangla edition's routes (app/(bn)/bn/...), which render this page.
type PageParams = { section: string; page?: string; edition?: EditionCode };
type Props = { params: Promise<PageParams> };

// The page cache (README, "Page cache"): rendered on its first request, never at build (no
// database there), then served from the cache until a story change expires "lists". Page 2 and
// on come here from ?page=N through a rewrite to ./_page/N (next.config.ts), because reading
// searchParams would make every request render.
export const revalidate = 60;
export function generateStaticParams(): PageParams[] {
  return [];
}

/** The section the address names, when it belongs to the edition the address is in. */
async function sectionAt(p: PageParams): Promise<SectionSummary | null> {
  const section = await getSection(safeDecode(p.section) ?? "");
  return section?.edition === (p.edition ?? DEFAULT_EDITION) ? section : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const section = await sectionAt(p);
  if (!section) return {};
  const [settings, { t }] = await Promise.all([getSiteSettings(section.edition), getReaderText(section.edition)]);
  // Page 2 and on are pages of their own: their own address as canonical and "Page N" in the title.
  const page = pageParam(p.page);
  const path = publicPath.paged(publicPath.section(section), page);
  return {
    ...pageMetadata({
      settings,
      path,
      edition: section.edition,
      title: page > 1 ? t("lists.pageTitle", { title: section.name, page }) : section.name,
      description: scopeDescription(
        { kind: "section", edition: section.edition, slug: section.slug },
        section.name,
        section.description,
        settings.siteName,
        { t },
      ),
    }),
    alternates: feedAlternates(
      { kind: "section", edition: section.edition, slug: section.slug },
      `${settings.siteName}: ${section.name}`,
      path,
    ),
  };
}

export default async function SectionPage({ params }: Props) {
  // Tagged before the lookup: a 404 cached here ends when a publish makes the page exist.
  await tagPage(TAGS.lists);
  const p = await params;
  const section = await sectionAt(p);
  if (!section) notFound();
  // Only real page numbers are pages (lib/list-pages.ts); scripts/serve.ts refuses the rest first.
  if (p.page !== undefined && listPageNumber(p.page) === null) notFound();
  const page = pageParam(p.page);
  const [settings, text, { stories, hasMore }] = await Promise.all([
    getSiteSettings(section.edition),
    getReaderText(section.edition),
    storiesBy({ sectionSlug: section.slug }, page),
  ]);
  // Past the last page is no page; cached as a 404 under \"lists\", so a publish that makes it real ends it.
  if (page > 1 && stories.length === 0) notFound();
  // The frame is drawn here, not by a layout, so the masthead can mark this section.
  return (
    <SiteChrome edition={section.edition} text={text} current={{ slug: section.slug, aria: "page" }}>
      <div className="mx-auto max-w-4xl">
        <header className="border-b-4 border-ink pb-3">
          <h1 className="font-serif text-4xl font-bold">{section.name}</h1>
          {section.description && (
            <p className="mt-1 font-serif text-lg text-neutral-600 italic dark:text-neutral-400">
              {section.description}
            </p>
          )}
        </header>
        <PagedStoryList
          stories={stories}
          page={page}
          hasMore={hasMore}
          basePath={publicPath.section(section)}
          timeZone={settings.timeZone}
          text={text}
          empty={text.t("lists.sectionEmpty", { section: section.name })}
        />
      </div>
    </SiteChrome>
  );
}
