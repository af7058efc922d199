// The public content API (v1): its JSON shapes, the opaque keyset cursor and query-parameter
// parsing. Pure code, so the query layer, the route handlers and the tests share one definition.

import { EDITION_CODES, isEditionCode, type EditionCode } from "./editions";
import { publicPath } from "./routes";
import { isUuid } from "./uuid";

export type NamedLink = { name: string; slug: string; url: string };
export type SectionDto = NamedLink & { description: string; edition: EditionCode };
export type TopicDto = NamedLink;
export type AuthorDto = NamedLink & { bio: string };
export type CorrectionDto = { kind: "correction" | "update" | "clarification"; body: string; created_at: string };

export type ArticleSummary = {
  id: string;
  /** The edition the story is in (its section's): "en" or "bn". */
  edition: EditionCode;
  /** The language of its text (BCP 47). */
  language: string;
  url: string;
  slug: string;
  headline: string;
  standfirst: string;
  breaking: boolean;
  section: NamedLink;
  bylines: NamedLink[];
  topics: NamedLink[];
  published_at: string;
  /** The last change to the public text; equal to published_at when it never changed. */
  updated_at: string;
};

/** The featured image: the largest JPEG, and 16:9, 4:3 and 1:1 crops around its focal point. */
export type ImageDto = {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  crops: Record<"16x9" | "4x3" | "1x1", { url: string; width: number; height: number }>;
};

export type ArticleDetail = ArticleSummary & {
  image: ImageDto | null;
  body_html: string;
  /** The body's embeds in order (body_html has each as a plain link). */
  embeds: { provider: string; url: string }[];
  seo_title: string;
  seo_description: string;
  corrections: CorrectionDto[];
};

export type Page<T> = { data: T[]; next_cursor: string | null };
export type List<T> = { data: T[] };

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
const MAX_SLUG = 200;

/** A query parameter the client got wrong: answered with 400 and this message. */
export class BadRequestError extends Error {}

/**
 * Where a page ends: the last story's publish time as PostgreSQL's exact UTC text (microseconds,
 * which a JS Date would round away, skipping or repeating stories that share a millisecond) and its id.
 */
export type Cursor = { publishedAt: string; id: string };

const EXACT_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.publishedAt, c.id])).toString("base64url");
}

export function decodeCursor(raw: string): Cursor {
  const bad = () => new BadRequestError("cursor is not valid. Pass next_cursor from a previous page unchanged.");
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw bad();
  const [publishedAt, id] = parsed as unknown[];
  if (typeof publishedAt !== "string" || typeof id !== "string" || !EXACT_UTC.test(publishedAt) || !isUuid(id))
    throw bad();
  // The pattern admits month 13 or 25 o'clock; a real instant survives a round trip.
  const millis = `${publishedAt.slice(0, 23)}Z`;
  const date = new Date(millis);
  if (Number.isNaN(date.getTime()) || date.toISOString() !== millis) throw bad();
  return { publishedAt, id: id.toLowerCase() };
}

export type ArticleListParams = {
  limit: number;
  cursor: Cursor | null;
  section?: string;
  topic?: string;
  author?: string;
  edition?: EditionCode;
};

function slugParam(params: URLSearchParams, name: "section" | "topic" | "author"): string | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (value.trim() === "" || value.length > MAX_SLUG)
    throw new BadRequestError(`${name} must be a ${name} slug (1–${MAX_SLUG} characters).`);
  return value;
}

/** `?limit=&cursor=&section=&topic=&author=` for GET /api/v1/articles; anything malformed is a BadRequestError. */
export function parseArticleListParams(params: URLSearchParams): ArticleListParams {
  const rawLimit = params.get("limit");
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null) {
    if (!/^\d{1,3}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      throw new BadRequestError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
    }
    limit = Number(rawLimit);
  }
  const rawCursor = params.get("cursor");
  return {
    limit,
    cursor: rawCursor === null ? null : decodeCursor(rawCursor),
    section: slugParam(params, "section"),
    topic: slugParam(params, "topic"),
    author: slugParam(params, "author"),
    edition: editionParam(params),
  };
}

/** `?edition=en|bn`: one edition's stories (or sections); absent, every edition's. */
export function editionParam(params: URLSearchParams): EditionCode | undefined {
  const value = params.get("edition");
  if (value === null) return undefined;
  if (!isEditionCode(value)) throw new BadRequestError(`edition must be one of: ${EDITION_CODES.join(", ")}.`);
  return value;
}

/** Public page addresses, absolute, from the site's origin: the one route builder's paths. */
export const publicUrl = {
  section: (origin: string, s: { edition: EditionCode; slug: string }) => origin + publicPath.section(s),
  article: (origin: string, s: { edition: EditionCode; sectionSlug: string; slug: string }) =>
    origin + publicPath.story(s),
  topic: (origin: string, slug: string) => origin + publicPath.topic(slug),
  author: (origin: string, slug: string) => origin + publicPath.author(slug),
};
