import type { NewsroomPageSource } from "../schema";

export const page = {
  slug: "ownership",
  title: "Ownership and funding",
  description: "Who owns The Meridian Post, where its money comes from, and how its editorial independence is protected.",
  updated: "2026-12-04T09:00:00+00:00",
  intro: [
    "The Meridian Post is owned by the Meridian Trust, a not-for-profit trust whose only purpose is to keep the publication independent. No shareholder receives a dividend; any surplus is spent on journalism.",
  ],
  parts: [
    {
      id: "funding",
      heading: "Where our money comes from",
      paragraphs: [
        "Our income comes from readers' contributions, advertising, paid content that is labelled as such, and grants from foundations that have no say in what we cover. We list every grant over £10,000 and its funder here each year.",
      ],
    },
    {
      id: "independence",
      heading: "Editorial independence",
      paragraphs: [
        "The editor-in-chief is appointed by the trustees and alone decides what we publish. Neither the trust, nor advertisers, sponsors or funders see stories before publication or may ask for changes to them.",
      ],
    },
  ],
} as const satisfies NewsroomPageSource;
