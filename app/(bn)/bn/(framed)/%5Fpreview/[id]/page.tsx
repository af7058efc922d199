// The desk's preview of a Bangla story, inside the Bangla edition's frame (lang="bn", its
// masthead and words): the default edition's preview page, handed the edition (issue 19).
import type { Metadata } from "next";
import StoryPreviewFrame from "@/app/(site)/(framed)/%5Fpreview/[id]/page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "প্রিভিউ", robots: { index: false, follow: false } };

export default function BanglaStoryPreviewFrame({ params }: { params: Promise<{ id: string }> }) {
  return StoryPreviewFrame({ params, edition: "bn" });
}
