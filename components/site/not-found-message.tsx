import Link from "next/link";
import { SearchForm } from "./search-form";

/** What a 404 says, wherever Next renders it (see app/not-found.tsx and app/(site)/not-found.tsx). */
export function NotFoundMessage() {
  return (
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
  );
}
