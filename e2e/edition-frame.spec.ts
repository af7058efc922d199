// Issue 21, item 1: every page says its edition's language. Each edition has its own root layout
// (app/(site), app/(bn)), so `<html lang>` and `og:locale` follow the address — on the front,
// lists, articles, search, and the 404, 410 and 400 pages, which under /bn are in Bangla. Read
// as served (scripts/serve.ts's HTML-first pages, no scripts), straight from the app server.
import { get, type Reply } from "./helpers/front";
import { apiAs, makeStory, move, uniqueBangla, type MadeStory } from "./helpers/factory";
import { expect, test } from "./helpers/test";

const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
const enc = encodeURIComponent;

type Frame = { lang: string; ogLocale: string };
const EN: Frame = { lang: "en-GB", ogLocale: "en_GB" };
const BN: Frame = { lang: "bn", ogLocale: "bn_BD" };

function attr(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

/** The frame a served page declares, with its first heading's text. */
function frameOf(r: Reply): Frame & { h1: string } {
  return {
    lang: attr(r.text, /<html[^>]*\slang="([^"]*)"/) ?? "(none)",
    ogLocale: attr(r.text, /<meta property="og:locale" content="([^"]*)"/) ?? "(none)",
    h1: (attr(r.text, /<h1[^>]*>([\s\S]*?)<\/h1>/) ?? "").replace(/<[^>]+>/g, "").trim(),
  };
}

async function expectFrame(path: string, status: number, frame: Frame, h1?: string | RegExp): Promise<void> {
  const r = await get(APP_PORT, path);
  expect(r.status, path).toBe(status);
  const seen = frameOf(r);
  expect({ path, lang: seen.lang, ogLocale: seen.ogLocale }).toEqual({ path, ...frame });
  if (h1 !== undefined) expect(seen.h1, path).toMatch(h1);
}

/** A published story, then taken down: its address answers 410. */
async function takenDown(section: string, bangla: boolean): Promise<MadeStory> {
  const story = await makeStory(
    bangla
      ? {
          headline: uniqueBangla("সরিয়ে নেওয়া খবর"),
          exactHeadline: true,
          standfirst: "এই খবরটি প্রকাশের পর সরিয়ে নেওয়া হবে।",
          paragraphs: ["প্রথম অনুচ্ছেদ।", "দ্বিতীয় অনুচ্ছেদ।", "তৃতীয় অনুচ্ছেদ।"],
          section,
          state: "published",
        }
      : { headline: "Frame test story taken down", section, state: "published" },
  );
  const desk = await apiAs("editor");
  try {
    await move(desk, story.id, { action: "unpublish", version: story.version });
  } finally {
    await desk.dispose();
  }
  return story;
}

test("the English edition's pages say lang en-GB and og:locale en_GB, error pages included", async () => {
  const story = await makeStory({ headline: "Frame test English story", section: "city", state: "published" });
  const gone = await takenDown("city", false);
  await expectFrame("/", 200, EN);
  await expectFrame("/city", 200, EN);
  await expectFrame(story.path, 200, EN);
  await expectFrame("/search?q=Dhaka", 200, EN);
  await expectFrame("/about", 200, EN);
  await expectFrame("/city/no-such-story", 404, EN, "Page not found");
  await expectFrame("/no/such/address/at/all", 404, EN, "Page not found");
  await expectFrame("/city/%E0%A6%A2%E0%A6", 400, EN, "This address is incomplete");
  await expect(async () => expectFrame(gone.path, 410, EN, "This story has been removed")).toPass({
    timeout: 15_000,
  });
});

test("every page under /bn says lang bn and og:locale bn_BD, and its 404, 410 and 400 are in Bangla", async () => {
  const section = "নগর";
  // Bangla throughout: e2e/bangla-walk.spec.ts may read it as the newest story in নগর.
  const story = await makeStory({
    headline: uniqueBangla("নগরের ফ্রেম পরীক্ষার খবর"),
    exactHeadline: true,
    standfirst: "প্রতিটি পাতার ভাষা ঠিক আছে কি না, তা দেখার খবর।",
    paragraphs: ["প্রথম অনুচ্ছেদ।", "দ্বিতীয় অনুচ্ছেদ।", "তৃতীয় অনুচ্ছেদ।"],
    section,
    state: "published",
  });
  const gone = await takenDown(section, true);
  const at = (s: MadeStory) => `/bn/${enc(section)}/${enc(s.slug)}`;
  await expectFrame("/bn", 200, BN);
  await expectFrame(`/bn/${enc(section)}`, 200, BN);
  await expectFrame(at(story), 200, BN);
  await expectFrame(`/bn/search?q=${enc("ঢাকা")}`, 200, BN);
  await expectFrame("/bn/search", 200, BN);
  // A story that is not there, a section that is not there, an address no route has.
  await expectFrame(`/bn/${enc(section)}/no-such-story`, 404, BN, "পাতাটি পাওয়া যায়নি");
  await expectFrame("/bn/no-such-section", 404, BN, "পাতাটি পাওয়া যায়নি");
  await expectFrame("/bn/no/such/address/at/all", 404, BN, "পাতাটি পাওয়া যায়নি");
  // A Bengali address cut short by a messenger.
  await expectFrame(`/bn/${enc(section)}/%E0%A6%A2%E0%A6`, 400, BN, "এই ঠিকানাটি অসম্পূর্ণ");
  await expect(async () => expectFrame(at(gone), 410, BN, "এই খবরটি সরিয়ে নেওয়া হয়েছে")).toPass({
    timeout: 15_000,
  });
});

test("a Bangla 404 in a browser without scripts: the Bangla masthead, search and front page", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const response = await page.goto("/bn/no-such-section/no-such-story");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "bn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("পাতাটি পাওয়া যায়নি");
  await expect(page.getByRole("navigation", { name: "বিভাগসমূহ" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("search")).toHaveAttribute("action", "/bn/search");
  await expect(page.getByRole("link", { name: "প্রথম পাতায় যান" })).toHaveAttribute("href", "/bn");
  await page.context().close();
});
