// Writes that change what readers see. The write names what it changed on its transaction
// (`changed({ stories: [id] })`); once the transaction has committed, the pages showing it are
// expired here — not by the route, action or loop that called the write — so no caller can
// forget, and a write that rolls back expires nothing.
import type { Database, Tx } from "@/db";
import { expireChanges, type PublicChange } from "./invalidate";

export type { PublicChange };
export type Changed = (change: PublicChange) => void;

export async function publicWrite<T>(db: Database, work: (tx: Tx, changed: Changed) => Promise<T>): Promise<T> {
  const changes: PublicChange[] = [];
  const result = await db.transaction((tx) => work(tx, (change) => changes.push(change)));
  if (changes.length > 0) await expireChanges(db, changes);
  return result;
}
