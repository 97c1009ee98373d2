import type { NewsroomPageSource } from "../schema";

export const page = {
  slug: "about",
  title: "About us",
  description: "Who we are, what we cover and how to reach us: The Meridian Post, independent news from the Middle East and the world.",
  updated: "2026-12-04T09:00:00+00:00",
  intro: [
    "The Meridian Post is an independent news publication covering the Middle East and the world, in English and, where our reporters work in it, in Arabic.",
    "We report what we can verify, say how we know it, and correct what we get wrong in the open. Our editorial standards, who owns and funds us, and who is responsible for what we publish are set out on the pages linked below.",
  ],
  parts: [
    {
      id: "what-we-publish",
      heading: "What we publish",
      paragraphs: [
        "Most of what we publish is news: reports of what happened, checked and attributed. Every other kind of story is labelled above its headline and on every card: analysis, explainers, opinion, editorials and readers' letters, interviews, reviews, obituaries, fact checks and live coverage.",
        "Paid content is labelled \"Paid content\" with the name of whoever paid for it. Our newsroom does not write it.",
      ],
    },
    {
      id: "our-pages",
      heading: "How we work",
      paragraphs: [
        "Our editorial standards cover ethics, verification and fact-checking, unnamed sources, corrections and complaints. Our ownership and funding page says who owns us and where our money comes from; the masthead names the editors responsible.",
      ],
    },
  ],
} as const satisfies NewsroomPageSource;
