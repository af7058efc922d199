"use client";
import { markAllReadAction } from "@/lib/actions/notifications";
import { ActionMessage } from "./action-message";
import { useFormAction } from "./use-form-action";

export function MarkAllRead() {
  const { state, onSubmit, pending } = useFormAction(markAllReadAction);
  return (
    <form onSubmit={onSubmit}>
      <button type="submit" className="btn-secondary" disabled={pending}>
        Mark all as read
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
