import type { ReaderText } from "@/lib/i18n/reader-text";

/** A plain GET form to /search: works without JavaScript, on any page (the 404 page too). */
export function SearchForm({
  text,
  defaultValue = "",
  id = "search-q",
  className = "",
  action = "/search",
}: {
  text: ReaderText;
  defaultValue?: string;
  id?: string;
  className?: string;
  /** The edition's search page (publicPath.search). */
  action?: string;
}) {
  return (
    <form action={action} method="get" role="search" className={`flex gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {text.t("search.label")}
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} className="input min-w-0 flex-1" />
      <button type="submit" className="btn-primary">
        {text.t("search.button")}
      </button>
    </form>
  );
}
