import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSection } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import { latestStories } from "@/db/queries/stories";
import { StoryCard } from "@/components/site/story-card";

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = await getSection((await params).section);
  return section ? { title: section.name, description: section.description } : {};
}

export default async function SectionPage({ params }: Props) {
  const section = await getSection((await params).section);
  if (!section) notFound();
  const [settings, stories] = await Promise.all([getSiteSettings(), latestStories(30, section.slug)]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">{section.name}</h1>
      {section.description && <p className="mt-1 text-neutral-600 dark:text-neutral-400">{section.description}</p>}
      <div className="mt-6 grid gap-6 sm:grid-cols-2">
        {stories.map((story) => (
          <StoryCard key={story.id} story={story} timeZone={settings.timeZone} />
        ))}
      </div>
      {stories.length === 0 && <p className="mt-6">Nothing published in {section.name} yet.</p>}
    </div>
  );
}
