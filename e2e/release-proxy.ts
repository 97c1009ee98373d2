import { createServer, type Server } from "node:http";
import { freePort } from "@/scripts/lib/local-servers";

/**
 * A stand-in for deploying a new release, in front of the suite's site on an origin of its own (a
 * service worker belongs to one origin). Until `deploy()` it passes everything through. After it, it
 * serves what a new build would: pages whose stylesheets have new hashed names (the old names still
 * answer, as they do on a CDN), each new stylesheet marking the page with `--release: 2`, and a service
 * worker that differs by a byte from the one readers have, which answers a message with its release.
 */
export type ReleaseProxy = { url: string; deploy(): void; requested: string[]; close(): Promise<void> };

const NEW_NAME = /(\/_next\/static\/[^"']+?)\.css/g;
const RENAMED = /-release2\.css$/;

export async function startReleaseProxy(upstream: string): Promise<ReleaseProxy> {
  let release = 1;
  const requested: string[] = [];
  const port = await freePort();
  const server: Server = createServer(async (request, response) => {
    const url = request.url ?? "/";
    requested.push(url);
    const answer = await fetch(`${upstream}${url.replace(RENAMED, ".css")}`, { headers: { accept: request.headers.accept ?? "*/*", "user-agent": request.headers["user-agent"] ?? "" }, redirect: "manual" });
    let body = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get("content-type") ?? "";
    if (release === 2 && type.includes("text/html")) body = Buffer.from(body.toString("utf8").replace(NEW_NAME, "$1-release2.css"));
    if (release === 2 && RENAMED.test(url)) body = Buffer.concat([body, Buffer.from(':root{--release:"2"}')]);
    if (release === 2 && url === "/sw.js") body = Buffer.concat([body, Buffer.from('\naddEventListener("message", (event) => event.source.postMessage("release 2"));\n')]);
    const headers = Object.fromEntries([...answer.headers].filter(([name]) => !["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name)));
    response.writeHead(answer.status, { ...headers, "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => {
      release = 2;
    },
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
