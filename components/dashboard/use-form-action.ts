"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action";

type FormActionFn<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/**
 * Runs a server action from a form's submit event. Unlike `<form action>`, this does not
 * reset the form afterwards, so a person who made a typo keeps what they typed.
 */
export function useFormAction<T>(action: FormActionFn<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, onSubmit, pending };
}
