// The columns a page needs to show a library image (a PictureMedia), for every query that joins media.
import { media } from "@/db/schema";

export const pictureColumns = {
  id: media.id,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  width: media.width,
  height: media.height,
  files: media.files,
};
