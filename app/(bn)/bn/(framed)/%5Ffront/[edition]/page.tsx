// The Bangla front page: next.config.ts rewrites "/bn" to /bn/_front/home (see the default
// edition's app/(site)/(framed)/%5Ffront for why a home page is a dynamic route). Same page, same cache rules.
import type { Metadata } from "next";
import HomePage, { generateMetadata as metadata } from "@/app/(site)/(framed)/%5Ffront/[edition]/page";

type Params = { edition: string };
const inBangla = async (params: Promise<Params>) => ({ ...(await params), frontOf: "bn" as const });

export const revalidate = 60;
export function generateStaticParams(): Params[] {
  return [];
}

export function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return metadata({ params: inBangla(params) });
}

export default function BanglaHomePage({ params }: { params: Promise<Params> }) {
  return HomePage({ params: inBangla(params) });
}
