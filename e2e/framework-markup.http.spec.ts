import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { stripFramework } from "../server/strip-framework.mjs";

/**
 * The guard for Next.js and React upgrades. The origin takes the framework out of every page
 * (server/strip-framework.mjs) by recognising how Next.js 16 and React 19 write it: scripts from
 * /_next/, RSC flight data in `self.__next_f`, React's markers. If an upgrade changes that markup,
 * this fails and says what moved, instead of the runtime silently coming back or a page breaking.
 * It reads every page `next build` prerendered for the build under test.
 */
const APP_DIR = path.join(process.cwd(), ".next", "server", "app");
const prerendered = readdirSync(APP_DIR, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
  .map((entry) => path.join(entry.parentPath, entry.name));

test("every prerendered page still has the framework markup the origin takes out, and nothing of it is left after", () => {
  expect(prerendered.length).toBeGreaterThan(10);
  for (const file of prerendered) {
    const name = path.relative(APP_DIR, file);
    const { html, report } = stripFramework(readFileSync(file, "utf8"));
    expect(report.frameworkScripts, `${name}: no <script src="/_next/…">: Next.js loads its runtime some other way now`).toBeGreaterThan(0);
    expect(report.flightData, `${name}: no inline self.__next_f script: Next.js carries its RSC payload some other way now`).toBeGreaterThan(0);
    expect(report.unrecognizedScripts, `${name}: inline scripts that are neither Next.js's nor React's as server/strip-framework.mjs knows them`).toEqual([]);
    expect(report.pendingBoundaries, `${name}: Suspense content left behind its fallback`).toBe(0);
    expect(html, `${name}: a script of Next.js's is still named in the page`).not.toMatch(/\/_next\/static\/[^"'\s]+\.js/);
    expect(html, `${name}: flight data is still in the page`).not.toContain("__next_f");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    for (const tag of scripts) expect(tag, `${name}: a script that is neither data nor an island`).toMatch(/type="application\/ld\+json"|src="\/islands\//);
  }
});
