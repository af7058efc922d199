// What a story looks like where most readers meet it first: a social card (the Facebook, X and
// WhatsApp link preview: image, site, headline, description) and a search result (title,
// address, description), drawn from the very values the page's tags will carry.
import type { SocialShare, StoryShare } from "@/lib/seo/share";
import { siteOrigin } from "@/lib/site-url";
import { clip, displayUrl, SNIPPET_DESCRIPTION_MAX, SNIPPET_TITLE_MAX } from "@/lib/seo/snippet";

type Props = { social: SocialShare; share: StoryShare; siteName: string; pageTitle: string };

export function SharePreviews({ social, share, siteName, pageTitle }: Props) {
  const image = social.images[0];
  // Shares fetch the public address; the desk may be reached at another (a proxy, 127.0.0.1), and
  // its policy loads images only from itself, so our own files are shown by path.
  const origin = siteOrigin();
  const imageSrc = image && image.url.startsWith(`${origin}/`) ? image.url.slice(origin.length) : image?.url;
  const host = new URL(social.url).host;
  const title = clip(pageTitle, SNIPPET_TITLE_MAX);
  const description = clip(share.description, SNIPPET_DESCRIPTION_MAX);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="social-card-heading">
        <h2 id="social-card-heading" className="text-lg font-bold">
          Social card
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          As Facebook, X and WhatsApp show a shared link.
        </p>
        <figure
          data-testid="social-card"
          className="mt-2 max-w-[32rem] overflow-hidden rounded-lg border border-neutral-300 bg-white text-neutral-900 dark:border-neutral-700"
        >
          {image && (
            // eslint-disable-next-line @next/next/no-img-element -- the exact file shares will fetch
            <img src={imageSrc} alt={image.alt} width={image.width} height={image.height} className="h-auto w-full" />
          )}
          <figcaption className="space-y-0.5 bg-neutral-100 p-3">
            <span className="block text-xs tracking-wide text-neutral-600 uppercase">{host}</span>
            <strong data-testid="social-title" className="block leading-snug">
              {social.title}
            </strong>
            <span data-testid="social-description" className="line-clamp-2 block text-sm text-neutral-700">
              {social.description}
            </span>
          </figcaption>
        </figure>
        <p className="mt-1 text-xs text-neutral-500">{siteName}</p>
      </section>
      <section aria-labelledby="snippet-heading">
        <h2 id="snippet-heading" className="text-lg font-bold">
          Search result
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Titles show about {SNIPPET_TITLE_MAX} characters, descriptions about {SNIPPET_DESCRIPTION_MAX}.
        </p>
        <div data-testid="search-snippet" className="mt-2 max-w-[36rem] rounded-lg bg-white p-3 text-neutral-900">
          <p className="text-sm text-neutral-700" data-testid="snippet-url">
            {displayUrl(share.url)}
          </p>
          <p className="text-xl leading-snug text-blue-800" data-testid="snippet-title">
            {title.text}
          </p>
          <p className="text-sm text-neutral-700" data-testid="snippet-description">
            {description.text}
          </p>
        </div>
        {title.cut && (
          <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">
            The title is {[...pageTitle].length} characters; results cut it. Write a shorter SEO title.
          </p>
        )}
      </section>
    </div>
  );
}
