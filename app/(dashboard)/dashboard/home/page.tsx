import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { arrangeableStories, homeArrangement } from "@/db/queries/home";
import { requireUser } from "@/lib/auth/session";
import { MAX_HOME_SLOTS } from "@/lib/home";
import { can } from "@/lib/permissions";
import { HomeArrangement } from "@/components/dashboard/home-arrangement";

export const metadata: Metadata = { title: "Home page" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomeArrangementPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "homepage.arrange")) forbidden();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const [saved, candidates] = await Promise.all([homeArrangement(), arrangeableStories(50, q || undefined)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Home page</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        Choose the lead and up to {MAX_HOME_SLOTS - 1} top stories. A story that stops being published drops off the
        home page by itself; empty places fill with the newest stories. Each section&apos;s latest stories follow below
        them.
      </p>
      <HomeArrangement saved={saved} candidates={candidates} max={MAX_HOME_SLOTS} query={q} />
    </div>
  );
}
