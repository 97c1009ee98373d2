import net from "node:net";
import { articlePath } from "@/content/urls";
import { expect, test } from "./fixtures";
import { BASE_URL } from "../playwright.config";
import { seedArticle } from "./seed-article";

const article = seedArticle();
const ARTICLE = articlePath(article);
const { hostname, port } = new URL(BASE_URL);

type Answer = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends a request byte for byte as written (no client normalises the path or refuses the header), and
 * reads the whole answer; the connection is closed after it.
 */
function raw(requestLine: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const lines = [requestLine, `Host: ${hostname}:${port}`, "Connection: close", ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    socket.setTimeout(10_000, () => reject(new Error(`no answer to ${requestLine.slice(0, 80)}`)));
    socket.write(`${lines.join("\r\n")}\r\n\r\n`);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const [head = "", body = ""] = text.split("\r\n\r\n", 2);
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const status = Number(statusLine.split(" ")[1]);
      if (!status) return reject(new Error(`dropped or garbled answer to ${requestLine.slice(0, 80)}: ${JSON.stringify(text.slice(0, 100))}`));
      const parsed = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status, headers: parsed, body });
    });
  });
}

type Case = { name: string; request: string; headers?: Record<string, string>; expect: number | number[]; location?: string };
const get = (target: string) => `GET ${target} HTTP/1.1`;

const cases: Case[] = [
  // Malformed percent-encoding: 400.
  { name: "a bad escape", request: get("/%zz"), expect: 400 },
  { name: "a lone percent", request: get("/%"), expect: 400 },
  { name: "truncated UTF-8", request: get("/%E0%A4%A"), expect: 400 },
  { name: "an invalid UTF-8 byte", request: get("/%FF"), expect: 400 },
  { name: "a bad escape in an article path", request: get(`/${article.section.slug}/%zz`), expect: 400 },
  { name: "an overlong UTF-8 slash", request: get("/%C0%AF"), expect: 400 },
  // Traversal in every encoding: redirected to the path it spells inside the site, or 404; never a file.
  { name: "dot-dot", request: get("/../../etc/passwd"), expect: 308, location: "/etc/passwd" },
  { name: "encoded dots", request: get("/%2e%2e/%2e%2e/etc/passwd"), expect: 308, location: "/etc/passwd" },
  { name: "encoded slashes", request: get("/..%2f..%2fetc%2fpasswd"), expect: 404 },
  { name: "double encoding", request: get("/%252e%252e%252fetc%252fpasswd"), expect: 404 },
  // Next turns backslashes into slashes and redirects on the same host.
  { name: "backslashes", request: get("/..\\..\\etc\\passwd"), expect: [308, 400, 404] },
  { name: "traversal into .next", request: get("/_next/static/../../server/app/index.html"), expect: 308, location: "/server/app/index.html" },
  // A prefix means what it says: /api/ and /_next/ paths that climb out are another page, normalised first.
  { name: "climbing out of /api/", request: get(`/api/..${ARTICLE}`), expect: 308, location: ARTICLE },
  { name: "climbing out of /api/, encoded", request: get(`/api/%2e%2e${ARTICLE}`), expect: 308, location: ARTICLE },
  { name: "climbing out of /_next/", request: get(`/_next/..${ARTICLE}`), expect: 308, location: ARTICLE },
  { name: "double slashes", request: get(`/${ARTICLE}`), expect: 308, location: ARTICLE },
  { name: "an unknown /api/ path", request: get("/api/x"), expect: 404 },
  { name: "an unknown /_next/ path", request: get("/_next/x"), expect: 404 },
  { name: "HEAD on an unknown /api/ path", request: `HEAD /api/x HTTP/1.1`, expect: 404 },
  { name: "OPTIONS on /api/publish", request: `OPTIONS /api/publish HTTP/1.1`, expect: 405 },
  { name: "the build folder", request: get("/.next/server/app/index.html"), expect: 404 },
  { name: "a source map", request: get("/_next/static/chunks/main.js.map"), expect: 404 },
  { name: "a dotfile", request: get("/.env"), expect: 404 },
  { name: "git metadata", request: get("/.git/config"), expect: 404 },
  { name: "package.json", request: get("/package.json"), expect: 404 },
  // Very long paths and headers.
  { name: "a 3,000-character path", request: get(`/${"a".repeat(3000)}`), expect: 404 },
  { name: "a 10,000-character path", request: get(`/${"a".repeat(10_000)}`), expect: 414 },
  { name: "a 20 KB header", request: get("/"), headers: { "X-Padding": "x".repeat(20_000) }, expect: 431 },
  // Methods on pages: read-only.
  { name: "POST", request: `POST ${ARTICLE} HTTP/1.1`, headers: { "Content-Length": "0" }, expect: 405 },
  { name: "PUT", request: `PUT ${ARTICLE} HTTP/1.1`, headers: { "Content-Length": "0" }, expect: 405 },
  { name: "DELETE", request: `DELETE ${ARTICLE} HTTP/1.1`, expect: 405 },
  { name: "PATCH", request: `PATCH ${ARTICLE} HTTP/1.1`, headers: { "Content-Length": "0" }, expect: 405 },
  { name: "OPTIONS", request: `OPTIONS ${ARTICLE} HTTP/1.1`, expect: 405 },
  { name: "TRACE", request: `TRACE ${ARTICLE} HTTP/1.1`, expect: 405 },
  { name: "an invented method", request: `BREW ${ARTICLE} HTTP/1.1`, expect: [400, 405] },
  { name: "HEAD", request: `HEAD ${ARTICLE} HTTP/1.1`, expect: 200 },
  // Junk query strings: the same page.
  { name: "a script in the query", request: get(`${ARTICLE}?q=<script>alert(1)</script>`), expect: 200 },
  { name: "a malformed query escape", request: get(`${ARTICLE}?q=%zz`), expect: 200 },
  { name: "a huge query", request: get(`${ARTICLE}?${"a=1&".repeat(500)}`), expect: 200 },
  { name: "Next's own query names", request: get(`${ARTICLE}?__nextDataReq=1&_rsc=x&__nextLocale=fr`), expect: 200 },
  // Searches: whatever a reader types is a query (200), an unknown page number is a 404.
  { name: "a search with markup", request: get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"), expect: 200 },
  { name: "a search with a malformed escape", request: get("/search?q=%E0%A4%A"), expect: 200 },
  { name: "a search with a lone percent", request: get("/search?q=100%"), expect: 200 },
  { name: "a search with unbalanced quotes and brackets", request: get('/search?q=%22peace+(talks+%5B'), expect: 200 },
  { name: "an empty search", request: get("/search?q="), expect: 200 },
  { name: "a repeated query parameter", request: get("/search?q=a&q=b"), expect: 200 },
  { name: "a search page that is not a number", request: get("/search?q=talks&page=two"), expect: 404 },
  { name: "a search of 5,000 characters", request: get(`/search?q=${"a".repeat(5000)}`), expect: 400 },
  // Host tricks: never a redirect to another host.
  { name: "a foreign Host", request: get(ARTICLE), headers: { Host: "evil.example" }, expect: 200 },
  { name: "X-Forwarded-Host", request: get(ARTICLE), headers: { "X-Forwarded-Host": "evil.example" }, expect: 200 },
  { name: "X-Forwarded-Host on a trailing slash", request: get(`${ARTICLE}/`), headers: { "X-Forwarded-Host": "evil.example" }, expect: [308, 404] },
  { name: "a protocol-relative path", request: get("//evil.example/"), expect: [308, 404] },
  { name: "an encoded protocol-relative path", request: get("/%2F%2Fevil.example"), expect: 404 },
  // The image optimizer.
  { name: "a remote image", request: get("/_next/image?url=https://evil.example/x.jpg&w=640&q=75"), expect: 400 },
  { name: "a protocol-relative image", request: get("/_next/image?url=//evil.example/x.jpg&w=640&q=75"), expect: 400 },
  { name: "a huge width", request: get(`/_next/image?url=${encodeURIComponent(article.image.src)}&w=99999&q=75`), expect: 400 },
  { name: "an unlisted quality", request: get(`/_next/image?url=${encodeURIComponent(article.image.src)}&w=640&q=100`), expect: 400 },
  { name: "a missing image", request: get("/_next/image?url=/images/none.jpg&w=640&q=75"), expect: [400, 404] },
  { name: "the optimizer on a page", request: get(`/_next/image?url=${encodeURIComponent(ARTICLE)}&w=640&q=75`), expect: [400, 404] },
  // Next's internal headers.
  { name: "x-middleware-subrequest", request: get(ARTICLE), headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }, expect: 200 },
  { name: "x-nextjs-data", request: get(ARTICLE), headers: { "x-nextjs-data": "1" }, expect: 200 },
  // Next.js's router and server actions: no page runs them, so they are refused before any render.
  { name: "rsc", request: get(ARTICLE), headers: { rsc: "1" }, expect: 400 },
  { name: "next-router-state-tree junk", request: get(ARTICLE), headers: { rsc: "1", "next-router-state-tree": "%zz{not json" }, expect: 400 },
  { name: "next-action on GET", request: get(ARTICLE), headers: { "next-action": "deadbeef" }, expect: 400 },
  { name: "next-action on POST", request: `POST / HTTP/1.1`, headers: { "next-action": "deadbeef", "Content-Length": "0" }, expect: 405 },
];

