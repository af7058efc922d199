/**
 * Share links that are plain <a href> and work without JavaScript. Copy-link (hidden without
 * JavaScript, app/globals.css) and the phone's own share sheet (shown only where the browser has
 * one) are enhancements the reader script adds (lib/reader/enhance.ts), found by `data-share`.
 */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    ["Facebook", `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ["X", `https://x.com/intent/post?url=${u}&text=${t}`],
    ["WhatsApp", `https://wa.me/?text=${t}%20${u}`],
    ["LinkedIn", `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ["Email", `mailto:?subject=${t}&body=${u}`],
  ] as const;
  return (
    <section
      aria-labelledby="share-heading"
      className="print:hidden"
      data-share=""
      data-share-url={url}
      data-share-title={title}
    >
      <h2 id="share-heading" className="text-sm font-bold uppercase tracking-wide">
        Share this story
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {links.map(([name, href]) => (
          <li key={name}>
            <a
              href={href}
              className="btn-secondary inline-block"
              target={name === "Email" ? undefined : "_blank"}
              rel="noopener noreferrer"
            >
              {name}
            </a>
          </li>
        ))}
        <li data-needs-js="">
          <button type="button" className="btn-secondary" data-copy-link="">
            Copy link
          </button>
        </li>
        <li data-native-share="" hidden>
          <button type="button" className="btn-secondary">
            More options…
          </button>
        </li>
      </ul>
      <p role="status" className="mt-1 text-sm"></p>
    </section>
  );
}
