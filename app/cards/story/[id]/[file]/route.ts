// /cards/story/<id>/<version>.png: the 1200x630 share card of a published story without a photo.
import { cardStory } from "@/db/queries/cards";
import { getSiteSettings } from "@/db/queries/settings";
import { storyCardVersion, renderStoryCard } from "@/lib/seo/card";
import { cardNotFound, cardResponse, versionOf } from "@/lib/seo/card-response";
import { publicPath } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  const asked = versionOf(file);
  // Drafts, scheduled and taken-down stories have no card: their headline is not public.
  const story = asked ? await cardStory(id) : null;
  if (!asked || !story) return cardNotFound();
  const { siteName } = await getSiteSettings();
  const version = storyCardVersion(siteName, story);
  return cardResponse(req, asked, {
    version,
    path: publicPath.storyCard(story.id, version),
    key: `story:${story.id}:${version}`,
    render: () => renderStoryCard({ siteName, sectionName: story.sectionName, headline: story.headline }),
  });
}
