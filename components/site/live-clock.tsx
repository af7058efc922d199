/**
 * The newsroom's local time, rendered by the server; the reader script (lib/reader/enhance.ts)
 * finds it by `data-clock` and ticks it in the same zone and locale. A fixed minimum width and
 * tabular figures keep the masthead from shifting as the text changes. Without JavaScript it
 * shows the time of the render, which the page cache keeps within minutes.
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
  return (
    <p
      className="min-w-[19rem] text-sm tabular-nums text-neutral-600 dark:text-neutral-400"
      aria-live="off"
      data-clock=""
      data-time-zone={timeZone}
      data-locale={locale}
    >
      <span className="font-semibold">{city}</span> <span data-testid="newsroom-clock">{initial}</span>
    </p>
  );
}
