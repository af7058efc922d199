// Comparing two revisions: a word-level text diff and the list of fields that changed.
// Pure (no database) so the history page and tests share it.
import type { StorySnapshot } from "@/db/schema";
import { isTooDeep, parseBody, plainTextOf } from "@/lib/rich-text/render";
import { fieldValue, STORY_FIELD_KEYS, STORY_FIELDS, type StoryFieldKey } from "./fields";

export type DiffOp = "same" | "added" | "removed";
export type DiffSegment = { op: DiffOp; text: string };

// Myers is O((N+M)·D): a total rewrite of a very long body could take seconds. Past this
// many steps the remaining differing stretch is shown as replaced, which is what it is.
const WORK_BUDGET = 20_000_000;

type Ctx = { a: Int32Array; b: Int32Array; ta: string[]; tb: string[]; out: DiffSegment[]; work: number };

/** Words and the whitespace between them, so rejoining the tokens gives back the text. */
function tokenize(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

export function wordDiff(a: string, b: string): DiffSegment[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  // Comparing small integers is much cheaper than comparing strings in the inner loop.
  const ids = new Map<string, number>();
  const intern = (tokens: string[]) =>
    Int32Array.from(tokens, (t) => {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      return id;
    });
  const ctx: Ctx = { a: intern(ta), b: intern(tb), ta, tb, out: [], work: WORK_BUDGET };
  diffRange(ctx, 0, ta.length, 0, tb.length);
  return tidy(ctx.out);
}

function emit(ctx: Ctx, op: DiffOp, tokens: string[], from: number, to: number): void {
  if (from >= to) return;
  const text = tokens.slice(from, to).join("");
  const last = ctx.out[ctx.out.length - 1];
  if (last && last.op === op) last.text += text;
  else ctx.out.push({ op, text });
}

function diffRange(ctx: Ctx, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b } = ctx;
  let pre = 0;
  while (aLo + pre < aHi && bLo + pre < bHi && a[aLo + pre] === b[bLo + pre]) pre++;
  emit(ctx, "same", ctx.ta, aLo, aLo + pre);
  aLo += pre;
  bLo += pre;
  let suf = 0;
  while (aHi - suf > aLo && bHi - suf > bLo && a[aHi - suf - 1] === b[bHi - suf - 1]) suf++;
  aHi -= suf;
  bHi -= suf;
  const split = aLo < aHi && bLo < bHi ? bisect(ctx, aLo, aHi, bLo, bHi) : null;
  if (split) {
    diffRange(ctx, aLo, split.x, bLo, split.y);
    diffRange(ctx, split.x, aHi, split.y, bHi);
  } else {
    emit(ctx, "removed", ctx.ta, aLo, aHi);
    emit(ctx, "added", ctx.tb, bLo, bHi);
  }
  emit(ctx, "same", ctx.ta, aHi, aHi + suf);
}

/**
 * Myers' linear-space middle snake (as in diff-match-patch's bisect): searches forwards and
 * backwards at once and returns where the paths meet, or null when nothing is in common or
 * the work budget ran out. Memory is O(N+M), never an N×M table.
 */
function bisect(ctx: Ctx, aLo: number, aHi: number, bLo: number, bHi: number): { x: number; y: number } | null {
  const { a, b } = ctx;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const off = maxD;
  const len = 2 * maxD + 2;
  const v1 = new Int32Array(len).fill(-1);
  const v2 = new Int32Array(len).fill(-1);
  v1[off + 1] = 0;
  v2[off + 1] = 0;
  const delta = n - m;
  const front = delta % 2 !== 0;
  let k1start = 0,
    k1end = 0,
    k2start = 0,
    k2end = 0;
  for (let d = 0; d < maxD; d++) {
    ctx.work -= 2 * (d + 1);
    if (ctx.work < 0) return null;
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const i = off + k1;
      let x1 = k1 === -d || (k1 !== d && v1[i - 1]! < v1[i + 1]!) ? v1[i + 1]! : v1[i - 1]! + 1;
      let y1 = x1 - k1;
      const start1 = x1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      ctx.work -= x1 - start1;
      v1[i] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const j = off + delta - k1;
        if (j >= 0 && j < len && v2[j] !== -1 && x1 >= n - v2[j]!) return { x: aLo + x1, y: bLo + y1 };
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const i = off + k2;
      let x2 = k2 === -d || (k2 !== d && v2[i - 1]! < v2[i + 1]!) ? v2[i + 1]! : v2[i - 1]! + 1;
      let y2 = x2 - k2;
      const start2 = x2;
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2++;
        y2++;
      }
      ctx.work -= x2 - start2;
      v2[i] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const j = off + delta - k2;
        if (j >= 0 && j < len && v1[j] !== -1) {
          const x1 = v1[j]!;
          if (x1 >= n - x2) return { x: aLo + x1, y: bLo + x1 - (j - off) };
        }
      }
    }
  }
  return null;
}

/**
 * Groups each stretch of changes as "removed, then added", and folds a lone space between
 * two replaced words into the replacement, so "the cat sat" → "a dog ran" reads as one
 * change rather than a stutter of one-word edits around shared spaces.
 */
