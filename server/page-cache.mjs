// @ts-check
/**
 * Finished responses, and the origin's memory of them. A page or feed the origin has finished (its CSP,
 * ETag and caching set by a renderer, server/renderer-handler.mjs) is the same bytes for every reader until the content
 * changes, so the origin keeps it, compressed once with Brotli and gzip off the main thread, and answers
 * later requests for it from memory: no routing, no rendering, no hashing.
 *
 * The whole memory is dropped whenever the published store changes (a story published, corrected or
 * taken down), so no reader is ever sent a version older than the last publish. It is bounded: the
 * least recently used pages leave first.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { etagMatches } from "./not-modified.mjs";

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/**
 * @typedef {"identity" | "gzip" | "br"} Encoding
 * @typedef {{
 *   status: number,
 *   headers: Record<string, string | string[] | number>,
 *   etag?: string,
 *   bodies: Partial<Record<Encoding, Buffer>> & { identity: Buffer },
 *   compressible: boolean,
 * }} Finished
 *   `headers` without the representation's own (Content-Length, Content-Encoding, ETag): send() adds them.
 */

/**
 * The stored encoding to send for an Accept-Encoding header: Brotli, then gzip, else the plain body.
 * @param {string | undefined} acceptEncoding
 * @returns {Encoding}
 */
export function chooseEncoding(acceptEncoding) {
  const weights = new Map();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    if (name) weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const accepts = (/** @type {string} */ name) => (weights.get(name) ?? weights.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

/** Text compresses; photos and fonts already are. @param {string | undefined} contentType */
export const isCompressible = (contentType) => /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|javascript)|image\/svg\+xml)/i.test(contentType ?? "");

/**
 * Adds the compressed bodies a finished response lacks.
 * @param {Finished} finished
 * @param {readonly Encoding[]} encodings
 */
export async function compress(finished, encodings = ["gzip", "br"]) {
  if (!finished.compressible) return finished;
  const body = finished.bodies.identity;
  const [gz, br] = await Promise.all([
    encodings.includes("gzip") && !finished.bodies.gzip ? compressGzip(body, { level: 9 }) : finished.bodies.gzip,
    encodings.includes("br") && !finished.bodies.br
      ? compressBrotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : finished.bodies.br,
  ]);
  return { ...finished, bodies: { ...finished.bodies, ...(gz ? { gzip: gz } : {}), ...(br ? { br } : {}) } };
}

/**
 * Sends `finished` in the best encoding the reader accepts that it has; a 304 when the reader already
 * has that representation; headers only for HEAD. Each encoding is its own representation, with its
 * own strong ETag.
 * @param {Finished} finished
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {{ method?: string }} [original] the request as the reader sent it, if the origin changed it
 */
export function send(finished, request, response, original = {}) {
  const method = original.method ?? request.method;
  const wanted = finished.compressible ? chooseEncoding(/** @type {string | undefined} */ (request.headers["accept-encoding"])) : "identity";
  const encoding = finished.bodies[wanted] ? wanted : wanted === "br" && finished.bodies.gzip ? "gzip" : "identity";
  const body = /** @type {Buffer} */ (finished.bodies[encoding]);
  const etag = finished.etag && encoding !== "identity" ? finished.etag.replace(/"$/, `-${encoding}"`) : finished.etag;
  /** @type {Record<string, string | string[] | number>} */
  const headers = {
    ...finished.headers,
    ...(etag ? { etag } : {}),
    ...(finished.compressible ? { vary: varyWithAcceptEncoding(finished.headers.vary) } : {}),
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    "content-length": body.length,
  };
  const ifNoneMatch = request.headers["if-none-match"];
  if (finished.status === 200 && ifNoneMatch && etagMatches(ifNoneMatch, etag)) {
    delete headers["content-length"];
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(finished.status, headers);
  response.end(method === "HEAD" ? undefined : body);
}

/** @param {string | string[] | number | undefined} vary */
function varyWithAcceptEncoding(vary) {
  const names = String(vary ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.some((name) => name.toLowerCase() === "accept-encoding") ? names.join(", ") : [...names, "Accept-Encoding"].join(", ");
}

/** @param {Finished} finished */
const sizeOf = (finished) => Object.values(finished.bodies).reduce((total, body) => total + (body?.length ?? 0), 0);

/**
 * @param {{ maxBytes: number }} options
 */
export function createPageCache({ maxBytes }) {
  /** @type {Map<string, { finished: Finished, bytes: number }>} */
  const entries = new Map();
  let storedBytes = 0;

  return {
    enabled: maxBytes > 0,
    /** @param {string} key */
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key); // most recently used goes last
      entries.set(key, entry);
      return entry.finished;
    },
    /**
     * @param {string} key
     * @param {Finished} finished
     */
    put(key, finished) {
      const bytes = sizeOf(finished);
      if (bytes > maxBytes) return;
      const previous = entries.get(key);
      if (previous) storedBytes -= previous.bytes;
      entries.delete(key);
      entries.set(key, { finished, bytes });
      storedBytes += bytes;
      for (const [oldest, entry] of entries) {
        if (storedBytes <= maxBytes) break;
        entries.delete(oldest);
        storedBytes -= entry.bytes;
      }
    },
    clear() {
      entries.clear();
      storedBytes = 0;
    },
    /**
     * Drops the pages whose key `outOfDate` says so (a publish that changed a few pages).
     * @param {(key: string) => boolean} outOfDate
     */
    drop(outOfDate) {
      for (const [key, entry] of entries) {
        if (!outOfDate(key)) continue;
        entries.delete(key);
        storedBytes -= entry.bytes;
      }
    },
    get size() {
      return { pages: entries.size, bytes: storedBytes };
    },
  };
}
