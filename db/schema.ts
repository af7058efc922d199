// Every table, relation and inferred type. Times are timestamptz in UTC; formatting happens at the edge.
//
// What Drizzle cannot express lives only in the SQL migrations (db/migrations/):
// - the extension pg_trgm (0006), used by the trigram indexes below;
// - the trigger that makes audit_log append-only (0001): it refuses UPDATE, DELETE and TRUNCATE.
import type { EditionCode } from "../lib/editions";
import type { StorySnapshot } from "../lib/stories/fields";
import { getTableColumns, relations, sql, type SQL } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  real,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { StoryRef } from "@/lib/workflow";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
/** Set on every UPDATE through Drizzle, so no write has to remember it. */
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** PostgreSQL's full-text document type; read only by queries, never selected into objects. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// section_editor: an editor for the sections assigned in user_sections only; copy_editor: the
// copy desk, editing anyone's story in review but publishing nothing (issue 12, capability 8).
export const roleEnum = pgEnum("role", ["reporter", "editor", "admin", "section_editor", "copy_editor"]);
export const storyStatusEnum = pgEnum("story_status", ["draft", "in_review", "scheduled", "published", "unpublished"]);

/** The states in which a story holds its public address: live, due to go live, or answering 410. */
export const ADDRESS_STATES = ["published", "scheduled", "unpublished"] as const;

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stored lower-cased; the unique index makes duplicates impossible even across processes.
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull().default("reporter"),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    // Sessions signed in before this moment are void (set on deactivation and password reset).
    sessionsRevokedAt: timestamp("sessions_revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/** The sections a section editor runs; other roles ignore it. Set by an admin on the users page. */
export const userSections = pgTable(
  "user_sections",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.sectionId] }), index("user_sections_section_idx").on(t.sectionId)],
);

/** A byline. Staff authors point at a user; contributors without an account do not. */
export const authors = pgTable(
  "authors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    bio: text("bio").notNull().default(""),
    // What the byline's person does here ("Transport correspondent"), shown on the author page.
    role: text("role").notNull().default(""),
    // A portrait from the media library; removing the image leaves the author without one.
    photoId: uuid("photo_id").references((): AnyPgColumn => media.id, { onDelete: "set null" }),
    links: jsonb("links").$type<AuthorLinks>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("authors_slug_key").on(t.slug), uniqueIndex("authors_user_key").on(t.userId)],
);

/** Where readers can find an author elsewhere; only http(s) and mailto addresses are shown. */
export type AuthorLinks = Partial<Record<"website" | "x" | "facebook" | "linkedin" | "email", string>>;

export const sections = pgTable(
  "sections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    /**
     * The edition the section (and so every story filed in it) belongs to: lib/editions.ts.
     * Slugs stay unique across editions, so an old address, a cache tag or a gone address names
     * one section without naming its edition.
     */
    edition: text("edition").$type<EditionCode>().notNull().default("en"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sections_slug_key").on(t.slug),
    index("sections_edition_idx").on(t.edition, t.position),
    check("sections_edition_known", sql`${t.edition} in ('en', 'bn')`),
  ],
);

export const topics = pgTable(
  "topics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("topics_slug_key").on(t.slug)],
);

