// Issue 19, item 3: every story editor page listed up to 200 stories of the other edition in
// every state (headline, id, status) to anyone who could open a story of their own. The panel
// now offers only stories the person may link, and is not there for those who may link nothing.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { getTranslationOptions } from "@/db/queries/editor";
import { currentSnapshot } from "@/db/queries/snapshots";
import { sections, stories } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { createStory, saveStory } from "@/lib/stories/store";
import { transition } from "@/lib/stories/transition";
import { linkTranslation } from "@/lib/stories/translations";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "../integration/helpers";

let t: TestDb;
let reporter: Actor, rival: Actor, editor: Actor;
let city: string, nagar: string;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function story(author: Actor, headline: string, sectionId: string): Promise<string> {
  const { id } = await createStory(t.db, { ...author, name: "x" });
  const [row] = await t.db.select().from(stories).where(eq(stories.id, id));
  await saveStory(t.db, author, id, {
    version: row!.version,
    kind: "save",
    fields: {
      ...(await currentSnapshot(t.db, row!)),
      headline,
      sectionId,
      slug: `s-${Math.random().toString(36).slice(2)}`,
      body: doc("Text."),
    },
  });
  return id;
}

before(async () => {
  t = await freshDatabase();
  const make = async (email: string, role: string): Promise<Actor> => {
    const u = await createUser(
      t.db,
      { email, name: email, role, password: "long enough password" },
      { actorId: null, via: "cli" },
    );
    return { id: u.id, role: u.role };
  };
  reporter = await make("rumana@example.com", "reporter");
  rival = await make("omar@example.com", "reporter");
  editor = await make("emdad@example.com", "editor");
  const [c, n] = await t.db
    .insert(sections)
    .values([
      { slug: "city", name: "City", edition: "en" },
      { slug: "nagar", name: "নগর", edition: "bn" },
    ])
    .returning();
  city = c!.id;
  nagar = n!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("the Translation panel", () => {
  it("offers a reporter only the other edition's stories she may link", async () => {
    const mine = await story(reporter, "Metro runs late on Sunday", city);
    const ownBangla = await story(reporter, "রবিবার মেট্রো দেরিতে", nagar);
    const secret = await story(rival, "মন্ত্রীর পদত্যাগের গুঞ্জন", nagar);
    const scheduled = await story(editor, "নির্বাচনের তারিখ ঘোষণা", nagar);
    const [row] = await t.db.select().from(stories).where(eq(stories.id, scheduled));
    await transition(t.db, editor, scheduled, { action: "submit", version: row!.version });
    const [r2] = await t.db.select().from(stories).where(eq(stories.id, scheduled));
    await transition(t.db, editor, scheduled, {
      action: "schedule",
      version: r2!.version,
      scheduledFor: new Date(Date.now() + 3_600_000),
    });

    const seen = await getTranslationOptions(reporter, mine);
    const text = JSON.stringify(seen);
    assert.deepEqual(
      seen!.candidates.map((c) => c.id),
      [ownBangla],
    );
    assert.ok(!text.includes("মন্ত্রীর") && !text.includes(secret), "another reporter's draft is not listed");
    assert.ok(!text.includes("নির্বাচনের") && !text.includes(scheduled), "nor a scheduled story she cannot edit");

    const asEditor = await getTranslationOptions(editor, mine);
    assert.deepEqual(asEditor!.candidates.map((c) => c.id).sort(), [ownBangla, secret, scheduled].sort());
  });

  it("is not there for someone who may not link the story, and hides a pair's headline she cannot open", async () => {
    const english = await story(editor, "Port strike ends", city);
    const bangla = await story(rival, "বন্দরের ধর্মঘট শেষ", nagar);
    await linkTranslation(t.db, editor, { storyId: bangla, originalId: english });
    // The rival may edit her own draft, but the pair's other side is the editor's draft.
    const hers = await getTranslationOptions(rival, bangla);
    assert.equal(hers!.current!.id, english);
    assert.doesNotMatch(hers!.current!.headline, /Port strike/);
    // A reporter who cannot edit the editor's draft gets no panel at all.
    assert.equal(await getTranslationOptions(reporter, english), null);
  });
});
