import { describe, expect, it } from "vitest";
import { shareLinks } from "./share-links";

describe("shareLinks", () => {
  const links = shareLinks({ url: "https://www.meridianpost.example/world/a-story?x=1", title: "Oil & gas: a “story”" });

  it("offers WhatsApp, X, Facebook, LinkedIn, Telegram and email, each with an accessible name", () => {
    expect(links.map((link) => link.name)).toEqual([
      "Share on WhatsApp",
      "Share on X",
      "Share on Facebook",
      "Share on LinkedIn",
      "Share on Telegram",
      "Share by email",
    ]);
  });

  it("carries the canonical URL, encoded, in every link", () => {
    for (const link of links) {
      const params = new URL(link.href).searchParams;
      const carried = [...params.values()].join(" ");
      expect(carried).toContain("https://www.meridianpost.example/world/a-story?x=1");
    }
  });

  it("carries the headline where the network takes text", () => {
    const byNetwork = Object.fromEntries(links.map((link) => [link.network, new URL(link.href)]));
    expect(byNetwork.x?.searchParams.get("text")).toBe("Oil & gas: a “story”");
    expect(byNetwork.telegram?.searchParams.get("text")).toBe("Oil & gas: a “story”");
    expect(byNetwork.whatsapp?.searchParams.get("text")).toBe("Oil & gas: a “story” https://www.meridianpost.example/world/a-story?x=1");
    expect(byNetwork.email?.searchParams.get("subject")).toBe("Oil & gas: a “story”");
  });
});
