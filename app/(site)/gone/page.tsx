import type { Metadata } from "next";
import Link from "next/link";

// Reached only through scripts/serve.ts's 410 check; never cached, so a story put back live is not
// shadowed by an old copy of this page.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Story removed", robots: { index: false } };

/** Shown, with status 410, at the address of a story the newsroom has taken down (see scripts/serve.ts). */
export default function GonePage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">This story has been removed</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">
        The newsroom has taken this story down. It is no longer available.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-accent underline">
          Go to the front page
        </Link>
      </p>
    </div>
  );
}
