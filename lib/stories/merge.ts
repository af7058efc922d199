// "Keep both" for a save conflict: a three-way merge of two editors' snapshots against the one
// both started from. Until real co-editing lands, a conflict must never cost either editor a
// sentence without saying so (issue 12). Client-safe and pure, so it is unit-tested as data.
import type { StorySnapshot } from "@/db/schema";
import { plainText } from "@/lib/rich-text/words";

type Block = unknown;
const blocksOf = (body: unknown): Block[] => ((body as { content?: Block[] } | null)?.content ?? []).slice();
// PostgreSQL's jsonb hands keys back sorted, the editor in its own order: compare canonically.
const key = (b: Block): string =>
  JSON.stringify(b, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
export const blockText = (b: Block) => plainText({ type: "doc", content: [b] });

const SCALARS = [
  "headline",
  "standfirst",
  "slug",
  "seoTitle",
  "seoDescription",
  "sectionId",
  "breaking",
  "featuredImageId",
  "socialHeadline",
  "socialDescription",
  "socialImageId",
] as const;

/**
 * Mine, plus everything they changed that I did not: a field only they changed takes theirs; a
 * field both changed keeps mine (and is listed by droppedByKeepingMine); their new or rewritten
 * paragraphs are inserted after the paragraph they followed, so a paragraph both rewrote
 * appears twice — the editor deletes one, nothing is silently gone.
 */
export function mergeSnapshots(base: StorySnapshot, mine: StorySnapshot, theirs: StorySnapshot): StorySnapshot {
  const out = { ...mine };
  for (const k of SCALARS) if (mine[k] === base[k]) (out as Record<string, unknown>)[k] = theirs[k];
  const addedByThem = (m: string[], b: string[], t: string[]) => [
    ...m,
    ...t.filter((x) => !b.includes(x) && !m.includes(x)),
  ];
  out.topicIds = addedByThem(mine.topicIds, base.topicIds, theirs.topicIds);
  out.authorIds = addedByThem(mine.authorIds, base.authorIds, theirs.authorIds);
  const baseKeys = new Set(blocksOf(base.body).map(key));
  const theirKeys = new Set(blocksOf(theirs.body).map(key));
  const merged = blocksOf(mine.body);
  let anchor = -1;
  for (const b of blocksOf(theirs.body)) {
    const k = key(b);
    const at = merged.findIndex((x, i) => i > anchor && key(x) === k);
    if (at >= 0) {
      anchor = at;
      continue;
    }
    if (baseKeys.has(k)) continue; // a paragraph I deleted and they left alone stays deleted
    // After my own new paragraphs at this point: my rewrite first, then theirs.
    while (
      anchor + 1 < merged.length &&
      !baseKeys.has(key(merged[anchor + 1])) &&
      !theirKeys.has(key(merged[anchor + 1]))
    )
      anchor += 1;
    merged.splice(anchor + 1, 0, b);
    anchor += 1;
  }
  out.body = { ...(mine.body as object), type: "doc", content: merged };
  return out;
}

/** What "Keep mine" would throw away of theirs: field labels, and their paragraphs not in mine. */
export function droppedByKeepingMine(
  base: StorySnapshot,
  mine: StorySnapshot,
  theirs: StorySnapshot,
): { fields: string[]; paragraphs: string[] } {
  const labels: Record<(typeof SCALARS)[number], string> = {
    headline: "Headline",
    standfirst: "Standfirst",
    slug: "Slug",
    seoTitle: "SEO title",
    seoDescription: "SEO description",
    sectionId: "Section",
    breaking: "Breaking",
    featuredImageId: "Featured image",
    socialHeadline: "Social headline",
    socialDescription: "Social description",
    socialImageId: "Social image",
  };
  const fields = SCALARS.filter((k) => theirs[k] !== base[k] && theirs[k] !== mine[k]).map((k) => labels[k]);
  const lost = (m: string[], b: string[], t: string[]) => t.some((x) => !b.includes(x) && !m.includes(x));
  if (lost(mine.topicIds, base.topicIds, theirs.topicIds)) fields.push("Topics");
  if (lost(mine.authorIds, base.authorIds, theirs.authorIds)) fields.push("Bylines");
  const mineKeys = new Set(blocksOf(mine.body).map(key));
  const baseKeys = new Set(blocksOf(base.body).map(key));
  const paragraphs = blocksOf(theirs.body)
    .filter((b) => !mineKeys.has(key(b)) && !baseKeys.has(key(b)))
    .map(blockText)
    .filter((t) => t.trim());
  return { fields, paragraphs };
}

/** What `b` changes of `a`, for a person to read: field labels, paragraphs added and removed. */
export function differences(
  a: StorySnapshot,
  b: StorySnapshot,
): { fields: string[]; added: string[]; removed: string[] } {
  const { fields } = droppedByKeepingMine(a, a, b);
  const aKeys = new Set(blocksOf(a.body).map(key));
  const bKeys = new Set(blocksOf(b.body).map(key));
  const added = blocksOf(b.body).filter((x) => !aKeys.has(key(x)));
  const removed = blocksOf(a.body).filter((x) => !bKeys.has(key(x)));
  if (added.length || removed.length) fields.push("Body");
  const text = (xs: Block[]) => xs.map(blockText).filter((t) => t.trim());
  return { fields, added: text(added), removed: text(removed) };
}
