import { describe, expect, it } from "vitest";
import { compareLatestFirst, createCatalog } from "./queries";
import { testContext, testEntry } from "./test-support/fixtures";

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "+00:00");
const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

function catalogOf(entries: ReturnType<typeof testEntry>[]) {
  return createCatalog([...entries].sort(compareLatestFirst), testContext());
}

describe("related stories", () => {
  const story = testEntry("geneva-talks", day(100), "world", ["Syria", "Geneva-2 talks"]);
  const entries = [
    story,
    testEntry("same-rare-topic", day(98), "business", ["Geneva-2 talks"]),
    testEntry("both-topics", day(90), "world", ["Syria", "Geneva-2 talks"]),
    testEntry("common-topic", day(101), "world", ["Syria"]),
    testEntry("section-only", day(100), "world", ["Oil"]),
    testEntry("far-away-both", day(2000), "world", ["Syria", "Geneva-2 talks"]),
    ...Array.from({ length: 20 }, (_, i) => testEntry(`syria-${i}`, day(200 + i * 30), "business", ["Syria"])),
  ];
  const catalog = catalogOf(entries);

  it("ranks shared rare topics over common ones, the same section a little, and nearness in time", () => {
    expect(slugs(catalog.related("geneva-talks", 4))).toEqual(["both-topics", "same-rare-topic", "common-topic", "section-only"]);
  });

  it("never includes the story itself, and stops at what there is", () => {
    const lonely = catalogOf([testEntry("alone", day(1), "world", ["Nothing else"])]);
    expect(lonely.related("alone", 4)).toEqual([]);
    expect(slugs(catalog.related("geneva-talks", 100))).not.toContain("geneva-talks");
    expect(catalog.related("no-such-story", 4)).toEqual([]);
  });

  it("reads a window of each list, so an archive's size does not change the cost", () => {
    // 2,000 stories on the topic: still only neighbours in time are candidates.
    const big = catalogOf([story, ...Array.from({ length: 2000 }, (_, i) => testEntry(`topic-${i}`, day(i), "business", ["Syria"]))]);
    const related = big.related("geneva-talks", 4);
    expect(related).toHaveLength(4);
    for (const article of related) expect(Math.abs(Date.parse(article.published) - Date.parse(day(100)))).toBeLessThanOrEqual(30 * 86_400_000);
  });
});
