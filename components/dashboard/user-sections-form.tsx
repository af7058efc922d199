"use client";
import { useState } from "react";
import { setUserSectionsAction } from "@/lib/actions/set-user-sections";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

type Section = { id: string; name: string };

/** The sections a section editor runs: a box per section, saved together. */
export function UserSectionsForm({
  user,
  sections,
  assigned,
}: {
  user: { id: string; name: string };
  sections: Section[];
  assigned: string[];
}) {
  const { state, onSubmit, pending } = useFormAction(setUserSectionsAction);
  const [checked, setChecked] = useState<string[]>(assigned);
  const toggle = (id: string, on: boolean) => setChecked((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  return (
    <form onSubmit={onSubmit} className="mt-2">
      <fieldset>
        <legend className="text-xs font-semibold text-neutral-600 dark:text-neutral-400">
          Sections {user.name} runs
        </legend>
        <input type="hidden" name="userId" value={user.id} />
        {/* One field for the server action: FormData keeps only one value per name there. */}
        <input type="hidden" name="sectionIds" value={checked.join(",")} />
        <div className="flex flex-wrap gap-x-3">
          {sections.map((s) => (
            <label key={s.id} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={checked.includes(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="submit"
        className="btn-secondary mt-1"
        disabled={pending}
        aria-label={`Save sections for ${user.name}`}
      >
        Save sections
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
