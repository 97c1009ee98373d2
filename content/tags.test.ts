import { describe, expect, it } from "vitest";
import { tagSlug } from "./tags";

describe("tagSlug", () => {
  it.each([
    ["Chemical weapons", "chemical-weapons"],
    ["Geneva-2 talks", "geneva-2-talks"],
    ["Genève", "geneve"],
    ["  US–Russia relations ", "us-russia-relations"],
    ["سوريا", "سوريا"],
    ["الأسد", "الأسد"],
    ["مُحَمَّد", "محمد"],
    ["بـوتين", "بوتين"],
    ["Ibn ʿArabi", "ibn-arabi"],
    ["İstanbul ılık", "istanbul-ılık"],
    ["Azərbaycan", "azərbaycan"],
    ["!!!", ""],
  ])("%j → %j", (name, slug) => {
    expect(tagSlug(name)).toBe(slug);
  });
});