export const stories = pgTable(
  "stories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    headline: text("headline").notNull().default(""),
    standfirst: text("standfirst").notNull().default(""),
    // tiptap JSON is the source of truth; HTML and plain text are derived on save.
    bodyJson: jsonb("body_json")
      .notNull()
      .default(sql`'{"type":"doc","content":[]}'::jsonb`),
    bodyHtml: text("body_html").notNull().default(""),
    bodyText: text("body_text").notNull().default(""),
    status: storyStatusEnum("status").notNull().default("draft"),
    breaking: boolean("breaking").notNull().default(false),
    seoTitle: text("seo_title").notNull().default(""),
    seoDescription: text("seo_description").notNull().default(""),
    // What a share on Facebook, X or WhatsApp shows, when it should differ from the page's own
    // title, description and photo (issue 12, capability 1). Empty/null: lib/seo/share.ts falls back.
    socialHeadline: text("social_headline").notNull().default(""),
    socialDescription: text("social_description").notNull().default(""),
    socialImageId: uuid("social_image_id").references((): AnyPgColumn => media.id, { onDelete: "restrict" }),
    // An image in use cannot be deleted from the library (restrict).
    featuredImageId: uuid("featured_image_id").references((): AnyPgColumn => media.id, { onDelete: "restrict" }),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    // Set once, the first time the story goes live: a story that ever went live is never deleted.
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true }),
    // A scheduled story published noticeably after its time (the app was down): shown in the dashboard.
    publishedLate: boolean("published_late").notNull().default(false),
    contentUpdatedAt: timestamp("content_updated_at", { withTimezone: true }),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }),
    // Optimistic concurrency: a save names the version it read; a stale save is a conflict.
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // Reader search over the public copy: headline weighted highest, then standfirst, then body.
    // Generated and stored, so it can never drift from the text. Folded first (the SQL function
    // dateline_search_fold, migration 0014) so each Bengali spelling and stem is one word.
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', dateline_search_fold(coalesce(${stories.headline}, ''))), 'A') || setweight(to_tsvector('english', dateline_search_fold(coalesce(${stories.standfirst}, ''))), 'B') || setweight(to_tsvector('english', dateline_search_fold(coalesce(${stories.bodyText}, ''))), 'C')`,
    ),
  },
  // `.desc().nullsFirst().nullsFirst()` matches ORDER BY x DESC (PostgreSQL's default puts nulls first);
  // drizzle's plain `.desc().nullsFirst()` writes NULLS LAST, which the planner will not use for it.
  (t) => [
    // Only stories that hold a public address need a unique one: drafts may share a slug (a
    // follow-up under the same headline must always save); publishing settles it (issue 12).
    uniqueIndex("stories_section_slug_key")
      .on(t.sectionId, t.slug)
      .where(sql.raw(`status in (${ADDRESS_STATES.map((s) => `'${s}'`).join(", ")})`)),
    index("stories_scheduled_idx")
      .on(t.scheduledFor)
      .where(sql`status = 'scheduled'`),
    index("stories_status_updated_idx").on(t.status, t.updatedAt.desc().nullsFirst(), t.id),
    index("stories_updated_idx").on(t.updatedAt.desc().nullsFirst(), t.id),
    index("stories_published_idx").on(t.status, t.publishedAt.desc().nullsFirst()),
    index("stories_section_published_idx").on(t.sectionId, t.publishedAt.desc().nullsFirst()),
    index("stories_created_by_idx").on(t.createdById, t.updatedAt.desc().nullsFirst(), t.id),
    index("stories_headline_sort_idx").on(sql`lower(${t.headline})`, t.id),
    index("stories_featured_image_idx").on(t.featuredImageId),
    index("stories_social_image_idx").on(t.socialImageId),
    index("stories_search_idx").using("gin", t.searchVector),
  ],
);

/** Every column of a story but the search document: what `select`s and `returning`s of whole rows name. */
export const storyColumns = (() => {
  const columns: Partial<ReturnType<typeof getTableColumns<typeof stories>>> = { ...getTableColumns(stories) };
  delete columns.searchVector;
  return columns as Omit<ReturnType<typeof getTableColumns<typeof stories>>, "searchVector">;
})();

/** The columns every permission check on a story reads (lib/workflow.ts StoryRef), selected by name. */
export const storyRefColumns = {
  status: stories.status,
  createdById: stories.createdById,
  sectionId: stories.sectionId,
  firstPublishedAt: stories.firstPublishedAt,
} satisfies Record<keyof StoryRef, unknown>;

export const storyAuthors = pgTable(
  "story_authors",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => authors.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.authorId] }), index("story_authors_author_idx").on(t.authorId)],
);

export const storyTopics = pgTable(
  "story_topics",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.topicId] }), index("story_topics_topic_idx").on(t.topicId)],
);

/** Old addresses of a story (slug or section changed after it went live): they answer 308. */
export const storyRedirects = pgTable(
  "story_redirects",
  {
    sectionSlug: text("section_slug").notNull(),
    slug: text("slug").notNull(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sectionSlug, t.slug] }), index("story_redirects_story_idx").on(t.storyId)],
);

