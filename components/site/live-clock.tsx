"use client";
import { useEffect, useState } from "react";
import { formatClock } from "@/lib/time";

/**
 * The newsroom's local time. The server renders the first value and the client starts from
 * that same string, so hydration matches; it then ticks. A fixed minimum width and tabular
 * figures keep the masthead from shifting as the text changes.
 */
export function LiveClock({
  initial,
  timeZone,
  locale,
  city,
}: {
  initial: string;
  timeZone: string;
  locale: string;
  city: string;
}) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    const tick = () => setText(formatClock(new Date(), timeZone, locale));
    tick();
    const id = setInterval(tick, 15_000);
    return () => clearInterval(id);
  }, [timeZone, locale]);
  return (
    <p className="min-w-[19rem] text-sm tabular-nums text-neutral-600 dark:text-neutral-400" aria-live="off">
      <span className="font-semibold">{city}</span> <span data-testid="newsroom-clock">{text}</span>
    </p>
  );
}
