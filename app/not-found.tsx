import Link from "next/link";
import { SearchForm } from "@/components/site/search-form";
import { SiteChrome } from "@/components/site/site-chrome";

// Rendered for unknown addresses and every notFound() in the public site, outside the site's
// layout: so it brings the masthead and footer itself.
export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-xl py-14 text-center">
        <h1 className="font-serif text-4xl font-bold">Page not found</h1>
        <p className="mt-3 text-neutral-600 dark:text-neutral-400">
          The page you asked for is not here. It may have moved, or the link may be mistyped.
        </p>
        <SearchForm className="mt-6 text-left" />
        <p className="mt-6">
          <Link href="/" className="text-accent underline">
            Go to the front page
          </Link>
        </p>
      </div>
    </SiteChrome>
  );
}
