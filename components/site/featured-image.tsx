import type { PictureMedia } from "@/lib/media/picture";
import { pictureParts } from "@/lib/media/picture";

/** The article's lead photo: loaded first (it is the largest thing above the fold), never shifting. */
export function FeaturedImage({ image }: { image: PictureMedia }) {
  const p = pictureParts(image);
  const sizes = "(min-width: 48rem) 48rem, 100vw";
  return (
    <figure className="featured-image">
      <picture>
        {p.sources.map((s) => (
          <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
        ))}
        <img
          src={p.img.src}
          srcSet={p.img.srcSet}
          sizes={sizes}
          width={p.img.width}
          height={p.img.height}
          alt={image.alt}
          fetchPriority="high"
          decoding="async"
          className="h-auto w-full"
        />
      </picture>
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
          {image.caption}{" "}
          {image.credit && <span className="credit text-neutral-500 dark:text-neutral-400">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
