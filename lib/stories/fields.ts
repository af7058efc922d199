// The story's fields as data: the zod shape a save is checked against, and the length limits
// the editor shows as counters. Client-safe (no database, no renderer), so the editor checks
// each field exactly as the server will and can keep saving the others when one is wrong.
import { z } from "zod";
import type { Story } from "@/db/schema";

// The editor runs this schema in the browser, under the desk's CSP (no 'unsafe-eval'). zod 4
// probes `Function("")` to decide on its compiled parsers, and the browser reports that probe as
// a CSP violation (e2e security/csp); the plain parsers are as correct and fast enough here.
z.config({ jitless: true });

/** Hard limits, enforced on save; the editor shows them beside each field with a counter. */
export const FIELD_LIMITS = {
  headline: 300,
  standfirst: 600,
  slug: 100,
  seoTitle: 200,
  seoDescription: 500,
  socialHeadline: 200,
  socialDescription: 500,
} as const;

export const SEO_TITLE_HINT = 60;
export const SEO_DESCRIPTION_HINT = 160;

const uuid = z.uuid({ message: "Unknown reference." });

/**
 * Where a field lives: a column of the stories row (the public copy of a live story), or the
 * ordered link table of its topics or bylines.
 */
type Stored = { column: keyof Story } | { links: "topics" | "authors" };

type FieldDef = {
  schema: z.ZodType;
  /** What the history page calls it. */
  label: string;
  stored: Stored;
  /** The value of a revision written before the field existed. */
  missing: unknown;
};

/**
 * The story's field list, written once. The snapshot type, the zod input, the snapshot a save
 * writes, the snapshot read back from the row, the row a save writes and the history's list of
 * changed fields all derive from it, so a new field is one entry here (plus its column in
 * db/schema.ts), and the compiler points at anything that still needs a decision. In form order.
 */
export const STORY_FIELDS = {
  headline: {
    schema: z.string().trim().max(FIELD_LIMITS.headline, `Headlines are at most ${FIELD_LIMITS.headline} characters.`),
    label: "Headline",
    stored: { column: "headline" },
    missing: "",
  },
  standfirst: {
    schema: z
      .string()
      .trim()
      .max(FIELD_LIMITS.standfirst, `The standfirst is at most ${FIELD_LIMITS.standfirst} characters.`),
    label: "Standfirst",
    stored: { column: "standfirst" },
    missing: "",
  },
  body: { schema: z.unknown(), label: "Body", stored: { column: "bodyJson" }, missing: null },
  sectionId: { schema: uuid.nullable(), label: "Section", stored: { column: "sectionId" }, missing: null },
  topicIds: {
    schema: z.array(uuid).max(20, "At most 20 topics.").default([]),
    label: "Topics",
    stored: { links: "topics" },
    missing: [],
  },
  authorIds: {
    schema: z.array(uuid).max(10, "At most 10 bylines.").default([]),
    label: "Bylines",
    stored: { links: "authors" },
    missing: [],
  },
  slug: {
    schema: z
      .string()
      .trim()
      .max(FIELD_LIMITS.slug, `Slugs are at most ${FIELD_LIMITS.slug} characters.`)
      .regex(
        /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u,
        "Use lower-case letters, numbers and single dashes.",
      ),
    label: "Slug",
    stored: { column: "slug" },
    missing: "",
  },
  seoTitle: {
    schema: z
      .string()
      .trim()
      .max(FIELD_LIMITS.seoTitle, `SEO titles are at most ${FIELD_LIMITS.seoTitle} characters.`)
      .default(""),
    label: "SEO title",
    stored: { column: "seoTitle" },
    missing: "",
  },
  seoDescription: {
    schema: z
      .string()
      .trim()
      .max(FIELD_LIMITS.seoDescription, `SEO descriptions are at most ${FIELD_LIMITS.seoDescription} characters.`)
      .default(""),
    label: "SEO description",
    stored: { column: "seoDescription" },
    missing: "",
  },
  breaking: { schema: z.boolean().default(false), label: "Breaking", stored: { column: "breaking" }, missing: false },
  featuredImageId: {
    schema: uuid.nullable().default(null),
    label: "Featured image",
    stored: { column: "featuredImageId" },
    missing: null,
  },
  // Optional share-card overrides (Open Graph, X): the SEO or main fields are used when empty.
  socialHeadline: {
    schema: z
      .string()
      .trim()
      .max(FIELD_LIMITS.socialHeadline, `Social headlines are at most ${FIELD_LIMITS.socialHeadline} characters.`)
      .default(""),
    label: "Social headline",
    stored: { column: "socialHeadline" },
    missing: "",
  },
  socialDescription: {
    schema: z
      .string()
      .trim()
      .max(
        FIELD_LIMITS.socialDescription,
        `Social descriptions are at most ${FIELD_LIMITS.socialDescription} characters.`,
      )
      .default(""),
    label: "Social description",
    stored: { column: "socialDescription" },
    missing: "",
  },
  socialImageId: {
    schema: uuid.nullable().default(null),
    label: "Social image",
    stored: { column: "socialImageId" },
    missing: null,
  },
} as const satisfies Record<string, FieldDef>;

