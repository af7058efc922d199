// Demo portraits for the seeded authors: a drawn head-and-shoulders figure on a coloured ground
// (SVG rendered by sharp), not a photograph of anyone, uploaded through the real media path.
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Database } from "@/db";
import { authors } from "@/db/schema";
import { updateMedia, uploadImage } from "@/lib/media/library";
import type { MediaStorage } from "@/lib/media/storage";

const GROUNDS = ["#d9c7a7", "#a9c4c9", "#c9b3c4", "#b8c7a1", "#e0b89c", "#a7b4d1", "#cfc2a0", "#b9cdbd", "#d6a9a1"];
const SKIN = ["#8d5a3b", "#a06a45", "#7a4b30", "#b07a52", "#94603f"];
const CLOTH = ["#2f3e46", "#6b2737", "#3d5a80", "#4a5d23", "#5e4b8b", "#7a4e1d"];

function portraitSvg(i: number): string {
  const ground = GROUNDS[i % GROUNDS.length];
  const skin = SKIN[i % SKIN.length];
  const cloth = CLOTH[i % CLOTH.length];
  const hair = i % 2 === 0 ? "#1b1412" : "#2b1d16";
  // Every other figure has long hair falling to the shoulders.
  const long = i % 2 === 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <rect width="800" height="800" fill="${ground}"/>
  <path d="M140 800 C150 600 260 540 400 540 C540 540 650 600 660 800 Z" fill="${cloth}"/>
  <rect x="360" y="440" width="80" height="120" rx="30" fill="${skin}"/>
  ${long ? `<path d="M250 330 C250 170 550 170 550 330 L560 560 C500 590 300 590 240 560 Z" fill="${hair}"/>` : ""}
  <ellipse cx="400" cy="350" rx="120" ry="145" fill="${skin}"/>
  <path d="M278 330 C270 200 530 190 522 330 C500 260 440 240 400 240 C350 240 300 260 278 330 Z" fill="${hair}"/>
</svg>`;
}

/** Uploads a portrait for each seeded author and sets it as their photo. */
export async function seedPortraits(
  db: Database,
  storage: MediaStorage,
  uploader: { id: string; role: "editor" },
): Promise<number> {
  const rows = await db.select({ id: authors.id, slug: authors.slug, name: authors.name }).from(authors);
  let n = 0;
  for (const [i, author] of rows.sort((a, b) => a.slug.localeCompare(b.slug)).entries()) {
    const jpeg = await sharp(Buffer.from(portraitSvg(i)))
      .jpeg({ quality: 85 })
      .toBuffer();
    const media = await uploadImage(db, storage, uploader, { name: `portrait-${author.slug}.jpg`, bytes: jpeg });
    await updateMedia(db, storage, uploader, media.id, {
      alt: `Drawn portrait of ${author.name}`,
      credit: "Illustration: Dateline demo desk",
      focal: { x: 0.5, y: 0.45 },
    });
    await db.update(authors).set({ photoId: media.id }).where(eq(authors.id, author.id));
    n++;
  }
  return n;
}
