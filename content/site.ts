import type { SiteConfig } from "./schema";

/**
 * The publication's settings. The origin is written here and nowhere else; every absolute URL is
 * built from it (content/urls.ts). Dates are shown in `timeZone`, never in the server's zone.
 */
export const site = {
  name: "The Meridian Post",
  description: "Independent news and analysis from the Middle East and the world.",
  origin: "https://www.meridianpost.example",
  locale: "en-GB",
  timeZone: "Europe/London",
  social: [
    { network: "x", label: "X", url: "https://x.com/meridianpost", handle: "@meridianpost" },
    { network: "facebook", label: "Facebook", url: "https://www.facebook.com/meridianpost" },
    { network: "instagram", label: "Instagram", url: "https://www.instagram.com/meridianpost" },
    { network: "youtube", label: "YouTube", url: "https://www.youtube.com/@meridianpost" },
    { network: "telegram", label: "Telegram", url: "https://t.me/meridianpost" },
  ],
  foundingDate: "2013",
  contacts: [
    { type: "corrections", email: "corrections@meridianpost.example", description: "To report an error in a story, or ask for a correction." },
    { type: "newsroom", email: "newsroom@meridianpost.example", description: "News tips and press releases; for sensitive information, ask for a secure channel first." },
    { type: "complaints", email: "readers.editor@meridianpost.example", description: "Complaints about our journalism, answered by the readers' editor." },
  ],
} as const satisfies SiteConfig;
