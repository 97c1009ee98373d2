// @ts-check
/**
 * Who a request comes from, for per-client limits. Behind the edge, the peer is nginx and the reader's
 * address is the last X-Forwarded-For entry (the one nginx appended: anything before it the client may
 * have written itself). Only a peer on this machine or a private network (where the edge runs) is
 * trusted to say so; from anyone else X-Forwarded-For is ignored.
 */

/** @param {string} address */
export function isTrustedProxy(address) {
  const ip = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (ip === "::1") return true;
  const [a = -1, b = -1] = ip.split(".").map(Number);
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * @param {{ socket: { remoteAddress?: string }, headers: Record<string, string | string[] | undefined> }} request
 * @returns {string}
 */
export function clientAddress(request) {
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  if (!forwarded || !isTrustedProxy(peer)) return peer;
  const last = String(forwarded).split(",").at(-1)?.trim();
  return last || peer;
}
