import { NotFoundMessage } from "@/components/site/not-found-message";

// notFound() in a public page (an unknown story, section, author…): rendered inside the site's
// layout, so the masthead and footer are already there (app/not-found.tsx adds them elsewhere).
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
