// A story as readers would see it if it went live now: the pending text of a live story (saved
// but not yet Updated), or the draft as saved, turned into the same Article the public page
// renders. Reads only: nothing is written, no page-cache tag is touched, no view is counted.
import { editionOf } from "@/lib/editions";
import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db";
import type { TopicLink } from "@/db/queries/article";
import { currentSnapshot, pendingSnapshot } from "@/db/queries/snapshots";
import type { Article } from "@/db/queries/stories";
import { authors, media, sections, stories, storyColumns, topics, type StoryStatus } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { pictureColumns } from "@/lib/media/columns";
import type { PictureMedia } from "@/lib/media/picture";
import type { Actor } from "@/lib/permissions";
import { imageIds } from "@/lib/rich-text/image";
import { renderBody } from "@/lib/rich-text/render";
import { canView } from "@/lib/workflow";
import { toCardImage } from "@/db/queries/story-links";
import { validateFields } from "./input";

export type StoryPreview = {
  article: Article;
  topics: TopicLink[];
  status: StoryStatus;
  /** True when the preview shows edits a live story's readers do not see yet. */
  pending: boolean;
  /** Fields that would stop it from publishing as it stands, by field. */
  problems: Record<string, string>;
};

/** null: no such story, or not one this person may open. */
export async function storyPreview(
  db: Database,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<StoryPreview | null> {
  const [row] = await db.select(storyColumns).from(stories).where(eq(stories.id, id));
  if (!row || !canView(actor, row)) return null;
  const live = row.status === "published";
  const pending = live ? await pendingSnapshot(db, id) : null;
  const snapshot = pending ?? (await currentSnapshot(db, row));
  const problems: Record<string, string> = {};
  let fields;
  try {
    fields = validateFields(snapshot);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    Object.assign(problems, e.fieldErrors ?? { form: e.message });
    // Show what can be shown: the saved row is always valid.
    fields = validateFields(await currentSnapshot(db, row));
  }
  const [section] = fields.sectionId
    ? await db
        .select({ slug: sections.slug, name: sections.name, edition: sections.edition })
        .from(sections)
        .where(eq(sections.id, fields.sectionId))
    : [];
  if (!section) problems.sectionId ??= "Choose a section: readers find a story through it.";
  const pictureIds = [
    ...new Set([
      ...imageIds(fields.body),
      ...(fields.featuredImageId ? [fields.featuredImageId] : []),
      ...(fields.socialImageId ? [fields.socialImageId] : []),
    ]),
  ];
  const pictures: PictureMedia[] = pictureIds.length
    ? await db.select(pictureColumns).from(media).where(inArray(media.id, pictureIds))
    : [];
  const byId = new Map(pictures.map((p) => [p.id, p]));
  const bylineRows = fields.authorIds.length
    ? await db
        .select({ id: authors.id, name: authors.name, slug: authors.slug })
        .from(authors)
        .where(inArray(authors.id, fields.authorIds))
    : [];
  const topicRows = fields.topicIds.length
    ? await db
        .select({ name: topics.name, slug: topics.slug })
        .from(topics)
        .where(inArray(topics.id, fields.topicIds))
        .orderBy(asc(topics.name))
    : [];
  const featured = fields.featuredImageId ? (byId.get(fields.featuredImageId) ?? null) : null;
  const article: Article = {
    id: row.id,
    headline: fields.headline,
    standfirst: fields.standfirst,
    slug: fields.slug,
    sectionSlug: section?.slug ?? "no-section",
    edition: editionOf(section?.edition).code,
    sectionName: section?.name ?? "No section",
    breaking: fields.breaking,
    // As it would read if published now; a live story keeps its first time and shows "Updated".
    publishedAt: row.firstPublishedAt ?? row.publishedAt ?? now,
    contentUpdatedAt: row.firstPublishedAt && pending ? now : row.contentUpdatedAt,
    // Bylines in the order the desk set them (the order printed on the page).
    bylines: fields.authorIds
      .flatMap((a) => bylineRows.filter((b) => b.id === a))
      .map(({ name, slug }) => ({ name, slug })),
    image: featured ? toCardImage(featured) : null,
    featuredImage: featured,
    bodyHtml: renderBody(fields.body, byId).html,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    socialHeadline: fields.socialHeadline,
    socialDescription: fields.socialDescription,
    socialImage: fields.socialImageId ? (byId.get(fields.socialImageId) ?? null) : null,
  };
  return { article, topics: topicRows, status: row.status, pending: !!pending, problems };
}
