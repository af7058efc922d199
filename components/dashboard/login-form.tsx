"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInMessage } from "@/lib/auth/sign-in-errors";

/**
 * Where to go after signing in: `?callbackUrl=` when it is a path on this site under /dashboard
 * (the editor's "Sign in again" link returns to the same story, issue 12), else the overview.
 * Anything else — another host, `//host`, a backslash trick — is ignored.
 */
function returnPath(): string {
  const raw = new URLSearchParams(window.location.search).get("callbackUrl") ?? "";
  try {
    const url = new URL(raw, window.location.origin);
    if (url.origin === window.location.origin && /^\/dashboard(\/|$)/.test(url.pathname) && !raw.includes("\\"))
      return url.pathname + url.search;
  } catch {
    // Not a URL: fall through to the overview.
  }
  return "/dashboard";
}

export function LoginForm() {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(returnPath());
        router.refresh();
        return;
      }
      setError(signInMessage(result?.error));
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="mt-8 space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="input mt-1" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-semibold">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="input mt-1"
        />
      </div>
      {error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="btn-primary w-full">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
