/**
 * The origin's page cache. A page `next build` prerendered for good (no revalidation) is the same bytes
 * for every reader until the next release, yet Next.js routes, traces and writes it afresh on each
 * request: for a 52 KB article that is most of the origin's CPU. So the first time Next.js serves
 * such a page, this keeps its status, headers and body, compresses the body once (Brotli and gzip, off
 * the main thread), and answers later requests for it from memory, with Next.js's own headers.
 *
 * Only plain reads of a prerendered page are cached: GET or HEAD, no query string, none of the
 * headers Next.js's router varies on, a 200 that Next.js served from its prerender cache, without
 * cookies. Everything else goes to Next.js. Memory is bounded (least recently used pages leave first).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, brotliDecompress, constants, gunzip, gzip, inflate } from "node:zlib";
import { etagMatches } from "./not-modified.mjs";

const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);
const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);
/** How to get the plain body back from what Next.js sent, by its Content-Encoding. */
const DECODERS = { identity: async (body) => body, gzip: promisify(gunzip), deflate: promisify(inflate), br: promisify(brotliDecompress) };

/**
 * The pages `next build` prerendered for good, by decoded path: app pages (they have a router payload)
 * with no revalidation, not the special /_not-found and /_global-error pages.
 * @param {string} distDir the build's .next folder
 * @returns {Set<string>}
 */
export function prerenderedPages(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  return new Set(
    Object.entries(manifest.routes)
      .filter(([route, entry]) => entry.dataRoute && entry.initialRevalidateSeconds === false && !route.startsWith("/_"))
      .map(([route]) => route),
  );
}

/**
 * The stored encoding to send for an Accept-Encoding header: Brotli, then gzip, else the plain body.
 * @param {string | undefined} acceptEncoding
 * @returns {"br" | "gzip" | "identity"}
 */
export function chooseEncoding(acceptEncoding) {
  const weights = new Map();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    if (name) weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const accepts = (name) => (weights.get(name) ?? weights.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

/**
 * @param {{ pages: Set<string>, maxBytes: number }} options
 */
export function createPageCache({ pages, maxBytes }) {
  /** @type {Map<string, { headers: Record<string, string | string[] | number>, bodies: Record<string, Buffer>, bytes: number }>} */
  const entries = new Map();
  let storedBytes = 0;

  async function store(pathname, headers, sent, contentEncoding) {
    const decode = DECODERS[contentEncoding];
    if (!decode) return;
    const body = await decode(sent);
    const [br, gz] = await Promise.all([
      compressBrotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      compressGzip(body, { level: 9 }),
    ]);
    const bytes = body.length + br.length + gz.length;
    if (bytes > maxBytes || entries.has(pathname)) return;
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase())));
    entries.set(pathname, { headers: kept, bodies: { identity: body, br, gzip: gz }, bytes });
    storedBytes += bytes;
    for (const [oldest, entry] of entries) {
      if (storedBytes <= maxBytes) break;
      entries.delete(oldest);
      storedBytes -= entry.bytes;
    }
  }

  /**
   * Keeps a copy of what Next.js sends (compressed, if it compressed it for this reader) and stores
   * the page if it is cacheable.
   */
  function record(request, response, pathname) {
    const chunks = [];
    const { write, end } = response;
    response.write = function (chunk, ...rest) {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      return write.call(this, chunk, ...rest);
    };
    response.end = function (chunk, ...rest) {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      // Names as Next.js wrote them (getHeaders() would lower-case them).
      const headers = Object.fromEntries(response.getRawHeaderNames().map((name) => [name, response.getHeader(name)]));
      const servedFromPrerender = String(response.getHeader("x-nextjs-cache") ?? "") === "HIT";
      if (request.method === "GET" && response.statusCode === 200 && servedFromPrerender && !response.hasHeader("set-cookie")) {
        const contentEncoding = String(response.getHeader("content-encoding") ?? "identity").toLowerCase();
        store(pathname, headers, Buffer.concat(chunks), contentEncoding).catch(() => {});
      }
      return end.call(this, chunk, ...rest);
    };
  }

  function send(entry, request, response) {
    const encoding = chooseEncoding(request.headers["accept-encoding"]);
    const body = entry.bodies[encoding];
    const etagName = Object.keys(entry.headers).find((name) => name.toLowerCase() === "etag");
    const etag = etagName === undefined ? undefined : String(entry.headers[etagName]);
    // Each encoding is its own representation, so its own strong ETag.
    const encodedEtag = etag && encoding !== "identity" ? etag.replace(/"$/, `-${encoding}"`) : etag;
    const headers = {
      ...entry.headers,
      ...(etagName && encodedEtag ? { [etagName]: encodedEtag } : {}),
      ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
      "content-length": body.length,
    };
    const ifNoneMatch = request.headers["if-none-match"];
    if (ifNoneMatch && etagMatches(ifNoneMatch, encodedEtag)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  return {
    /**
     * Answers the request from memory, or hands it to `next` (Next.js), keeping a copy if it can.
     * @param {import("node:http").IncomingMessage} request
     * @param {import("node:http").ServerResponse} response
     * @param {() => void} next
     */
    handle(request, response, next) {
      const url = request.url ?? "/";
      if (maxBytes <= 0 || url.includes("?") || (request.method !== "GET" && request.method !== "HEAD")) return next();
      if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return next();
      let pathname;
      try {
        pathname = decodeURIComponent(url);
      } catch {
        return next();
      }
      if (!pages.has(pathname)) return next();
      const entry = entries.get(pathname);
      if (entry) {
        entries.delete(pathname); // most recently used goes last
        entries.set(pathname, entry);
        return send(entry, request, response);
      }
      // A miss: Next.js serves it, and we keep a copy.
      record(request, response, pathname);
      return next();
    },
    get size() {
      return { pages: entries.size, bytes: storedBytes };
    },
  };
}
