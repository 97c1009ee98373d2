import { createHash, timingSafeEqual } from "node:crypto";
import { MIN_TOKEN_LENGTH } from "./limits.mjs";
import { PublishRequestError } from "./request-body";

/** The origin's publishing secret, from its environment; undefined (publishing off) without a strong one. */
export function publishToken(environment: Record<string, string | undefined> = process.env): string | undefined {
  const token = environment.PUBLISH_TOKEN?.trim();
  return token && token.length >= MIN_TOKEN_LENGTH ? token : undefined;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Throws unless `authorization` is "Bearer <the origin's token>". Compared in constant time, over
 * digests so that the length of a wrong guess tells nothing either.
 */
export function authorize(authorization: string | null, token: string | undefined): void {
  if (token === undefined) throw new PublishRequestError(403, `publishing is off on this server: start it with PUBLISH_TOKEN set (at least ${MIN_TOKEN_LENGTH} characters)`);
  const given = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
  if (given === undefined || !timingSafeEqual(digest(given), digest(token))) throw new PublishRequestError(401, "a valid publishing token is needed (Authorization: Bearer …)");
}
