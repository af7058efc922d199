// "Keep both" for a save conflict: a three-way merge of two editors' snapshots against the one
// both started from. Until real co-editing lands, a conflict must never cost either editor a
// sentence without saying so (issue 12). Client-safe and pure, so it is unit-tested as data.
import type { StorySnapshot } from "@/db/schema";
import { plainText } from "@/lib/rich-text/words";
import { fieldValue, STORY_FIELD_KEYS, STORY_FIELDS, type StoryFieldKey } from "./fields";

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

// The fields come from the one field list (fields.ts): a new field is merged and reported by
// "Keep both" and "Keep mine" without a line here (issue 18). Lists (topics, bylines) are
// unioned; every other field but the body is one value.
const isList = (k: StoryFieldKey) => "links" in STORY_FIELDS[k].stored;
const SCALARS = STORY_FIELD_KEYS.filter((k) => k !== "body" && !isList(k));
const LISTS = STORY_FIELD_KEYS.filter(isList) as ("topicIds" | "authorIds")[];
const value = <K extends StoryFieldKey>(s: StorySnapshot, k: K) => fieldValue(s, k);

/**
 * Mine, plus everything they changed that I did not: a field only they changed takes theirs; a
 * field both changed keeps mine (and is listed by droppedByKeepingMine); a paragraph only they
 * rewrote or deleted takes their version (issue 19: the old text stayed beside their correction);
 * their new or rewritten paragraphs are inserted after the paragraph they followed, so a
 * paragraph both rewrote appears twice — the editor deletes one, nothing is silently gone.
 */
export function mergeSnapshots(base: StorySnapshot, mine: StorySnapshot, theirs: StorySnapshot): StorySnapshot {
  const out = { ...mine } as Record<string, unknown>;
  for (const k of SCALARS) if (value(mine, k) === value(base, k)) out[k] = value(theirs, k);
  for (const k of LISTS) {
    const m = value(mine, k);
    out[k] = [...m, ...value(theirs, k).filter((x) => !value(base, k).includes(x) && !m.includes(x))];
  }
  const baseKeys = new Set(blocksOf(base.body).map(key));
  const theirKeys = new Set(blocksOf(theirs.body).map(key));
  // A paragraph as it was at the base that they no longer have: they rewrote or removed it, and
  // I did not touch it, so their change stands (their rewrite is placed below).
  const merged = blocksOf(mine.body).filter((b) => !(baseKeys.has(key(b)) && !theirKeys.has(key(b))));
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
  return out as StorySnapshot;
}

/** What "Keep mine" would throw away of theirs: field labels, and their paragraphs not in mine. */
export function droppedByKeepingMine(
  base: StorySnapshot,
  mine: StorySnapshot,
  theirs: StorySnapshot,
): { fields: string[]; paragraphs: string[] } {
  const fields = SCALARS.filter((k) => value(theirs, k) !== value(base, k) && value(theirs, k) !== value(mine, k)).map(
    (k) => STORY_FIELDS[k].label as string,
  );
  const lost = (k: (typeof LISTS)[number]) =>
    value(theirs, k).some((x) => !value(base, k).includes(x) && !value(mine, k).includes(x));
  for (const k of LISTS) if (lost(k)) fields.push(STORY_FIELDS[k].label);
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
