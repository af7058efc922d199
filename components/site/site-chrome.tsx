import type { ReactNode } from "react";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { DEFAULT_EDITION, type EditionCode } from "@/lib/editions";
import { READER_SCRIPT_PATH } from "@/lib/reader/script-path";
import { Masthead, type CurrentSection } from "./masthead";
import { SiteFooter } from "./site-footer";

/**
 * The frame of every public page: skip link, masthead, the page, footer. Drawn by each edition's
 * (framed) layout, by the section and article pages (which know their section, so the nav marks
 * it), and by the not-found pages, which Next renders outside those, so a 404 looks like the
 * rest of the paper.
 */
export function SiteChrome({
  children,
  text,
  edition = DEFAULT_EDITION,
  current,
}: {
  children: ReactNode;
  text: ReaderText;
  edition?: EditionCode;
  /** The section this page is (or is in), marked in the masthead's nav. */
  current?: CurrentSection;
}) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-2 focus:text-neutral-900"
      >
        {text.t("chrome.skipToContent")}
      </a>
      <Masthead edition={edition} text={text} current={current} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter edition={edition} text={text} />
      {/* The pages' only script: clock, theme, share, view ping (lib/reader/enhance.ts). Marked
          so scripts/serve.ts keeps it when it drops Next's runtime from public pages; here, so
          the 404 page (outside the site's layout) has it too. */}
      <script src={READER_SCRIPT_PATH} defer data-dateline="" />
    </>
  );
}
