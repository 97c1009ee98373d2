/**
 * A stand-in for a service the site calls (an IndexNow endpoint, a WebSub hub), on a loopback port:
 * it answers 202 to everything and records what it was sent, for the tests to read.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Recorded = { method: string; path: string; contentType: string; body: string; at: number };

export async function startRecorder(): Promise<{ url: string; received: Recorded[]; stop: () => Promise<void> }> {
  const received: Recorded[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ method: request.method ?? "", path: request.url ?? "", contentType: request.headers["content-type"] ?? "", body, at: Date.now() });
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
