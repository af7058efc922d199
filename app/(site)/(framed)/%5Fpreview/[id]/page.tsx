// The desk's preview of a story (issue 12, capability 1): the real article renderer inside the
// real site frame, fed the story's pending text, for the two frames of
// /dashboard/stories/[id]/preview. Staff only, rendered afresh on every request and never
// cached: the public page and its page-cache entry are not touched, and no view is counted.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { getCorrections, relatedStories } from "@/db/queries/article";
import { getSiteSettings } from "@/db/queries/settings";
import { viewCount } from "@/db/queries/views";
import { ArticleView } from "@/components/site/article-view";
import { getReaderText } from "@/lib/i18n/reader-language";
import { getCurrentUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/uuid";
import { storyPreview } from "@/lib/stories/preview";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { previewFramePath } from "@/lib/stories/preview-path";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; edition?: EditionCode };

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

/**
 * Rendered inside the frame of `edition` (the default one here, the Bangla one at /bn/_preview):
 * a story of the other edition is sent to its own frame, so a Bangla story is never previewed
 * with the English masthead and words (issue 19).
 */
export default async function StoryPreviewFrame({ params, edition = DEFAULT_EDITION }: Props) {
  const { id } = await params;
  // Signed out, or not theirs to open: the same 404 as an address that never existed.
  const user = await getCurrentUser();
  if (!user || !isUuid(id)) notFound();
  const preview = await storyPreview(getDb(), user, id);
  if (!preview) notFound();
  const { article, topics } = preview;
  if (article.edition !== edition) redirect(previewFramePath(id, article.edition));
  const [settings, text, corrections, related, views] = await Promise.all([
    getSiteSettings(),
    getReaderText(edition),
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
