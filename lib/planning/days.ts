// Calendar arithmetic for the budget, in the newsroom's time zone: a "day" is a YYYY-MM-DD as
// the newsroom's clocks read it, and its range is that local midnight to the next.
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/time";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, or null. */
export function parseDay(raw: string | undefined): string | null {
  const m = raw ? DAY.exec(raw) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === raw ? raw : null;
}

export function parseMonth(raw: string | undefined): string | null {
  const m = raw ? MONTH.exec(raw) : null;
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? raw! : null;
}

export function todayIn(timeZone: string, now = new Date()): string {
  return utcToZonedLocal(now, timeZone).slice(0, 10);
}

export function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

/** The instants [from, to) of the newsroom's `day` (a 23- or 25-hour day where clocks change). */
export function dayRange(day: string, timeZone: string): { from: Date; to: Date } {
  return {
    from: zonedLocalToUtc(`${day}T00:00`, timeZone)!,
    to: zonedLocalToUtc(`${shiftDay(day, 1)}T00:00`, timeZone)!,
  };
}

/** The newsroom's day an instant falls on. */
export function dayOf(date: Date, timeZone: string): string {
  return utcToZonedLocal(date, timeZone).slice(0, 10);
}

/** The month as weeks (Sunday first, as Bangladesh's working week begins), blanks as null. */
export function monthGrid(month: string): (string | null)[][] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: first.getUTCDay() }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}
