// The article page as readers see it, one component for the public page and the desk's preview
// (app/(site)/(framed)/%5Fpreview), so a preview is the real renderer and not a look-alike.
import Link from "next/link";
import type { Correction, Counterpart, Related, TopicLink } from "@/db/queries/article";
import type { PublicSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { ArticleJsonLd } from "@/components/site/article-json-ld";
import { CorrectionsBox } from "@/components/site/corrections-box";
import { FeaturedImage } from "@/components/site/featured-image";
import { FollowBlock } from "@/components/site/follow-block";
import { ShareButtons } from "@/components/site/share-buttons";
import { StoryCard } from "@/components/site/story-card";
import { StoryMeta } from "@/components/site/story-meta";
import { TranslationLink } from "@/components/site/translation-link";
import { ViewPing } from "@/components/site/view-ping";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { storyUpdatedAt } from "@/lib/seo/share";
import { absoluteUrl, publicPath } from "@/lib/site-url";

type Props = {
  article: Article;
  settings: PublicSettings;
  topics: TopicLink[];
  corrections: Correction[];
  related: Related;
  views: number;
  /** The reader-facing words in the page's language (lib/i18n). */
  text: ReaderText;
  /** The story's translation in the other edition, if linked (hreflang, JSON-LD, the switch link). */
  counterpart?: Counterpart | null;
  /** A desk preview: counts no view and tells no crawler about the story. */
  preview?: boolean;
};

export function ArticleView({
  article,
  settings,
  topics,
  corrections,
  related,
  views,
  text,
  counterpart = null,
  preview = false,
}: Props) {
  const tz = settings.timeZone;
  const updated = storyUpdatedAt(article);
  const { t } = text;
  const relatedLabel = related.onTopic
    ? t("story.moreOnTopic")
    : t("story.moreFromSection", { section: article.sectionName });
  // The markup is also what reader modes (Firefox Reader View, Pocket: Readability) read, and
  // they must find exactly the headline, the byline, the photo and the body. The headline,
  // byline and times come to them from the JSON-LD, so the visible furniture around the text is
  // kept where Readability drops it: the masthead of the story in `.story-header` (a class it
  // treats as page chrome), share and topics in the article's <footer>, follow and related
  // stories in an <aside> after the article (both elements it removes). e2e/reader-mode.spec.ts.
  return (
    <div className="mx-auto max-w-5xl">
      <article className="story">
        {!preview && (
          <ArticleJsonLd
            article={article}
            topics={topics}
            settings={settings}
            counterpart={counterpart}
            corrections={corrections}
          />
        )}
        <div className="story-header mx-auto max-w-[42rem]">
          <header>
            <p className="flex items-center gap-3 text-sm font-bold tracking-wider uppercase">
              <Link
                href={publicPath.section({ edition: article.edition, slug: article.sectionSlug })}
                className="text-accent hover:underline"
              >
                {article.sectionName}
              </Link>
              {article.breaking && <span className="rounded-sm bg-accent px-2 text-white">{t("story.breaking")}</span>}
            </p>
            <h1 className="mt-2 font-serif text-[2rem] leading-tight font-bold text-balance sm:text-5xl sm:leading-[1.08]">
              {article.headline}
            </h1>
            {article.standfirst && (
              <p className="mt-3 font-serif text-xl leading-snug text-neutral-700 sm:text-2xl dark:text-neutral-300">
                {article.standfirst}
              </p>
            )}
            <TranslationLink counterpart={counterpart} text={text} />
            <StoryMeta article={article} updated={updated} views={views} timeZone={tz} text={text} />
          </header>
        </div>
        <div className="story-body mx-auto mt-6 max-w-[42rem]">
          {article.featuredImage && <FeaturedImage image={article.featuredImage} />}
          {!preview && <ViewPing storyId={article.id} />}
          {/* Derived HTML, rendered by the server from validated tiptap JSON with the editor's own schema. */}
          <div className="prose-news mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        </div>
        <div className="mx-auto mt-8 max-w-[42rem] space-y-8">
          <CorrectionsBox corrections={corrections} timeZone={tz} text={text} />
          <footer className="space-y-6 border-t border-rule pt-5">
            <ShareButtons url={absoluteUrl(publicPath.story(article))} title={article.headline} text={text} />
            {topics.length > 0 && (
              <nav aria-label={t("story.topics")}>
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
      <aside aria-label={t("story.around")} className="mx-auto mt-10 max-w-[42rem] space-y-10">
        <FollowBlock siteName={settings.siteName} links={settings.socialLinks} text={text} />
        {related.stories.length > 0 && (
          <section aria-labelledby="related-heading" className="border-t-4 border-ink pt-3 print:hidden">
            <h2 id="related-heading" className="font-serif text-xl font-bold">
              {relatedLabel}
            </h2>
            <ul className="mt-2 divide-y divide-rule">
              {related.stories.map((s) => (
                <li key={s.id} className="py-3">
                  <StoryCard
                    story={s}
                    timeZone={tz}
                    text={text}
                    variant="row"
                    standfirst="never"
                    kicker={related.onTopic}
                  />
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
