import { expect, test } from "@playwright/test";
import { article as seed } from "@/content/articles/putin-discusses-syria-peace-efforts-with-assad";
import type { SyntheticOptions } from "@/scripts/lib/synthetic-articles";
import { Newsroom } from "@/scripts/lib/newsroom";

/**
 * Related stories under a story, as readers get them (server-rendered, so without JavaScript too) and
 * as publishing changes them: a story published on the running site appears under its neighbours at
 * once, and one taken down leaves them at once.
 */
test.describe.configure({ mode: "serial" });

let newsroom: Newsroom;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  newsroom = await Newsroom.open();
});
test.afterAll(async () => newsroom?.close());

/** Six stories a day apart in World, on three topics in turn: story n shares a topic with n ± 3. */
const OPTIONS: SyntheticOptions = { prefix: "related-story", sections: ["world"], start: new Date("2025-05-01T08:00:00Z"), stepMs: 86_400_000, image: seed.image, topics: 3 };
const story = (index: number) => `related-story-${String(index).padStart(6, "0")}`;

/** The slugs the "Related stories" section of a story's page links to, in order. */
async function relatedTo(slug: string): Promise<string[]> {
  const html = await (await fetch(`${newsroom.url}/world/${slug}`)).text();
  const section = /<section aria-labelledby="related-stories"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  return [...section.matchAll(/<a href="\/world\/([^"]+)"/g)].map((match) => match[1]!);
}

test("a story's page ends with related stories: others on its topics and in its section, never itself", async () => {
  newsroom.writeSynthetic(0, 6, OPTIONS);
  expect(newsroom.publish().status).toBe(0);
  const related = await relatedTo(story(0));
  expect(related).toHaveLength(4);
  expect(related).not.toContain(story(0));
  // The one story sharing its topic comes first; the rest share its section, nearest in time first.
  expect(related[0]).toBe(story(3));
  expect(related.slice(1)).toEqual([story(1), story(2), story(4)]);
});

test("a story published on the running site is related at once; taken down, it is gone at once", async () => {
  await relatedTo(story(3)); // cached by the origin and Next.js before the publish
  newsroom.writeSynthetic(6, 1, OPTIONS); // story 6: the topic of stories 0 and 3, a day after story 5
  expect(newsroom.publish().status).toBe(0);
  expect(await relatedTo(story(3))).toContain(story(6));
  newsroom.removeModule(story(6));
  expect(newsroom.publish().status).toBe(0);
  expect(await relatedTo(story(3))).not.toContain(story(6));
});
