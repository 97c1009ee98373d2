import { site } from "@/content/site";
import { BASE_URL } from "../playwright.config";

/** A canonical URL on the production origin, fetched from the server under test instead. */
export function local(url: string): string {
  if (!url.startsWith(site.origin)) throw new Error(`${url} is not on ${site.origin}`);
  return BASE_URL + url.slice(site.origin.length);
}

/** The User-Agent strings of the crawlers and unfurlers that read our pages. */
export const CRAWLERS = {
  facebook: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  x: "Twitterbot/1.0",
  whatsapp: "WhatsApp/2.23.20.0 A",
  telegram: "TelegramBot (like TwitterBot)",
  linkedin: "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
  slack: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
  google: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
} as const;
