// A Bangla article: the default edition's article page, told its edition (a story answers only
// at its own edition's address). Same page, same cache rules.
import type { Metadata } from "next";
import ArticlePage, { generateMetadata as metadata } from "../../../../(site)/[section]/[slug]/page";

type Params = { section: string; slug: string };
const inBangla = async (params: Promise<Params>) => ({ ...(await params), edition: "bn" as const });

export const revalidate = 300;
export function generateStaticParams(): Params[] {
  return [];
}

export function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return metadata({ params: inBangla(params) });
}

export default function BanglaArticlePage({ params }: { params: Promise<Params> }) {
  return ArticlePage({ params: inBangla(params) });
}