export const correctionKindEnum = pgEnum("correction_kind", ["correction", "update", "clarification"]);

/** The corrections and updates box on a live story: each dated, typed and worded by an editor. */
export const storyCorrections = pgTable(
  "story_corrections",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    kind: correctionKindEnum("kind").notNull(),
    body: text("body").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [index("story_corrections_story_idx").on(t.storyId, t.createdAt)],
);

/** View counts in hourly buckets: totals for the article, the last 24 hours for "Most read". */
export const storyViews = pgTable(
  "story_views",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.hour] }), index("story_views_hour_idx").on(t.hour)],
);

/** One row per reader per story per day (a salted hash, not an identity), so a reload is not a view. */
export const storyViewReaders = pgTable(
  "story_view_readers",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    reader: text("reader").notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.day, t.reader] }), index("story_view_readers_day_idx").on(t.day)],
);

/**
 * Translation pairs: `translationId` is the translation of `originalId`, a story in the other
 * edition (lib/stories/translations.ts). One row links both ways; each story is in at most one
 * pair (a unique key each side; the write refuses a story already on the other side of a pair).
 * Deleting either story deletes the pair; unpublishing one leaves it, and its page drops the link.
 */
export const storyTranslations = pgTable(
  "story_translations",
  {
    originalId: uuid("original_id")
      .primaryKey()
      .references(() => stories.id, { onDelete: "cascade" }),
    translationId: uuid("translation_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    linkedById: uuid("linked_by_id").references(() => users.id, { onDelete: "set null" }),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("story_translations_translation_key").on(t.translationId),
    check("story_translations_two_stories", sql`${t.originalId} <> ${t.translationId}`),
  ],
);

/**
 * The editor-arranged home page: position 0 is the lead, 1–6 the top stories. Saved whole
 * (delete + insert in one transaction), so positions are always 0..n-1 without gaps.
 */
export const homeSlots = pgTable(
  "home_slots",
  {
    // Each edition has its own front page (lib/editions.ts).
    edition: text("edition").$type<EditionCode>().notNull().default("en"),
    position: integer("position").notNull(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    arrangedById: uuid("arranged_by_id").references(() => users.id, { onDelete: "set null" }),
    arrangedAt: timestamp("arranged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.edition, t.position] }),
    uniqueIndex("home_slots_story_key").on(t.storyId),
    check("home_slots_position_range", sql`${t.position} between 0 and 6`),
  ],
);

/** Every field of a story at one moment; derived from the one field list (lib/stories/fields.ts). */
export type { StorySnapshot };

/** Why a revision exists; autosaves by one person within ten minutes coalesce into one. */
export const revisionKindEnum = pgEnum("revision_kind", ["autosave", "save", "restore", "update", "transition"]);

export const storyRevisions = pgTable(
  "story_revisions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    snapshot: jsonb("snapshot").$type<StorySnapshot>().notNull(),
    // Null when the system made it (the scheduler publishing on time).
    savedById: uuid("saved_by_id").references(() => users.id, { onDelete: "restrict" }),
    kind: revisionKindEnum("kind").notNull(),
    // Changes to a live story that are not yet on the public page (until Update).
    pending: boolean("pending").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("story_revisions_story_idx").on(t.storyId, t.id.desc().nullsFirst())],
);

export const storyNotes = pgTable(
  "story_notes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("story_notes_story_idx").on(t.storyId, t.createdAt)],
);

/** When each person last read a story's notes, for the "unread notes" marker. */
export const storyNoteReads = pgTable(
  "story_note_reads",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.userId] })],
);

/** Who has a story open in the editor (one holder; heartbeats keep it, ~2 minutes of silence frees it). */
export const storyPresence = pgTable("story_presence", {
  storyId: uuid("story_id")
    .primaryKey()
    .references(() => stories.id, { onDelete: "cascade" }),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tabId: text("tab_id").notNull(),
  heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
  // The tab that was taken over: it is told so, and its saves are refused.
  displacedTabId: text("displaced_tab_id"),
  // The latest other tab that opened the story while it was held: the holder is told (issue 12).
  visitorUserId: uuid("visitor_user_id").references(() => users.id, { onDelete: "cascade" }),
  visitorTabId: text("visitor_tab_id"),
  visitorAt: timestamp("visitor_at", { withTimezone: true }),
});

