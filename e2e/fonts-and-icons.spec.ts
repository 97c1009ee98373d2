import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();

test("text is set in Source Serif 4, from the preloaded core and, for other Latin letters, the rest", async ({ page, articlePage }) => {
  await articlePage.goto(article);
  await page.evaluate(async () => {
    const probe = document.createElement("p");
    probe.id = "font-probe";
    probe.className = "font-serif";
    probe.textContent = "Genève, Œuvre, São Paulo";
    document.querySelector("main")?.append(probe);
    await document.fonts.ready;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const familiesOf = async (selector: string) => {
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    // The document may change between the two calls (React settling): then ask again.
    const answer = await cdp.send("CSS.getPlatformFontsForNode", { nodeId }).catch(() => undefined);
    return answer?.fonts.map((font) => font.familyName);
  };
  await expect.poll(() => familiesOf("h1")).toEqual(["Source Serif 4"]);
  await expect.poll(() => familiesOf(".article-body p")).toEqual(["Source Serif 4"]);
  await expect.poll(() => familiesOf("#font-probe")).toEqual(["Source Serif 4"]);
  const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(preloaded).toHaveLength(2);
  for (const href of preloaded) expect(href).toMatch(/core/);
});

test("Turkish, Azerbaijani and transliterated Arabic are set in Source Serif 4 too, from a file only a page that uses them downloads", async ({ page, articlePage }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  await articlePage.goto(article);
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.filter((font) => font.includes("_ext"))).toEqual([]);

  await page.evaluate(async () => {
    for (const weight of ["400", "700"]) {
      const probe = document.createElement("p");
      probe.id = `ext-probe-${weight}`;
      probe.className = `font-serif font-${weight === "700" ? "bold" : "normal"}`;
      probe.textContent = "Erdoğan, Davutoğlu, İstanbul, Azərbaycan, ṣaḥīḥ, ʿAlī, Qurʾān";
      document.querySelector("main")?.append(probe);
    }
    await document.fonts.ready;
  });
  await expect.poll(() => fonts.filter((font) => font.includes("_ext")).length).toBe(2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  for (const selector of ["#ext-probe-400", "#ext-probe-700"]) {
    await expect
      .poll(async () => {
        const { root } = await cdp.send("DOM.getDocument");
        const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
        const answer = await cdp.send("CSS.getPlatformFontsForNode", { nodeId }).catch(() => undefined);
        return answer?.fonts.map((font) => font.familyName);
      })
      .toEqual(["Source Serif 4"]);
  }
});

test("the favicon is inside the page; the front page also links one search engines can fetch", async ({ page, request, articlePage }) => {
  await articlePage.goto(article);
  const icons = page.locator('link[rel="icon"]');
  await expect(icons).toHaveCount(1);
  await expect(icons).toHaveAttribute("href", /^data:image\/svg\+xml,/);
  await page.goto("/");
  const png = await page.locator('link[rel="icon"][type="image/png"]').getAttribute("href");
  const response = await request.get(png ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});
