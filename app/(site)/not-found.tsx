import { NotFoundMessage } from "@/components/site/not-found-message";
import { getReaderText } from "@/lib/i18n/reader-language";

// notFound() in a public page (an unknown story, section, author…): rendered inside the site's
// layout, so the masthead and footer are already there (app/not-found.tsx adds them elsewhere).
export default async function SiteNotFound() {
  return <NotFoundMessage text={await getReaderText()} />;
}