/** One row (id = 1): every outlet-specific setting, so another outlet changes data, not code. */
export const siteSettings = pgTable(
  "site_settings",
  {
    id: integer("id").primaryKey().default(1),
    siteName: text("site_name").notNull().default("The Dhaka Dateline"),
    tagline: text("tagline").notNull().default("News from Dhaka and across Bangladesh"),
    timeZone: text("time_zone").notNull().default("Asia/Dhaka"),
    cityLabel: text("city_label").notNull().default("Dhaka"),
    locale: text("locale").notNull().default("en-GB"),
    socialLinks: jsonb("social_links").$type<SocialLinks>().notNull().default({}),
    /** The masthead's words in each other edition's language (the default's are the columns above). */
    editionNames: jsonb("edition_names").$type<EditionNames>().notNull().default({}),
    updatedAt: updatedAt(),
  },
  (t) => [check("site_settings_single_row", sql`${t.id} = 1`)],
);

/** Per edition code: its own site name, tagline and clock city; a blank one falls back to the default's. */
export type EditionNames = Partial<Record<string, { siteName?: string; tagline?: string; cityLabel?: string }>>;

/** The outlet's channels, in the footer's order; their names are in messages/*.json under `social`. */
export const SOCIAL_KEYS = ["facebook", "x", "instagram", "youtube", "linkedin", "whatsapp", "newsletter"] as const;
export type SocialLinks = Partial<Record<(typeof SOCIAL_KEYS)[number], string>>;

/**
 * The outlet's own pages linked from the footer (about, contact, standards, corrections, privacy).
 * Which pages exist and their addresses are code (lib/site-pages.ts); admins write the text.
 */
