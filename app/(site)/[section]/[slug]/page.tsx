import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSiteSettings } from "@/db/queries/settings";
import { getPublishedArticle } from "@/db/queries/stories";
import { Byline } from "@/components/site/byline";
import { formatTimestamp, isoWithOffset } from "@/lib/time";

type Props = { params: Promise<{ section: string; slug: string }> };

async function load(params: Props["params"]) {
  const { section, slug } = await params;
  // Next hands us the path segment still percent-encoded when it holds non-ASCII (Bengali slugs).
  return getPublishedArticle(decodeURIComponent(section), decodeURIComponent(slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  if (!article) return {};
  return {
    title: article.seoTitle || article.headline,
    description: article.seoDescription || article.standfirst,
    alternates: { canonical: `/${article.sectionSlug}/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const [article, settings] = await Promise.all([load(params), getSiteSettings()]);
  if (!article) notFound();
  const tz = settings.timeZone;
  const updated = article.contentUpdatedAt && article.contentUpdatedAt > article.publishedAt ? article.contentUpdatedAt : null;
  return (
    <article className="mx-auto max-w-3xl">
      <p className="flex gap-3 text-sm font-bold uppercase tracking-wide">
        <Link href={`/${article.sectionSlug}`} className="text-accent">
          {article.sectionName}
        </Link>
        {article.breaking && <span className="rounded bg-accent px-2 text-white">Breaking</span>}
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.headline}</h1>
      {article.standfirst && <p className="mt-3 text-xl text-neutral-700 dark:text-neutral-300">{article.standfirst}</p>}
      <div className="mt-4 space-y-1 border-y border-neutral-200 py-3 text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
        <Byline bylines={article.bylines} />
        <p className="text-sm">
          Published: <time dateTime={isoWithOffset(article.publishedAt, tz)}>{formatTimestamp(article.publishedAt, tz, settings.locale)}</time>
        </p>
        {updated && (
          <p className="text-sm">
            Updated: <time dateTime={isoWithOffset(updated, tz)}>{formatTimestamp(updated, tz, settings.locale)}</time>
          </p>
        )}
      </div>
      {/* Derived HTML, rendered by the server from validated tiptap JSON with the editor's own schema. */}
      <div className="prose-news mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
    </article>
  );
}
