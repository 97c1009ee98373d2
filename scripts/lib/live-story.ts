/**
 * A synthetic live story module, shaped like one an editor keeps open during an event, for the e2e tests
 * and the bench (never in content/): `posts` posts a minute apart from `start`, every tenth a key event,
 * the first pinned when asked, and coverage open unless `end` is given.
 */
import type { SyntheticOptions } from "./synthetic-articles";

export type LiveStoryOptions = {
  slug: string;
  section: string;
  headline: string;
  start: Date;
  posts: number;
  stepMs?: number;
  image: SyntheticOptions["image"];
  end?: Date;
  pinFirst?: boolean;
  summary?: string[];
};

const timestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "+00:00");

/** The time of post `index` (0 the first). */
export const livePostTime = (options: Pick<LiveStoryOptions, "start" | "stepMs">, index: number) => new Date(options.start.getTime() + index * (options.stepMs ?? 60_000));

export function liveStoryModule(options: LiveStoryOptions): string {
  const posts = Array.from({ length: options.posts }, (_, index) => {
    const fields = [
      `id: "post-${index + 1}"`,
      `published: "${timestamp(livePostTime(options, index))}"`,
      ...(index % 10 === 9 ? [`headline: ${JSON.stringify(`Key moment ${index + 1}`)}`, "keyEvent: true"] : []),
      ...(options.pinFirst && index === 0 ? ["pinned: true"] : []),
      `body: [{ type: "paragraph", text: ${JSON.stringify(`Update ${index + 1}: delegations met again as the talks went on. Officials said more would follow.`)} }]`,
    ];
    return `    { ${fields.join(", ")} },`;
  });
  const last = options.posts > 0 ? livePostTime(options, options.posts - 1) : options.start;
  return `import type { ArticleSource } from "../schema";

export const article = {
  slug: ${JSON.stringify(options.slug)},
  kind: "live",
  headline: ${JSON.stringify(options.headline)},
  standfirst: "Follow the talks as they happen.",
  section: ${JSON.stringify(options.section)},
  tags: ["Summit", "Geneva"],
  published: "${timestamp(options.start)}",
  updated: "${timestamp(last)}",
  coverage: { start: "${timestamp(options.start)}"${options.end ? `, end: "${timestamp(options.end)}"` : ""} },
  summary: ${JSON.stringify(options.summary ?? ["Delegations are meeting in Geneva.", "A statement is expected tonight."])},
  byline: { agency: "Agencies" },
  image: { src: ${JSON.stringify(options.image.src)}, width: ${options.image.width}, height: ${options.image.height}, alt: "Stand-in image", caption: "The conference hall", credit: "AP" },
  body: [{ type: "paragraph", text: "We are following the talks live." }],
  posts: [
${posts.join("\n")}
  ],
} as const satisfies ArticleSource;
`;
}
