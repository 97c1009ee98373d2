import { readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Image } from "./schema";

type Measured = { width: number; height: number } | "missing" | "unreadable";

/**
 * Checks declared images against the files in public/. Many articles share few files, so each file is
 * read once (only its header is parsed).
 */
export function createImageChecker(publicDir: string) {
  const measured = new Map<string, Measured>();

  function measure(src: string): Measured {
    const known = measured.get(src);
    if (known !== undefined) return known;
    let result: Measured;
    try {
      const file = readFileSync(path.join(publicDir, src));
      const size = imageSize(file);
      result = size.width && size.height ? { width: size.width, height: size.height } : "unreadable";
    } catch (error) {
      result = (error as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : "unreadable";
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
