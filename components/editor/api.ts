// The editor's calls to the story API, with results typed by HTTP status.
import type { ConflictAnswer, Json } from "@/lib/api/story-answers";

export type ApiFailure = {
  status: number;
  error: string;
  fieldErrors?: Record<string, string>;
  current?: Json<ConflictAnswer>;
};
export type ApiResult<T> = ({ ok: true } & T) | ({ ok: false } & ApiFailure);

/** Network failures come back as status 0, so callers can keep work locally and retry. */
export async function call<T>(url: string, method: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: "offline" };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, ...(data as T) };
  return {
    ok: false,
    status: response.status,
    error: String(data.error ?? `The server answered ${response.status}.`),
    fieldErrors: data.fieldErrors as Record<string, string> | undefined,
    current: data.current as ApiFailure["current"],
  };
}
