// @ts-check
/**
 * Private preview links: the address of a story as it will appear (a draft, or a story scheduled
 * ahead), for the lawyers and editors who must read it first. The link carries its expiry and an
 * HMAC-SHA256 signature over the slug and the expiry, made with PREVIEW_SECRET (at least 32
 * characters; without it, preview links are off). Checked in constant time; a wrong, tampered or expired
 * link answers the same 404 as an unknown story.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Shorter secrets are refused: previews stay off rather than guessable. */
export const MIN_PREVIEW_SECRET_LENGTH = 32;

/**
 * The preview secret from the environment, if it is long enough.
 * @param {Record<string, string | undefined>} [environment]
 * @returns {string | undefined}
 */
export function previewSecret(environment = process.env) {
  const secret = environment.PREVIEW_SECRET?.trim();
  return secret && secret.length >= MIN_PREVIEW_SECRET_LENGTH ? secret : undefined;
}

/**
 * @param {string} slug
 * @param {number} expires seconds since the epoch
 * @param {string} secret
 */
export function previewSignature(slug, expires, secret) {
  return createHmac("sha256", secret).update(`preview\n${slug}\n${expires}`).digest("base64url");
}

/**
 * The path of a story's preview, valid until `expires` (seconds since the epoch).
 * @param {string} slug
 * @param {number} expires
 * @param {string} secret
 */
export function previewPath(slug, expires, secret) {
  return `/preview/${encodeURIComponent(slug)}/${expires}/${previewSignature(slug, expires, secret)}`;
}

/** @param {string} value */
const digest = (value) => createHash("sha256").update(value).digest();

/**
 * Whether a preview link is good now: signed with this secret, for this slug and expiry, not expired.
 * The signature is compared in constant time (over digests, so its length tells nothing either).
 * @param {{ slug: string, expires: string, signature: string }} link as it came in the path
 * @param {string | undefined} secret
 * @param {number} now ms since the epoch
 */
export function previewIsValid({ slug, expires, signature }, secret, now) {
  if (secret === undefined || !/^\d{1,12}$/.test(expires)) return false;
  const expected = previewSignature(slug, Number(expires), secret);
  const matches = timingSafeEqual(digest(signature), digest(expected));
  return matches && Number(expires) * 1000 > now;
}
