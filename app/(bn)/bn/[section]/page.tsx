// A Bangla section page: the default edition's page, told its edition (it 404s for a section
// of another edition). Same page, same cache rules.
import type { Metadata } from "next";
import SectionPage, { generateMetadata as metadata } from "../../../(site)/[section]/page";

type Params = { section: string; page?: string };
const inBangla = async (params: Promise<Params>) => ({ ...(await params), edition: "bn" as const });

export const revalidate = 60;
export function generateStaticParams(): Params[] {
  return [];
}

export function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return metadata({ params: inBangla(params) });
}

export default function BanglaSectionPage({ params }: { params: Promise<Params> }) {
  return SectionPage({ params: inBangla(params) });
}
