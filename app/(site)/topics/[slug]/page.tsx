import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTopic } from "@/db/queries/article";
import { getSiteSettings } from "@/db/queries/settings";
import { storiesBy } from "@/db/queries/stories";
import { PagedStoryList, pageParam } from "@/components/site/paged-story-list";
import { feedAlternates } from "@/lib/feed-links";
import { safeDecode } from "@/lib/safe-decode";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic(safeDecode((await params).slug) ?? "");
  if (!topic) return {};
  return { title: topic.name, alternates: feedAlternates({ kind: "topic", slug: topic.slug }, topic.name, `/topics/${topic.slug}`) };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await getTopic(safeDecode((await params).slug) ?? "");
  if (!topic) notFound();
  const page = pageParam((await searchParams).page);
  const [settings, { stories, hasMore }] = await Promise.all([getSiteSettings(), storiesBy({ topicId: topic.id }, page)]);
  return (
    <div>
      <p className="text-sm font-bold uppercase tracking-wide text-accent">Topic</p>
      <h1 className="font-serif text-3xl font-bold">{topic.name}</h1>
      <PagedStoryList stories={stories} page={page} hasMore={hasMore} basePath={`/topics/${topic.slug}`} timeZone={settings.timeZone} empty="Nothing published on this topic yet." />
    </div>
  );
}
