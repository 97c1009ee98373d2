import { describe, expect, it } from "vitest";
import { bylineNames, separatorBefore } from "./byline-names";

const jane = { slug: "jane-doe", name: "Jane Doe", role: "Correspondent", bio: "Jane." };
const john = { slug: "john-roe", name: "John Roe", role: "Reporter", bio: "John." };

function read(byline: Parameters<typeof bylineNames>[0]): string {
  const names = bylineNames(byline);
  return names.map((name, index) => separatorBefore(index, names.length) + name.name).join("");
}

describe("byline", () => {
  it("credits an agency alone", () => {
    expect(read({ authors: [], agency: "Agencies" })).toBe("Agencies");
    expect(bylineNames({ authors: [], agency: "Agencies" })).toEqual([{ name: "Agencies" }]);
  });

  it("links authors to their pages and puts the agency last", () => {
    expect(bylineNames({ authors: [jane], agency: "Reuters" })).toEqual([{ name: "Jane Doe", href: "/authors/jane-doe" }, { name: "Reuters" }]);
    expect(read({ authors: [jane], agency: "Reuters" })).toBe("Jane Doe and Reuters");
  });

  it("joins three names with a comma and an 'and'", () => {
    expect(read({ authors: [jane, john], agency: "AP" })).toBe("Jane Doe, John Roe and AP");
  });
});
