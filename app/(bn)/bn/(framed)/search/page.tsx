// The Bangla edition's search: the same page, searching only Bangla stories.
import type { Metadata } from "next";
import SearchPage, { generateMetadata as metadata } from "@/app/(site)/(framed)/search/page";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const params = Promise.resolve({ edition: "bn" as const });

// Every query is its own page: rendered per request, never from the page cache.
export const dynamic = "force-dynamic";

export function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return metadata({ searchParams, params });
}

export default function BanglaSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return SearchPage({ searchParams, params });
}
