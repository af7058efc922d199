import { ErrorMessage } from "@/components/site/error-message";
import { SiteChrome } from "@/components/site/site-chrome";
import { getReaderText } from "@/lib/i18n/reader-language";

// notFound() in a public page (an unknown story, section, author…): rendered inside the edition's
// root layout, around the (framed) group and the section pages, so it draws the frame itself.
export default async function SiteNotFound() {
  const text = await getReaderText("en");
  return (
    <SiteChrome edition="en" text={text}>
      <ErrorMessage kind="notFound" text={text} edition="en" />
    </SiteChrome>
  );
}
