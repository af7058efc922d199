import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteChrome } from "@/components/site/site-chrome";

// For addresses no route matches, Next renders this under the root layout alone, so it brings
// the site's masthead and footer itself. A notFound() inside the public site is caught by
// app/(site)/not-found.tsx instead, which already sits inside the site's layout.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
