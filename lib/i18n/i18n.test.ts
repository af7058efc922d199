import assert from "node:assert/strict";
import { describe, it } from "node:test";
import bn from "@/messages/bn.json";
import en from "@/messages/en.json";
import { countLabel } from "@/lib/reader/views-label";
import { formatTimestamp } from "@/lib/time";
import { countLabels } from "./count-labels";
import { formatLocale, htmlLang, languageOfLocale } from "./language";
import { readerText } from "./reader-text";

/** Every leaf key of a catalogue, dotted: `story.views`. */
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("message catalogues", () => {
  it("have the same keys in English and Bangla", () => {
    const enKeys = keys(en).sort();
    const bnKeys = keys(bn).sort();
    assert.deepEqual(
      enKeys.filter((k) => !bnKeys.includes(k)),
      [],
      "missing from messages/bn.json",
    );
    assert.deepEqual(
      bnKeys.filter((k) => !enKeys.includes(k)),
      [],
      "missing from messages/en.json",
    );
  });

  it("have Bangla words for every Bangla message (none left in English)", () => {
    for (const key of keys(bn)) {
      const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], bn) as string;
      // The product's name and the ©/arrows are the only Latin a Bangla message may hold.
      // ICU syntax (`{count, plural, other {…}}`) is not words: strip its argument names and keywords.
      const words = value
        .replace(/\b(?:zero|one|two|few|many|other)\s*\{/g, "")
        .replace(/\{\s*\w+\s*(?:,\s*\w+\s*,?)?/g, "")
        .replace(/Dateline/g, "");
      const latin = words.match(/[A-Za-z]{3,}/);
      assert.equal(latin, null, `${key}: "${value}"`);
    }
  });
});

describe("the reader's language", () => {
  it("comes from the locale setting: any bn locale is Bangla, the rest English", () => {
    assert.equal(languageOfLocale("bn-BD"), "bn");
    assert.equal(languageOfLocale("bn"), "bn");
    assert.equal(languageOfLocale("bn-BD-u-nu-latn"), "bn");
    assert.equal(languageOfLocale("en-GB"), "en");
    assert.equal(languageOfLocale("bo-CN"), "en");
  });

  it("keeps the site's own locale for its language, and a default for the other", () => {
    assert.equal(formatLocale("bn", "bn-BD-u-nu-latn"), "bn-BD-u-nu-latn");
    assert.equal(formatLocale("bn", "en-GB"), "bn-BD");
    assert.equal(formatLocale("en", "en-US"), "en-US");
    assert.equal(formatLocale("en", "bn-BD"), "en-GB");
  });

  it("writes <html lang> as bn for Bangla and as the site's region for English", () => {
    assert.equal(htmlLang("bn", "bn-BD"), "bn");
    assert.equal(htmlLang("bn", "bn-BD-u-nu-latn"), "bn");
    assert.equal(htmlLang("en", "en-GB"), "en-GB");
    assert.equal(htmlLang("en", "en-US-u-nu-latn"), "en-US");
  });
});

describe("reader words", () => {
  it("say English exactly as the pages did before the catalogues", () => {
    const { t } = readerText("en", "en-GB");
    assert.equal(t("story.views", { count: 1 }), "1 view");
    assert.equal(t("story.views", { count: 1204 }), "1,204 views");
    assert.equal(t("search.results", { total: 1 }), "1 result");
    assert.equal(
      t("search.status", { results: t("search.moreThan", { total: 5000 }), q: "rain" }),
      "More than 5,000 results for “rain”",
    );
    assert.equal(t("story.published"), "Published:");
    assert.equal(t("share.heading"), "Share this story");
  });

  it("say Bangla with Bengali digits by default", () => {
    const { t, locale } = readerText("bn", "bn-BD");
    assert.equal(t("story.views", { count: 24 }), "২৪ বার পড়া হয়েছে");
    assert.equal(t("story.views", { count: 1 }), "১ বার পড়া হয়েছে");
    assert.equal(t("story.readingTime", { minutes: 4 }), "৪ মিনিটে পড়ুন");
    assert.equal(t("story.updated"), "হালনাগাদ:");
    assert.equal(t("story.moreOnTopic"), "এই বিষয়ে আরও");
    assert.equal(t("share.heading"), "শেয়ার করুন");
    // Page 2+ of a list: পৃষ্ঠা, as Bangla papers write it, with a Bengali digit (issue 21).
    assert.equal(t("lists.pageTitle", { title: "নগর", page: 2 }), "নগর — পৃষ্ঠা ২");
    // The publish line: Bangla label, Bengali digits and words, in Dhaka's time.
    assert.equal(
      `${t("story.published")} ${formatTimestamp(new Date("2025-07-04T11:13:07Z"), "Asia/Dhaka", locale)}`,
      "প্রকাশ: বিকেল ০৫:১৩:০৭, শুক্রবার, ৪ জুলাই ২০২৫",
    );
  });

  it("keep Latin digits in Bangla when the setting says -u-nu-latn", () => {
    const { t, locale } = readerText("bn", "bn-BD-u-nu-latn");
    assert.equal(t("story.views", { count: 24 }), "24 বার পড়া হয়েছে");
    assert.equal(
      formatTimestamp(new Date("2025-07-04T11:13:07Z"), "Asia/Dhaka", locale),
      "বিকেল 05:13:07, শুক্রবার, 4 জুলাই 2025",
    );
  });
});

describe("count labels for the reader script", () => {
  for (const [language, siteLocale] of [
    ["en", "en-GB"],
    ["bn", "bn-BD"],
    ["bn", "bn-BD-u-nu-latn"],
  ] as const) {
    it(`word every count as the catalogue does (${siteLocale})`, () => {
      const text = readerText(language, siteLocale);
      const labels = countLabels(text, "story.views");
      for (const n of [0, 1, 2, 5, 21, 101, 1204, 1_000_000])
        assert.equal(countLabel(n, text.locale, labels), text.t("story.views", { count: n }), `n = ${n}`);
    });
  }
});

describe("an edition's language and locale", () => {
  it("puts /bn in Bangla whatever the site's locale, and / in the site's", async () => {
    const { editionLanguage, editionLocale } = await import("./language");
    assert.equal(editionLanguage("bn", "en-GB"), "bn");
    assert.equal(editionLocale("bn", "en-GB"), "bn-BD");
    assert.equal(editionLocale("en", "en-GB"), "en-GB");
    // An outlet whose main site is Bangla: "/" speaks Bangla, with its own locale choices.
    assert.equal(editionLanguage("en", "bn-BD-u-nu-latn"), "bn");
    assert.equal(editionLocale("en", "bn-BD-u-nu-latn"), "bn-BD-u-nu-latn");
  });
});

describe("marking another language's text", () => {
  it("marks a Bangla headline on an English page and nothing on its own edition's", async () => {
    const { langIfForeign, langOfText } = await import("./language");
    assert.equal(langIfForeign("bn", "en"), "bn");
    assert.equal(langIfForeign("bn", "bn"), undefined);
    assert.equal(langIfForeign("en", "bn"), "en");
    assert.equal(langOfText("বন্যা", "en"), "bn");
    assert.equal(langOfText("flood", "en"), undefined);
    assert.equal(langOfText("flood", "bn"), "en");
  });
});
