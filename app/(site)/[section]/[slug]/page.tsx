import { SiteChrome } from "@/components/site/site-chrome";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getArticleTopics, getCorrections, getCounterpart, relatedStories, resolveAddress } from "@/db/queries/article";
import { getSiteSettings } from "@/db/queries/settings";
import { getPublishedArticle, type Article } from "@/db/queries/stories";
import { ArticleView } from "@/components/site/article-view";
import { viewCount } from "@/db/queries/views";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { DEFAULT_EDITION, EDITIONS, type EditionCode } from "@/lib/editions";
import type { StoryAddress } from "@/lib/routes";
import { feedAlternates } from "@/lib/feed-links";
import { getReaderText } from "@/lib/i18n/reader-language";
import { safeDecode } from "@/lib/safe-decode";
import { storyMetadata } from "@/lib/seo/share";
import { publicPath } from "@/lib/site-url";

// `edition`: set by the Bangla edition's route (app/(bn)/bn/...), which renders this page; the
// default edition's addresses have none.
type Props = { params: Promise<{ section: string; slug: string; edition?: EditionCode }> };

// The page cache (README, "Page cache"): nothing is rendered at build (no database there); each
// article is rendered on its first request and served from the cache until a change to it
// expires its tags. The five-minute refresh only moves the view count and "More on this topic".
export const revalidate = 300;
export function generateStaticParams(): { section: string; slug: string }[] {
  return [];
}

async function load(params: Props["params"]): Promise<Article> {
  const p = await params;
  // Next hands us the path segment still percent-encoded when it holds non-ASCII (Bengali slugs).
  const section = safeDecode(p.section);
  const slug = safeDecode(p.slug);
  if (section === null || slug === null) notFound();
  // Whatever answers here (the story, a redirect, a 404 before it goes live) is cached under the address.
  await tagPage(TAGS.address(section, slug));
  const edition = p.edition ?? DEFAULT_EDITION;
  const found = await getPublishedArticle(section, slug);
  // A story answers only at its own edition's address: /bn/<english section>/… is no page.
  const article = found?.edition === edition ? found : null;
  if (article) {
    await tagPage(TAGS.story(article.id));
    return article;
  }
  // An old address of a story that moved answers with a permanent redirect; a story taken
  // down answers 410 (see scripts/serve.ts); anything else is a 404.
  const state = await resolveAddress(section, slug);
  if (state.kind === "moved") permanentRedirect(state.to);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  const [topics, settings, counterpart] = await Promise.all([
    getArticleTopics(article.id),
    getSiteSettings(article.edition),
    getCounterpart(article.id),
  ]);
  return {
    ...storyMetadata(article, topics, settings),
    alternates: {
      ...feedAlternates(
        { kind: "section", edition: article.edition, slug: article.sectionSlug },
        `${settings.siteName}: ${article.sectionName}`,
        publicPath.story(article),
      ),
      ...(counterpart?.live ? { languages: hreflangs(article, counterpart.live) } : {}),
    },
  };
}

/**
 * `<link rel="alternate" hreflang>` for both stories of a translation pair, and x-default: the
 * default edition's story, for readers whose language is neither.
 */
function hreflangs(article: Article, other: StoryAddress & { language: string }): Record<string, string> {
  const own = { language: EDITIONS[article.edition].language, path: publicPath.story(article) };
  const theirs = { language: other.language, path: publicPath.story(other) };
  const byDefault = article.edition === DEFAULT_EDITION ? own : other.edition === DEFAULT_EDITION ? theirs : own;
  return { [own.language]: own.path, [theirs.language]: theirs.path, "x-default": byDefault.path };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  const [settings, text, topics, corrections, related, views, counterpart] = await Promise.all([
    getSiteSettings(article.edition),
    getReaderText(article.edition),
    getArticleTopics(article.id),
    getCorrections(article.id),
    relatedStories(article),
    viewCount(article.id),
    getCounterpart(article.id),
  ]);
  // The counterpart's tag whether or not it is live: its publishing, unpublishing or moving
  // changes this page's hreflang links and "read in" switch.
  await tagPage(...related.stories.map((s) => TAGS.story(s.id)), ...(counterpart ? [TAGS.story(counterpart.id)] : []));
  // The frame is drawn here, not by a layout, so the masthead can mark the story's section.
  return (
    <SiteChrome edition={article.edition} text={text} current={{ slug: article.sectionSlug, aria: "true" }}>
      <ArticleView
        article={article}
        settings={settings}
        topics={topics}
        corrections={corrections}
        related={related}
        views={views}
        text={text}
        counterpart={counterpart}
      />
    </SiteChrome>
  );
}
