// Every distinct address is a page the page cache keeps: a list page's `_page/<x>` that is not
// a real page number (1..500, no signs or leading zeros) is refused here, never rendered or kept.
import { LIST_PAGE_PATH, listPageNumber } from "@/lib/list-pages";
import { safeDecode } from "@/lib/safe-decode";
import { answerText, type Step } from "./step";

export const listPages: Step = {
  name: "list-pages",
  run(x) {
    const m = LIST_PAGE_PATH.exec(x.pathname);
    if (!m) return false;
    const n = safeDecode(m[1]!);
    if (n !== null && listPageNumber(n) !== null) return false;
    answerText(x.res, 404, "Not found");
    return true;
  },
};
