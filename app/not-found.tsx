import Link from "next/link";
import { SearchForm } from "@/components/site/search-form";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-neutral-600 dark:text-neutral-400">
        The page you asked for is not here. It may have moved, or the link may be mistyped.
      </p>
      <SearchForm className="mt-6 text-left" />
      <p className="mt-6">
        <Link href="/" className="text-accent underline">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