export const sitePages = pgTable("site_pages", {
  slug: text("slug").primaryKey(),
  title: text("title").notNull(),
  // Plain paragraphs separated by blank lines: rendered as text, never as HTML.
  body: text("body").notNull().default(""),
  updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

/**
 * One row per sign-in: the token names it (`sid`), and getCurrentUser() refuses a token whose row
 * is missing, revoked or past its absolute life, so sign-out ends a session on the server too.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ip: inet("ip"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/** Sign-in attempts, kept in PostgreSQL so throttling holds across processes. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    success: boolean("success").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("login_attempts_email_idx").on(t.email, t.createdAt),
    index("login_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);

/** Append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "restrict" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    ip: inet("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt.desc().nullsFirst()),
    index("audit_log_actor_idx").on(t.actorId, t.id.desc().nullsFirst()),
    // The audit page's filters (what, which story) page newest first by id.
    index("audit_log_action_idx").on(t.action, t.id.desc().nullsFirst()),
    index("audit_log_target_idx").on(t.targetType, t.targetId, t.id.desc().nullsFirst()),
  ],
);

/** One stored file of an image: the private original, a responsive variant or a focal-point crop. */
export type MediaFile = {
  key: string;
  width: number;
  height: number;
  format: "jpeg" | "png" | "webp" | "avif";
  bytes: number;
};
export type CropRatio = "16x9" | "4x3" | "1x1";
export type MediaFiles = { original: MediaFile; variants: MediaFile[]; crops: Record<CropRatio, MediaFile> };

/**
 * The photo library. A row exists only once all of its files are stored (see media_garbage);
 * file names are content-addressed per image, so no two rows ever share a file.
 */
export const media = pgTable(
  "media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uploadedById: uuid("uploaded_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    fileName: text("file_name").notNull(),
    type: text("type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    animated: boolean("animated").notNull().default(false),
    bytes: integer("bytes").notNull(),
    alt: text("alt").notNull().default(""),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    // Where the subject is, 0..1 from the left and top: crops keep it in frame.
    focalX: real("focal_x").notNull().default(0.5),
    focalY: real("focal_y").notNull().default(0.5),
    files: jsonb("files").$type<MediaFiles>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("media_created_idx").on(t.createdAt.desc().nullsFirst(), t.id),
    index("media_uploader_idx").on(t.uploadedById, t.createdAt.desc().nullsFirst()),
    index("media_search_idx").using(
      "gin",
      sql`lower(${t.fileName} || ' ' || ${t.alt} || ' ' || ${t.caption} || ' ' || ${t.credit}) gin_trgm_ops`,
    ),
    check("media_focal_range", sql`${t.focalX} between 0 and 1 and ${t.focalY} between 0 and 1`),
  ],
);

/** Images placed in a story's body (its current, saved content); the featured image is on stories. */
export const storyMedia = pgTable(
  "story_media",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    mediaId: uuid("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.mediaId] }), index("story_media_media_idx").on(t.mediaId)],
);

/**
 * Files that may be in storage without a row: recorded before a file is written and removed
 * in the transaction that gives it a row, so a crash at any point leaves only entries here,
 * which the sweeper deletes once due. Nothing in storage is ever unaccounted for.
 */
export const mediaGarbage = pgTable("media_garbage", {
  key: text("key").primaryKey(),
  dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
});

/** One row (id = 1): the desk's pre-publish checklist (lib/stories/checklist.ts reads it). */
export const publishChecklist = pgTable(
  "publish_checklist",
  {
    id: integer("id").primaryKey().default(1),
    config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: updatedAt(),
  },
  (t) => [check("publish_checklist_single_row", sql`${t.id} = 1`)],
);

/** A story flagged for a legal read, and who read it. Kept outside the story's text and revisions. */
export const storyLegalReads = pgTable("story_legal_reads", {
  storyId: uuid("story_id")
    .primaryKey()
    .references(() => stories.id, { onDelete: "cascade" }),
  flaggedById: uuid("flagged_by_id")
    .notNull()
    .references(() => users.id, { onDelete: "restrict" }),
  flaggedAt: timestamp("flagged_at", { withTimezone: true }).notNull().defaultNow(),
  clearedById: uuid("cleared_by_id").references(() => users.id, { onDelete: "restrict" }),
  clearedAt: timestamp("cleared_at", { withTimezone: true }),
});

export const storyTimerKindEnum = pgEnum("story_timer_kind", ["update", "unpublish"]);

/**
 * A live story's appointment: its pending edits go live (update) or it comes down (unpublish)
 * at `dueAt`, done by the scheduler as the editor who set it (lib/stories/timers.ts).
 */
export const storyTimers = pgTable(
  "story_timers",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    kind: storyTimerKindEnum("kind").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /**
     * The story's version when the editor set the timer: a scheduled Update publishes only the
     * text that was approved, and is refused if the story changed since (issue 19, item 20).
     * Null on timers set before this column.
     */
    approvedVersion: integer("approved_version"),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.kind] }), index("story_timers_due_idx").on(t.dueAt)],
);

export const assignmentStateEnum = pgEnum("assignment_state", ["pitched", "assigned", "spiked"]);

/**
 * The story budget: a pitch or an assignment before (and after) a draft exists. Once the draft
 * is started, `storyId` links it and the story's own status says how far it has got.
 */
export const assignments = pgTable(
  "assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The working headline ("slug" in many newsrooms). */
    title: text("title").notNull(),
    brief: text("brief").notNull().default(""),
    state: assignmentStateEnum("state").notNull().default("pitched"),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "set null" }),
    /** The desk that owns it (City, Business…), free text: desks need not match sections. */
    desk: text("desk").notNull().default(""),
    dueAt: timestamp("due_at", { withTimezone: true }),
    targetWords: integer("target_words"),
    /** Print page and slot, e.g. "A1 lead" or "B3 top". */
    printSlot: text("print_slot").notNull().default(""),
    storyId: uuid("story_id").references(() => stories.id, { onDelete: "set null" }),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("assignments_due_idx").on(t.dueAt),
    index("assignments_assignee_idx").on(t.assigneeId),
    uniqueIndex("assignments_story_key").on(t.storyId),
    check("assignments_target_words", sql`${t.targetWords} is null or ${t.targetWords} between 1 and 20000`),
  ],
);

