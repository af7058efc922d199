// Page N of the list at ../../ (next.config.ts rewrites ?page=N here); same page, same cache rules.
import SectionPage from "../../page";

export { generateMetadata } from "../../page";
export const revalidate = 60;
export function generateStaticParams(): { section: string; page: string }[] {
  return [];
}

export default SectionPage;
