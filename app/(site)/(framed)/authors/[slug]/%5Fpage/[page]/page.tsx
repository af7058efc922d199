// Page N of the list at ../../ (next.config.ts rewrites ?page=N here); same page, same cache rules.
import AuthorPage from "../../page";

export { generateMetadata } from "../../page";
export const revalidate = 60;
export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}

export default AuthorPage;
