// Writing stories: create, save (autosave or explicit), and the pieces transitions share.
// Every write names the version it read; a stale one is a 409 conflict, never an overwrite.
import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import type { Database, Tx } from "@/db";
import {
  ADDRESS_STATES,
  authors,
  media,
  sections,
  stories,
  storyAuthors,
  storyColumns,
  storyMedia,
  storyPresence,
  storyRevisions,
  storyTopics,
  topics,
  users,
  type RevisionKind,
  type Story,
  type StorySnapshot,
} from "@/db/schema";
import { pictureColumns } from "@/lib/media/columns";
import { imageIds } from "@/lib/rich-text/image";
import { renderBody } from "@/lib/rich-text/render";
import { currentSnapshot } from "@/db/queries/snapshots";
import { recordAudit } from "@/lib/audit";
import { publicWrite, type Changed } from "@/lib/cache/public-write";
import { AppError, forbidden, invalid, FIELDS_NEED_ATTENTION } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { slugify } from "@/lib/slug";
import { canEditContent, mayPublishInto, STATE_LABELS } from "@/lib/workflow";
import { removedWordsKept, removesMoreThanASentence } from "./diff";
import { newsroomZone, slugCandidates } from "./free-slug";
import { visibleStory } from "./visible";
import { rowFromSnapshot } from "./fields";
import { publishProblems, toSnapshot, validateFields, type ValidFields } from "./input";

/** Autosaves by the same person within this window update one revision instead of adding many. */
export const COALESCE_MS = 10 * 60_000;

export class ConflictError extends AppError {
  constructor(readonly current: { version: number; snapshot: StorySnapshot; savedBy: string | null }) {
    super("conflict", "Someone saved this story after you opened it.");
  }
}

export async function ensureAuthorFor(tx: Tx | Database, user: { id: string; name: string }): Promise<string> {
  const [existing] = await tx.select({ id: authors.id }).from(authors).where(eq(authors.userId, user.id));
  if (existing) return existing.id;
  const base = slugify(user.name) || "author";
  const [row] = await tx
    .insert(authors)
    .values({ userId: user.id, name: user.name, slug: `${base}-${randomBytes(3).toString("hex")}` })
    .returning({ id: authors.id });
  return row!.id;
}

export async function createStory(
  db: Database,
  actor: Actor & { name: string },
  ctx: { ip?: string | null } = {},
): Promise<{ id: string }> {
  return db.transaction((tx) => insertStory(tx, actor, ctx));
}

/** What a new draft starts with when it comes from the planning budget (lib/planning). */
export type DraftStart = {
  /** The reporter the story belongs to, when an editor starts it for them. */
  owner?: { id: string; name: string };
  headline?: string;
  sectionId?: string | null;
  details?: Record<string, unknown>;
};

/** A new draft inside the caller's transaction: the row, its byline, its first revision, its audit entry. */
export async function insertStory(
  tx: Tx,
  actor: Actor & { name: string },
  ctx: { ip?: string | null } = {},
  start: DraftStart = {},
): Promise<{ id: string }> {
  const owner = start.owner ?? actor;
  const authorId = await ensureAuthorFor(tx, owner);
  const [story] = await tx
    .insert(stories)
    // An empty paragraph, not an empty doc: the editor's schema needs at least one block.
    .values({
      slug: `untitled-${randomBytes(4).toString("hex")}`,
      createdById: owner.id,
      bodyJson: { type: "doc", content: [{ type: "paragraph" }] },
      ...(start.headline ? { headline: start.headline } : {}),
      ...(start.sectionId ? { sectionId: start.sectionId } : {}),
    })
    .returning(storyColumns);
  await tx.insert(storyAuthors).values({ storyId: story!.id, authorId, position: 0 });
  await writeRevision(tx, story!.id, actor.id, await currentSnapshot(tx, story!), "save", false);
  await recordAudit(tx, {
    actorId: actor.id,
    action: "story.created",
    targetType: "story",
    targetId: story!.id,
    ip: ctx.ip,
    ...(start.details ? { details: start.details } : {}),
  });
  return { id: story!.id };
}

