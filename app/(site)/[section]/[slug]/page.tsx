import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getArticleTopics, getCorrections, getCounterpart, relatedStories, resolveAddress } from "@/db/queries/article";
import { getSiteSettings } from "@/db/queries/settings";
import { getPublishedArticle, type Article } from "@/db/queries/stories";
import { ArticleJsonLd } from "@/components/site/article-json-ld";
import { Byline } from "@/components/site/byline";
import { CorrectionsBox } from "@/components/site/corrections-box";
import { FeaturedImage } from "@/components/site/featured-image";
import { FollowBlock } from "@/components/site/follow-block";
import { ShareButtons } from "@/components/site/share-buttons";
import { StoryCard } from "@/components/site/story-card";
import { TranslationLink } from "@/components/site/translation-link";
import { ViewCount } from "@/components/site/view-count";
import { ViewPing } from "@/components/site/view-ping";
import { viewCount } from "@/db/queries/views";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { DEFAULT_EDITION, EDITIONS, type EditionCode } from "@/lib/editions";
import type { StoryAddress } from "@/lib/routes";
import { feedAlternates } from "@/lib/feed-links";
import { safeDecode } from "@/lib/safe-decode";
import { storyMetadata, storyUpdatedAt } from "@/lib/seo/share";
import { absoluteUrl, publicPath } from "@/lib/site-url";
import { formatTimestamp, isoWithOffset } from "@/lib/time";

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
    getSiteSettings(),
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
  const [settings, topics, corrections, related, views, counterpart] = await Promise.all([
    getSiteSettings(),
    getArticleTopics(article.id),
    getCorrections(article.id),
    relatedStories(article),
    viewCount(article.id),
    getCounterpart(article.id),
  ]);
  // The counterpart's tag whether or not it is live: its publishing, unpublishing or moving
  // changes this page's hreflang links and "read in" switch.
  await tagPage(...related.stories.map((s) => TAGS.story(s.id)), ...(counterpart ? [TAGS.story(counterpart.id)] : []));
  const tz = settings.timeZone;
  const updated = storyUpdatedAt(article);
  const relatedLabel = related.onTopic ? "More on this topic" : `More from ${article.sectionName}`;
  // The markup is also what reader modes (Firefox Reader View, Pocket: Readability) read, and
  // they must find exactly the headline, the byline, the photo and the body. The headline,
  // byline and times come to them from the JSON-LD, so the visible furniture around the text is
  // kept where Readability drops it: the masthead of the story in `.story-header` (a class it
  // treats as page chrome), share and topics in the article's <footer>, follow and related
  // stories in an <aside> after the article (both elements it removes). e2e/reader-mode.spec.ts.
  return (
    <div className="mx-auto max-w-5xl">
      <article className="story">
        <ArticleJsonLd article={article} topics={topics} settings={settings} counterpart={counterpart} />
        <div className="story-header mx-auto max-w-[42rem]">
          <header>
            <p className="flex items-center gap-3 text-sm font-bold tracking-wider uppercase">
              <Link
                href={publicPath.section({ edition: article.edition, slug: article.sectionSlug })}
                className="text-accent hover:underline"
              >
                {article.sectionName}
              </Link>
              {article.breaking && <span className="rounded-sm bg-accent px-2 text-white">Breaking</span>}
            </p>
            <h1 className="mt-2 font-serif text-[2rem] leading-tight font-bold text-balance sm:text-5xl sm:leading-[1.08]">
              {article.headline}
            </h1>
            {article.standfirst && (
              <p className="mt-3 font-serif text-xl leading-snug text-neutral-700 sm:text-2xl dark:text-neutral-300">
                {article.standfirst}
              </p>
            )}
            <TranslationLink counterpart={counterpart} />
            <div className="mt-5 space-y-0.5 border-t border-rule pt-3 text-neutral-700 dark:text-neutral-300">
              <Byline bylines={article.bylines} />
              <p className="text-sm">
                Published:{" "}
                <time dateTime={isoWithOffset(article.publishedAt, tz)}>
                  {formatTimestamp(article.publishedAt, tz, settings.locale)}
                </time>
              </p>
              {updated && (
                <p className="text-sm">
                  Updated:{" "}
                  <time dateTime={isoWithOffset(updated, tz)}>{formatTimestamp(updated, tz, settings.locale)}</time>
                </p>
              )}
              <ViewCount storyId={article.id} initial={views} locale={settings.locale} />
            </div>
          </header>
        </div>
        <div className="story-body mx-auto mt-6 max-w-[42rem]">
          {article.featuredImage && <FeaturedImage image={article.featuredImage} />}
          <ViewPing storyId={article.id} />
          {/* Derived HTML, rendered by the server from validated tiptap JSON with the editor's own schema. */}
          <div className="prose-news mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        </div>
        <div className="mx-auto mt-8 max-w-[42rem] space-y-8">
          <CorrectionsBox corrections={corrections} timeZone={tz} locale={settings.locale} />
          <footer className="space-y-6 border-t border-rule pt-5">
            <ShareButtons url={absoluteUrl(publicPath.story(article))} title={article.headline} />
            {topics.length > 0 && (
              <nav aria-label="Topics">
                <ul className="flex flex-wrap gap-2 text-sm">
                  {topics.map((t) => (
                    <li key={t.slug}>
                      <Link
                        href={publicPath.topic(t.slug)}
                        className="inline-block rounded-full border border-neutral-300 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
                      >
                        {t.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </footer>
        </div>
      </article>
      <aside aria-label="Around this story" className="mx-auto mt-10 max-w-[42rem] space-y-10">
        <FollowBlock siteName={settings.siteName} links={settings.socialLinks} />
        {related.stories.length > 0 && (
          <section aria-labelledby="related-heading" className="border-t-4 border-ink pt-3 print:hidden">
            <h2 id="related-heading" className="font-serif text-xl font-bold">
              {relatedLabel}
            </h2>
            <ul className="mt-2 divide-y divide-rule">
              {related.stories.map((s) => (
                <li key={s.id} className="py-3">
                  <StoryCard story={s} timeZone={tz} variant="row" standfirst="never" kicker={related.onTopic} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
