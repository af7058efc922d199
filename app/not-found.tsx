import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteChrome } from "@/components/site/site-chrome";
import { getReaderText } from "@/lib/i18n/reader-language";

// For addresses no route matches, Next renders this under the root layout alone, so it brings
// the site's masthead and footer itself. A notFound() inside the public site is caught by
// app/(site)/not-found.tsx instead, which already sits inside the site's layout.
export default async function NotFound() {
  const text = await getReaderText();
  return (
    <SiteChrome text={text}>
      <NotFoundMessage text={text} />
    </SiteChrome>
  );
}
