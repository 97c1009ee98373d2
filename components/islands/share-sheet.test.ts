import { describe, expect, it } from "vitest";
import { shareLabel, shareStory, type ShareCapabilities } from "./share-sheet";

const story = { url: "https://www.meridianpost.example/middle-east/a-story", title: "A “story” & more" };

function clipboard(fails = false) {
  const written: string[] = [];
  return {
    written,
    writeText: async (text: string) => {
      if (fails) throw new DOMException("Write permission denied.", "NotAllowedError");
      written.push(text);
    },
  };
}

describe("shareLabel", () => {
  it("offers the share sheet where the browser has one, and copying where it has not", () => {
    expect(shareLabel({ share: async () => undefined })).toBe("Share");
    expect(shareLabel({ clipboard: clipboard() })).toBe("Copy link");
    expect(shareLabel({})).toBe("Copy link");
  });
});

describe("shareStory", () => {
  it("hands the story's URL and headline to the phone's share sheet, and announces nothing", async () => {
    const shared: ShareData[] = [];
    const copy = clipboard();
    const phone: ShareCapabilities = { share: async (data) => void shared.push(data), clipboard: copy };
    expect(await shareStory(phone, story)).toBe("");
    expect(shared).toEqual([{ url: story.url, title: story.title }]);
    expect(copy.written).toEqual([]);
  });

  it("treats a share sheet the reader closed as no failure", async () => {
    const phone: ShareCapabilities = { share: async () => Promise.reject(new DOMException("Share canceled", "AbortError")) };
    expect(await shareStory(phone, story)).toBe("");
  });

  it("copies the URL where there is no share sheet, and says so", async () => {
    const copy = clipboard();
    expect(await shareStory({ clipboard: copy }, story)).toBe("Link copied");
    expect(copy.written).toEqual([story.url]);
  });

  it("tells the reader where to find the address when copying is refused or impossible", async () => {
    expect(await shareStory({ clipboard: clipboard(true) }, story)).toBe("Copy failed: use the address bar");
    expect(await shareStory({}, story)).toBe("Copy failed: use the address bar");
  });
});
