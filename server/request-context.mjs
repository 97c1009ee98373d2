// @ts-check
/**
 * What the origin knew when a request came in, readable anywhere in the work the request causes (the
 * cache handler's set() runs inside it): the published store's version at that moment. A page whose
 * render began before a publish and ended after it must not be kept as if it were current.
 *
 * On globalThis, like the store: Next.js loads its own copy of this module for the cache handler.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** @typedef {{ version: number }} RequestContext */

const CONTEXT = Symbol.for("meridian.requestContext");
const registry = /** @type {{ [CONTEXT]?: AsyncLocalStorage<RequestContext> }} */ (/** @type {unknown} */ (globalThis));

/** @type {AsyncLocalStorage<RequestContext>} */
export const requestContext = (registry[CONTEXT] ??= new AsyncLocalStorage());