/** What a person is told about (lib/notifications/events.ts derives them from the audit log). */
export const notificationKindEnum = pgEnum("notification_kind", [
  "submitted",
  "sent_back",
  "noted",
  "mentioned",
  "published",
  "published_on_schedule",
  "assigned",
  // A scheduled publish, update or unpublish the scheduler refused (issue 19): told to whoever set it.
  "refused_on_schedule",
  // The reporter's live story changed under them (issue 19, item 21): a correction, a takedown.
  "corrected",
  "unpublished",
]);

/** One person's inbox entry. The headline is kept as it was, so the inbox reads after edits. */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    storyId: uuid("story_id").references(() => stories.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    headline: text("headline").notNull(),
    /** The note's words, shortened, for a send-back, a note or a mention. */
    excerpt: text("excerpt"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.id.desc().nullsFirst()),
    // The unread count in the dashboard header, on every signed-in page.
    index("notifications_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

/** An outgoing webhook an admin set up: every matching newsroom event is POSTed, signed. */
export const webhooks = pgTable("webhooks", {
  id: uuid("id").primaryKey().defaultRandom(),
  url: text("url").notNull(),
  /** HMAC-SHA256 key for the signature header; shown to the admin once, never sent again. */
  secret: text("secret").notNull(),
  /** Notification kinds to send; empty means all of them. */
  events: text("events")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  active: boolean("active").notNull().default(true),
  createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const deliveryChannelEnum = pgEnum("delivery_channel", ["email", "webhook"]);

/**
 * The outbox: an email or a webhook call, written in the same transaction as the event, then
 * sent by whichever app process claims it (lib/notifications/outbox.ts) and retried with
 * back-off. Each attempt's outcome stays on the row, so the admin can see what failed and why.
 */
export const deliveries = pgTable(
  "deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channel: deliveryChannelEnum("channel").notNull(),
    notificationId: bigint("notification_id", { mode: "number" }).references(() => notifications.id, {
      onDelete: "cascade",
    }),
    webhookId: uuid("webhook_id").references(() => webhooks.id, { onDelete: "cascade" }),
    /** The email address or the webhook URL, as it was when the event happened. */
    recipient: text("recipient").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    index("deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.deliveredAt} is null and ${t.failedAt} is null`),
    index("deliveries_webhook_idx").on(t.webhookId, t.id.desc().nullsFirst()),
  ],
);

export type User = typeof users.$inferSelect;
export type Media = typeof media.$inferSelect;
export type StoryRevision = typeof storyRevisions.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type StoryStatus = (typeof storyStatusEnum.enumValues)[number];
export type RevisionKind = (typeof revisionKindEnum.enumValues)[number];
/** A story row without its search document (large, and only ever read inside SQL). */
export type Story = Omit<typeof stories.$inferSelect, "searchVector">;
export type Section = typeof sections.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type SiteSettings = typeof siteSettings.$inferSelect;
export type SitePage = typeof sitePages.$inferSelect;
export type StoryTimer = typeof storyTimers.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type AssignmentState = (typeof assignmentStateEnum.enumValues)[number];
export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];
export type Notification = typeof notifications.$inferSelect;
export type Webhook = typeof webhooks.$inferSelect;
export type Delivery = typeof deliveries.$inferSelect;

// Relations: what `db.query.<table>.findMany({ with: … })` can follow. Foreign keys are above.
export const usersRelations = relations(users, ({ one, many }) => ({
  author: one(authors, { fields: [users.id], references: [authors.userId] }),
  stories: many(stories),
  media: many(media),
}));

export const authorsRelations = relations(authors, ({ one, many }) => ({
  user: one(users, { fields: [authors.userId], references: [users.id] }),
  photo: one(media, { fields: [authors.photoId], references: [media.id] }),
  stories: many(storyAuthors),
}));

export const sectionsRelations = relations(sections, ({ many }) => ({ stories: many(stories) }));

export const topicsRelations = relations(topics, ({ many }) => ({ stories: many(storyTopics) }));

export const storiesRelations = relations(stories, ({ one, many }) => ({
  section: one(sections, { fields: [stories.sectionId], references: [sections.id] }),
  createdBy: one(users, { fields: [stories.createdById], references: [users.id] }),
  featuredImage: one(media, { fields: [stories.featuredImageId], references: [media.id] }),
  bylines: many(storyAuthors),
  topics: many(storyTopics),
  redirects: many(storyRedirects),
  corrections: many(storyCorrections),
  revisions: many(storyRevisions),
  notes: many(storyNotes),
  bodyImages: many(storyMedia),
  views: many(storyViews),
}));

export const storyAuthorsRelations = relations(storyAuthors, ({ one }) => ({
  story: one(stories, { fields: [storyAuthors.storyId], references: [stories.id] }),
  author: one(authors, { fields: [storyAuthors.authorId], references: [authors.id] }),
}));

export const storyTopicsRelations = relations(storyTopics, ({ one }) => ({
  story: one(stories, { fields: [storyTopics.storyId], references: [stories.id] }),
  topic: one(topics, { fields: [storyTopics.topicId], references: [topics.id] }),
}));

export const storyRedirectsRelations = relations(storyRedirects, ({ one }) => ({
  story: one(stories, { fields: [storyRedirects.storyId], references: [stories.id] }),
}));

export const storyCorrectionsRelations = relations(storyCorrections, ({ one }) => ({
  story: one(stories, { fields: [storyCorrections.storyId], references: [stories.id] }),
  author: one(users, { fields: [storyCorrections.authorId], references: [users.id] }),
}));

export const storyViewsRelations = relations(storyViews, ({ one }) => ({
  story: one(stories, { fields: [storyViews.storyId], references: [stories.id] }),
}));

export const homeSlotsRelations = relations(homeSlots, ({ one }) => ({
  story: one(stories, { fields: [homeSlots.storyId], references: [stories.id] }),
  arrangedBy: one(users, { fields: [homeSlots.arrangedById], references: [users.id] }),
}));

export const storyRevisionsRelations = relations(storyRevisions, ({ one }) => ({
  story: one(stories, { fields: [storyRevisions.storyId], references: [stories.id] }),
  savedBy: one(users, { fields: [storyRevisions.savedById], references: [users.id] }),
}));

export const storyNotesRelations = relations(storyNotes, ({ one }) => ({
  story: one(stories, { fields: [storyNotes.storyId], references: [stories.id] }),
  author: one(users, { fields: [storyNotes.authorId], references: [users.id] }),
}));

export const storyPresenceRelations = relations(storyPresence, ({ one }) => ({
  story: one(stories, { fields: [storyPresence.storyId], references: [stories.id] }),
  user: one(users, { fields: [storyPresence.userId], references: [users.id] }),
}));

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  actor: one(users, { fields: [auditLog.actorId], references: [users.id] }),
}));

