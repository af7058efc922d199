import { notFound } from "next/navigation";

// Deeper addresses under /bn match no page; without this they fell through to the root
// not-found page, in English. Here they reach ../../../not-found.tsx, in the Bangla frame.
export default function BanglaNoPage(): never {
  notFound();
}
