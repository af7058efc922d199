import type { Byline as BylineData } from "@/db/queries/stories";

/** "By A, B and C". Author pages arrive with the reader's-site work; the names are plain text for now. */
export function Byline({ bylines }: { bylines: BylineData[] }) {
  if (bylines.length === 0) return null;
  const names = bylines.map((b) => b.name);
  const text = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return <p className="text-sm font-semibold">By {text}</p>;
}
