import type { SocialLinks } from "@/db/schema";
import type { ReaderText } from "@/lib/i18n/reader-text";

const CHANNELS = ["facebook", "x", "instagram", "youtube", "linkedin", "whatsapp", "newsletter"] as const;

/** The outlet's own channels, from site settings; nothing is shown when none are set. */
export function FollowBlock({ siteName, links, text }: { siteName: string; links: SocialLinks; text: ReaderText }) {
  const { t } = text;
  const entries = CHANNELS.filter((k) => links[k]);
  if (entries.length === 0) return null;
  return (
    <section
      aria-labelledby="follow-heading"
      className="rounded border border-neutral-200 p-4 print:hidden dark:border-neutral-800"
    >
      <h2 id="follow-heading" className="font-bold">
        {t("follow.heading", { siteName })}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-3 text-sm">
        {entries.map((k) => (
          <li key={k}>
            <a href={links[k]} className="underline" rel="me noopener">
              {k === "newsletter" ? t("social.getNewsletter") : t(`social.${k}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
