import type { SocialLinks } from "@/db/schema";

const LABELS: Record<keyof SocialLinks, string> = {
  facebook: "Facebook",
  x: "X",
  instagram: "Instagram",
  youtube: "YouTube",
  linkedin: "LinkedIn",
  whatsapp: "WhatsApp channel",
  newsletter: "Newsletter",
};

/** The outlet's own channels, from site settings; nothing is shown when none are set. */
export function FollowBlock({ siteName, links }: { siteName: string; links: SocialLinks }) {
  const entries = (Object.keys(LABELS) as (keyof SocialLinks)[]).filter((k) => links[k]);
  if (entries.length === 0) return null;
  return (
    <section
      aria-labelledby="follow-heading"
      className="rounded border border-neutral-200 p-4 print:hidden dark:border-neutral-800"
    >
      <h2 id="follow-heading" className="font-bold">
        Follow {siteName}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-3 text-sm">
        {entries.map((k) => (
          <li key={k}>
            <a href={links[k]} className="underline" rel="me noopener">
              {k === "newsletter" ? "Get the newsletter" : LABELS[k]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
