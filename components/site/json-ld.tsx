import type { JsonLdObject } from "@/lib/seo/structured-data";

/**
 * schema.org data in a script tag. `<` is escaped so no text in a story, a name or a setting can
 * close the script; U+2028/2029 too, which older parsers take for line ends inside a string.
 */
export function JsonLd({ data }: { data: JsonLdObject }) {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
