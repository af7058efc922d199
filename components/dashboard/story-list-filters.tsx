// A plain GET form: filtering works without JavaScript, and every filtered list has a URL
// that can be bookmarked or shared. Submitting starts again at the first page.
import { EDITION_CODES, EDITIONS } from "@/lib/editions";
import { DeskLink } from "@/components/dashboard/desk-link";
import type { StoryStatus } from "@/db/schema";
import { STATE_LABELS, STATES } from "@/lib/workflow";

type Option = { slug: string; name: string };

export type StoryListFilterValues = {
  tab: string;
  q: string;
  state: StoryStatus | "";
  section: string;
  edition: string;
  author: string;
  sort: "updated" | "headline";
};

type Props = {
  values: StoryListFilterValues;
  /** False on tabs that already fix the state (review queue, scheduled, published). */
  showState: boolean;
  sections: Option[];
  authors: Option[];
};

export function StoryListFilters({ values, showState, sections, authors }: Props) {
  return (
    <form
      method="get"
      action="/dashboard/stories"
      role="search"
      aria-label="Filter stories"
      className="mt-4 flex flex-wrap items-end gap-3 text-sm"
    >
      <input type="hidden" name="tab" value={values.tab} />
      <div className="min-w-48 flex-1">
        <label htmlFor="filter-q" className="block font-semibold">
          Headline contains
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={values.q} className="input mt-1" />
      </div>
      {showState && (
        <Select
          id="filter-state"
          name="state"
          label="State"
          value={values.state}
          anyLabel="Any state"
          options={STATES.map((s) => ({ slug: s, name: STATE_LABELS[s] }))}
        />
      )}
      <Select
        id="filter-edition"
        name="edition"
        label="Edition"
        value={values.edition}
        anyLabel="Any edition"
        options={EDITION_CODES.map((code) => ({ slug: code, name: EDITIONS[code].name }))}
      />
      <Select
        id="filter-section"
        name="section"
        label="Section"
        value={values.section}
        anyLabel="Any section"
        options={sections}
      />
      <Select
        id="filter-author"
        name="author"
        label="Byline"
        value={values.author}
        anyLabel="Any author"
        options={authors}
      />
      <Select
        id="filter-sort"
        name="sort"
        label="Sort by"
        value={values.sort}
        options={[
          { slug: "updated", name: "Last updated" },
          { slug: "headline", name: "Headline A–Z" },
        ]}
      />
      <button type="submit" className="btn-primary">
        Apply
      </button>
      <DeskLink href={`/dashboard/stories?tab=${values.tab}`} className="py-2 underline">
        Clear filters
      </DeskLink>
    </form>
  );
}

function Select(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  anyLabel?: string;
  options: Option[];
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value} className="input mt-1">
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
