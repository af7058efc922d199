// The share and structured-data builders on their own: card addresses that change exactly when a
// card's content does, absolute addresses on the configured public origin, and data that cannot
// break out of its script tag.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PublicSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { JsonLd } from "@/components/site/json-ld";
import { CARD_HEIGHT, CARD_WIDTH, logoVersion, renderStoryCard, siteCardVersion, storyCardVersion } from "./card";
import { ogLocale, pageMetadata, storyImages, storyMetadata, xHandle } from "./share";
import { articleBreadcrumbs, newsArticle, newsMediaOrganization, profilePage, webSite } from "./structured-data";
import sharp from "sharp";

process.env.DATELINE_PUBLIC_URL = "https://news.example.com/";

const settings: PublicSettings = {
  siteName: "The Dhaka Dateline",
  tagline: "News from Dhaka and across Bangladesh",
  timeZone: "Asia/Dhaka",
  cityLabel: "Dhaka",
  locale: "en-GB",
  editionNames: {},
  socialLinks: {
    x: "https://x.com/dhakadateline",
    facebook: "https://www.facebook.com/dhakadateline",
    newsletter: "https://news.example.com/newsletter",
  },
};

const article: Article = {
  id: "6f1c1f0e-8a43-4f57-9d4e-2b8d0f3c9a11",
  edition: "en",
  headline: "Ferry services resume on the Padma after </script><script>alert(1)</script> fog",
  standfirst: "Launches left Mawa at dawn.",
  slug: "ferry-services-resume",
  sectionSlug: "national",
  sectionName: "National",
  breaking: false,
  publishedAt: new Date("2026-07-04T11:13:07Z"),
  contentUpdatedAt: new Date("2026-07-04T12:00:00Z"),
  bylines: [{ name: "Sadia Afrin Chowdhury", slug: "sadia-afrin-chowdhury" }],
  image: null,
  featuredImage: null,
  bodyHtml: "<p>Body.</p>",
  seoTitle: "",
  seoDescription: "",
  socialHeadline: "",
  socialDescription: "",
  socialImage: null,
};

describe("share cards", () => {
  it("a story card's version changes with the headline, section or site name, and with nothing else", () => {
    const base = storyCardVersion("The Dhaka Dateline", { sectionName: "City", headline: "A" });
    assert.equal(storyCardVersion("The Dhaka Dateline", { sectionName: "City", headline: "A" }), base);
    assert.notEqual(storyCardVersion("The Dhaka Dateline", { sectionName: "City", headline: "B" }), base);
    assert.notEqual(storyCardVersion("The Dhaka Dateline", { sectionName: "Sport", headline: "A" }), base);
    assert.notEqual(storyCardVersion("Another Daily", { sectionName: "City", headline: "A" }), base);
    assert.match(base, /^[A-Za-z0-9_-]{12}$/);
    assert.notEqual(siteCardVersion(settings, "https://a.example"), siteCardVersion(settings, "https://b.example"));
    assert.notEqual(logoVersion("A"), logoVersion("B"));
  });

  it("draws a 1200x630 PNG for a Bengali headline", async () => {
    const png = await renderStoryCard({
      siteName: "ঢাকা ডেটলাইন",
      sectionName: "জাতীয়",
      headline: "পদ্মায় আবার ফেরি চলাচল শুরু",
    });
    const meta = await sharp(png).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ["png", CARD_WIDTH, CARD_HEIGHT]);
  });

  it("draws text that looks like markup as text (Pango markup would refuse or obey it)", async () => {
    const png = await renderStoryCard({
      siteName: "Dateline & Co",
      sectionName: "<b>City</b>",
      headline: `Prices </span><span foreground="red"> & "fees" rise at 5 < 6 markets`,
    });
    assert.equal((await sharp(png).metadata()).width, CARD_WIDTH);
  });

  it("a story without a photo is shown by its own card; one with a photo by its crops", () => {
    const [card] = storyImages(article, settings);
    assert.match(
      card!.url,
      /^https:\/\/news\.example\.com\/cards\/story\/6f1c1f0e-8a43-4f57-9d4e-2b8d0f3c9a11\/[\w-]{12}\.png$/,
    );
    const key = (n: number) => `c/aa/${String(n).repeat(64)}.jpg`;
    const crop = (key: string, height: number) => ({ key, width: 1200, height, format: "jpeg" as const, bytes: 1234 });
    const files = {
      original: crop(`o/aa/${"0".repeat(64)}.jpg`, 800),
      variants: [],
      crops: { "16x9": crop(key(1), 675), "4x3": crop(key(2), 900), "1x1": crop(key(3), 1200) },
    };
    const images = storyImages({ ...article, featuredImage: { files, alt: "Launches at Mawa" } }, settings);
    assert.deepEqual(
      images.map((i) => [i.url, i.width, i.height, i.type, i.bytes]),
      [
        [`https://news.example.com/media/${key(1)}`, 1200, 675, "image/jpeg", 1234],
        [`https://news.example.com/media/${key(2)}`, 1200, 900, "image/jpeg", 1234],
        [`https://news.example.com/media/${key(3)}`, 1200, 1200, "image/jpeg", 1234],
      ],
    );
  });
});

