import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSitePage } from "@/db/queries/site-pages";
import { getSiteSettings } from "@/db/queries/settings";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { getReaderText } from "@/lib/i18n/reader-language";
import { pageMetadata } from "@/lib/seo/share";
import { paragraphs, SITE_PAGES, sitePageDef, type SitePageDef } from "@/lib/site-pages";

type Props = { params: Promise<{ page?: string[] }> };

// /about and /about/<contact|standards|corrections|privacy>: the outlet's own pages, written by
// admins at /dashboard/pages. The optional segment makes /about a route Next renders on its
// first request and caches (builds have no database; see the colophon); a save expires it.
export const revalidate = 86400;
export function generateStaticParams(): { page?: string[] }[] {
  return [];
}

function defFor(page: string[] | undefined): SitePageDef | null {
  if (!page || page.length === 0) return sitePageDef("about");
  if (page.length !== 1 || page[0] === "about") return null;
  return sitePageDef(page[0]!);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const def = defFor((await params).page);
  if (!def) return {};
  const page = await getSitePage(def);
  const first = paragraphs(page.body)[0]?.join(" ") ?? "";
  // The same Open Graph and X tags as every other page, so a shared "About us" unfurls too.
  return {
    ...pageMetadata({
      settings: await getSiteSettings(),
      path: def.path,
      title: page.title,
      description: first.slice(0, 200),
    }),
    alternates: { canonical: def.path },
  };
}

export default async function SitePage({ params }: Props) {
  const def = defFor((await params).page);
  if (!def) notFound();
  await tagPage(TAGS.sitePage(def.slug));
  const [page, { t }] = await Promise.all([getSitePage(def), getReaderText()]);
  const paras = paragraphs(page.body);
  return (
    <div className="mx-auto grid max-w-4xl gap-10 md:grid-cols-[minmax(0,1fr)_13rem] md:gap-12">
      <article>
        <h1 className="font-serif text-4xl font-bold leading-tight">{page.title}</h1>
        {paras.length === 0 ? (
          <p className="mt-6 text-neutral-600 dark:text-neutral-400">{t("about.notWritten")}</p>
        ) : (
          <div className="prose-news mt-6">
            {paras.map((lines, i) => (
              // Plain text written by an admin: React escapes it; line breaks stay breaks.
              <p key={i}>{lines.flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]))}</p>
            ))}
          </div>
        )}
      </article>
      <nav aria-labelledby="about-nav-heading" className="border-t-4 border-ink pt-3 text-sm md:self-start">
        <h2 id="about-nav-heading" className="font-serif text-lg font-bold">
          {t("footer.newsroom")}
        </h2>
        <ul className="mt-2 space-y-2">
          {SITE_PAGES.map((p) => (
            <li key={p.slug}>
              <Link
                href={p.path}
                aria-current={p.slug === def.slug ? "page" : undefined}
                className="hover:underline aria-[current=page]:font-bold"
              >
                {t(`footer.pages.${p.slug}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