export async function writeRevision(
  tx: Tx,
  storyId: string,
  userId: string | null,
  snapshot: StorySnapshot,
  kind: RevisionKind,
  pending: boolean,
): Promise<void> {
  if (kind === "autosave") {
    // The latest revision, and the one before it (what still holds text `latest` would lose).
    const [latest, kept] = await tx
      .select()
      .from(storyRevisions)
      .where(eq(storyRevisions.storyId, storyId))
      .orderBy(desc(storyRevisions.id))
      .limit(2);
    if (latest && JSON.stringify(latest.snapshot) === JSON.stringify(snapshot) && latest.pending === pending) return; // nothing changed
    if (
      latest &&
      latest.kind === "autosave" &&
      latest.savedById === userId &&
      latest.pending === pending &&
      Date.now() - latest.createdAt.getTime() < COALESCE_MS &&
      // A save that deletes more than a sentence starts a new revision, so the deleted text
      // stays restorable from History (issue 12); so does one that deletes words no earlier
      // revision holds, however few (issue 19: an 8-word sentence was in no revision).
      !removesMoreThanASentence(latest.snapshot, snapshot) &&
      removedWordsKept(kept?.snapshot ?? null, latest.snapshot, snapshot)
    ) {
      await tx.update(storyRevisions).set({ snapshot }).where(eq(storyRevisions.id, latest.id));
      return;
    }
  }
  await tx.insert(storyRevisions).values({ storyId, savedById: userId, snapshot, kind, pending });
}

/**
 * Checks references exist and, when `holdsAddress` (the story is or is about to be live,
 * scheduled or unpublished), that no other such story in the section uses the slug; throws
 * field errors. Drafts never clash: two drafts may share a slug until one is published
 * (issue 12). Returns the fields with the images they use and the body HTML rendered with them.
 */
export async function checkReferences(
  tx: Tx,
  storyId: string,
  f: ValidFields,
  holdsAddress: boolean,
): Promise<ValidFields> {
  const errors: Record<string, string> = {};
  const inline = imageIds(f.body);
  const mediaIds = [
    ...new Set([
      ...(f.featuredImageId ? [f.featuredImageId] : []),
      ...(f.socialImageId ? [f.socialImageId] : []),
      ...inline,
    ]),
  ];
  // One transaction is one connection: the checks run in order (pg deprecates overlapping queries).
  const sectionOk = f.sectionId
    ? await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, f.sectionId))
    : [{ id: "" }];
  const topicRows = f.topicIds.length
    ? await tx.select({ id: topics.id }).from(topics).where(inArray(topics.id, f.topicIds))
    : [];
  const authorRows = f.authorIds.length
    ? await tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, f.authorIds))
    : [];
  const clash =
    f.sectionId && holdsAddress ? await slugHolders(tx, storyId, f.sectionId, f.slug) : ([] as { id: string }[]);
  const mediaRows = mediaIds.length
    ? await tx.select(pictureColumns).from(media).where(inArray(media.id, mediaIds))
    : [];
  if (sectionOk.length === 0) errors.sectionId = "That section no longer exists.";
  if (topicRows.length !== f.topicIds.length) errors.topicIds = "One of the topics no longer exists.";
  if (authorRows.length !== f.authorIds.length) errors.authorIds = "One of the bylines no longer exists.";
  if (clash.length > 0) errors.slug = "Another story in this section already uses this slug.";
  const found = new Map(mediaRows.map((m) => [m.id, m]));
  if (f.featuredImageId && !found.has(f.featuredImageId))
    errors.featuredImageId = "The featured image is no longer in the media library; choose another.";
  if (f.socialImageId && !found.has(f.socialImageId))
    errors.socialImageId = "The social image is no longer in the media library; choose another.";
  if (inline.some((id) => !found.has(id)))
    errors.body = "An image in the body is no longer in the media library; remove it.";
  if (Object.keys(errors).length) throw invalid(FIELDS_NEED_ATTENTION, errors);
  return { ...f, media: mediaRows, html: inline.length ? renderBody(f.body, found).html : f.html };
}

