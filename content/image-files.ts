import { readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Image } from "./schema";

type Measured = { width: number; height: number } | "missing" | "unreadable";

/**
 * The image at `src` ("/images/articles/x.jpg"): its bytes, or its size where it was measured before
 * (a photo published earlier), or undefined when there is none.
 */
export type ImageReader = (src: string) => Buffer | { width: number; height: number } | undefined;

/** Reads images from a public/ folder. */
export function publicImages(publicDir: string): ImageReader {
  return (src) => {
    try {
      return readFileSync(path.join(publicDir, src));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  };
}

/** The pixel size of an image file's bytes, or undefined when they are not an image. */
export function measureImage(bytes: Buffer): { width: number; height: number; type: string } | undefined {
  try {
    const size = imageSize(bytes);
    return size.width && size.height && size.type ? { width: size.width, height: size.height, type: size.type } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks declared images against the image files (public/ by default; publishing adds photos sent with
 * the stories). Many articles share few files, so each file is read once (only its header is parsed).
 */
export function createImageChecker(source: string | ImageReader) {
  const read = typeof source === "string" ? publicImages(source) : source;
  const measured = new Map<string, Measured>();

  function measure(src: string): Measured {
    const known = measured.get(src);
    if (known !== undefined) return known;
    let result: Measured;
    try {
      const found = read(src);
      const size = Buffer.isBuffer(found) ? measureImage(found) : found;
      result = found === undefined ? "missing" : size ? { width: size.width, height: size.height } : "unreadable";
    } catch {
      result = "unreadable";
    }
    measured.set(src, result);
    return result;
  }

  /** Problems with one image, keyed by the field they concern; empty when the file matches. */
  return function checkImage(image: Image): { field: "src" | "width" | "height"; message: string }[] {
    const file = measure(image.src);
    if (file === "missing") return [{ field: "src", message: `file public${image.src} does not exist` }];
    if (file === "unreadable") return [{ field: "src", message: `file public${image.src} is not a readable image` }];
    const problems: { field: "width" | "height"; message: string }[] = [];
    if (file.width !== image.width) {
      problems.push({ field: "width", message: `declared ${image.width} but public${image.src} is ${file.width} px wide` });
    }
    if (file.height !== image.height) {
      problems.push({ field: "height", message: `declared ${image.height} but public${image.src} is ${file.height} px high` });
    }
    return problems;
  };
}

export type ImageChecker = ReturnType<typeof createImageChecker>;
