// The desk's preview of a story (issue 12, capability 1): the real article renderer inside the
// real site frame, fed the story's pending text, for the two frames of
// /dashboard/stories/[id]/preview. Staff only, rendered afresh on every request and never
// cached: the public page and its page-cache entry are not touched, and no view is counted.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getCorrections, relatedStories } from "@/db/queries/article";
import { getSiteSettings } from "@/db/queries/settings";
import { viewCount } from "@/db/queries/views";
import { ArticleView } from "@/components/site/article-view";
import { getReaderText } from "@/lib/i18n/reader-language";
import { getCurrentUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/uuid";
import { storyPreview } from "@/lib/stories/preview";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

export default async function StoryPreviewFrame({ params }: Props) {
  const { id } = await params;
  // Signed out, or not theirs to open: the same 404 as an address that never existed.
  const user = await getCurrentUser();
  if (!user || !isUuid(id)) notFound();
  const preview = await storyPreview(getDb(), user, id);
  if (!preview) notFound();
  const { article, topics } = preview;
  const [settings, text, corrections, related, views] = await Promise.all([
    getSiteSettings(),
    getReaderText(),
    getCorrections(id),
    relatedStories(article),
    viewCount(id),
  ]);
  return (
    <ArticleView
      article={article}
      settings={settings}
      topics={topics}
      corrections={corrections}
      related={related}
      views={views}
      text={text}
      preview
    />
  );
}