/** Other stories holding this address (the partial unique index's rows). */
export async function slugHolders(tx: Tx, storyId: string, sectionId: string, slug: string) {
  return tx
    .select({ id: stories.id })
    .from(stories)
    .where(
      and(
        eq(stories.sectionId, sectionId),
        eq(stories.slug, slug),
        ne(stories.id, storyId),
        inArray(stories.status, [...ADDRESS_STATES]),
      ),
    );
}

/**
 * The slug to publish under: `slug` itself when no other story holds it in the section, else the
 * first free of `slug-2` … `slug-9`, `slug-<date>`, `slug-<random>` (issue 12: publishing never
 * fails on a taken slug; the desk is told which address the story got).
 */
export async function freeSlug(tx: Tx, storyId: string, sectionId: string, slug: string, now: Date): Promise<string> {
  const candidates = slugCandidates(slug, now, await newsroomZone(tx), randomBytes(3).toString("hex"));
  const taken = await tx
    .select({ slug: stories.slug })
    .from(stories)
    .where(
      and(
        eq(stories.sectionId, sectionId),
        inArray(stories.slug, candidates),
        ne(stories.id, storyId),
        inArray(stories.status, [...ADDRESS_STATES]),
      ),
    );
  const used = new Set(taken.map((t) => t.slug));
  return candidates.find((c) => !used.has(c)) ?? candidates[candidates.length - 1]!;
}

/** Writes validated fields into the row and its link tables (the public copy for live stories). */
export async function applyFields(
  tx: Tx,
  story: Story,
  f: ValidFields,
  extra: Partial<typeof stories.$inferInsert> = {},
): Promise<Story> {
  const [row] = await tx
    .update(stories)
    .set({
      ...rowFromSnapshot(f),
      bodyHtml: f.html,
      bodyText: f.text,
      version: story.version + 1,
      ...extra,
    })
    .where(eq(stories.id, story.id))
    .returning(storyColumns);
  await tx.delete(storyAuthors).where(eq(storyAuthors.storyId, story.id));
  if (f.authorIds.length)
    await tx
      .insert(storyAuthors)
      .values(f.authorIds.map((authorId, position) => ({ storyId: story.id, authorId, position })));
  await tx.delete(storyTopics).where(eq(storyTopics.storyId, story.id));
  if (f.topicIds.length)
    await tx.insert(storyTopics).values(f.topicIds.map((topicId) => ({ storyId: story.id, topicId })));
  await tx.delete(storyMedia).where(eq(storyMedia.storyId, story.id));
  const inline = imageIds(f.body);
  if (inline.length) await tx.insert(storyMedia).values(inline.map((mediaId) => ({ storyId: story.id, mediaId })));
  return row!;
}

async function conflict(tx: Tx, story: Story): Promise<ConflictError> {
  const [latest] = await tx
    .select({ snapshot: storyRevisions.snapshot, savedBy: users.name })
    .from(storyRevisions)
    .innerJoin(users, eq(users.id, storyRevisions.savedById))
    .where(eq(storyRevisions.storyId, story.id))
    .orderBy(desc(storyRevisions.id))
    .limit(1);
  return new ConflictError({
    version: story.version,
    snapshot: latest?.snapshot ?? (await currentSnapshot(tx, story)),
    savedBy: latest?.savedBy ?? null,
  });
}

export async function assertVersion(tx: Tx, story: Story, version: number): Promise<void> {
  if (story.version !== version) throw await conflict(tx, story);
}

export type SaveResult = { version: number; savedAt: Date; pending: boolean };

/**
 * Saves content. Drafts and stories in review change in place; on a live story the change
 * is kept as a pending revision and the public page is untouched until Update.
 */
