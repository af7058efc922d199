// Google's rules for the structured data we publish, written down as a table so a test can hold
// a page to them: for each type, the properties Google requires or recommends, and what a
// value must look like (Search Central's pages for Article, Breadcrumb, Organization, the
// sitelinks search box and ProfilePage). Each rule names the property it checks.
export type Json = Record<string, unknown>;
type Rule = { path: string; level: "required" | "recommended"; check: (value: unknown, node: Json) => string | null };

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

const isAbsoluteUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^\s]+$/.test(v);
const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? null : "must be non-empty text");
const url = (v: unknown) => (isAbsoluteUrl(v) ? null : `must be an absolute URL, got ${JSON.stringify(v)}`);
const isoDate = (v: unknown) =>
  typeof v === "string" && ISO_WITH_OFFSET.test(v) ? null : `must be ISO 8601 with a time zone, got ${String(v)}`;
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const imageUrl = (i: unknown) => (typeof i === "string" ? i : (i as Json | null)?.url);

/** Google: at least one crawlable image; for Discover and rich results, ideally 1200 px wide. */
function articleImages(v: unknown): string | null {
  const images = list(v);
  if (images.length === 0) return "needs at least one image";
  for (const i of images) if (!isAbsoluteUrl(imageUrl(i))) return `image ${JSON.stringify(i)} has no absolute URL`;
  const sized = images.filter((i): i is Json => typeof i === "object" && i !== null && "width" in i);
  if (sized.length && !sized.some((i) => Number(i.width) >= 1200)) return "no image is at least 1200 px wide";
  // 50,000 pixels is Google's floor for an article image.
  if (sized.some((i) => Number(i.width) * Number(i.height) < 50_000)) return "an image is under 50,000 pixels";
  return null;
}

function authors(v: unknown): string | null {
  const people = list(v) as Json[];
  if (people.length === 0) return "needs an author";
  for (const p of people) {
    if (!["Person", "Organization"].includes(String(p["@type"]))) return "author must be a Person or Organization";
    if (text(p.name)) return "every author needs a name";
    if (url(p.url)) return `author ${String(p.name)} needs a url to their page`;
  }
  return null;
}

function logo(v: unknown): string | null {
  const u = imageUrl(v);
  if (!isAbsoluteUrl(u)) return "needs a logo URL";
  if (/\.svg(\?|$)/i.test(String(u))) return "logo must be a raster image, not SVG";
  const l = v as Json;
  if (typeof l === "object" && ("width" in l || "height" in l) && (Number(l.width) < 112 || Number(l.height) < 112))
    return "logo must be at least 112x112";
  return null;
}

function publisher(v: unknown): string | null {
  const p = v as Json | undefined;
  if (!p || typeof p !== "object") return "needs a publisher";
  return text(p.name) ?? url(p.url) ?? logo(p.logo);
}

function breadcrumbItems(v: unknown): string | null {
  const items = list(v) as Json[];
  if (items.length < 2) return "needs at least two ListItems";
  for (const [i, item] of items.entries()) {
    if (item["@type"] !== "ListItem") return `item ${i + 1} is not a ListItem`;
    if (item.position !== i + 1) return `item ${i + 1} has position ${String(item.position)}`;
    if (text(item.name)) return `item ${i + 1} needs a name`;
    // The last crumb may leave out `item`; every other one must link somewhere.
    if (i < items.length - 1 && url(item.item)) return `item ${i + 1} needs an item URL`;
  }
  return null;
}

function searchAction(v: unknown): string | null {
  const a = v as Json | undefined;
  if (!a || a["@type"] !== "SearchAction") return "needs a SearchAction";
  const target = a.target as Json | string | undefined;
  const template = typeof target === "string" ? target : target?.urlTemplate;
  if (typeof template !== "string" || !template.includes("{search_term_string}"))
    return "target must be a URL template with {search_term_string}";
  if (a["query-input"] !== "required name=search_term_string") return "query-input must name search_term_string";
  return null;
}

function profileEntity(v: unknown): string | null {
  const e = v as Json | undefined;
  if (!e || !["Person", "Organization"].includes(String(e["@type"]))) return "mainEntity must be a Person";
  return text(e.name) ?? url(e.url);
}

export const RULES: Record<string, Rule[]> = {
  NewsArticle: [
    { path: "headline", level: "recommended", check: text },
    { path: "image", level: "recommended", check: articleImages },
    { path: "datePublished", level: "recommended", check: isoDate },
    { path: "dateModified", level: "recommended", check: isoDate },
    { path: "author", level: "recommended", check: authors },
    { path: "publisher", level: "recommended", check: publisher },
  ],
  BreadcrumbList: [{ path: "itemListElement", level: "required", check: breadcrumbItems }],
  WebSite: [
    { path: "url", level: "required", check: url },
    { path: "name", level: "recommended", check: text },
    { path: "potentialAction", level: "required", check: searchAction },
  ],
  NewsMediaOrganization: [
    { path: "name", level: "recommended", check: text },
    { path: "url", level: "recommended", check: url },
    { path: "logo", level: "recommended", check: logo },
    {
      path: "sameAs",
      level: "recommended",
      check: (v) => (list(v).every(isAbsoluteUrl) ? null : "sameAs must be URLs"),
    },
    { path: "publishingPrinciples", level: "recommended", check: url },
    { path: "correctionsPolicy", level: "recommended", check: url },
  ],
  ProfilePage: [{ path: "mainEntity", level: "required", check: profileEntity }],
};

/**
 * Every JSON-LD object on the page (top-level objects, arrays and @graph members). A pattern is
 * enough: the pages escape "<" inside the data, so nothing in it can end the script early.
 */
export function jsonLdOf(html: string): Json[] {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]!);
  return scripts.flatMap((s) => {
    const data = JSON.parse(s) as Json | Json[];
    const top = Array.isArray(data) ? data : [data];
    return top.flatMap((d) => (Array.isArray(d["@graph"]) ? (d["@graph"] as Json[]) : [d]));
  });
}

/** What is wrong with `node` by Google's rules for its type: empty when nothing is. */
export function problems(node: Json): string[] {
  const rules = RULES[String(node["@type"])];
  if (!rules) return [`no rules for type ${String(node["@type"])}`];
  const out: string[] = [];
  if (node["@context"] !== "https://schema.org") out.push("@context must be https://schema.org");
  for (const rule of rules) {
    const value = node[rule.path];
    if (value === undefined) {
      out.push(`${rule.level} property ${rule.path} is missing`);
      continue;
    }
    const problem = rule.check(value, node);
    if (problem) out.push(`${rule.path}: ${problem}`);
  }
  return out;
}
