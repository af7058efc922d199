import type { ReaderText } from "@/lib/i18n/reader-text";

/**
 * Share links that are plain <a href> and work without JavaScript. Copy-link (hidden without
 * JavaScript, app/globals.css) and the phone's own share sheet (shown only where the browser has
 * one) are enhancements the reader script adds (lib/reader/enhance.ts), found by `data-share`.
 * The words the script shows after a copy travel in `data-copied` and `data-copy-prompt`.
 */
export function ShareButtons({ url, title, text }: { url: string; title: string; text: ReaderText }) {
  const { t } = text;
  const u = encodeURIComponent(url);
  const ti = encodeURIComponent(title);
  const links = [
    [t("social.facebook"), `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    [t("social.x"), `https://x.com/intent/post?url=${u}&text=${ti}`],
    [t("share.whatsapp"), `https://wa.me/?text=${ti}%20${u}`],
    [t("social.linkedin"), `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    [t("share.email"), `mailto:?subject=${ti}&body=${u}`],
  ] as const;
  const email = t("share.email");
  return (
    <section
      aria-labelledby="share-heading"
      className="print:hidden"
      data-share=""
      data-share-url={url}
      data-share-title={title}
      data-copied={t("share.copied")}
      data-copy-prompt={t("share.copyPrompt")}
    >
      <h2 id="share-heading" className="text-sm font-bold uppercase tracking-wide">
        {t("share.heading")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {links.map(([name, href]) => (
          <li key={name}>
            <a
              href={href}
              className="btn-secondary inline-block"
              target={name === email ? undefined : "_blank"}
              rel="noopener noreferrer"
            >
              {name}
            </a>
          </li>
        ))}
        <li data-needs-js="">
          <button type="button" className="btn-secondary" data-copy-link="">
            {t("share.copyLink")}
          </button>
        </li>
        <li data-native-share="" hidden>
          <button type="button" className="btn-secondary">
            {t("share.moreOptions")}
          </button>
        </li>
      </ul>
      <p role="status" className="mt-1 text-sm"></p>
    </section>
  );
}
