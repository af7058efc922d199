// Who can be assigned a story, as the desk shows them: two staff with one name (there are two
// Nusrat Jahans) must not look alike, so each is shown with role and email and found by either
// (issue 19, item 18). Client-safe and pure.
import type { Role } from "@/db/schema";
import { ROLE_LABELS } from "@/lib/permissions";

export type Assignable = { id: string; name: string; email: string; role: Role };

/** "Nusrat Jahan — Copy editor — nusrat.copy@example.com": what the "Assigned to" list shows. */
export function personLabel(p: Assignable): string {
  return `${p.name} — ${ROLE_LABELS[p.role]} — ${p.email}`;
}

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase().replace(/\s+/g, " ").trim();

/** The people whose name, email or role contains every word typed, in the order given. */
export function matchPeople(people: Assignable[], query: string): Assignable[] {
  const words = fold(query).split(" ").filter(Boolean);
  if (words.length === 0) return people;
  return people.filter((p) => {
    const hay = fold(`${p.name} ${p.email} ${ROLE_LABELS[p.role]}`);
    return words.every((w) => hay.includes(w));
  });
}
