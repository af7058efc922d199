"use client";
import type { ReactNode } from "react";
import type { Role } from "@/db/schema";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import { setUserActiveAction } from "@/lib/actions/set-user-active";
import { setUserRoleAction } from "@/lib/actions/set-user-role";
import { revokeUserSessionsAction } from "@/lib/actions/sign-out-everywhere";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

type Row = { id: string; name: string; email: string; role: Role; active: boolean };

export function UserRow({ user, isSelf, desks }: { user: Row; isSelf: boolean; desks?: ReactNode }) {
  const { state: roleState, onSubmit: onRoleSubmit, pending: rolePending } = useFormAction(setUserRoleAction);
  const { state: activeState, onSubmit: onActiveSubmit, pending: activePending } = useFormAction(setUserActiveAction);
  const {
    state: revokeState,
    onSubmit: onRevokeSubmit,
    pending: revokePending,
  } = useFormAction(revokeUserSessionsAction);
  return (
    <tr className="border-b border-neutral-200 align-top dark:border-neutral-800" data-email={user.email}>
      <td className="py-2 pr-4 font-semibold">{user.name}</td>
      <td className="py-2 pr-4">{user.email}</td>
      <td className="py-2 pr-4">
        <form onSubmit={onRoleSubmit} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            Role for {user.name}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            defaultValue={user.role}
            className="input w-auto py-1"
            disabled={isSelf}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          {!isSelf && (
            <button
              type="submit"
              className="btn-secondary"
              disabled={rolePending}
              aria-label={`Save role for ${user.name}`}
            >
              Save
            </button>
          )}
        </form>
        <ActionMessage state={roleState} />
        {desks}
      </td>
      <td className="py-2 pr-4">{user.active ? "Active" : "Deactivated"}</td>
      <td className="py-2">
        {!isSelf && (
          <form onSubmit={onActiveSubmit}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="active" value={user.active ? "false" : "true"} />
            <button
              type="submit"
              className="btn-secondary"
              disabled={activePending}
              aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}
            >
              {user.active ? "Deactivate" : "Reactivate"}
            </button>
          </form>
        )}
        <ActionMessage state={activeState} />
        {!isSelf && user.active && (
          <form onSubmit={onRevokeSubmit} className="mt-2">
            <input type="hidden" name="userId" value={user.id} />
            <button
              type="submit"
              className="btn-secondary"
              disabled={revokePending}
              aria-label={`Sign ${user.name} out everywhere`}
            >
              Sign out everywhere
            </button>
          </form>
        )}
        <ActionMessage state={revokeState} />
      </td>
    </tr>
  );
}
