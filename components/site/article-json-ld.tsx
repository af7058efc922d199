import type { TopicLink } from "@/db/queries/article";
import type { PublicSettings } from "@/db/queries/settings";
import type { Article } from "@/db/queries/stories";
import { articleBreadcrumbs, newsArticle } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/** An article's structured data: the NewsArticle, and its breadcrumb trail (Home › Section › Headline). */
export function ArticleJsonLd({
  article,
  topics,
  settings,
}: {
  article: Article;
  topics: TopicLink[];
  settings: PublicSettings;
}) {
  return (
    <>
      <JsonLd data={newsArticle(article, topics, settings)} />
      <JsonLd data={articleBreadcrumbs(article)} />
    </>
  );
}
