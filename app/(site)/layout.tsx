import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/db/queries/settings";
import { feedAlternates } from "@/lib/feed-links";
import { Masthead } from "@/components/site/masthead";
import { SiteFooter } from "@/components/site/site-footer";
import { READER_SCRIPT_PATH } from "@/lib/reader/script-path";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return { alternates: feedAlternates({ kind: "site" }, settings.siteName, "/") };
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:text-neutral-900"
      >
        Skip to content
      </a>
      <Masthead />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
      {/* The pages' only script: clock, theme, share, view ping (lib/reader/enhance.ts). Marked
          so scripts/serve.ts keeps it when it drops Next's runtime from public pages. */}
      <script src={READER_SCRIPT_PATH} defer data-dateline="" />
    </>
  );
}
