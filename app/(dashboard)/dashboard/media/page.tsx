import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { listMedia, mediaUploaders } from "@/db/queries/media";
import { requireUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/uuid";
import { MediaLibrary } from "@/components/dashboard/media/media-library";

export const metadata: Metadata = { title: "Media library" };

type Search = { q?: string; uploader?: string; from?: string; to?: string; unused?: string; page?: string };

export default async function MediaPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireUser();
  const p = await searchParams;
  const filters = {
    q: p.q,
    uploaderId: p.uploader && isUuid(p.uploader) ? p.uploader : undefined,
    from: p.from,
    to: p.to,
    unused: p.unused === "1",
    page: Number(p.page) || 1,
  };
  const [{ items, total, page, pages }, uploaders] = await Promise.all([listMedia(filters), mediaUploaders()]);
  const link = (n: number) => {
    const q = new URLSearchParams(Object.entries({ ...p, page: String(n) }).filter(([, v]) => v) as [string, string][]);
    return `/dashboard/media?${q}`;
  };
  const input = "rounded border border-neutral-300 bg-white p-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Media library</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter images">
        <label className="text-sm">
          <span className="block font-semibold">Search</span>
          <input
            type="search"
            name="q"
            defaultValue={p.q ?? ""}
            placeholder="Caption, credit, alt text, file name"
            className={input}
          />
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Uploaded by</span>
          <select name="uploader" defaultValue={filters.uploaderId ?? ""} className={input}>
            <option value="">Anyone</option>
            {uploaders.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-semibold">From</span>
          <input type="date" name="from" defaultValue={p.from ?? ""} className={input} />
        </label>
        <label className="text-sm">
          <span className="block font-semibold">To</span>
          <input type="date" name="to" defaultValue={p.to ?? ""} className={input} />
        </label>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" name="unused" value="1" defaultChecked={filters.unused} /> Unused only
        </label>
        <button className="rounded bg-neutral-800 px-3 py-1.5 text-sm font-semibold text-white dark:bg-neutral-200 dark:text-neutral-900">
          Filter
        </button>
      </form>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        {total.toLocaleString("en")} {total === 1 ? "image" : "images"}
      </p>
      <MediaLibrary items={items} />
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {page > 1 ? (
            <DeskLink href={link(page - 1)} className="underline">
              Previous
            </DeskLink>
          ) : (
            <span className="opacity-40">Previous</span>
          )}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <DeskLink href={link(page + 1)} className="underline">
              Next
            </DeskLink>
          ) : (
            <span className="opacity-40">Next</span>
          )}
        </nav>
      )}
    </div>
  );
}
