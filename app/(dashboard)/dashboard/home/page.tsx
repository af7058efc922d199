import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { forbidden } from "next/navigation";
import { arrangeableStories, homeArrangement } from "@/db/queries/home";
import { requireUser } from "@/lib/auth/session";
import { DEFAULT_EDITION, EDITION_CODES, EDITIONS, isEditionCode } from "@/lib/editions";
import { MAX_HOME_SLOTS } from "@/lib/home";
import { can } from "@/lib/permissions";
import { HomeArrangement } from "@/components/dashboard/home-arrangement";

export const metadata: Metadata = { title: "Home page" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomeArrangementPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "homepage.arrange")) forbidden();
  const sp = await searchParams;
  const raw = sp.q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  // Each edition has its own front page: ?edition=bn arranges the Bangla one.
  const edition = isEditionCode(sp.edition) ? sp.edition : DEFAULT_EDITION;
  const [saved, candidates] = await Promise.all([
    homeArrangement(edition),
    arrangeableStories(edition, 50, q || undefined),
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Home page: {EDITIONS[edition].name}</h1>
      <nav aria-label="Editions" className="mt-2 flex gap-4 text-sm">
        {EDITION_CODES.map((code) => (
          <DeskLink
            key={code}
            href={`/dashboard/home?edition=${code}`}
            aria-current={code === edition ? "page" : undefined}
            lang={EDITIONS[code].language}
            className="underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
          >
            {EDITIONS[code].name}
          </DeskLink>
        ))}
      </nav>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        Choose the lead and up to {MAX_HOME_SLOTS - 1} top stories. A story that stops being published drops off the
        home page by itself; empty places fill with the newest stories. Each section&apos;s latest stories follow below
        them.
      </p>
      <HomeArrangement
        key={edition}
        edition={edition}
        saved={saved}
        candidates={candidates}
        max={MAX_HOME_SLOTS}
        query={q}
      />
    </div>
  );
}
