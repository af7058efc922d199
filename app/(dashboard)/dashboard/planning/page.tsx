import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { budgetBetween, newsroomPeople, sectionChoices, undatedBudget, type BudgetLine } from "@/db/queries/planning";
import { getSiteSettings } from "@/db/queries/settings";
import { AssignmentForm } from "@/components/dashboard/assignment-form";
import { StartDraftButton } from "@/components/dashboard/start-draft-button";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { dayRange, parseDay, shiftDay, todayIn } from "@/lib/planning/days";
import { formatClock, formatDate, utcToZonedLocal } from "@/lib/time";
import { STATE_LABELS } from "@/lib/workflow";

export const metadata: Metadata = { title: "Planning" };

type Props = { searchParams: Promise<{ day?: string }> };

const BUDGET_STATE = { pitched: "Pitched", assigned: "Assigned", spiked: "Spiked" } as const;

export default async function PlanningPage({ searchParams }: Props) {
  const user = await requireUser();
  const settings = await getSiteSettings();
  const tz = settings.timeZone;
  const today = todayIn(tz);
  const day = parseDay((await searchParams).day) ?? today;
  const { from, to } = dayRange(day, tz);
  const [due, undated, people, sections] = await Promise.all([
    budgetBetween(from, to),
    undatedBudget(),
    newsroomPeople(),
    sectionChoices(),
  ]);
  const mayAssign = can(user, "planning.assign");
  const me = { id: user.id, name: user.name };
  // A reporter assigns only themselves: the newsroom's emails stay with those who assign.
  const assignable = mayAssign ? people : people.filter((p) => p.id === user.id);
  const formProps = { sections, people: assignable, mayAssign, me, cityLabel: settings.cityLabel };

  const row = (l: BudgetLine) => {
    const mayEdit = can(user, "planning.edit", { ownerId: l.createdById });
    const mayStart =
      !l.storyId &&
      l.state !== "spiked" &&
      (mayAssign || l.assigneeId === user.id || (!l.assigneeId && l.createdById === user.id));
    return (
      <tr
        key={l.id}
        className="border-b border-neutral-200 align-top dark:border-neutral-800"
        data-testid="budget-line"
      >
        <td className="py-2 pr-3 tabular-nums whitespace-nowrap">
          {l.dueAt ? formatClock(l.dueAt, tz, settings.locale).split(",")[0] : "—"}
        </td>
        <td className="py-2 pr-3">
          <p className={`font-semibold ${l.state === "spiked" ? "line-through" : ""}`}>{l.title}</p>
          {l.brief && <p className="text-sm text-neutral-600 dark:text-neutral-400">{l.brief}</p>}
          <p className="text-xs text-neutral-500">
            {[l.sectionName, l.desk, l.printSlot && `Print: ${l.printSlot}`, l.targetWords && `${l.targetWords} words`]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </td>
        <td className="py-2 pr-3">{l.assigneeName ?? "Unassigned"}</td>
        <td className="py-2 pr-3" data-testid="budget-state">
          {l.storyId && l.storyStatus ? STATE_LABELS[l.storyStatus] : BUDGET_STATE[l.state]}
        </td>
        <td className="py-2">
          <div className="flex flex-wrap gap-2">
            {l.storyId ? (
              <DeskLink href={`/dashboard/stories/${l.storyId}`} className="text-accent underline">
                Open the story
              </DeskLink>
            ) : (
              mayStart && <StartDraftButton id={l.id} title={l.title} />
            )}
          </div>
          {mayEdit && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm underline">Edit</summary>
              <div className="mt-2 rounded border border-neutral-200 p-3 dark:border-neutral-800">
                <AssignmentForm
                  {...formProps}
                  values={{
                    id: l.id,
                    title: l.title,
                    brief: l.brief,
                    sectionId: l.sectionId ?? "",
                    desk: l.desk,
                    assigneeId: l.assigneeId ?? "",
                    due: l.dueAt ? utcToZonedLocal(l.dueAt, tz) : "",
                    targetWords: l.targetWords ? String(l.targetWords) : "",
                    printSlot: l.printSlot,
                    state: l.state,
                  }}
                />
              </div>
            </details>
          )}
        </td>
      </tr>
    );
  };

  const table = (lines: BudgetLine[], label: string) => (
    <table className="mt-3 w-full border-collapse text-left text-sm" aria-label={label}>
      <thead>
        <tr className="border-b border-neutral-300 dark:border-neutral-700">
          <th scope="col" className="py-2 pr-3">
            Due
          </th>
          <th scope="col" className="py-2 pr-3">
            Story
          </th>
          <th scope="col" className="py-2 pr-3">
            Who
          </th>
          <th scope="col" className="py-2 pr-3">
            Where it is
          </th>
          <th scope="col" className="py-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{lines.map(row)}</tbody>
    </table>
  );

  return (
    <div className="space-y-8">
      <section>
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-bold">
            Budget for {formatDate(from, tz, settings.locale)}
            {day === today && <span className="ml-2 text-base font-normal text-neutral-500">(today)</span>}
          </h1>
          <nav aria-label="Days" className="flex gap-3 text-sm">
            <DeskLink href={`/dashboard/planning?day=${shiftDay(day, -1)}`} className="underline">
              ← Previous day
            </DeskLink>
            {day !== today && (
              <DeskLink href="/dashboard/planning" className="underline">
                Today
              </DeskLink>
            )}
            <DeskLink href={`/dashboard/planning?day=${shiftDay(day, 1)}`} className="underline">
              Next day →
            </DeskLink>
            <DeskLink href={`/dashboard/planning/calendar?month=${day.slice(0, 7)}`} className="underline">
              Calendar
            </DeskLink>
            {can(user, "checklist.manage") && (
              <DeskLink href="/dashboard/planning/checklist" className="underline">
                Checklist
              </DeskLink>
            )}
          </nav>
        </div>
        {due.length ? table(due, `Due on ${day}`) : <p className="mt-3">Nothing is due this day.</p>}
      </section>
      <section>
        <h2 className="text-lg font-bold">Pitches and stories without a time</h2>
        {undated.length ? table(undated, "Without a time") : <p className="mt-3">None.</p>}
      </section>
      <section>
        <h2 className="text-lg font-bold">{mayAssign ? "Add a pitch or an assignment" : "Pitch a story"}</h2>
        <div className="mt-3 max-w-3xl">
          <AssignmentForm {...formProps} values={{ ...EMPTY_FORM, due: `${day}T17:00` }} />
        </div>
      </section>
    </div>
  );
}

const EMPTY_FORM = {
  title: "",
  brief: "",
  sectionId: "",
  desk: "",
  assigneeId: "",
  due: "",
  targetWords: "",
  printSlot: "",
};
