import "server-only";
import type { Assignable } from "@/lib/planning/people";
import { and, asc, eq, gte, isNull, lt, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { assignments, sections, stories, users, type AssignmentState, type StoryStatus } from "@/db/schema";

export type BudgetLine = {
  id: string;
  title: string;
  brief: string;
  state: AssignmentState;
  desk: string;
  dueAt: Date | null;
  targetWords: number | null;
  printSlot: string;
  sectionId: string | null;
  sectionName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  createdById: string;
  storyId: string | null;
  storyStatus: StoryStatus | null;
};

const assignee = alias(users, "assignee");

function lines() {
  return getDb()
    .select({
      id: assignments.id,
      title: assignments.title,
      brief: assignments.brief,
      state: assignments.state,
      desk: assignments.desk,
      dueAt: assignments.dueAt,
      targetWords: assignments.targetWords,
      printSlot: assignments.printSlot,
      sectionId: assignments.sectionId,
      sectionName: sections.name,
      assigneeId: assignments.assigneeId,
      assigneeName: assignee.name,
      createdById: assignments.createdById,
      storyId: assignments.storyId,
      storyStatus: stories.status,
    })
    .from(assignments)
    .leftJoin(sections, eq(sections.id, assignments.sectionId))
    .leftJoin(assignee, eq(assignee.id, assignments.assigneeId))
    .leftJoin(stories, eq(stories.id, assignments.storyId));
}

/** Everything due in [from, to), earliest first (assignments_due_idx). */
export async function budgetBetween(from: Date, to: Date): Promise<BudgetLine[]> {
  return lines()
    .where(and(gte(assignments.dueAt, from), lt(assignments.dueAt, to)))
    .orderBy(asc(assignments.dueAt), asc(assignments.title));
}

/** Pitches and assignments with no time yet, not spiked. */
export async function undatedBudget(): Promise<BudgetLine[]> {
  return lines()
    .where(and(isNull(assignments.dueAt), ne(assignments.state, "spiked")))
    .orderBy(asc(assignments.createdAt))
    .limit(100);
}

/** Active people, for the assignee list: with role and email, as two may share a name. */
export async function newsroomPeople(): Promise<Assignable[]> {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}

export async function sectionChoices(): Promise<{ id: string; name: string }[]> {
  return getDb().select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.name));
}
