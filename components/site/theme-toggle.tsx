import type { ReactNode } from "react";
import type { ReaderText } from "@/lib/i18n/reader-text";
import type { ThemeChoice } from "@/lib/reader/theme-choice";

/*
 * System / light / dark. The choice lives in localStorage; the inline script in components/site/html-document.tsx
 * reads it before the first paint, applies it to <html> and records it in <html data-theme>, so
 * the pressed look (CSS on that attribute) is right from the first paint. The reader script
 * (lib/reader/enhance.ts) stores a click and keeps aria-pressed in step. Without JavaScript the
 * page follows the system theme and the switch, which could do nothing, is not shown
 * (app/globals.css).
 */
const icon = (path: ReactNode) => (
  <svg
    viewBox="0 0 24 24"
    width="18"
    height="18"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {path}
  </svg>
);

const OPTIONS: { value: ThemeChoice; label: "themeSystem" | "themeLight" | "themeDark"; icon: ReactNode }[] = [
  {
    value: "system",
    label: "themeSystem",
    icon: icon(
      <>
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" />
      </>,
    ),
  },
  {
    value: "light",
    label: "themeLight",
    icon: icon(
      <>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </>,
    ),
  },
  {
    value: "dark",
    label: "themeDark",
    icon: icon(<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />),
  },
];

export function ThemeToggle({ text }: { text: ReaderText }) {
  const { t } = text;
  return (
    <div
      role="group"
      aria-label={t("chrome.colourTheme")}
      className="theme-toggle inline-flex rounded-full border border-neutral-300 p-0.5 print:hidden dark:border-neutral-700"
    >
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          data-theme-option={o.value}
          aria-pressed="false"
          title={t(`chrome.${o.label}`)}
          className="inline-flex h-8 w-8 items-center justify-center rounded-full text-neutral-600 hover:text-neutral-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-current dark:text-neutral-400 dark:hover:text-white"
        >
          {o.icon}
          <span className="sr-only">{t(`chrome.${o.label}`)}</span>
        </button>
      ))}
    </div>
  );
}
