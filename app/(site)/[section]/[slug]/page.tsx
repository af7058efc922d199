import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getArticleTopics, getCorrections, relatedStories, resolveAddress } from "@/db/queries/article";
import { getSiteSettings } from "@/db/queries/settings";
import { getPublishedArticle, type Article } from "@/db/queries/stories";
import { ArticleView } from "@/components/site/article-view";
import { viewCount } from "@/db/queries/views";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { feedAlternates } from "@/lib/feed-links";
import { getReaderText } from "@/lib/i18n/reader-language";
import { safeDecode } from "@/lib/safe-decode";
import { storyMetadata } from "@/lib/seo/share";
import { publicPath } from "@/lib/site-url";

type Props = { params: Promise<{ section: string; slug: string }> };

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
  const article = await getPublishedArticle(section, slug);
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
  const [topics, settings] = await Promise.all([getArticleTopics(article.id), getSiteSettings()]);
  return {
    ...storyMetadata(article, topics, settings),
    alternates: feedAlternates(
      { kind: "section", slug: article.sectionSlug },
      `${settings.siteName}: ${article.sectionName}`,
      publicPath.story(article.sectionSlug, article.slug),
    ),
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  const [settings, text, topics, corrections, related, views] = await Promise.all([
    getSiteSettings(),
    getReaderText(),
    getArticleTopics(article.id),
    getCorrections(article.id),
    relatedStories(article),
    viewCount(article.id),
  ]);
  await tagPage(...related.stories.map((s) => TAGS.story(s.id)));
  return (
    <ArticleView
      article={article}
      settings={settings}
      topics={topics}
      corrections={corrections}
      related={related}
      views={views}
      text={text}
    />
  );
}
