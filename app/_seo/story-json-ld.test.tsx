import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleView } from "@/components/article/article-view";
import { StoryCard } from "@/components/story/story-card";
import { validateArticles } from "@/content/load";
import type { ArticleSource, StoryKind } from "@/content/schema";
import { STORY_KINDS } from "@/content/story-kinds.mjs";
import { entry, KIND_FIELDS, testContext, validSource } from "@/content/test-support/fixtures";
import { cardKicker } from "@/app/_share/article-card";
import { organizationJsonLd } from "./json-ld";
import { storyJsonLd } from "./story-json-ld";

const { sponsor, review, factCheck } = KIND_FIELDS;

/** A valid story of each kind (live coverage has its own builder and tests). */
function storyOf(kind: Exclude<StoryKind, "live">) {
  const extra: Partial<ArticleSource> =
    kind === "sponsored"
      ? { sponsor }
      : kind === "review"
        ? { review }
        : kind === "factcheck"
          ? { factCheck }
          : kind === "opinion"
            ? { section: "opinion", byline: { authors: ["jane-doe"] } }
            : kind === "editorial" || kind === "letter"
              ? { section: "opinion" }
              : {};
  const { articles, issues } = validateArticles([entry(validSource({ kind, ...extra, sources: [{ title: "Trade figures 2024", url: "https://stats.example/trade" }] }))], testContext());
  expect(issues).toEqual([]);
  return articles[0]!;
}

const typeOf = (node: object) => (node as { "@type": string })["@type"];

describe("structured data by kind of story", () => {
  it("types each kind's article as schema.org does, paid content never a NewsArticle", () => {
    const types = Object.fromEntries(STORY_KINDS.filter((kind) => kind !== "live").map((kind) => [kind, typeOf(storyJsonLd(storyOf(kind))[0]!)]));
    expect(types).toEqual({
      news: "NewsArticle",
      analysis: "AnalysisNewsArticle",
      explainer: "BackgroundNewsArticle",
      opinion: "OpinionNewsArticle",
      editorial: "OpinionNewsArticle",
      letter: "OpinionNewsArticle",
      interview: "NewsArticle",
      review: "NewsArticle",
      obituary: "NewsArticle",
      factcheck: "NewsArticle",
      sponsored: "AdvertiserContentArticle",
    });
    const paid = JSON.stringify(storyJsonLd(storyOf("sponsored")));
    expect(paid).not.toContain("NewsArticle");
    expect(paid).toContain('"sponsor":{"@type":"Organization","name":"Gulf Energy Council"');
  });

  it("carries publishingPrinciples and citations on every story", () => {
    const [node] = storyJsonLd(storyOf("news")) as Record<string, unknown>[];
    expect(node!.publishingPrinciples).toBe("https://www.meridianpost.example/about/standards");
    expect(node!.citation).toEqual([{ "@type": "CreativeWork", name: "Trade figures 2024", url: "https://stats.example/trade" }]);
  });

  it("adds a Review that names what it reviews, and a ClaimReview with the claim, who made it, where, when and the verdict", () => {
    const [, reviewNode] = storyJsonLd(storyOf("review")) as Record<string, unknown>[];
    expect(reviewNode).toMatchObject({ "@type": "Review", itemReviewed: { "@type": "Book", name: "The Long Ceasefire", author: { "@type": "Person", name: "Rana Saleh" } }, reviewRating: { ratingValue: 4, bestRating: 5 } });
    const [, claimNode] = storyJsonLd(storyOf("factcheck")) as Record<string, unknown>[];
    expect(claimNode).toMatchObject({
      "@type": "ClaimReview",
      url: "https://www.meridianpost.example/world/a-valid-story",
      claimReviewed: "Exports doubled last year.",
      author: { "@type": "NewsMediaOrganization" },
      reviewRating: { "@type": "Rating", alternateName: "False" },
      itemReviewed: { "@type": "Claim", author: { name: "The trade minister" }, datePublished: "2024-02-27T12:00:00+00:00", appearance: { url: "https://parliament.example/record/1" } },
    });
  });

  it("gives the publisher its published standards, founding date and contacts", () => {
    const organization = organizationJsonLd() as unknown as Record<string, unknown>;
    for (const property of ["publishingPrinciples", "ethicsPolicy", "correctionsPolicy", "verificationFactCheckingPolicy", "unnamedSourcesPolicy", "ownershipFundingInfo", "masthead", "actionableFeedbackPolicy"]) {
      expect(organization[property], property).toMatch(/^https:\/\/www\.meridianpost\.example\/about/);
    }
    expect(organization.foundingDate).toBe("2013");
    expect(organization.contactPoint).toContainEqual(expect.objectContaining({ "@type": "ContactPoint", contactType: "corrections" }));
  });
});

describe("labels: what readers are told they are reading", () => {
  it("puts the kind's label inside the headline's heading, linked to its hub, on the page and on cards; none for news", () => {
    const page = renderToStaticMarkup(<ArticleView article={storyOf("analysis")} now={Date.parse("2024-03-02T00:00:00Z")} />);
    expect(page).toMatch(/<h1[^>]*><span[^>]*data-kind="analysis"[^>]*><a href="\/analysis"[^>]*>Analysis<\/a><span class="sr-only">: <\/span><\/span>A valid story<\/h1>/);
    const card = renderToStaticMarkup(<StoryCard article={storyOf("factcheck")} headingLevel={2} />);
    expect(card).toMatch(/<h2[^>]*><span[^>]*data-kind="factcheck"[^>]*><a href="\/fact-checks"/);
    expect(renderToStaticMarkup(<StoryCard article={storyOf("news")} headingLevel={2} />)).not.toContain("data-kind");
  });

  it("never shows paid content without its label and sponsor, and marks every sponsor link sponsored", () => {
    const paid = storyOf("sponsored");
    const page = renderToStaticMarkup(<ArticleView article={paid} now={Date.parse("2024-03-02T00:00:00Z")} />);
    expect(page).toContain(">Paid content</a>");
    expect(page).toContain("About paid content");
    const sponsorLinks = [...page.matchAll(/<a href="https:\/\/(?:energy|stats)\.example[^"]*"[^>]*>/g)].map((match) => match[0]);
    expect(sponsorLinks.length).toBe(3);
    for (const link of sponsorLinks) expect(link).toContain('rel="sponsored noopener"');
    const card = renderToStaticMarkup(<StoryCard article={paid} headingLevel={2} />);
    expect(card).toContain(">Paid content</a>");
    expect(card).toContain("Paid for by Gulf Energy Council");
  });
});

describe("share cards say what kind of story they are", () => {
  it("names the kind before the section, paid content alone, and a report by its section", () => {
    expect(cardKicker(storyOf("news"))).toBe("World");
    expect(cardKicker(storyOf("analysis"))).toBe("Analysis · World");
    expect(cardKicker(storyOf("opinion"))).toBe("Opinion");
    expect(cardKicker(storyOf("editorial"))).toBe("Editorial · Opinion");
    expect(cardKicker(storyOf("sponsored"))).toBe("Paid content");
  });
});