test(`a battery of ${cases.length} hostile requests: never a 5xx, a dropped connection, a public error, a foreign redirect or an answer without the site's headers`, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  const problems: string[] = [];
  for (const item of cases) {
    const answer: Answer = await raw(item.request, item.headers).catch((error: Error) => ({ status: 0, headers: {}, body: error.message }));
    const allowed = Array.isArray(item.expect) ? item.expect : [item.expect];
    if (!allowed.includes(answer.status)) problems.push(`${item.name}: ${answer.status}, expected ${allowed.join(" or ")}`);
    if (answer.status === 0) continue;
    if (answer.status >= 400 && !/\b(no-store|private)\b/.test(answer.headers["cache-control"] ?? "")) problems.push(`${item.name}: a ${answer.status} a shared cache may keep (${answer.headers["cache-control"]})`);
    for (const header of ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"]) {
      if (!answer.headers[header]) problems.push(`${item.name}: no ${header}`);
    }
    const location = answer.headers.location;
    if (location && /^(https?:)?\/\//.test(location) && !location.startsWith(BASE_URL)) problems.push(`${item.name}: redirect to ${location}`);
    if (item.location !== undefined && location !== item.location) problems.push(`${item.name}: redirected to ${location}, expected ${item.location}`);
  }
  expect(problems).toEqual([]);
  // The server keeps answering afterwards.
  expect((await raw(get(ARTICLE))).status).toBe(200);
});
