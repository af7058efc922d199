import { EDITION_CODES, isEditionCode } from "@/lib/editions";
import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { getSiteSettings } from "@/db/queries/settings";
import {
  defaultTab,
  listStories,
  ownStoriesOnly,
  STORY_TABS,
  storyListFilterOptions,
  type StoryListFilters,
  type StoryTab,
} from "@/db/queries/story-list";
import { requireUser } from "@/lib/auth/session";
import { formatTimestamp } from "@/lib/time";
import { STATE_LABELS, STATES } from "@/lib/workflow";
import { StoryListFilters as FilterForm, type StoryListFilterValues } from "@/components/dashboard/story-list-filters";

export const metadata: Metadata = { title: "Stories" };

const TAB_LABELS: Record<StoryTab, string> = {
  mine: "My stories",
  review: "Review queue",
  scheduled: "Scheduled",
  published: "Published",
  all: "All",
};
const EMPTY: Record<StoryTab, string> = {
  mine: "You have no stories yet. Start one with New story.",
  review: "Nothing is waiting for review.",
  scheduled: "No stories are scheduled.",
  published: "No stories are published yet.",
  all: "There are no stories yet.",
};
const FIXED_STATE_TABS: readonly StoryTab[] = ["review", "scheduled", "published"];

type Params = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<Params> };

/** Only the first value of a repeated parameter counts; anything unknown is ignored. */
function one(params: Params, key: string): string {
  const v = params[key];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function href(values: Record<string, string | undefined>): string {
  const qs = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => Boolean(e[1])));
  return `/dashboard/stories?${qs.toString()}`;
}

export default async function StoriesPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const tab = pick(one(params, "tab"), STORY_TABS) ?? defaultTab(user);
  const showState = !FIXED_STATE_TABS.includes(tab);
  const values: StoryListFilterValues = {
    tab,
    q: one(params, "q").slice(0, 200),
    state: (showState && pick(one(params, "state"), STATES)) || "",
    section: one(params, "section"),
    edition: pick(one(params, "edition"), EDITION_CODES) ?? "",
    author: one(params, "author"),
    sort: pick(one(params, "sort"), ["updated", "headline"] as const) ?? "updated",
  };
  const after = one(params, "after") || undefined;
  const filters: StoryListFilters = {
    tab,
    q: values.q || undefined,
    state: values.state || undefined,
    sectionSlug: values.section || undefined,
    edition: isEditionCode(values.edition) ? values.edition : undefined,
    authorSlug: values.author || undefined,
    sort: values.sort,
    after,
  };
  const [{ rows, nextCursor }, options, settings] = await Promise.all([
    listStories(user, filters),
    storyListFilterOptions(),
    getSiteSettings(),
  ]);
  const when = (d: Date) => formatTimestamp(d, settings.timeZone, settings.locale);
  // Tabs keep the search, section, author and sort; the state filter belongs to one tab.
  const keep = {
    q: values.q,
    section: values.section,
    edition: values.edition,
    author: values.author,
    sort: values.sort === "updated" ? "" : values.sort,
  };
  const filtered = Boolean(values.q || values.state || values.section || values.edition || values.author);

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Stories</h1>
        {/* The route handler creates a draft and answers 303 to its editor, so this works without JS. */}
        <form method="post" action="/api/stories">
          <button type="submit" className="btn-primary">
            New story
          </button>
        </form>
      </div>
      {ownStoriesOnly(user) && (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">You see the stories you created.</p>
      )}
      {user.role === "section_editor" && (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          You see your own stories and those in your sections.
        </p>
      )}
      <nav
        aria-label="Story lists"
        className="mt-4 flex flex-wrap gap-1 border-b border-neutral-300 text-sm font-semibold dark:border-neutral-700"
      >
        {STORY_TABS.map((t) => (
          <DeskLink
            key={t}
            href={href({ tab: t, ...keep })}
            aria-current={t === tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 ${t === tab ? "border-accent text-accent dark:border-red-400 dark:text-red-400" : "border-transparent hover:border-neutral-400"}`}
          >
            {TAB_LABELS[t]}
          </DeskLink>
        ))}
      </nav>
      <FilterForm values={values} showState={showState} sections={options.sections} authors={options.authors} />
      {rows.length === 0 ? (
        <p className="mt-6">{after ? "No more stories." : filtered ? "No stories match these filters." : EMPTY[tab]}</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-2 pr-4">
                Headline
              </th>
              <th scope="col" className="py-2 pr-4">
                State
              </th>
              <th scope="col" className="py-2 pr-4">
                Section
              </th>
              <th scope="col" className="py-2 pr-4">
                Byline
              </th>
              <th scope="col" className="py-2">
                Last updated ({settings.cityLabel})
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <td className="py-2 pr-4">
                  <DeskLink
                    href={`/dashboard/stories/${r.id}`}
                    className="font-semibold underline-offset-2 hover:underline"
                  >
                    {r.headline.trim() || <span className="italic text-neutral-500">(untitled)</span>}
                  </DeskLink>
                  {r.unreadNotes && <Badge>Unread notes</Badge>}
                </td>
                <td className="py-2 pr-4">
                  {STATE_LABELS[r.status]}
                  {r.publishedLate && <Badge>Late</Badge>}
                  {r.status === "scheduled" && r.scheduledFor && (
                    <div className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
                      for <time dateTime={r.scheduledFor.toISOString()}>{when(r.scheduledFor)}</time>
                    </div>
                  )}
                </td>
                <td className="py-2 pr-4">{r.sectionName ?? <span className="text-neutral-500">None</span>}</td>
                <td className="py-2 pr-4">{r.bylines.join(", ")}</td>
                <td className="py-2 tabular-nums">
                  <time dateTime={r.updatedAt.toISOString()}>{when(r.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-4 flex gap-4">
        {after && (
          <DeskLink href={href({ ...values, sort: keep.sort })} className="underline">
            First page
          </DeskLink>
        )}
        {nextCursor && (
          <DeskLink
            href={href({ ...values, sort: keep.sort, after: nextCursor })}
            className="text-accent underline dark:text-red-400"
          >
            Next page
          </DeskLink>
        )}
      </p>
    </div>
  );
}

function Badge({ children }: { children: string }) {
  return (
    <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
      {children}
    </span>
  );
}
