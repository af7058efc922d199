"use client";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import { createUserAction } from "@/lib/actions/create-user";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

export function CreateUserForm() {
  const { state, onSubmit, pending } = useFormAction(createUserAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (name: string, label: string, input: React.ReactNode) => (
    <div>
      <label htmlFor={`new-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      {input}
      {errors[name] && (
        <p id={`new-${name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {errors[name]}
        </p>
      )}
    </div>
  );
  const describedBy = (name: string) => (errors[name] ? `new-${name}-error` : undefined);
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-3" noValidate>
      {field(
        "name",
        "Name",
        <input id="new-name" name="name" required className="input mt-1" aria-describedby={describedBy("name")} />,
      )}
      {field(
        "email",
        "Email",
        <input
          id="new-email"
          name="email"
          type="email"
          required
          className="input mt-1"
          aria-describedby={describedBy("email")}
        />,
      )}
      {field(
        "role",
        "Role",
        <select id="new-role" name="role" defaultValue="reporter" className="input mt-1">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>,
      )}
      {field(
        "password",
        "Password (optional)",
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          className="input mt-1"
          aria-describedby={describedBy("password")}
        />,
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
