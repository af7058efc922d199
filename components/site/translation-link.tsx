import Link from "next/link";
import type { Counterpart } from "@/db/queries/article";
import type { ReaderText } from "@/lib/i18n/reader-text";
import { publicPath } from "@/lib/routes";

// The switch is worded in the language of the page it sits on (issue 13): a Bangla reader is
// offered the English story in Bangla, and the other way round (messages/*.json, story.readIn).

/** "Read this story in the other edition", while its counterpart is published. */
export function TranslationLink({ counterpart, text }: { counterpart: Counterpart | null; text: ReaderText }) {
  const live = counterpart?.live;
  if (!live) return null;
  return (
    <p className="mt-3 text-sm print:hidden">
      <Link href={publicPath.story(live)} hrefLang={live.language} rel="alternate" className="text-accent underline">
        {text.t("story.readIn", { language: live.language })}
      </Link>
    </p>
  );
}