describe("share metadata", () => {
  it("an article's Open Graph and Twitter tags are complete and absolute", () => {
    const m = storyMetadata(article, [{ name: "Rivers" }], settings);
    const og = m.openGraph as Record<string, unknown>;
    assert.equal(og.url, "https://news.example.com/national/ferry-services-resume");
    assert.equal(og.type, "article");
    assert.equal(og.locale, "en_GB");
    assert.equal(og.publishedTime, "2026-07-04T17:13:07+06:00");
    assert.equal(og.modifiedTime, "2026-07-04T18:00:00+06:00");
    assert.deepEqual(og.tags, ["Rivers"]);
    assert.deepEqual(og.authors, ["https://news.example.com/authors/sadia-afrin-chowdhury"]);
    const tw = m.twitter as Record<string, unknown>;
    assert.equal(tw.card, "summary_large_image");
    assert.equal(tw.site, "@dhakadateline");
  });

  it("shares use the social headline and description when set, the page keeps its own title", () => {
    const plain = storyMetadata(article, [], settings);
    assert.equal((plain.openGraph as Record<string, unknown>).title, article.headline);
    assert.equal((plain.twitter as Record<string, unknown>).description, article.standfirst);
    const social = storyMetadata(
      { ...article, socialHeadline: "Padma ferries are back", socialDescription: "Fog lifts at Mawa." },
      [],
      settings,
    );
    const og = social.openGraph as Record<string, unknown>;
    const tw = social.twitter as Record<string, unknown>;
    assert.equal(og.title, "Padma ferries are back");
    assert.equal(og.description, "Fog lifts at Mawa.");
    assert.equal(tw.title, "Padma ferries are back");
    assert.equal(tw.description, "Fog lifts at Mawa.");
    assert.equal(social.title, article.headline, "the <title> stays the page's");
    assert.equal(social.description, article.standfirst);
  });

  it("other pages are websites with the site card", () => {
    const m = pageMetadata({ settings, path: "/city", title: "City", description: "" });
    const og = m.openGraph as Record<string, unknown>;
    assert.equal(og.type, "website");
    assert.equal(og.title, "City — The Dhaka Dateline");
    assert.equal(og.description, settings.tagline);
    assert.match(
      (og.images as { url: string }[])[0]!.url,
      /^https:\/\/news\.example\.com\/cards\/site\/[\w-]{12}\.png$/,
    );
  });

  it("reads locales and X handles", () => {
    assert.equal(ogLocale("bn-BD"), "bn_BD");
    assert.equal(xHandle({ socialLinks: { x: "https://twitter.com/dateline_bd" } }), "@dateline_bd");
    assert.equal(xHandle({ socialLinks: { x: "https://example.com/dateline" } }), undefined);
    assert.equal(xHandle({ socialLinks: { x: "not a url" } }), undefined);
    assert.equal(xHandle({ socialLinks: {} }), undefined);
  });
});

describe("structured data", () => {
  it("NewsArticle names its image, authors' pages and the publisher's raster logo", () => {
    const d = newsArticle(article, [], settings);
    assert.equal((d.image as { width: number }[])[0]!.width, 1200);
    assert.deepEqual(d.author, [
      {
        "@type": "Person",
        name: "Sadia Afrin Chowdhury",
        url: "https://news.example.com/authors/sadia-afrin-chowdhury",
      },
    ]);
    const logo = (d.publisher as { logo: { url: string; width: number } }).logo;
    assert.match(logo.url, /\/cards\/logo\/[\w-]{12}\.png$/);
    assert.ok(logo.width >= 112);
    assert.equal(d.keywords, undefined);
  });

  it("breadcrumbs go Home › Section › Headline", () => {
    const items = articleBreadcrumbs(article).itemListElement as { position: number; item: string }[];
    assert.deepEqual(
      items.map((i) => [i.position, i.item]),
      [
        [1, "https://news.example.com/"],
        [2, "https://news.example.com/national"],
        [3, "https://news.example.com/national/ferry-services-resume"],
      ],
    );
  });

  it("the organization lists profiles but not the newsletter, and the policies' addresses", () => {
    const org = newsMediaOrganization(settings);
    assert.deepEqual(org.sameAs, ["https://www.facebook.com/dhakadateline", "https://x.com/dhakadateline"]);
    assert.equal(org.publishingPrinciples, "https://news.example.com/about/standards");
    assert.equal(org.correctionsPolicy, "https://news.example.com/about/corrections");
    assert.equal(newsMediaOrganization({ ...settings, socialLinks: {} }).sameAs, undefined);
    const site = webSite(settings);
    assert.equal(
      (site.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate,
      "https://news.example.com/search?q={search_term_string}",
    );
    const profile = profilePage({ name: "Sadia", slug: "sadia", bio: "" }, settings);
    assert.equal((profile.mainEntity as { url: string }).url, "https://news.example.com/authors/sadia");
  });

  it("no text in the data can close its script tag", () => {
    const element = JsonLd({ data: newsArticle(article, [], settings) });
    const json = (element.props as { dangerouslySetInnerHTML: { __html: string } }).dangerouslySetInnerHTML.__html;
    assert.doesNotMatch(json, /<\//);
    assert.ok(article.headline.includes("</script>"));
    assert.equal((JSON.parse(json) as { headline: string }).headline, article.headline);
  });
});
