// @ts-check
/**
 * Holds back what Next.js writes to a response (status, headers, body) instead of sending it, and hands
 * it over complete, so the origin can finish the page (its CSP depends on the whole document) before
 * anything leaves. Next.js writes through setHeader, writeHead, write and end; this takes over the
 * last three until end, then gives them back.
 */

/** @typedef {{ status: number, headers: Record<string, string | string[] | number>, body: Buffer }} CapturedResponse */

/**
 * @param {import("node:http").ServerResponse} response
 * @param {(captured: CapturedResponse) => void} onEnd
 */
export function captureResponse(response, onEnd) {
  /** @type {Buffer[]} */
  const chunks = [];
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8")) : Buffer.from(/** @type {Uint8Array} */ (chunk)));
  };
  const self = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (response));

  self.writeHead = /** @param {number} statusCode @param {...unknown} rest */ (statusCode, ...rest) => {
    response.statusCode = statusCode;
    const headers = rest.find((argument) => typeof argument === "object" && argument !== null);
    if (Array.isArray(headers)) {
      for (let index = 0; index < headers.length; index += 2) response.setHeader(String(headers[index]), headers[index + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, /** @type {string} */ (value));
    }
    return response;
  };
  self.flushHeaders = () => undefined;
  self.write = /** @param {unknown} chunk @param {unknown} encoding @param {unknown} callback */ (chunk, encoding, callback) => {
    keep(chunk, encoding);
    const done = [encoding, callback].find((argument) => typeof argument === "function");
    if (typeof done === "function") queueMicrotask(() => done());
    return true;
  };
  self.end = /** @param {unknown} chunk @param {unknown} encoding @param {unknown} callback */ (chunk, encoding, callback) => {
    keep(chunk, encoding);
    for (const name of ["writeHead", "flushHeaders", "write", "end"]) delete self[name];
    const headers = Object.fromEntries(response.getHeaderNames().map((name) => [name, /** @type {string | string[] | number} */ (response.getHeader(name))]));
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    onEnd({ status: response.statusCode, headers, body: Buffer.concat(chunks) });
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function");
    if (typeof done === "function") response.once("finish", () => done());
    return response;
  };
}