export async function saveStory(
  db: Database,
  actor: Actor,
  id: string,
  input: { version: number; fields: unknown; kind: "autosave" | "save"; tabId?: string },
): Promise<SaveResult> {
  const fields = validateFields(input.fields);
  return publicWrite(db, async (tx, changed) => {
    const story = await visibleStory(tx, actor, id, { lock: true });
    if (!canEditContent(actor, story)) throw forbidden(noLongerEditable(story.status));
    await assertPresence(tx, id, actor.id, input.tabId);
    await assertVersion(tx, story, input.version);
    const checked = await checkReferences(tx, id, fields, holdsOwnAddress(story.status));
    assertMayFileLive(actor, story, checked.sectionId);
    assertStillPublishable(story.status, checked);
    const { version, pending } = await storeContent(tx, story, checked, actor.id, input.kind, changed);
    return { version, savedAt: new Date(), pending };
  });
}

/**
 * Why a save was refused when the person's right ended mid-edit: the state names the transition
 * someone else made (issue 19, item 14), so the desk can tell them and keep the words.
 */
export function noLongerEditable(status: Story["status"]): string {
  return `You can no longer edit this story: it is now ${STATE_LABELS[status].toLowerCase()}. Your last changes were not saved; they are kept on this device.`;
}

/**
 * Writes new content for a story and its revision. Drafts and stories in review change in
 * place; on a live story only the version moves and the text waits as a pending revision
 * until Update, so the public page never changes on a save.
 */
export async function storeContent(
  tx: Tx,
  story: Story,
  fields: ValidFields,
  userId: string,
  kind: "autosave" | "save" | "restore",
  changed: Changed,
): Promise<{ version: number; pending: boolean }> {
  const pending = story.status === "published";
  // A taken-down story's address answers 410 from every server's gone set (lib/gone-addresses.ts);
  // a save can move it, and the change reloads that set everywhere once this commits.
  if (story.status === "unpublished") changed({ stories: [story.id] });
  let version: number;
  if (pending) {
    const [row] = await tx
      .update(stories)
      .set({ version: story.version + 1 })
      .where(eq(stories.id, story.id))
      .returning({ version: stories.version });
    version = row!.version;
  } else {
    version = (await applyFields(tx, story, fields)).version;
  }
  await writeRevision(tx, story.id, userId, toSnapshot(fields), kind, pending);
  return { version, pending };
}

/**
 * Whether a save writes the story's address in place: scheduled and unpublished stories do; a
 * live story's save waits as pending changes (its slug is settled at Update), drafts hold none.
 */
export function holdsOwnAddress(status: Story["status"]): boolean {
  return status === "scheduled" || status === "unpublished";
}

/**
 * A scheduled story goes live on its own: a save may not file it in a section where this person
 * may not publish. Without this a section editor scheduled a story in her section, saved it into
 * another, and the scheduler published it there (issue 19, item 1). A live story's save is kept
 * as pending changes (nothing typed is lost); Update, by hand or by timer, checks the section.
 */
export function assertMayFileLive(actor: Actor, story: Story, sectionId: string | null): void {
  if (story.status === "scheduled" && !mayPublishInto(actor, story, "schedule", sectionId))
    throw new AppError("forbidden", "This story is scheduled; you can file it only in your own sections.", {
      sectionId: "Choose one of your sections, or cancel the schedule and ask an editor of that section.",
    });
}

/** A scheduled story goes live on its own, so an edit may not leave it unfit to publish. */
export function assertStillPublishable(status: Story["status"], fields: ValidFields): void {
  if (status !== "scheduled") return;
  const problems = publishProblems(fields);
  if (Object.keys(problems).length) throw invalid("This story is scheduled; it must stay ready to publish.", problems);
}

/** A tab whose editing was taken over by someone else must stop saving. */
async function assertPresence(tx: Tx, storyId: string, userId: string, tabId: string | undefined): Promise<void> {
  if (!tabId) return;
  const [holder] = await tx.select().from(storyPresence).where(eq(storyPresence.storyId, storyId));
  if (holder && holder.displacedTabId === tabId && holder.userId !== userId) {
    throw new AppError(
      "conflict",
      "Someone else took over this story; your tab stopped saving. Copy your text out if you need it.",
    );
  }
}
