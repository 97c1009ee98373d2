import { describe, expect, it } from "vitest";
import { etagMatches } from "./not-modified.mjs";

describe("etagMatches", () => {
  it("matches the same tag, weakly, in a list, or *", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc" ,"y"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
  });

  it("does not match another tag, a prefix, or a response without an ETag", () => {
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches('"ab"', '"abc"')).toBe(false);
    expect(etagMatches('"abc"', undefined)).toBe(false);
  });
});
