import type { NewsroomPageSource } from "../schema";

export const page = {
  slug: "masthead",
  title: "Masthead",
  description: "The editors responsible for what The Meridian Post publishes.",
  updated: "2026-12-04T09:00:00+00:00",
  intro: ["The people responsible for what we publish. Write to any of them through the addresses on our contact page."],
  parts: [
    {
      id: "editors",
      heading: "Editors",
      paragraphs: [
        "Editor-in-chief: Amal Haddad",
        "Managing editor: Thomas Reid",
        "Middle East editor: Selin Kaya",
        "World editor: Daniel Okafor",
        "Business editor: Priya Raman",
        "Opinion editor: Marta Novak",
        "Readers' editor: James Whitfield",
      ],
    },
  ],
} as const satisfies NewsroomPageSource;
