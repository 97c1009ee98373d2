import { devices } from "@playwright/test";
import { withChromium } from "./browser";

/**
 * What a reader's phone downloads for the lead image: a Pixel 7 (412 px wide, DPR 2.625) loads the page
 * in Chromium, and the optimizer's response for the image it picked is weighed.
 */
export async function leadImageOnPhone(url: string): Promise<{ bytes: number; contentType: string; width: number }> {
  return withChromium(async (browser) => {
    const page = await browser.newPage({ ...devices["Pixel 7"] });
    const images = new Map<string, { bytes: number; contentType: string }>();
    page.on("response", async (response) => {
      if (!response.url().includes("/_next/image")) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      images.set(response.url(), { bytes: body.length, contentType: response.headers()["content-type"] ?? "" });
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const lead = page.locator("article figure img").first();
    const currentSrc = await lead.evaluate((img: HTMLImageElement) => img.currentSrc);
    const found = images.get(currentSrc);
    if (!found) throw new Error(`no response recorded for ${currentSrc}`);
    return { ...found, width: Number(new URL(currentSrc).searchParams.get("w")) };
  });
}

/**
 * The element Chromium reports as the Largest Contentful Paint on a Pixel 7 (Lighthouse 12.2.3 cannot
 * name it with this Chromium), described by tag and alt text or text.
 */
export async function lcpElementOnPhone(url: string): Promise<string> {
  return withChromium(async (browser) => {
    const page = await browser.newPage({ ...devices["Pixel 7"] });
    await page.goto(url, { waitUntil: "load" });
    return await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new PerformanceObserver((list) => {
            const element = (list.getEntries().at(-1) as (PerformanceEntry & { element?: Element }) | undefined)?.element;
            const label = element?.getAttribute("alt") ?? element?.textContent?.slice(0, 60) ?? "";
            resolve(element ? `<${element.tagName.toLowerCase()}> ${label}` : "");
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
    );
  });
}

/** Whether the page preloads its web font and the CSS swaps it in over a metric-matched fallback. */
export async function fontLoading(baseUrl: string, path: string): Promise<{ preloaded: boolean; swap: boolean; metricFallback: boolean }> {
  const html = await (await fetch(baseUrl + path)).text();
  const css = (
    await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(async (match) => (await fetch(new URL(match[1] ?? "", baseUrl))).text()))
  ).join("\n");
  return {
    preloaded: /<link rel="preload" href="[^"]+\.woff2" as="font"/.test(html),
    swap: /font-display:\s*swap/.test(css),
    metricFallback: /size-adjust:/.test(css) && /ascent-override:/.test(css),
  };
}
