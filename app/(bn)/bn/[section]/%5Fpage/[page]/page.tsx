// Page N of a Bangla section (next.config.ts rewrites ?page=N here); same page, same cache rules.
import BanglaSectionPage from "../../page";

export { generateMetadata } from "../../page";
export const revalidate = 60;
export function generateStaticParams(): { section: string; page: string }[] {
  return [];
}

export default BanglaSectionPage;
