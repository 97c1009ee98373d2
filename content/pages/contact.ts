import type { NewsroomPageSource } from "../schema";

export const page = {
  slug: "contact",
  title: "Contact us",
  description: "How to reach The Meridian Post: report an error, send a news tip, or make a complaint.",
  updated: "2026-12-04T09:00:00+00:00",
  intro: [
    "We read everything that is sent to us. To report an error in a story, use the \"Report an error\" link at its foot, or write to the corrections address below and tell us which story and what is wrong.",
  ],
  parts: [],
} as const satisfies NewsroomPageSource;
