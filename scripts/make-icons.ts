/**
 * Writes components/icons/icon-paths.ts from scripts/lib/icon-sources.ts: npm run icons
 * SVGO rounds each path to a tenth of a unit of its 24-unit box (under 0.1 px at the 20 px the icons
 * are drawn) and rewrites it in its shortest form: the sprite every page inlines weighs a third.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { optimize } from "svgo";
import { ICON_SOURCES } from "./lib/icon-sources";

function roundedPath(d: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${d}"/></svg>`;
  const { data } = optimize(svg, { floatPrecision: 1, plugins: [{ name: "preset-default", params: { overrides: { convertPathData: { floatPrecision: 1 } } } }] });
  const rounded = /<path d="([^"]+)"/.exec(data)?.[1];
  if (!rounded) throw new Error(`SVGO returned no path for ${d.slice(0, 40)}…`);
  return rounded;
}

const entries = Object.entries(ICON_SOURCES).map(([name, d]) => `  ${name}: ${JSON.stringify(roundedPath(d))},`);
const file = path.resolve(import.meta.dirname, "..", "components", "icons", "icon-paths.ts");
writeFileSync(
  file,
  `/** 24×24 icon paths, rounded by scripts/make-icons.ts from scripts/lib/icon-sources.ts (npm run icons): do not edit. */
export const ICON_PATHS = {
${entries.join("\n")}
} as const;

export type IconName = keyof typeof ICON_PATHS;
`,
);
console.log(`wrote ${path.relative(process.cwd(), file)} (${entries.length} icons)`);
