// @ts-check
/**
 * Search engines' crawlers, by the User-Agent they announce. They are not held to the per-client limit
 * on pages that must be rendered (a crawler walking the archive asks for more uncached pages than a
 * reader does); a User-Agent can be forged, so they still pass through admission control, which bounds
 * what any client can make the renderer do. Cached pages are never limited for anyone.
 */
const SEARCH_ENGINE_CRAWLER = /\b(?:Googlebot|Google-InspectionTool|Storebot-Google|GoogleOther|bingbot|Applebot|DuckDuckBot|YandexBot|Baiduspider|Yeti|Qwantbot|SeznamBot|PetalBot)\b/i;

/** @param {string | undefined} userAgent */
export const isSearchEngineCrawler = (userAgent) => SEARCH_ENGINE_CRAWLER.test(userAgent ?? "");
