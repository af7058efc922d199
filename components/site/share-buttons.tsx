"use client";
import { useState, useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/** Share links that work without JavaScript, plus copy-link and the phone's own share sheet. */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    ["Facebook", `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ["X", `https://x.com/intent/post?url=${u}&text=${t}`],
    ["WhatsApp", `https://wa.me/?text=${t}%20${u}`],
    ["LinkedIn", `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ["Email", `mailto:?subject=${t}&body=${u}`],
  ] as const;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Link copied");
    } catch {
      setCopied("Copy this link: " + url);
    }
  };
  // False on the server and during hydration, then the browser's answer: no mismatch.
  const canShare = useSyncExternalStore(
    noSubscribe,
    () => "share" in navigator,
    () => false,
  );
  return (
    <section aria-labelledby="share-heading" className="print:hidden">
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
        <li>
          <button type="button" className="btn-secondary" onClick={copy}>
            Copy link
          </button>
        </li>
        {canShare && (
          <li>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void navigator.share({ title, url }).catch(() => {})}
            >
              More options…
            </button>
          </li>
        )}
      </ul>
      <p role="status" className="mt-1 text-sm">
        {copied ?? ""}
      </p>
    </section>
  );
}
