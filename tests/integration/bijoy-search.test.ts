// Issue 19, item 17: Bangla converted from Bijoy before the fix stored য় ড় ঢ় with the vowel sign
// between the letter and its nukta. Search folds both orders into one word, so a reader typing
// হয়েছে, বাড়ি or বিশ্ববিদ্যালয়ের finds such a story, and a story converted now (nukta first) too.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { sections, stories, users } from "@/db/schema";
import { searchStories } from "@/db/queries/search";
import { bijoyToUnicode } from "@/lib/rich-text/bijoy";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let sectionId: string;
let userId: string;

/** The old converter's order: the vowel sign moved in front of the nukta. */
const oldOrder = (s: string) => s.replace(/([\u09A1\u09A2\u09AF])\u09BC([\u09BE-\u09CC])/g, "$1$2\u09BC");

const WORDS = [
  { word: "হয়েছে", bijoy: "n‡q‡Q", slug: "hoyeche" },
  { word: "বাড়ি", bijoy: "evwo", slug: "bari" },
  { word: "বিশ্ববিদ্যালয়ের", bijoy: "wek¦we`¨vj‡qi", slug: "university" },
];

async function publish(slug: string, body: string): Promise<void> {
  await t.db.insert(stories).values({
    sectionId,
    createdById: userId,
    slug,
    headline: `Bangla story ${slug}`,
    standfirst: "",
    bodyText: body,
    status: "published",
    publishedAt: new Date(Date.now() - 3_600_000),
  });
}

before(async () => {
  t = await freshDatabase();
  const [u] = await t.db.insert(users).values({ email: "b@example.com", name: "Bithi", passwordHash: "x" }).returning();
  userId = u!.id;
  const [s] = await t.db.insert(sections).values({ slug: "desh", name: "দেশ", edition: "bn" }).returning();
  sectionId = s!.id;
  for (const w of WORDS) {
    assert.notEqual(oldOrder(w.word), w.word, "the fixture must really be in the old order");
    await publish(`old-${w.slug}`, `আজ ঢাকায় ${oldOrder(w.word)} খবর`);
    await publish(`new-${w.slug}`, `আজ রাজশাহীতে ${bijoyToUnicode(w.bijoy)} খবর`);
  }
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("search folds Bijoy-converted words", () => {
  for (const w of WORDS) {
    it(`finds ${w.word} typed as a reader types it, in text stored either way`, async () => {
      const found = (await searchStories(w.word, 1, "bn")).hits.map((h) => h.slug).sort();
      assert.deepEqual(found, [`new-${w.slug}`, `old-${w.slug}`]);
    });
    it(`finds ${w.word} typed in the old order too`, async () => {
      const found = (await searchStories(oldOrder(w.word), 1, "bn")).hits.map((h) => h.slug).sort();
      assert.deepEqual(found, [`new-${w.slug}`, `old-${w.slug}`]);
    });
  }

  it("the fold reads both orders as one word", async () => {
    for (const w of WORDS) {
      const r = await t.db.execute<{ old: string; now: string }>(
        sql`select dateline_search_fold(${oldOrder(w.word)}) as old, dateline_search_fold(${w.word}) as now`,
      );
      assert.equal(r.rows[0]!.old, r.rows[0]!.now, w.word);
      assert.doesNotMatch(r.rows[0]!.old, /[\u09BE-\u09CC]\u09BC/);
    }
  });
});