type Defs = typeof STORY_FIELDS;
export type StoryFieldKey = keyof Defs;

/** Every field of a story at one moment: what a revision stores and what restore brings back. */
export type StorySnapshot = { [K in StoryFieldKey]: z.output<Defs[K]["schema"]> };

/** The fields kept in link tables rather than columns of the row. */
export type LinkFieldKey = {
  [K in StoryFieldKey]: Defs[K]["stored"] extends { links: string } ? K : never;
}[StoryFieldKey];
export type ColumnFieldKey = Exclude<StoryFieldKey, LinkFieldKey>;

type ColumnOf<K extends StoryFieldKey> = Defs[K]["stored"] extends { column: infer C extends keyof Story } ? C : never;
type Mismatched = {
  [K in ColumnFieldKey]: StorySnapshot[K] extends Story[ColumnOf<K>] ? never : K;
}[ColumnFieldKey];
type MustBeNever<T extends never> = T;
/** Fails to compile when a field's value is not what its column holds (naming the field). */
export type ColumnsHoldFields = MustBeNever<Mismatched>;

export const STORY_FIELD_KEYS = Object.keys(STORY_FIELDS) as StoryFieldKey[];

const COLUMN_FIELDS = STORY_FIELD_KEYS.flatMap((key) => {
  const stored: Stored = STORY_FIELDS[key].stored;
  return "column" in stored ? [[key, stored.column] as const] : [];
});

function shapeOf<T extends Record<string, { schema: z.ZodType }>>(defs: T): { [K in keyof T]: T[K]["schema"] } {
  return Object.fromEntries(Object.entries(defs).map(([k, d]) => [k, d.schema])) as { [K in keyof T]: T[K]["schema"] };
}

export const storyFieldsSchema = z.object(shapeOf(STORY_FIELDS));

/** Exactly the snapshot's fields of `f`, dropping whatever else it carries (rendered HTML, media). */
export function pickSnapshot(f: StorySnapshot): StorySnapshot {
  return Object.fromEntries(STORY_FIELD_KEYS.map((k) => [k, f[k]])) as StorySnapshot;
}

/** The snapshot as the row and its link tables hold it. */
export function snapshotFromRow(row: Story, links: { [K in LinkFieldKey]: string[] }): StorySnapshot {
  const out: Record<string, unknown> = { ...links };
  for (const [key, column] of COLUMN_FIELDS) out[key] = row[column];
  return out as StorySnapshot;
}

/** The row's columns a save writes from a snapshot (link tables are the caller's). */
export function rowFromSnapshot(f: StorySnapshot): Partial<Story> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of COLUMN_FIELDS) out[column] = f[key];
  // Sound because of ColumnsHoldFields below.
  return out as Partial<Story>;
}

/** A field of a revision, reading one written before the field existed as its `missing` value. */
export function fieldValue<K extends StoryFieldKey>(s: StorySnapshot, key: K): StorySnapshot[K] {
  return (s[key] === undefined ? STORY_FIELDS[key].missing : s[key]) as StorySnapshot[K];
}

export type StoryFields = z.infer<typeof storyFieldsSchema>;

/** Each field checked on its own: a message per field that would be refused. The body is the server's. */
export function fieldProblems(fields: StorySnapshot): Record<string, string> {
  const problems: Record<string, string> = {};
  const shape = storyFieldsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (key === "body") continue;
    const r = shape[key].safeParse(fields[key]);
    if (!r.success) problems[key] = r.error.issues[0]?.message ?? "This field is not valid.";
  }
  return problems;
}

/**
 * What to send while some fields are wrong: every good field as typed, each bad one as it was
 * last saved. The bad value stays in the editor (and on the device), marked, until fixed.
 */
export function withoutProblems(
  fields: StorySnapshot,
  lastSaved: StorySnapshot,
): { send: StorySnapshot; problems: Record<string, string> } {
  const problems = fieldProblems(fields);
  const send = { ...fields } as Record<string, unknown>;
  for (const key of Object.keys(problems)) send[key] = (lastSaved as Record<string, unknown>)[key];
  return { send: send as StorySnapshot, problems };
}
