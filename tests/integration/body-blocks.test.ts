// Embeds and tables through a real save (issue 12): stored as sent, the derived HTML holds the
// click-to-load placeholder and the accessible table, and a body naming a provider's lookalike
// host is refused as a body field error with nothing stored.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { sections, stories } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createStory, saveStory } from "@/lib/stories/store";
import { createUser } from "@/lib/users";
import { freshDatabase, stopTestServer, type TestDb } from "./helpers";

let t: TestDb;
let reporter: { id: string; role: "reporter"; name: string };
let sectionId: string;

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const embed = (provider: string, url: string) => ({ type: "embed", attrs: { provider, url } });
const table = {
  type: "table",
  attrs: { caption: "Turnout by division" },
  content: [
    {
      type: "tableRow",
      content: [
        { type: "tableHeader", content: [p("Division")] },
        { type: "tableHeader", content: [p("Turnout")] },
      ],
    },
    {
      type: "tableRow",
      content: [
        { type: "tableCell", content: [p("Rajshahi")] },
        { type: "tableCell", content: [p("61%")] },
      ],
    },
  ],
};

async function row(id: string) {
  const [r] = await t.db.select().from(stories).where(eq(stories.id, id));
  return r!;
}

async function save(id: string, body: unknown) {
  const r = await row(id);
  await saveStory(t.db, reporter, id, {
    version: r.version,
    kind: "save",
    fields: {
      headline: "Polling day in the north",
      standfirst: "",
      body,
      sectionId,
      topicIds: [],
      authorIds: [],
      slug: "polling-day",
      seoTitle: "",
      seoDescription: "",
      breaking: false,
    },
  });
}

before(async () => {
  t = await freshDatabase();
  const u = await createUser(
    t.db,
    { email: "blocks@example.com", name: "Bristi Reporter", role: "reporter", password: "long enough password" },
    { actorId: null, via: "cli" as const },
  );
  reporter = { id: u.id, role: "reporter", name: u.name };
  const [s] = await t.db.insert(sections).values({ slug: "politics", name: "Politics" }).returning();
  sectionId = s!.id;
});
after(async () => {
  await t.drop();
  await stopTestServer();
});

describe("embeds and tables on save", () => {
  it("stores them and derives the placeholder and the accessible table", async () => {
    const { id } = await createStory(t.db, reporter);
    await save(id, {
      type: "doc",
      content: [p("Queues formed early."), embed("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"), table],
    });
    const r = await row(id);
    assert.match(
      r.bodyHtml,
      /<figure class="embed embed-youtube" data-embed="youtube" data-embed-url="https:\/\/www.youtube.com\/watch\?v=dQw4w9WgXcQ">/,
    );
    assert.doesNotMatch(r.bodyHtml, /<iframe/);
    assert.match(
      r.bodyHtml,
      /<div class="table-scroll" role="region" tabindex="0" aria-label="Turnout by division"><table><caption>Turnout by division<\/caption><thead><tr><th scope="col">/,
    );
    assert.match(r.bodyText, /Rajshahi/);
  });

  it("refuses a lookalike provider as a body error and keeps what was stored", async () => {
    const { id } = await createStory(t.db, reporter);
    await save(id, { type: "doc", content: [p("Before.")] });
    const before = await row(id);
    await assert.rejects(
      save(id, { type: "doc", content: [embed("youtube", "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ")] }),
      (e: unknown) => e instanceof AppError && e.kind === "validation" && /embed/i.test(String(e.fieldErrors?.body)),
    );
    const after = await row(id);
    assert.equal(after.version, before.version);
    assert.equal(after.bodyHtml, before.bodyHtml);
  });
});
