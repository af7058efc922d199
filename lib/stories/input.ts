// What a save sends, and how it is checked: shape with zod, body against the editor's schema.
import type { StorySnapshot } from "@/db/schema";
import { invalid, FIELDS_NEED_ATTENTION } from "@/lib/errors";
import type { PictureMedia } from "@/lib/media/picture";
import { imageUses } from "@/lib/rich-text/image";
import { renderBody, RichTextError } from "@/lib/rich-text/render";
import { pickSnapshot, storyFieldsSchema, type StoryFields } from "./fields";

export type { StoryFields };

/** Bodies above this many bytes of JSON are refused with 413 before any parsing. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** `media`: the library rows of the images it uses, filled in by checkReferences. */
export type ValidFields = Omit<StoryFields, "body"> & {
  body: unknown;
  html: string;
  text: string;
  media?: PictureMedia[];
};

/** Parses and validates; throws AppError("validation") listing field errors. */
export function validateFields(raw: unknown): ValidFields {
  const parsed = storyFieldsSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    throw invalid(FIELDS_NEED_ATTENTION, fieldErrors);
  }
  try {
    const { html, text } = renderBody(parsed.data.body);
    return {
      ...parsed.data,
      topicIds: unique(parsed.data.topicIds),
      authorIds: unique(parsed.data.authorIds),
      html,
      text,
    };
  } catch (e) {
    if (e instanceof RichTextError) throw invalid(e.message, { body: e.message });
    throw e;
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function toSnapshot(f: ValidFields): StorySnapshot {
  return pickSnapshot(f);
}

/** What publishing needs beyond a valid save; returns field errors, empty when ready. */
export function publishProblems(
  f: Pick<ValidFields, "headline" | "sectionId" | "authorIds" | "text" | "body" | "featuredImageId" | "media">,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!f.headline) problems.headline = "A headline is required to publish.";
  if (!f.sectionId) problems.sectionId = "Choose a section before publishing.";
  if (f.authorIds.length === 0) problems.authorIds = "Add at least one byline before publishing.";
  if (!f.text.trim()) problems.body = "The body is empty.";
  // Readers using screen readers get the photo too: every image a story shows needs alt text.
  const noAlt = new Set((f.media ?? []).filter((m) => !m.alt.trim()).map((m) => m.id));
  if (f.featuredImageId && noAlt.has(f.featuredImageId))
    problems.featuredImageId = "Add alt text to the featured image before publishing.";
  // Alt text written for this one use counts as much as the library's.
  const inline = imageUses(f.body).filter((u) => noAlt.has(u.mediaId) && !u.alt?.trim()).length;
  if (inline)
    problems.body ??= `Add alt text to ${inline === 1 ? "the image" : `${inline} images`} in the body before publishing.`;
  return problems;
}
