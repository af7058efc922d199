import { ErrorMessage } from "@/components/site/error-message";
import { getReaderText } from "@/lib/i18n/reader-language";

// notFound() anywhere under /bn (an unknown story or section): inside the Bangla frame, in
// Bangla, with the Bangla edition's search and front page.
export default async function BanglaNotFound() {
  return <ErrorMessage kind="notFound" text={await getReaderText("bn")} edition="bn" />;
}