export const mediaRelations = relations(media, ({ one, many }) => ({
  uploadedBy: one(users, { fields: [media.uploadedById], references: [users.id] }),
  inBodies: many(storyMedia),
}));

export const storyMediaRelations = relations(storyMedia, ({ one }) => ({
  story: one(stories, { fields: [storyMedia.storyId], references: [stories.id] }),
  media: one(media, { fields: [storyMedia.mediaId], references: [media.id] }),
}));

export const sitePagesRelations = relations(sitePages, ({ one }) => ({
  updatedBy: one(users, { fields: [sitePages.updatedById], references: [users.id] }),
}));

export const notificationsRelations = relations(notifications, ({ one }) => ({
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
  story: one(stories, { fields: [notifications.storyId], references: [stories.id] }),
  actor: one(users, { fields: [notifications.actorId], references: [users.id] }),
}));

export const deliveriesRelations = relations(deliveries, ({ one }) => ({
  notification: one(notifications, { fields: [deliveries.notificationId], references: [notifications.id] }),
  webhook: one(webhooks, { fields: [deliveries.webhookId], references: [webhooks.id] }),
}));

export const assignmentsRelations = relations(assignments, ({ one }) => ({
  assignee: one(users, { fields: [assignments.assigneeId], references: [users.id] }),
  section: one(sections, { fields: [assignments.sectionId], references: [sections.id] }),
  story: one(stories, { fields: [assignments.storyId], references: [stories.id] }),
}));
