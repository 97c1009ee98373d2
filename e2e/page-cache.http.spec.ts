import { brotliDecompressSync } from "node:zlib";
import { articlePath } from "@/content/urls";
import { rawRequest } from "@/server/test-support/raw-http";
import { BASE_URL } from "../playwright.config";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const SAME_ON_EVERY_ANSWER = ["content-type", "content-security-policy", "cache-control", "vary", "x-content-type-options", "referrer-policy", "cross-origin-opener-policy"];

/** Bytes and headers as sent (fetch would decompress them). */
const fetchRaw = (path: string, acceptEncoding: string) => rawRequest(BASE_URL + path, { headers: { "Accept-Encoding": acceptEncoding } });

test("an article answered from the origin's memory is the page the origin finished for its first reader, byte for byte", async () => {
  const path = articlePath(article);
  // A query string sends the request past the memory, to Next.js and the origin's finishing.
  const fromNext = await fetchRaw(`${path}?past-the-cache`, "identity");
  await expect.poll(async () => (await fetchRaw(path, "br")).headers["content-encoding"], { message: "the cache has the page" }).toBe("br");
  const fromMemory = await fetchRaw(path, "identity");
  const compressed = await fetchRaw(path, "gzip, deflate, br");
  expect(fromMemory.body.equals(fromNext.body)).toBe(true);
  expect(brotliDecompressSync(compressed.body).equals(fromNext.body)).toBe(true);
  expect(compressed.body.length).toBeLessThan(12 * 1024);
  for (const name of SAME_ON_EVERY_ANSWER) {
    expect(fromMemory.headers[name], name).toEqual(fromNext.headers[name]);
    expect(compressed.headers[name], name).toEqual(fromNext.headers[name]);
  }
  expect(compressed.headers.etag).not.toBe(fromMemory.headers.etag);
});
