import Link from "next/link";
import { listSections } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import { SOCIAL_KEYS } from "@/db/schema";
import type { ReaderText } from "@/lib/i18n/reader-text";
import type { EditionCode } from "@/lib/editions";
import { publicPath } from "@/lib/routes";
import { SITE_PAGES } from "@/lib/site-pages";
import { digits } from "@/lib/time";

/** Every public page ends here: the sections, the newsroom's own pages, feeds and channels. */
export async function SiteFooter({ edition, text }: { edition: EditionCode; text: ReaderText }) {
  const { t, locale } = text;
  const [settings, sections] = await Promise.all([getSiteSettings(edition), listSections(edition)]);
  const social = SOCIAL_KEYS.filter((k) => settings.socialLinks[k]);
  const heading = "text-xs font-bold tracking-wider text-neutral-600 uppercase dark:text-neutral-400";
  return (
    <footer className="mt-16 print:hidden">
      <div className="mx-auto max-w-6xl px-4">
        {/* One landmark for the lot ("Site"), so it is not confused with the masthead's "Sections". */}
        <nav
          aria-label={t("footer.siteNav")}
          className="grid gap-8 border-t-4 border-ink pt-6 pb-8 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]"
        >
          <div>
            {/* Text, not a second link home: the masthead's name is that link. */}
            <p className="font-serif text-2xl font-bold">{settings.siteName}</p>
            <p className="mt-1 font-serif text-neutral-600 italic dark:text-neutral-400">{settings.tagline}</p>
          </div>
          <div>
            <h2 className={heading}>{t("footer.sections")}</h2>
            <ul className="mt-2 space-y-1.5 text-sm">
              {sections.map((s) => (
                <li key={s.slug}>
                  <Link href={publicPath.section(s)} className="hover:underline">
                    {s.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2 className={heading}>{t("footer.newsroom")}</h2>
            <ul className="mt-2 space-y-1.5 text-sm">
              {SITE_PAGES.map((p) => (
                <li key={p.slug}>
                  <Link href={p.path} className="hover:underline">
                    {t(`footer.pages.${p.slug}`)}
                  </Link>
                </li>
              ))}
              {/* Staff's way in: in the footer, not the masthead, which belongs to readers. */}
              <li>
                <Link href="/login" className="hover:underline">
                  {t("chrome.signIn")}
                </Link>
              </li>
            </ul>
          </div>
          <div>
            <h2 className={heading}>{t("footer.follow")}</h2>
            <ul className="mt-2 space-y-1.5 text-sm">
              <li>
                <a href={publicPath.feed({ kind: "site", edition }, "rss")} className="hover:underline">
                  {t("footer.rss")}
                </a>
              </li>
              {social.map((k) => (
                <li key={k}>
                  <a href={settings.socialLinks[k]} className="hover:underline" rel="me noopener">
                    {t(`social.${k}`)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <p className="border-t border-rule py-4 text-xs text-neutral-600 dark:text-neutral-400">
          {/* The year as a string: as a number the message would group its digits (2,026). */}
          {t("footer.copyright", { year: digits(new Date().getFullYear(), locale), siteName: settings.siteName })}
        </p>
      </div>
    </footer>
  );
}
