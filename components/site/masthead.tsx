import Link from "next/link";
import { listSections } from "@/db/queries/sections";
import { getSiteSettings } from "@/db/queries/settings";
import { formatClock } from "@/lib/time";
import { LiveClock } from "./live-clock";
import { ThemeToggle } from "./theme-toggle";

export async function Masthead() {
  const [settings, sections] = await Promise.all([getSiteSettings(), listSections()]);
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 pt-4 print:hidden">
        {/* On a phone the clock takes its own line under the toggle, in smaller type, with
            room for two lines reserved so it cannot shift the page when a longer date wraps.
            (Its fixed width, which keeps wider screens still as it ticks, would otherwise run
            into the page margin at 320 px.) */}
        <div className="max-sm:order-last max-sm:w-full max-sm:[&>p]:min-h-[2lh] max-sm:[&>p]:min-w-0 max-sm:[&>p]:text-xs">
          <LiveClock
            initial={formatClock(new Date(), settings.timeZone, settings.locale)}
            timeZone={settings.timeZone}
            locale={settings.locale}
            city={settings.cityLabel}
          />
        </div>
        <div className="flex items-center gap-4 max-sm:w-full max-sm:justify-between">
          <ThemeToggle />
          <Link
            href="/login"
            className="text-sm text-neutral-600 underline-offset-2 hover:underline dark:text-neutral-400"
          >
            Newsroom sign-in
          </Link>
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-4 text-center">
        <Link href="/" className="font-serif text-4xl font-bold tracking-tight wrap-break-word sm:text-5xl">
          {settings.siteName}
        </Link>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{settings.tagline}</p>
      </div>
      <nav aria-label="Sections" className="border-t border-neutral-200 print:hidden dark:border-neutral-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap justify-center gap-x-4 gap-y-1 px-4 py-2 text-sm font-semibold sm:gap-x-6">
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/${s.slug}`} className="hover:text-accent">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
