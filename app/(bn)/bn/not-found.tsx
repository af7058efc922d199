import { NotFoundMessage } from "@/components/site/not-found-message";
import { getReaderText } from "@/lib/i18n/reader-language";

// notFound() anywhere under /bn (an unknown story or section): inside the Bangla frame, in
// Bangla, with the Bangla edition's search and front page.
export default async function BanglaNotFound() {
  return <NotFoundMessage text={await getReaderText("bn")} edition="bn" />;
}
