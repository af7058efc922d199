import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAuthor } from "@/db/queries/article";
import { getSiteSettings } from "@/db/queries/settings";
import { storiesBy } from "@/db/queries/stories";
import { AuthorCard } from "@/components/site/author-card";
import { PagedStoryList, pageParam } from "@/components/site/paged-story-list";
import { listPageNumber } from "@/lib/list-pages";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { getReaderText } from "@/lib/i18n/reader-language";
import { feedAlternates } from "@/lib/feed-links";
import { scopeDescription } from "@/lib/feeds";
import { pageMetadata } from "@/lib/seo/share";
import { profilePage } from "@/lib/seo/structured-data";
import { publicPath } from "@/lib/site-url";
import { JsonLd } from "@/components/site/json-ld";
import { safeDecode } from "@/lib/safe-decode";

type PageParams = { slug: string; page?: string };
type Props = { params: Promise<PageParams> };

// The page cache (README, "Page cache"): rendered on its first request, never at build (no
// database there), then served from the cache until a story change expires "lists". Page 2 and
// on come here from ?page=N through a rewrite to ./_page/N (next.config.ts), because reading
// searchParams would make every request render.
export const revalidate = 60;
export function generateStaticParams(): PageParams[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const author = await getAuthor(safeDecode(p.slug) ?? "");
  if (!author) return {};
  const [settings, { t }] = await Promise.all([getSiteSettings(), getReaderText()]);
  const page = pageParam(p.page);
  const path = publicPath.paged(publicPath.author(author.slug), page);
  return {
    ...pageMetadata({
      settings,
      path,
      title: page > 1 ? t("lists.pageTitle", { title: author.name, page }) : author.name,
      description:
        author.bio.slice(0, 160) ||
        scopeDescription({ kind: "author", slug: author.slug }, author.name, "", settings.siteName, { t }),
    }),
    alternates: feedAlternates(
      { kind: "author", slug: author.slug },
      t("lists.storiesBy", { name: author.name }),
      path,
    ),
  };
}

export default async function AuthorPage({ params }: Props) {
  // Tagged before the lookup: a 404 cached here ends when a publish makes the page exist.
  await tagPage(TAGS.lists);
  const p = await params;
  const author = await getAuthor(safeDecode(p.slug) ?? "");
  if (!author) notFound();
  // Only real page numbers are pages (lib/list-pages.ts); scripts/serve.ts refuses the rest first.
  if (p.page !== undefined && listPageNumber(p.page) === null) notFound();
  const page = pageParam(p.page);
  const [settings, text, { stories, hasMore }] = await Promise.all([
    getSiteSettings(),
    getReaderText(),
    storiesBy({ authorId: author.id }, page),
  ]);
  // Past the last page is no page; cached as a 404 under \"lists\", so a publish that makes it real ends it.
  if (page > 1 && stories.length === 0) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <JsonLd data={profilePage(author, settings)} />
      <AuthorCard author={author} text={text} />
      <h2 className="mt-8 border-b border-rule pb-2 font-serif text-xl font-bold">
        {text.t("lists.storiesBy", { name: author.name })}
      </h2>
      <PagedStoryList
        stories={stories}
        page={page}
        hasMore={hasMore}
        basePath={`/authors/${author.slug}`}
        timeZone={settings.timeZone}
        text={text}
        empty={text.t("lists.authorEmpty")}
        kicker
        level={3}
      />
    </div>
  );
}
