import { ErrorMessage } from "@/components/site/error-message";
import { getReaderText } from "@/lib/i18n/reader-language";

// notFound() in a public page (an unknown story, section, author…): rendered inside the site's
// layout, so the masthead and footer are already there.
export default async function SiteNotFound() {
  return <ErrorMessage kind="notFound" text={await getReaderText("en")} edition="en" />;
}
