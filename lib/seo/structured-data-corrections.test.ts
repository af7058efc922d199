// Issue 19: an article's corrections were on the page but not in its NewsArticle.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PublicSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { newsArticle } from "./structured-data";

process.env.DATELINE_PUBLIC_URL = "https://news.example.com/";

const settings: PublicSettings = {
  siteName: "The Dhaka Dateline",
  tagline: "News from Dhaka",
  timeZone: "Asia/Dhaka",
  cityLabel: "Dhaka",
  locale: "en-GB",
  socialLinks: {},
  editionNames: {},
};

const article: Article = {
  id: "0a8e4d1c-5b7f-4c2a-9e3d-1f6b2a7c8d90",
  edition: "en",
  headline: "Launch toll rises to nine",
  standfirst: "Divers searched the Buriganga overnight.",
  slug: "launch-toll-rises",
  sectionSlug: "national",
  sectionName: "National",
  breaking: false,
  publishedAt: new Date("2026-08-07T12:00:00Z"),
  contentUpdatedAt: new Date("2026-08-07T15:00:00Z"),
  bylines: [{ name: "Nusrat Jahan", slug: "nusrat-jahan" }],
  image: null,
  featuredImage: null,
  bodyHtml: "<p>Body.</p>",
  seoTitle: "",
  seoDescription: "",
  socialHeadline: "",
  socialDescription: "",
  socialImage: null,
};

describe("NewsArticle corrections", () => {
  it("carries each correction and clarification, dated in the newsroom's zone; updates are not corrections", () => {
    const ld = newsArticle(article, [], settings, null, [
      {
        kind: "correction",
        body: "An earlier version gave the toll as seven.",
        createdAt: new Date("2026-08-07T13:00:00Z"),
      },
      { kind: "update", body: "Added the fire service's figures.", createdAt: new Date("2026-08-07T14:00:00Z") },
      {
        kind: "clarification",
        body: "The launch was bound for Chandpur.",
        createdAt: new Date("2026-08-07T15:00:00Z"),
      },
    ]);
    assert.deepEqual(ld.correction, [
      {
        "@type": "CorrectionComment",
        text: "An earlier version gave the toll as seven.",
        datePublished: "2026-08-07T19:00:00+06:00",
      },
      {
        "@type": "CorrectionComment",
        text: "The launch was bound for Chandpur.",
        datePublished: "2026-08-07T21:00:00+06:00",
      },
    ]);
  });

  it("has no correction property when there is none", () => {
    assert.equal("correction" in newsArticle(article, [], settings), false);
  });
});
