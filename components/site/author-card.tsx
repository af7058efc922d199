import type { AuthorProfile } from "@/db/queries/article";
import type { AuthorLinks } from "@/db/schema";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { mediaUrl } from "@/lib/media/picture";

const LINK_LABELS: [key: keyof AuthorLinks, label: string][] = [
  ["website", "Website"],
  ["x", "X"],
  ["facebook", "Facebook"],
  ["linkedin", "LinkedIn"],
  ["email", "Email"],
];

/** Only web addresses and plain email addresses become links: the text is the newsroom's, but a link is a link. */
function hrefFor(key: keyof AuthorLinks, value: string): string | null {
  if (key === "email") return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) ? `mailto:${value}` : null;
  return /^https?:\/\/[^\s"<>]+$/.test(value) ? value : null;
}

/** The top of an author page: portrait, name, role, bio and where else to find them. */
export function AuthorCard({ author, text }: { author: AuthorProfile; text: ReaderText }) {
  const { t } = text;
  const crop = author.photo?.files.crops["1x1"];
  const links = LINK_LABELS.flatMap(([key, label]) => {
    const value = author.links[key];
    const href = value ? hrefFor(key, value) : null;
    return href ? [{ key, label: key === "email" ? value! : label, href }] : [];
  });
  return (
    <header className="flex flex-col gap-5 border-b border-rule pb-6 sm:flex-row sm:items-start">
      {crop && (
        // eslint-disable-next-line @next/next/no-img-element -- the stored square crop, already sized
        <img
          src={mediaUrl(crop.key)}
          width={crop.width}
          height={crop.height}
          alt={author.photo!.alt || t("lists.portraitOf", { name: author.name })}
          className="h-28 w-28 shrink-0 rounded-full object-cover sm:h-36 sm:w-36"
        />
      )}
      <div className="min-w-0">
        <h1 className="font-serif text-4xl leading-tight font-bold">{author.name}</h1>
        {author.role && <p className="mt-1 text-sm font-bold tracking-wider text-accent uppercase">{author.role}</p>}
        {author.bio && (
          <p className="mt-3 max-w-2xl font-serif text-lg leading-relaxed text-neutral-800 dark:text-neutral-200">
            {author.bio}
          </p>
        )}
        {links.length > 0 && (
          <ul
            aria-label={t("lists.authorElsewhere", { name: author.name })}
            className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm"
          >
            {links.map((l) => (
              <li key={l.key}>
                <a
                  href={l.href}
                  className="underline underline-offset-2"
                  rel={l.key === "email" ? undefined : "me noopener"}
                >
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </header>
  );
}
