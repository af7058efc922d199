import { getSiteSettings } from "@/db/queries/settings";

export async function SiteFooter() {
  const settings = await getSiteSettings();
  return (
    <footer className="mt-12 border-t border-neutral-200 px-4 py-6 text-center text-sm text-neutral-600 print:hidden dark:border-neutral-800 dark:text-neutral-400">
      © {new Date().getFullYear()} {settings.siteName}. Published with Dateline.
    </footer>
  );
}
