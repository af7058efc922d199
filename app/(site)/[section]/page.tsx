import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSection } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import { storiesBy } from "@/db/queries/stories";
import { PagedStoryList, pageParam } from "@/components/site/paged-story-list";
import { feedAlternates } from "@/lib/feed-links";
import { safeDecode } from "@/lib/safe-decode";

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = await getSection(safeDecode((await params).section) ?? "");
  if (!section) return {};
  const settings = await getSiteSettings();
  return { title: section.name, description: section.description, alternates: feedAlternates({ kind: "section", slug: section.slug }, `${settings.siteName}: ${section.name}`, `/${section.slug}`) };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const section = await getSection(safeDecode((await params).section) ?? "");
  if (!section) notFound();
  const page = pageParam((await searchParams).page);
  const [settings, { stories, hasMore }] = await Promise.all([getSiteSettings(), storiesBy({ sectionSlug: section.slug }, page)]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">{section.name}</h1>
      {section.description && <p className="mt-1 text-neutral-600 dark:text-neutral-400">{section.description}</p>}
      <PagedStoryList stories={stories} page={page} hasMore={hasMore} basePath={`/${section.slug}`} timeZone={settings.timeZone} empty={`Nothing published in ${section.name} yet.`} />
    </div>
  );
}
