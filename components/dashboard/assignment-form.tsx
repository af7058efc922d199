"use client";
import { useId, useState } from "react";
import { matchPeople, personLabel, type Assignable } from "@/lib/planning/people";
import { createAssignmentAction, updateAssignmentAction } from "@/lib/actions/planning";
import { BRIEF_MAX, TITLE_MAX } from "@/lib/planning/limits";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

export type AssignmentValues = {
  id?: string;
  title: string;
  brief: string;
  sectionId: string;
  desk: string;
  assigneeId: string;
  /** datetime-local, in the newsroom's zone. */
  due: string;
  targetWords: string;
  printSlot: string;
  state?: "pitched" | "assigned" | "spiked";
};

type Props = {
  values?: AssignmentValues;
  sections: { id: string; name: string }[];
  /** With role and email, so two people of one name are told apart (issue 19, item 18). */
  people: Assignable[];
  /** Editors assign anyone and change the state; reporters pitch and may take a story themselves. */
  mayAssign: boolean;
  me: { id: string; name: string };
  cityLabel: string;
};

const EMPTY: AssignmentValues = {
  title: "",
  brief: "",
  sectionId: "",
  desk: "",
  assigneeId: "",
  due: "",
  targetWords: "",
  printSlot: "",
};

export function AssignmentForm({ values = EMPTY, sections, people, mayAssign, me, cityLabel }: Props) {
  const editing = values.id !== undefined;
  const { state, onSubmit, pending } = useFormAction(editing ? updateAssignmentAction : createAssignmentAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const err = (name: string) =>
    errors[name] ? (
      <p id={id(`${name}-error`)} className="mt-1 text-sm text-red-700 dark:text-red-300">
        {errors[name]}
      </p>
    ) : null;
  const described = (name: string) => (errors[name] ? id(`${name}-error`) : undefined);
  const assignees = mayAssign ? people : people.filter((p) => p.id === me.id);
  const [find, setFind] = useState("");
  const [assigneeId, setAssigneeId] = useState(values.assigneeId);
  // The chosen person stays in the list while the search narrows it.
  const shown = matchPeople(assignees, find).concat(
    assignees.filter((p) => p.id === assigneeId && !matchPeople(assignees, find).includes(p)),
  );
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      {editing && <input type="hidden" name="id" value={values.id} />}
      <div className="sm:col-span-2">
        <label htmlFor={id("title")} className="block text-sm font-semibold">
          Working headline
        </label>
        <input
          id={id("title")}
          name="title"
          defaultValue={values.title}
          required
          maxLength={TITLE_MAX}
          className="input mt-1 w-full"
          aria-describedby={described("title")}
        />
        {err("title")}
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id("brief")} className="block text-sm font-semibold">
          Brief
        </label>
        <textarea
          id={id("brief")}
          name="brief"
          defaultValue={values.brief}
          rows={2}
          maxLength={BRIEF_MAX}
          className="input mt-1 w-full"
          aria-describedby={described("brief")}
        />
        {err("brief")}
      </div>
      <div>
        <label htmlFor={id("assigneeId")} className="block text-sm font-semibold">
          Assigned to
        </label>
        {assignees.length > 1 && (
          <input
            type="search"
            aria-label="Find the person by name, role or email"
            placeholder="Type a name or email"
            value={find}
            onChange={(e) => {
              setFind(e.target.value);
              const found = matchPeople(assignees, e.target.value);
              if (found.length === 1) setAssigneeId(found[0]!.id);
            }}
            className="input mt-1 w-full"
          />
        )}
        <select
          id={id("assigneeId")}
          name="assigneeId"
          value={assigneeId}
          onChange={(e) => setAssigneeId(e.target.value)}
          className="input mt-1 w-full"
          aria-describedby={described("assigneeId")}
        >
          <option value="">{mayAssign ? "Nobody yet" : "Nobody yet (a pitch)"}</option>
          {shown.map((p) => (
            <option key={p.id} value={p.id}>
              {personLabel(p)}
            </option>
          ))}
        </select>
        {err("assigneeId")}
      </div>
      <div>
        <label htmlFor={id("due")} className="block text-sm font-semibold">
          Due ({cityLabel} time)
        </label>
        <input
          id={id("due")}
          name="due"
          type="datetime-local"
          defaultValue={values.due}
          className="input mt-1 w-full"
          aria-describedby={described("due")}
        />
        {err("due")}
      </div>
      <div>
        <label htmlFor={id("sectionId")} className="block text-sm font-semibold">
          Section
        </label>
        <select id={id("sectionId")} name="sectionId" defaultValue={values.sectionId} className="input mt-1 w-full">
          <option value="">None yet</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {err("sectionId")}
      </div>
      <div>
        <label htmlFor={id("desk")} className="block text-sm font-semibold">
          Desk
        </label>
        <input
          id={id("desk")}
          name="desk"
          defaultValue={values.desk}
          placeholder="City desk"
          className="input mt-1 w-full"
          aria-describedby={described("desk")}
        />
        {err("desk")}
      </div>
      <div>
        <label htmlFor={id("targetWords")} className="block text-sm font-semibold">
          Target words
        </label>
        <input
          id={id("targetWords")}
          name="targetWords"
          inputMode="numeric"
          defaultValue={values.targetWords}
          className="input mt-1 w-full"
          aria-describedby={described("targetWords")}
        />
        {err("targetWords")}
      </div>
      <div>
        <label htmlFor={id("printSlot")} className="block text-sm font-semibold">
          Print page and slot
        </label>
        <input
          id={id("printSlot")}
          name="printSlot"
          defaultValue={values.printSlot}
          placeholder="A1 lead"
          className="input mt-1 w-full"
          aria-describedby={described("printSlot")}
        />
        {err("printSlot")}
      </div>
      {editing && mayAssign && (
        <div>
          <label htmlFor={id("state")} className="block text-sm font-semibold">
            State
          </label>
          <select id={id("state")} name="state" defaultValue={values.state} className="input mt-1 w-full">
            <option value="pitched">Pitched</option>
            <option value="assigned">Assigned</option>
            <option value="spiked">Spiked</option>
          </select>
        </div>
      )}
      <div className="sm:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {editing ? "Save" : mayAssign ? "Add to the budget" : "Pitch it"}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
