import { langOfText } from "@/lib/i18n/language";
import type { ReaderText } from "@/lib/i18n/reader-text";

/** A plain GET form to the edition's search: works without JavaScript, in every masthead and on the search page. */
export function SearchForm({
  text,
  defaultValue = "",
  id = "search-q",
  className = "",
  action = "/search",
  label,
  compact = false,
}: {
  text: ReaderText;
  defaultValue?: string;
  id?: string;
  className?: string;
  /** The edition's search page (publicPath.search). */
  action?: string;
  /** The field's name for screen readers; the search page's own form says just "Search". */
  label?: string;
  /** The masthead's: a narrower field and a small button, on every page. */
  compact?: boolean;
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      // Landmarks of one kind need names of their own (the search page has two search forms).
      aria-label={label ?? text.t("search.label")}
      className={`flex gap-2 ${className}`}
    >
      <label htmlFor={id} className="sr-only">
        {label ?? text.t("search.label")}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        lang={langOfText(defaultValue, text.language)}
        className={compact ? "input min-w-0 flex-1 py-1 text-sm sm:w-44" : "input min-w-0 flex-1"}
      />
      <button type="submit" className={compact ? "btn-secondary py-1 text-sm" : "btn-primary"}>
        {text.t("search.button")}
      </button>
    </form>
  );
}
