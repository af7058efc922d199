"use client";
import { useSyncExternalStore, type ReactNode } from "react";

/*
 * System / light / dark. The choice lives in localStorage; the inline script in app/layout.tsx
 * reads it before the first paint, applies it to <html>, and re-applies it when this component
 * sends `dateline-theme-change`. The pressed look comes from <html data-theme> (set by that
 * script) so it is right from the first paint; aria-pressed follows once React has hydrated.
 */
const KEY = "dateline-theme";
const EVENT = "dateline-theme-change";

type Choice = "system" | "light" | "dark";

function readChoice(): Choice {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function choose(choice: Choice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, choice);
  } catch {
    // Storage refused (a locked-down browser): nothing to remember, nothing to apply.
    return;
  }
  window.dispatchEvent(new Event(EVENT));
}

const icon = (path: ReactNode) => (
  <svg
    viewBox="0 0 24 24"
    width="18"
    height="18"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {path}
  </svg>
);

const OPTIONS: { value: Choice; label: string; icon: ReactNode }[] = [
  {
    value: "system",
    label: "System theme",
    icon: icon(
      <>
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" />
      </>,
    ),
  },
  {
    value: "light",
    label: "Light theme",
    icon: icon(
      <>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </>,
    ),
  },
  {
    value: "dark",
    label: "Dark theme",
    icon: icon(<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />),
  },
];

export function ThemeToggle() {
  // null on the server and during hydration: the stored choice is only known in the browser.
  const current = useSyncExternalStore(subscribe, readChoice, () => null);
  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="theme-toggle inline-flex rounded-full border border-neutral-300 p-0.5 print:hidden dark:border-neutral-700"
    >
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          data-theme-option={o.value}
          aria-pressed={current === o.value}
          title={o.label}
          onClick={() => choose(o.value)}
          className="inline-flex h-8 w-8 items-center justify-center rounded-full text-neutral-600 hover:text-neutral-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-current dark:text-neutral-400 dark:hover:text-white"
        >
          {o.icon}
          <span className="sr-only">{o.label}</span>
        </button>
      ))}
    </div>
  );
}
