import type { Metadata } from "next";
import { DeskLink } from "@/components/dashboard/desk-link";
import { budgetBetween } from "@/db/queries/planning";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { dayOf, dayRange, monthGrid, parseMonth, shiftMonth, todayIn } from "@/lib/planning/days";

export const metadata: Metadata = { title: "Planning calendar" };

type Props = { searchParams: Promise<{ month?: string }> };

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
/** Titles shown in a day's cell before "+ n more". */
const SHOWN = 3;

export default async function PlanningCalendarPage({ searchParams }: Props) {
  await requireUser();
  const settings = await getSiteSettings();
  const tz = settings.timeZone;
  const today = todayIn(tz);
  const month = parseMonth((await searchParams).month) ?? today.slice(0, 7);
  const weeks = monthGrid(month);
  const days = weeks.flat().filter((d): d is string => d !== null);
  const lines = await budgetBetween(dayRange(days[0]!, tz).from, dayRange(days[days.length - 1]!, tz).to);
  const byDay = new Map<string, typeof lines>();
  for (const l of lines) {
    const d = dayOf(l.dueAt!, tz);
    byDay.set(d, [...(byDay.get(d) ?? []), l]);
  }
  const title = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Planning calendar: {title}</h1>
        <nav aria-label="Months" className="flex gap-3 text-sm">
          <DeskLink href={`/dashboard/planning/calendar?month=${shiftMonth(month, -1)}`} className="underline">
            ← Previous month
          </DeskLink>
          <DeskLink href={`/dashboard/planning/calendar?month=${shiftMonth(month, 1)}`} className="underline">
            Next month →
          </DeskLink>
          <DeskLink href="/dashboard/planning" className="underline">
            Today&apos;s budget
          </DeskLink>
        </nav>
      </div>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[42rem] table-fixed border-collapse text-sm">
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col" className="py-1 text-left">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, i) => (
              <tr key={i}>
                {week.map((d, j) => {
                  const items = d ? (byDay.get(d) ?? []) : [];
                  return (
                    <td
                      key={j}
                      className={`h-24 border border-neutral-200 p-1 align-top dark:border-neutral-800 ${d === today ? "bg-amber-50 dark:bg-amber-950" : ""}`}
                    >
                      {d && (
                        <>
                          <DeskLink href={`/dashboard/planning?day=${d}`} className="font-semibold underline">
                            {Number(d.slice(8))}
                            {items.length > 0 && (
                              <span className="ml-1 font-normal text-neutral-500">
                                ({items.length} {items.length === 1 ? "story" : "stories"})
                              </span>
                            )}
                          </DeskLink>
                          <ul className="mt-1 space-y-0.5">
                            {items.slice(0, SHOWN).map((l) => (
                              <li key={l.id} className={`truncate ${l.state === "spiked" ? "line-through" : ""}`}>
                                {l.title}
                              </li>
                            ))}
                            {items.length > SHOWN && (
                              <li className="text-neutral-500">+ {items.length - SHOWN} more</li>
                            )}
                          </ul>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
