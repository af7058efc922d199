import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/db/queries/settings";
import { siteOrigin } from "@/lib/site-url";
import "./globals.css";

// Every page reads live data; caching by tag arrives with the reader's-site work.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s — ${settings.siteName}` },
    description: settings.tagline,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <html lang={settings.locale}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
