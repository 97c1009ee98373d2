import { describe, expect, it } from "vitest";
import { clientErrorResponse } from "./client-error.mjs";

describe("clientErrorResponse", () => {
  it("answers what Node's parser refuses with the right status and the site's headers, never cacheable", () => {
    const cases: [string | undefined, number][] = [
      ["HPE_INVALID_METHOD", 400],
      ["HPE_HEADER_OVERFLOW", 431],
      ["ERR_HTTP_REQUEST_TIMEOUT", 408],
      [undefined, 400],
    ];
    for (const [code, status] of cases) {
      const raw = clientErrorResponse(Object.assign(new Error("parse"), code ? { code } : {}));
      expect(raw.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
      expect(raw).toMatch(/\r\ncache-control: private, no-store\r\n/);
      expect(raw).toMatch(/\r\ncontent-security-policy: default-src 'none'/);
      expect(raw).toMatch(/\r\nx-content-type-options: nosniff\r\n/);
      expect(raw).toMatch(/\r\nconnection: close\r\n/);
      const [head = "", body = ""] = raw.split("\r\n\r\n");
      expect(head).toMatch(new RegExp(`content-length: ${Buffer.byteLength(body)}`));
    }
  });
});
