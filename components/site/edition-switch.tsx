import type { ReaderText } from "@/lib/i18n/reader-text";
import { EDITION_CODES, EDITIONS, type EditionCode } from "@/lib/editions";
import { publicPath } from "@/lib/routes";

/**
 * The way to the other editions, on every public page: each named in its own language and
 * marked so (a Bangla name is read by a Bengali voice and drawn with the Bengali face). The link
 * goes through /edition/<code>, which answers with this page's translation when there is one
 * and that edition's front otherwise; the reader script adds `?from=` to it, and without scripts
 * the browser's Referer tells the same (app/edition/[code]/route.ts).
 */
export function EditionSwitch({ edition, text }: { edition: EditionCode; text: ReaderText }) {
  const others = EDITION_CODES.filter((code) => code !== edition);
  if (others.length === 0) return null;
  return (
    <nav aria-label={text.t("chrome.editions")}>
      <ul className="flex gap-3 text-sm font-semibold">
        {others.map((code) => (
          <li key={code}>
            <a
              href={publicPath.editionSwitch(code)}
              lang={EDITIONS[code].language}
              hrefLang={EDITIONS[code].language}
              data-edition-switch=""
              translate="no"
              className="edition-name underline-offset-2 hover:underline"
            >
              {EDITIONS[code].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
