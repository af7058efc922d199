import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getSiteSettings } from "@/db/queries/settings";
import { SharePreviews } from "@/components/dashboard/share-previews";
import { requireUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/uuid";
import { storyShare, storySocial } from "@/lib/seo/share";
import { storyPreview } from "@/lib/stories/preview";
import { previewFramePath } from "@/lib/stories/preview-path";

export const metadata: Metadata = { title: "Preview" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string }> };

// The frames render the real article page at these widths; the desktop one is drawn at half size.
const DESKTOP = { width: 1280, height: 1600, scale: 0.5 };
const PHONE = { width: 390, height: 800, scale: 1 };

function Frame({ src, title, size }: { src: string; title: string; size: typeof DESKTOP }) {
  return (
    // On a phone the frames keep their reader widths and scroll sideways inside the page.
    <figure className="max-w-full overflow-x-auto">
      <figcaption className="text-sm font-semibold">
        {title} ({size.width} px)
      </figcaption>
      <div
        className="mt-1 overflow-hidden rounded border border-neutral-300 bg-white dark:border-neutral-700"
        style={{ width: size.width * size.scale, height: size.height * size.scale }}
      >
        <iframe
          src={src}
          title={`${title} preview`}
          width={size.width}
          height={size.height}
          style={{ transform: `scale(${size.scale})`, transformOrigin: "0 0", border: 0 }}
        />
      </div>
    </figure>
  );
}

export default async function StoryPreviewPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const preview = isUuid(id) ? await storyPreview(getDb(), user, id) : null;
  if (!preview) notFound();
  const settings = await getSiteSettings();
  const { article } = preview;
  const share = storyShare(article, settings);
  const social = storySocial(article, settings);
  // The frames name the version so a browser never shows an older preview from its own cache.
  const v = (await searchParams).v;
  const src = previewFramePath(id, article.edition, v);
  const problems = Object.values(preview.problems);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Preview: {article.headline || "Untitled story"}</h1>
        <DeskLink href={`/dashboard/stories/${id}`} className="underline">
          Back to the story
        </DeskLink>
      </div>
      <p role="status" className="rounded bg-amber-50 p-2 text-sm dark:bg-amber-950">
        {preview.pending
          ? "These are your saved changes to a live story. Readers still see the published version until you press Update."
          : preview.status === "published"
            ? "This is the live story as readers see it."
            : "This is how the story will look once it is published. Nothing here is public."}
      </p>
      {problems.length > 0 && (
        <div className="rounded border border-red-300 p-2 text-sm text-red-800 dark:text-red-300">
          <p className="font-semibold">Before it can be published:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex min-w-0 flex-wrap items-start gap-6">
        <Frame src={src} title="Desktop" size={DESKTOP} />
        <Frame src={src} title="Phone" size={PHONE} />
      </div>
      <SharePreviews
        social={social}
        share={share}
        siteName={settings.siteName}
        pageTitle={`${share.title} — ${settings.siteName}`}
      />
    </div>
  );
}
