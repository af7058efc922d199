import { ErrorMessage } from "@/components/site/error-message";
import { SiteChrome } from "@/components/site/site-chrome";
import { getReaderText } from "@/lib/i18n/reader-language";

// notFound() anywhere under /bn (an unknown story or section): inside the Bangla frame, in
// Bangla, with the Bangla edition's search and front page.
export default async function BanglaNotFound() {
  const text = await getReaderText("bn");
  return (
    <SiteChrome edition="bn" text={text}>
      <ErrorMessage kind="notFound" text={text} edition="bn" />
    </SiteChrome>
  );
}
