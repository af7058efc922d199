import type { Article } from "@/db/queries/stories";
import type { TopicLink } from "@/db/queries/article";
import { cropImages } from "@/lib/media/picture";
import { isoWithOffset } from "@/lib/time";

type Props = {
  article: Article;
  topics: TopicLink[];
  origin: string;
  siteName: string;
  timeZone: string;
  updated: Date | null;
};

/** NewsArticle structured data. `<` is escaped so no text in a story can close the script tag. */
export function ArticleJsonLd({ article, topics, origin, siteName, timeZone, updated }: Props) {
  const url = `${origin}/${article.sectionSlug}/${article.slug}`;
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.seoDescription || article.standfirst,
    datePublished: isoWithOffset(article.publishedAt, timeZone),
    dateModified: isoWithOffset(updated ?? article.publishedAt, timeZone),
    articleSection: article.sectionName,
    keywords: topics.map((t) => t.name),
    author: article.bylines.map((b) => ({ "@type": "Person", name: b.name, url: `${origin}/authors/${b.slug}` })),
    publisher: { "@type": "Organization", name: siteName, logo: { "@type": "ImageObject", url: `${origin}/icon.svg` } },
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    // Google asks for 16:9, 4:3 and 1:1 versions; ours are cropped around the focal point.
    ...(article.featuredImage
      ? { image: cropImages(article.featuredImage).map((c) => new URL(c.url, origin).href) }
      : {}),
    url,
  };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
