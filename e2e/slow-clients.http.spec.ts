import net from "node:net";
import { expect, test } from "@playwright/test";
import { startEdge } from "@/scripts/lib/edge";
import { freePort } from "@/scripts/lib/local-servers";
import { BASE_URL } from "../playwright.config";

/**
 * A slow client (slowloris: headers trickled a line at a time) is cut off by the origin's and the edge's
 * header timeouts (10 s each; server/front-limits.mjs, deploy/nginx/http.conf), instead of holding a
 * connection open for as long as it likes.
 */
function trickle(port: number): Promise<{ closedAfterMs: number; answer: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    let answer = "";
    const drip = setInterval(() => socket.write(`X-Slow-${Date.now()}: 1\r\n`), 1_000);
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(drip);
      resolve({ closedAfterMs: Date.now() - started, answer });
    });
    // Past any timeout we set: the test fails if the connection is still open then.
    setTimeout(() => socket.destroy(), 25_000);
  });
}

test("a client trickling its headers is cut off within the header timeout, by the origin and by the edge", async () => {
  test.setTimeout(60_000);
  const originPort = Number(new URL(BASE_URL).port);
  const edge = await startEdge({ port: await freePort(), upstreams: [originPort] });
  try {
    const [origin, atEdge] = await Promise.all([trickle(originPort), trickle(Number(new URL(edge.url).port))]);
    for (const [where, result] of [["origin", origin], ["edge", atEdge]] as const) {
      expect(result.closedAfterMs, where).toBeGreaterThanOrEqual(9_000);
      expect(result.closedAfterMs, where).toBeLessThan(20_000);
      // When it says anything, it is a 408 (the origin's with the site's headers).
      if (result.answer) expect(result.answer, where).toMatch(/^HTTP\/1\.1 408/);
    }
    expect(origin.answer).toMatch(/\r\ncache-control: private, no-store\r\n/);
  } finally {
    await edge.stop();
  }
});
