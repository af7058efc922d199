// Reader search: PostgreSQL full text over the stored, generated `stories.searchVector` column,
// only ever over stories that are published and visible now.
import "server-only";
import { and, desc, eq, inArray, sql, type AnyColumn } from "drizzle-orm";
import { getDb } from "@/db";
import { sections, stories } from "@/db/schema";
import type { EditionCode } from "@/lib/editions";
import { withBylines, type StoryCard } from "./stories";
import { publishedNow } from "./visibility";

export const SEARCH_PAGE_SIZE = 10;
export const MAX_QUERY_CHARS = 200;
// Past this, a page number is a typo or a crawler: nobody pages through 100,000 results.
const MAX_PAGE = 10_000;

// ts_headline inserts its selectors into the story text without escaping it, so the selectors
// are private-use characters no story contains (they are stripped from the text first): the
// output is split on them and rendered as React nodes, never parsed as HTML.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
const SELECTORS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_OPTIONS = `${SELECTORS}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
const WHOLE_TEXT_OPTIONS = `${SELECTORS}, HighlightAll=true`;

/** Text with some runs marked as matches. */
export type Marked = { text: string; mark: boolean }[];

export type SearchHit = Omit<StoryCard, "headline" | "standfirst" | "image"> & { headline: Marked; snippet: Marked };

/** `more`: there are over MAX_CANDIDATES matches; `total` is then MAX_CANDIDATES, the ones ranked. */
export type SearchResults = { total: number; more: boolean; page: number; pageCount: number; hits: SearchHit[] };

/**
 * A word in most stories ("Dhaka", "police") would otherwise mean counting and ranking every
 * story ever published on each search. Past this many matches, the newest this many are ranked
 * (found newest-first along the published index, stopping there): for news, recency is the
 * better half of relevance, and the cost stays flat as the archive grows (see BENCHMARKS.md).
 */
export const MAX_CANDIDATES = 1_000;

export type SearchInput = { q: string; truncated: boolean; page: number };

/** The search's input rules: first `q` only, trimmed, no NUL (PostgreSQL refuses it), at most 200 characters. */
export function readSearchParams(params: Record<string, string | string[] | undefined>): SearchInput {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const raw = first(params.q).replace(/\0/g, "").trim();
  // Count code points, not UTF-16 units, so a cut never splits an emoji or a Bengali conjunct's surrogate.
  const chars = Array.from(raw);
  const truncated = chars.length > MAX_QUERY_CHARS;
  const q = truncated ? chars.slice(0, MAX_QUERY_CHARS).join("").trim() : raw;
  const n = Number.parseInt(first(params.page), 10);
  const page = Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_PAGE) : 1;
  return { q, truncated, page };
}

/** Splits ts_headline output on the selector characters; unpaired selectors are dropped. */
export function parseMarked(raw: string): Marked {
  const out: Marked = [];
  let mark = false;
  let text = "";
  const flush = () => {
    if (text) out.push({ text, mark });
    text = "";
  };
  for (const ch of raw) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      mark = ch === MARK_START;
    } else {
      text += ch;
    }
  }
  flush();
  return out;
}

const hasMark = (m: Marked) => m.some((part) => part.mark);

/**
 * A column with the selector characters removed, so story text can never fake a match, and in
 * NFC, so a য় typed as one code point is highlighted like the folded query's য + nukta (the
 * same text on screen; the joiners the search fold also drops are kept, as they shape it).
 */
const clean = (column: AnyColumn) => sql`translate(normalize(${column}, NFC), ${MARK_START + MARK_END}, '')`;

/**
 * One page of published stories matching `q` (websearch syntax: quotes, `or`, `-word`), best
 * match first. `q` must already have passed readSearchParams; an empty one matches nothing.
 */
/** One edition's published stories matching `q`: each edition has its own search. */
export async function searchStories(q: string, page: number, edition: EditionCode): Promise<SearchResults> {
  if (!q) return { total: 0, more: false, page, pageCount: 0, hits: [] };
  // websearch_to_tsquery never raises on malformed input; a query of only stop words or
  // symbols becomes an empty tsquery, which matches nothing. The query is folded as the stored
  // vector was (dateline_search_fold, migration 0014): one spelling and one stem per Bengali word.
  const query = sql`websearch_to_tsquery('english', dateline_search_fold(${q}))`;
  // For highlighting only: each Bengali stem as a prefix, so the shown "মেট্রোরেলের" is marked for
  // the stem "মেট্রোরেল" (ts_headline reads the unfolded text). Bengali lexemes hold no quotes.
  const marks = sql`regexp_replace(${query}::text, '(''[^'']*[\\u0980-\\u09FF][^'']*'')', '\\1:*', 'g')::tsquery`;
  const inEdition = inArray(
    stories.sectionId,
    getDb().select({ id: sections.id }).from(sections).where(eq(sections.edition, edition)),
  );
  const where = and(publishedNow(), inEdition, sql`${stories.searchVector} @@ ${query}`);

  const counted = await getDb().execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from ${stories} where ${where} limit ${MAX_CANDIDATES + 1}) as m`,
  );
  const matches = counted.rows[0]?.n ?? 0;
  const more = matches > MAX_CANDIDATES;
  const scope = more
    ? and(
        where,
        inArray(
          stories.id,
          sql`(select ${stories.id} from ${stories} where ${where} order by ${stories.publishedAt} desc limit ${MAX_CANDIDATES})`,
        ),
      )
    : where;
  const rows =
    matches === 0
      ? []
      : await getDb()
          .select({
            id: stories.id,
            slug: stories.slug,
            edition: sections.edition,
            sectionSlug: sections.slug,
            sectionName: sections.name,
            breaking: stories.breaking,
            publishedAt: stories.publishedAt,
            // ts_headline is costly; PostgreSQL evaluates these after the sort and limit, for 10 rows only.
            headline: sql<string>`ts_headline('english', ${clean(stories.headline)}, ${marks}, ${WHOLE_TEXT_OPTIONS})`,
            standfirst: sql<string>`ts_headline('english', ${clean(stories.standfirst)}, ${marks}, ${WHOLE_TEXT_OPTIONS})`,
            body: sql<string>`ts_headline('english', ${clean(stories.bodyText)}, ${marks}, ${SNIPPET_OPTIONS})`,
          })
          .from(stories)
          .innerJoin(sections, eq(sections.id, stories.sectionId))
          .where(scope)
          .orderBy(sql`ts_rank_cd(${stories.searchVector}, ${query}) desc`, desc(stories.publishedAt), desc(stories.id))
          .limit(SEARCH_PAGE_SIZE)
          .offset((page - 1) * SEARCH_PAGE_SIZE);

  const total = Math.min(matches, MAX_CANDIDATES);
  const hits = await withBylines(
    rows.map(({ headline, standfirst, body, ...card }) => {
      const bodySnippet = parseMarked(body);
      const standfirstMarked = parseMarked(standfirst);
      // A match only in the headline or standfirst: the standfirst says more than the body's opening words.
      const snippet = hasMark(bodySnippet) || !standfirstMarked.length ? bodySnippet : standfirstMarked;
      return { ...card, headline: parseMarked(headline), snippet };
    }),
  );
  return { total, more, page, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE), hits };
}