function tidy(raw: DiffSegment[]): DiffSegment[] {
  type Run = { removed: string; added: string };
  const items: (Run | string)[] = [];
  for (const seg of raw) {
    const last = items[items.length - 1];
    if (seg.op === "same") items.push(seg.text);
    else if (last !== undefined && typeof last !== "string") last[seg.op] += seg.text;
    else items.push({ removed: "", added: "", [seg.op]: seg.text });
  }
  const out: DiffSegment[] = [];
  let run: Run | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (typeof item !== "string") {
      run = run ? { removed: run.removed + item.removed, added: run.added + item.added } : { ...item };
      continue;
    }
    const next = items[i + 1];
    if (
      run &&
      next !== undefined &&
      typeof next !== "string" &&
      /^\s+$/.test(item) &&
      (run.removed || next.removed) &&
      (run.added || next.added)
    ) {
      run = { removed: run.removed + item, added: run.added + item };
      continue;
    }
    if (run) flush(out, run);
    run = null;
    out.push({ op: "same", text: item });
  }
  if (run) flush(out, run);
  return out;
}

function flush(out: DiffSegment[], run: { removed: string; added: string }): void {
  if (run.removed) out.push({ op: "removed", text: run.removed });
  if (run.added) out.push({ op: "added", text: run.added });
}

/** The body's plain text, paragraphs separated by a blank line; "" when it does not parse. */
export function bodyPlainText(body: unknown): string {
  try {
    return plainTextOf(parseBody(body));
  } catch {
    return "";
  }
}

// Object keys in jsonb come back sorted by PostgreSQL, not in the order they were written.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

/** Either body nests past what the diff can walk (see isTooDeep); the history page says so. */
export function tooDeep(a: StorySnapshot, b: StorySnapshot): boolean {
  return isTooDeep(a.body) || isTooDeep(b.body);
}

const sameSet = (x: string[] = [], y: string[] = []) =>
  x.length === y.length && new Set([...x, ...y]).size === new Set(x).size;

// Equality per field where plain equality of the stored value is not the right question; every
// other field compares its canonical JSON. fieldValue reads a revision written before a field
// existed as that field's `missing` value.
const SAME: Partial<Record<StoryFieldKey, (a: StorySnapshot, b: StorySnapshot) => boolean>> = {
  // A body stored before depth was capped would overflow canonical()'s recursion: such a
  // body is only "the same" as itself, which is all the history page needs to know.
  body: (a, b) => a.body === b.body || (!tooDeep(a, b) && canonical(a.body) === canonical(b.body)),
  // Topics have no order; bylines do (it is the order printed on the page).
  topicIds: (a, b) => sameSet(fieldValue(a, "topicIds"), fieldValue(b, "topicIds")),
};

const same = (key: StoryFieldKey, a: StorySnapshot, b: StorySnapshot) =>
  SAME[key]?.(a, b) ?? canonical(fieldValue(a, key)) === canonical(fieldValue(b, key));

/** Human labels of the fields that differ between two snapshots, in form order. */
export function changedFields(a: StorySnapshot, b: StorySnapshot): string[] {
  return STORY_FIELD_KEYS.filter((key) => !same(key, a, b)).map((key) => STORY_FIELDS[key].label);
}

/** Past this many words removed in one save, the text before it is kept as its own revision. */
export const REMOVED_WORDS_KEPT = 12;

/**
 * Whether going from `a` to `b` removes more than a sentence of headline, standfirst or body:
 * over REMOVED_WORDS_KEPT words, or two or more sentence ends. Autosaves coalesce into one
 * revision per ten minutes, so without this a paragraph deleted by accident would be gone from
 * history too (issue 12).
 */
export function removesMoreThanASentence(a: StorySnapshot, b: StorySnapshot): boolean {
  if (tooDeep(a, b)) return false;
  const text = (s: StorySnapshot) => [s.headline, s.standfirst, bodyPlainText(s.body)].join("\n\n");
  const removed = wordDiff(text(a), text(b))
    .filter((s) => s.op === "removed")
    .map((s) => s.text)
    .join(" ");
  const words = removed.match(/\S+/g)?.length ?? 0;
  const sentenceEnds = removed.match(/[.!?।](?=\s|$)/g)?.length ?? 0;
  return words > REMOVED_WORDS_KEPT || sentenceEnds >= 2;
}

const storyText = (s: StorySnapshot) =>
  [s.headline, s.standfirst, bodyPlainText(s.body)].join("\n\n").replace(/\s+/g, " ");

/**
 * Whether folding `next` into the revision `latest` (overwriting it) keeps every word `next`
 * removes recoverable: each removed stretch is still in `kept`, the revision before `latest`.
 * A single removed word is a typo being fixed, not text lost. A paragraph deleted in bites with
 * autosaves between starts one new revision at the first bite (what it removes is only in
 * `latest`), then the bites fold into it, since `latest`'s predecessor holds the whole paragraph:
 * one revision per paragraph deleted, not per save (issue 19, item 15).
 */
export function removedWordsKept(kept: StorySnapshot | null, latest: StorySnapshot, next: StorySnapshot): boolean {
  if (tooDeep(latest, next) || (kept && isTooDeep(kept.body))) return false;
  const removed = wordDiff(storyText(latest), storyText(next))
    .filter((s) => s.op === "removed")
    .map((s) => s.text.trim())
    .filter(Boolean);
  if ((removed.join(" ").match(/\S+/g)?.length ?? 0) <= 1) return true;
  if (!kept) return false;
  const before = storyText(kept);
  return removed.every((stretch) => before.includes(stretch));
}
