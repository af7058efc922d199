import { DeskLink } from "@/components/dashboard/desk-link";
import { STORY_GONE } from "@/lib/errors";
import { KeptCopyForPath } from "@/components/editor/kept-copy";

export default function DashboardNotFound() {
  return (
    <div className="py-10">
      <h1 className="text-2xl font-bold">Story not found</h1>
      <p className="mt-2">{STORY_GONE}</p>
      <div className="mt-4">
        <KeptCopyForPath />
      </div>
      <p className="mt-4">
        <DeskLink href="/dashboard/stories" className="text-accent underline">
          Back to the story list
        </DeskLink>
      </p>
    </div>
  );
}
