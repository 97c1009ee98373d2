/**
 * npm run preview-link -- <slug> [--valid 48h] [--origin https://…]
 * Prints (as its last line) a private address of the story as it will appear — a draft, or a story
 * scheduled ahead — valid for `--valid` (default 48h; units m, h, d), signed with PREVIEW_SECRET from
 * the environment, the same secret the running site has (server/preview-links.mjs).
 */
import { parseArgs } from "node:util";
import { slugSchema } from "../content/schema";
import { site } from "../content/site";
import { MIN_PREVIEW_SECRET_LENGTH, previewPath, previewSecret } from "../server/preview-links.mjs";

/** "48h" → ms; m, h or d. */
function durationMs(text: string): number | undefined {
  const match = /^(\d+)([mhd])$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "m" | "h" | "d"];
}

function fail(message: string): never {
  console.error(`preview-link: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { valid: { type: "string", default: "48h" }, origin: { type: "string", default: site.origin } } });
const slug = positionals[0];
if (!slug || !slugSchema.safeParse(slug).success) fail("give the story's slug: npm run preview-link -- <slug> [--valid 48h]");
const secret = previewSecret();
if (!secret) fail(`PREVIEW_SECRET must be set (at least ${MIN_PREVIEW_SECRET_LENGTH} characters), the same as the running site's: without it preview links are off`);
const valid = durationMs(values.valid);
if (!valid || valid > 30 * 86_400_000) fail(`--valid must be a duration such as 30m, 48h or 7d, at most 30d (got "${values.valid}")`);
const expires = Math.floor((Date.now() + valid) / 1000);
console.log(`preview of ${slug}, valid until ${new Date(expires * 1000).toISOString()}:`);
console.log(`${values.origin.replace(/\/$/, "")}${previewPath(slug, expires, secret)}`);
