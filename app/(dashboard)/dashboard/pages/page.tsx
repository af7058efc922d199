import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { forbidden } from "next/navigation";
import { listSitePages } from "@/db/queries/site-pages";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { SitePageForm } from "@/components/dashboard/site-page-form";

export const metadata: Metadata = { title: "Pages" };

export default async function SitePagesAdmin() {
  const user = await requireUser();
  if (!can(user, "settings.manage")) forbidden();
  const pages = await listSitePages();
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Pages</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        The outlet&apos;s own pages, linked from the footer of every public page. Write plain paragraphs separated by a
        blank line; a single line break stays a line break (for an address or phone numbers).
      </p>
      <div className="mt-6 space-y-10">
        {pages.map((p) => (
          <section key={p.slug} aria-labelledby={`page-${p.slug}-heading`}>
            <h2 id={`page-${p.slug}-heading`} className="text-lg font-bold">
              {p.label}{" "}
              <DeskLink href={p.path} className="text-sm font-normal text-neutral-600 underline dark:text-neutral-400">
                {p.path}
              </DeskLink>
            </h2>
            <SitePageForm slug={p.slug} title={p.title} body={p.body} />
          </section>
        ))}
      </div>
    </div>
  );
}
