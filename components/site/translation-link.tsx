import Link from "next/link";
import type { Counterpart } from "@/db/queries/article";
import { publicPath } from "@/lib/routes";

// The switch is worded in the language of the page it sits on (issue 13): a Bangla reader is
// offered the English story in Bangla, and the other way round.
const WORDING: Record<string, string> = {
  en: "এই খবরটি ইংরেজিতে পড়ুন",
  bn: "Read in Bangla",
};

/** "Read this story in the other edition", while its counterpart is published. */
export function TranslationLink({ counterpart }: { counterpart: Counterpart | null }) {
  const live = counterpart?.live;
  if (!live) return null;
  return (
    <p className="mt-3 text-sm print:hidden">
      <Link href={publicPath.story(live)} hrefLang={live.language} rel="alternate" className="text-accent underline">
        {WORDING[live.language] ?? live.language}
      </Link>
    </p>
  );
}
