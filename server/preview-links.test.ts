import { describe, expect, it } from "vitest";
import { previewIsValid, previewPath, previewSecret, previewSignature } from "./preview-links.mjs";

const SECRET = "preview-secret-for-tests-0000000000000";
const now = Date.parse("2026-12-04T12:00:00Z");
const tomorrow = Math.floor(now / 1000) + 86_400;

describe("preview links", () => {
  const signature = previewSignature("a-story", tomorrow, SECRET);
  const link = { slug: "a-story", expires: String(tomorrow), signature };

  it("is valid as signed, until its expiry", () => {
    expect(previewPath("a-story", tomorrow, SECRET)).toBe(`/preview/a-story/${tomorrow}/${signature}`);
    expect(previewIsValid(link, SECRET, now)).toBe(true);
    expect(previewIsValid(link, SECRET, tomorrow * 1000)).toBe(false);
  });

  it("is refused when anything signed is changed, or the secret differs, or there is none", () => {
    expect(previewIsValid({ ...link, slug: "another-story" }, SECRET, now)).toBe(false);
    expect(previewIsValid({ ...link, expires: String(tomorrow + 86_400) }, SECRET, now)).toBe(false);
    expect(previewIsValid({ ...link, signature: `${signature.slice(0, -1)}A` }, SECRET, now)).toBe(false);
    expect(previewIsValid({ ...link, signature: "short" }, SECRET, now)).toBe(false);
    expect(previewIsValid({ ...link, expires: "1e12" }, SECRET, now)).toBe(false);
    expect(previewIsValid(link, `${SECRET}x`, now)).toBe(false);
    expect(previewIsValid(link, undefined, now)).toBe(false);
  });

  it("takes a secret of 32 characters or more, and none shorter", () => {
    expect(previewSecret({ PREVIEW_SECRET: SECRET })).toBe(SECRET);
    expect(previewSecret({ PREVIEW_SECRET: "too-short" })).toBeUndefined();
    expect(previewSecret({})).toBeUndefined();
  });
});
