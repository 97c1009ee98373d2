// @ts-check
/**
 * What the origin answers when Node's HTTP parser refuses a request before any handler sees it: an
 * unknown method or a malformed request line (400), headers over the size limit (431), a client too
 * slow to send its headers or its request (408). Node would answer these bare; here they carry the
 * same security headers and uncacheable caching as every other answer (server/response-policy.mjs).
 */
import { withPolicy } from "./response-policy.mjs";

/** @type {Record<string, [number, string]>} */
const BY_CODE = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout"],
  ERR_HTTP_HEADERS_TIMEOUT: [408, "Request Timeout"],
};

/**
 * The raw HTTP response to write on the socket for a parser error.
 * @param {Error & { code?: string }} error
 * @returns {string}
 */
export function clientErrorResponse(error) {
  const [status, reason] = BY_CODE[error.code ?? ""] ?? [400, "Bad Request"];
  const body = `${reason}\n`;
  const headers = withPolicy(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body), connection: "close" });
  return `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n")}\r\n\r\n${body}`;
}

/**
 * Answers a parser error on its socket, if the socket can still take it.
 * @param {Error & { code?: string }} error
 * @param {import("node:stream").Duplex} socket
 */
export function answerClientError(error, socket) {
  if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
  socket.end(clientErrorResponse(error));
}
