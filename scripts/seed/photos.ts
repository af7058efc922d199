// Demo pictures for the seeded stories: simple illustrations drawn here (SVG rendered by sharp),
// not photographs, so they are ours to ship. They go through the real upload path, so the
// demo exercises the same variants, crops and storage as a newsroom's own photos.
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Database } from "@/db";
import { stories } from "@/db/schema";
import { updateMedia, uploadImage } from "@/lib/media/library";
import type { MediaStorage } from "@/lib/media/storage";
import { slugify } from "@/lib/slug";

type Scene = {
  headline: string;
  sky: [string, string];
  land: string;
  water?: string;
  sun: string;
  alt: string;
  caption: string;
  focal: { x: number; y: number };
};

const CREDIT = "Illustration: Dateline demo desk";

export const SCENES: Scene[] = [
  {
    headline: "Overnight downpour leaves Mirpur and Shantinagar streets under water",
    sky: ["#5b6b7a", "#a9b4bd"],
    land: "#3c4a52",
    water: "#6f8fa3",
    sun: "#d7dde2",
    alt: "Illustration of a grey rain-heavy sky over a street of low buildings standing in floodwater",
    caption: "Water stood knee-deep in parts of Mirpur by morning.",
    focal: { x: 0.5, y: 0.6 },
  },
  {
    headline: "Metro rail services halted on Uttara–Motijheel line after power fault",
    sky: ["#f0a35e", "#fbe3c0"],
    land: "#2f3e46",
    sun: "#fff4d6",
    alt: "Illustration of an elevated rail line crossing the city at sunrise",
    caption: "The elevated line runs above Rokeya Sarani for much of its length.",
    focal: { x: 0.4, y: 0.5 },
  },
  {
    headline: "Hilsa landings pick up at Chandpur, but prices stay out of reach for many",
    sky: ["#7fb7d6", "#e3f1f8"],
    land: "#4d5f3a",
    water: "#3f7ea6",
    sun: "#fff8dc",
    alt: "Illustration of fishing boats on a wide river under a clear sky",
    caption: "Boats return to the landing ghat at Chandpur.",
    focal: { x: 0.5, y: 0.7 },
  },
  {
    headline: "Traditional boat race returns to the Shitalakshya after a long gap",
    sky: ["#89c2d9", "#f1f7fa"],
    land: "#55733b",
    water: "#2c6e91",
    sun: "#fffbe6",
    alt: "Illustration of long narrow racing boats on a river lined with green banks",
    caption: "Crews of up to fifty rowers raced on the Shitalakshya.",
    focal: { x: 0.5, y: 0.65 },
  },
  {
    headline: "Young painters turn to river life in new group exhibition in Dhanmondi",
    sky: ["#c7a0d9", "#f6ecfa"],
    land: "#6b4f7a",
    water: "#8fa8d9",
    sun: "#fff0f5",
    alt: "Illustration in soft purples of a riverbank at dusk, in the style of a painted canvas",
    caption: "River scenes dominate the new group show.",
    focal: { x: 0.5, y: 0.5 },
  },
];

function sceneSvg(s: Scene, seed: number): string {
  const w = 1600;
  const h = 900;
  let hills = "";
  for (let i = 0; i < 4; i++) {
    const y = 560 + i * 40;
    const amp = 40 + ((seed * 37 + i * 53) % 60);
    hills += `<path d="M0 ${y} Q ${w * 0.25} ${y - amp} ${w * 0.5} ${y} T ${w} ${y} V ${h} H 0 Z" fill="${s.land}" opacity="${0.35 + i * 0.2}"/>`;
  }
  let buildings = "";
  for (let i = 0; i < 14; i++) {
    const bw = 60 + ((seed * 13 + i * 29) % 70);
    const bh = 120 + ((seed * 17 + i * 41) % 220);
    buildings += `<rect x="${i * 118}" y="${640 - bh}" width="${bw}" height="${bh}" fill="${s.land}" opacity="0.85"/>`;
  }
  const water = s.water
    ? `<rect x="0" y="680" width="${w}" height="${h - 680}" fill="${s.water}"/><path d="M0 720 H ${w} M0 770 H ${w} M0 830 H ${w}" stroke="#ffffff" stroke-opacity="0.35" stroke-width="4"/>`
    : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${s.sky[0]}"/><stop offset="1" stop-color="${s.sky[1]}"/></linearGradient></defs>
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  <circle cx="${1100 + (seed % 3) * 80}" cy="220" r="90" fill="${s.sun}" opacity="0.9"/>
  ${buildings}${hills}${water}
</svg>`;
}

/** Uploads the demo illustrations and sets them as featured images. Skips stories that are missing. */
export async function seedPhotos(
  db: Database,
  storage: MediaStorage,
  uploader: { id: string; role: "editor" },
): Promise<number> {
  let n = 0;
  for (const [i, scene] of SCENES.entries()) {
    const [story] = await db
      .select({ id: stories.id })
      .from(stories)
      .where(eq(stories.slug, slugify(scene.headline)));
    if (!story) continue;
    const jpeg = await sharp(Buffer.from(sceneSvg(scene, i + 1)))
      .jpeg({ quality: 88 })
      .toBuffer();
    const row = await uploadImage(db, storage, uploader, {
      name: `${slugify(scene.headline).slice(0, 40)}.jpg`,
      bytes: jpeg,
    });
    await updateMedia(db, storage, uploader, row.id, {
      alt: scene.alt,
      caption: scene.caption,
      credit: CREDIT,
      focal: scene.focal,
    });
    await db.update(stories).set({ featuredImageId: row.id }).where(eq(stories.id, story.id));
    n++;
  }
  return n;
}
