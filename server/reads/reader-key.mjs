// @ts-check
/**
 * Telling one reader's reads apart without knowing who they are (the scheme Plausible documents): a
 * keyed hash of the reader's network prefix, user agent and the story, under a secret that lives one
 * day. Nothing stored can be traced back to an address or followed to the next day: the secret is
 * destroyed when its day ends, and with it any way to link today's hashes to anyone.
 */
import { createHmac } from "node:crypto";
import { isIPv4 } from "node:net";

/**
 * The network an address belongs to: an IPv4 /24, an IPv6 /48 (what a home or an office is given),
 * so the hash never holds a whole address.
 * @param {string} address
 */
export function networkPrefix(address) {
  const ip = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIPv4(ip)) return ip.split(".").slice(0, 3).join(".");
  // Expand "::" to count the groups, then keep the first three.
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill("0"), ...tailGroups] : headGroups;
  return groups.slice(0, 3).map((group) => group.replace(/^0+(?=.)/, "")).join(":");
}

/**
 * @param {Buffer} secret today's
 * @param {string} network networkPrefix()
 * @param {string} userAgent
 * @param {string} slug
 * @returns {{ reader: string, network: string }} `reader`: one reader's read of this story today;
 *   `network`: this network's reads of this story today (capped: server/reads/settings.mjs)
 */
export function readKeys(secret, network, userAgent, slug) {
  const reader = createHmac("sha256", secret).update(`r\n${network}\n${userAgent}\n${slug}`).digest("base64url").slice(0, 22);
  const networkKey = createHmac("sha256", secret).update(`n\n${network}\n${slug}`).digest("base64url").slice(0, 22);
  return { reader, network: networkKey };
}
