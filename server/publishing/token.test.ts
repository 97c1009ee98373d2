import { describe, expect, it } from "vitest";
import { PublishRequestError } from "./request-body";
import { authorize, publishToken } from "./token";

const TOKEN = "a-long-enough-publishing-token-0123456789";
const status = (run: () => void) => {
  try {
    run();
    return 200;
  } catch (error) {
    return (error as PublishRequestError).status;
  }
};

describe("the publishing token", () => {
  it("turns publishing off without one, or with one too short to be secret", () => {
    expect(publishToken({})).toBeUndefined();
    expect(publishToken({ PUBLISH_TOKEN: "short" })).toBeUndefined();
    expect(publishToken({ PUBLISH_TOKEN: TOKEN })).toBe(TOKEN);
    expect(status(() => authorize(`Bearer ${TOKEN}`, undefined))).toBe(403);
  });

  it("lets through the exact token as a Bearer credential, and nothing else", () => {
    expect(status(() => authorize(`Bearer ${TOKEN}`, TOKEN))).toBe(200);
    for (const header of [null, "", TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, "Bearer "]) {
      expect(status(() => authorize(header, TOKEN)), String(header)).toBe(401);
    }
  });
});
