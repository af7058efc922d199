import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSiteSettings } from "@/db/queries/settings";
import { pageMetadata } from "@/lib/seo/share";
import { publicPath } from "@/lib/site-url";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    settings: await getSiteSettings(),
    path: publicPath.colophon(),
    title: "Colophon",
    description: "How this site is made, and why it is quick to read on a phone.",
  });
}

// Text that needs nothing from the database, under the same layouts as every public page. It is
// the benchmark's yardstick for "a page served straight from the cache". It cannot be prerendered
// at build like a plain static page, because its layouts show the outlet's settings and
// sections and builds run without a database; the optional segment (always empty) makes it a
// route Next renders on the first request and caches from then on, like the article pages.
export const revalidate = 3600;
export function generateStaticParams(): { rest?: string[] }[] {
  return [];
}

export default async function ColophonPage({ params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest?.length) notFound();
  return (
    // Written in English only (not in the catalogues: it is prose about the software, not interface),
    // so marked as English for screen readers and fonts when the rest of the site is Bangla.
    <article lang="en" className="mx-auto max-w-3xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">Colophon</h1>
      <p className="text-xl text-neutral-700 dark:text-neutral-300">
        How this site is made, and why it is quick to read on a phone.
      </p>
      <div className="prose-news space-y-4">
        <p>
          This site runs on Dateline, a newsroom in one web application: reporters write in a rich-text editor, editors
          review, correct and publish, and every story lives in PostgreSQL. What you read here was rendered once on our
          server and is served from its page cache until the newsroom changes it — a publish, an update, a correction or
          a story taken down expires exactly the pages that show it, within a second.
        </p>
        <p>
          Pages carry no trackers and set no cookies for readers. View counts come from a single anonymous ping per page
          view; the server keeps only a salted daily hash, so a reader is counted once a day without being followed.
        </p>
        <p>
          Times are given in the newsroom&apos;s own time zone, to the second, with the offset in the page&apos;s markup
          so machines read them exactly. Corrections are dated, typed and worded by an editor, and stay on the story.
        </p>
        <p>
          The text is set in the reader&apos;s system fonts; light and dark themes follow the device unless you choose
          one. Every page works with a keyboard and a screen reader, and prints without the navigation.
        </p>
      </div>
      <p>
        <Link href="/" className="text-accent underline">
          Go to the front page
        </Link>
      </p>
    </article>
  );
}
