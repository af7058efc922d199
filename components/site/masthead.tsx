import Link from "next/link";
import { listSections } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import type { ReaderText } from "@/lib/i18n/reader-text";
import type { EditionCode } from "@/lib/editions";
import { publicPath } from "@/lib/routes";
import { formatClock } from "@/lib/time";
import { LiveClock } from "./live-clock";
import { EditionSwitch } from "./edition-switch";
import { SearchForm } from "./search-form";
import { ThemeToggle } from "./theme-toggle";

/**
 * The section a page belongs to: its own list ("page": the link is this page, pages 2+ too) or
 * an article filed in it ("true": the reader is inside that section).
 */
export type CurrentSection = { slug: string; aria: "page" | "true" };

export async function Masthead({
  edition,
  text,
  current,
}: {
  edition: EditionCode;
  text: ReaderText;
  current?: CurrentSection;
}) {
  const { t, locale } = text;
  const [settings, sections] = await Promise.all([getSiteSettings(edition), listSections(edition)]);
  return (
    <header>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 pt-3 print:hidden">
        {/* The dateline comes first, on a phone too (its own line above the controls), as on a
            paper's front page. On a phone it is set smaller with room for two lines reserved, so
            a longer date that wraps cannot shift the page; its fixed width, which keeps wider
            screens still as it ticks, would otherwise run into the margin at 320 px. */}
        <div className="max-sm:w-full max-sm:[&>p]:min-h-[2lh] max-sm:[&>p]:min-w-0 max-sm:[&>p]:text-xs">
          <LiveClock
            initial={formatClock(new Date(), settings.timeZone, locale)}
            timeZone={settings.timeZone}
            locale={locale}
            city={settings.cityLabel}
          />
        </div>
        <div className="flex items-center gap-4 max-sm:w-full max-sm:justify-between">
          <SearchForm
            text={text}
            id="masthead-q"
            label={t("chrome.search")}
            action={publicPath.search(edition)}
            compact
            className="max-sm:order-last max-sm:w-full"
          />
          <EditionSwitch edition={edition} text={text} />
          <ThemeToggle text={text} />
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 pt-3 pb-3 text-center sm:pt-4 sm:pb-4">
        <Link
          href={publicPath.home(edition)}
          className="font-serif text-[2rem] leading-tight font-bold tracking-tight wrap-break-word sm:text-6xl"
        >
          {settings.siteName}
        </Link>
        <p className="mt-1 font-serif text-sm text-neutral-600 italic sm:text-base dark:text-neutral-400">
          {settings.tagline}
        </p>
      </div>
      <nav aria-label={t("chrome.sectionsNav")} className="mx-auto max-w-6xl px-4 print:hidden">
        {/* A thick rule over a hairline, the classic nameplate underline. */}
        <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 border-y border-t-[3px] border-ink py-2 text-[0.9375rem] font-semibold sm:gap-x-8 sm:text-sm sm:tracking-wide sm:uppercase">
          {sections.map((s) => (
            <li key={s.slug}>
              {/* Marked as papers mark it: the accent colour and a bar under the name. */}
              <Link
                href={publicPath.section(s)}
                aria-current={current?.slug === s.slug ? current.aria : undefined}
                className="hover:text-accent aria-[current]:text-accent aria-[current]:underline aria-[current]:decoration-[3px] aria-[current]:underline-offset-[0.45em]"
              >
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
