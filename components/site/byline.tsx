import Link from "next/link";
import type { Byline as BylineData } from "@/db/queries/stories";

/** "By A, B and C", each name linking to the author's page. */
export function Byline({ bylines, linked = true }: { bylines: BylineData[]; linked?: boolean }) {
  if (bylines.length === 0) return null;
  const names = bylines.map((b) =>
    linked ? (
      <Link key={b.slug} href={`/authors/${b.slug}`} className="underline-offset-2 hover:underline" rel="author">
        {b.name}
      </Link>
    ) : (
      <span key={b.slug}>{b.name}</span>
    ),
  );
  const joined = names.flatMap((n, i) => (i === 0 ? [n] : [i === names.length - 1 ? " and " : ", ", n]));
  return <p className="text-sm font-semibold">By {joined}</p>;
}
