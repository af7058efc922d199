// The story's fields as data: the zod shape a save is checked against, and the length limits
// the editor shows as counters. Client-safe (no database, no renderer), so the editor checks
// each field exactly as the server will and can keep saving the others when one is wrong.
import { z } from "zod";
import type { StorySnapshot } from "@/db/schema";

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

export const storyFieldsSchema = z.object({
  headline: z.string().trim().max(FIELD_LIMITS.headline, `Headlines are at most ${FIELD_LIMITS.headline} characters.`),
  standfirst: z
    .string()
    .trim()
    .max(FIELD_LIMITS.standfirst, `The standfirst is at most ${FIELD_LIMITS.standfirst} characters.`),
  body: z.unknown(),
  sectionId: uuid.nullable(),
  topicIds: z.array(uuid).max(20, "At most 20 topics.").default([]),
  authorIds: z.array(uuid).max(10, "At most 10 bylines.").default([]),
  slug: z
    .string()
    .trim()
    .max(FIELD_LIMITS.slug, `Slugs are at most ${FIELD_LIMITS.slug} characters.`)
    .regex(
      /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u,
      "Use lower-case letters, numbers and single dashes.",
    ),
  seoTitle: z
    .string()
    .trim()
    .max(FIELD_LIMITS.seoTitle, `SEO titles are at most ${FIELD_LIMITS.seoTitle} characters.`)
    .default(""),
  seoDescription: z
    .string()
    .trim()
    .max(FIELD_LIMITS.seoDescription, `SEO descriptions are at most ${FIELD_LIMITS.seoDescription} characters.`)
    .default(""),
  breaking: z.boolean().default(false),
  featuredImageId: uuid.nullable().default(null),
  socialHeadline: z
    .string()
    .trim()
    .max(FIELD_LIMITS.socialHeadline, `Social headlines are at most ${FIELD_LIMITS.socialHeadline} characters.`)
    .default(""),
  socialDescription: z
    .string()
    .trim()
    .max(
      FIELD_LIMITS.socialDescription,
      `Social descriptions are at most ${FIELD_LIMITS.socialDescription} characters.`,
    )
    .default(""),
  socialImageId: uuid.nullable().default(null),
});

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
