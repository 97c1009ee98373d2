/**
 * Synthetic article modules, shaped like real ones, for the scale benchmark and the publishing tests:
 * never in content/, always in a folder of their own. Each is a module an editor could have written,
 * so it goes through the same compile, validation and publishing as a real story.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

export type SyntheticOptions = {
  /** Slugs are "<prefix>-000123". */
  prefix: string;
  sections: readonly string[];
  /** When the first story was published; each next one `stepMs` later. */
  start: Date;
  stepMs: number;
  /** The lead photo every story uses: a file that exists in the public/ folder it is published with. */
  image: { src: string; width: number; height: number };
  /** Tags besides the shared one: "Topic <index % topics>". */
  topics?: number;
  headline?: (index: number) => string;
  /** The slug of the staff writer whose byline story `index` carries; agency copy when undefined. */
  author?: (index: number) => string | undefined;
  /** A draft: never public. */
  draft?: boolean;
  /** When each story expires by itself, if it does. */
  expires?: Date;
};

/** "2024-03-01T09:00:00+00:00" */
const timestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "+00:00");

export function syntheticSlug(prefix: string, index: number): string {
  return `${prefix}-${String(index).padStart(6, "0")}`;
}

export function syntheticArticleModule(index: number, options: SyntheticOptions): { slug: string; section: string; source: string } {
  const slug = syntheticSlug(options.prefix, index);
  const section = options.sections[index % options.sections.length] ?? "world";
  const published = timestamp(new Date(options.start.getTime() + index * options.stepMs));
  const headline = options.headline?.(index) ?? `Synthetic story ${index}: talks resume after a week of shuttle diplomacy`;
  const paragraphs = Array.from(
    { length: 12 },
    (_, p) => `    { type: "paragraph", text: ${JSON.stringify(`Paragraph ${p + 1} of synthetic story ${index}: the talks resumed after a week of shuttle diplomacy, officials said, and both delegations expect a statement within days.`)} },`,
  );
  const source = `import type { ArticleSource } from "../schema";

export const article = {
  slug: ${JSON.stringify(slug)},
  headline: ${JSON.stringify(headline)},
  standfirst: "A generated article, shaped like a real one.",
  section: ${JSON.stringify(section)},
  tags: ["Benchmark", "Topic ${index % (options.topics ?? 50)}"],
  published: "${published}",
  updated: "${published}",${options.expires ? `
  expires: "${timestamp(options.expires)}",` : ""}${options.draft ? `
  status: "draft",` : ""}
  byline: ${options.author?.(index) ? `{ authors: [${JSON.stringify(options.author(index))}] }` : `{ agency: "Agencies" }`},
  source: "Agencies",
  image: {
    src: ${JSON.stringify(options.image.src)},
    width: ${options.image.width},
    height: ${options.image.height},
    alt: "Stand-in image",
    caption: "A caption for synthetic story ${index}",
    credit: "AP",
  },
  body: [
${paragraphs.join("\n")}
  ],
} as const satisfies ArticleSource;
`;
  return { slug, section, source };
}

/** Writes `count` modules (indexes `first` to `first + count - 1`) into `dir`; returns their slugs and sections. */
export function writeSyntheticArticles(dir: string, first: number, count: number, options: SyntheticOptions): { slug: string; section: string }[] {
  mkdirSync(dir, { recursive: true });
  const written: { slug: string; section: string }[] = [];
  for (let index = first; index < first + count; index += 1) {
    const { slug, section, source } = syntheticArticleModule(index, options);
    writeFileSync(path.join(dir, `${slug}.ts`), source);
    written.push({ slug, section });
  }
  return written;
}

/** A plain JPEG of one colour, for a story whose photo must be new to the site. */
export async function writeSolidPhoto(file: string, { width = 1600, height = 1200, colour = "#446688" } = {}): Promise<{ width: number; height: number }> {
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: colour } }).jpeg({ quality: 80 }).toFile(file);
  return { width, height };
}
