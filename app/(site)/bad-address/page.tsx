import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/site/search-form";

// Reached only through scripts/serve.ts, with status 400, for an address whose percent-escapes
// cannot be decoded (issue 11, part 5); rendered per request so no cache holds it.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Address not understood", robots: { index: false } };

/** Shown for an address that was cut short or mangled on its way here, e.g. by a messenger. */
export default function BadAddressPage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">This address is incomplete</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">
        Part of the link seems to have been cut off or changed on its way here, so we cannot tell which page you wanted.
        Try searching for the story instead.
      </p>
      <SearchForm className="mt-6 text-left" />
      <p className="mt-6">
        <Link href="/" className="text-accent underline">
          Go to the front page
        </Link>
      </p>
    </div>
  );
}
