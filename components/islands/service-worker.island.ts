/**
 * The service worker, served at /sw.js (app/sw.js/route.ts) so that it controls the whole site, and
 * registered by the offline-reading island. Pages: the network first, with a short timeout; a story the
 * reader read is kept (a bounded number, a few days) and shown offline with a note saying when it was
 * saved; anything else offline gets the offline page listing those copies. Hashed files (islands, CSS,
 * fonts) from the copy first. Never counting, publishing, previews, search or live updates
 * (offline-reading.ts decides). A new release's worker takes over at once and keeps no page it did not
 * fetch itself, so no reader is left on an old page or old assets.
 */
import { copiesToKeep, isStoryPath, strategyFor, titleOf, withSavedList, withSavedNote, type SavedCopy } from "./offline-reading";

/** The few parts of the service worker scope this uses (the DOM's types are the project's library). */
type WorkerEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = WorkerEvent & { request: Request; respondWith(response: Promise<Response>): void };
type Scope = {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: WorkerEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
};
const worker = self as unknown as Scope;

const PAGES = "pages-v1";
const ASSETS = "assets-v1";
const OFFLINE_PATH = "/offline";
/** How long a page may take before the reader gets their copy instead. */
const NETWORK_TIMEOUT_MS = 4_000;
/** When a copy was saved, kept with it. */
const SAVED_AT = "x-saved-at";
/** Hashed files kept at most: enough for a few releases' CSS, islands and fonts. */
const MAX_ASSETS = 60;

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(PAGES)
      .then((cache) => cache.add(new Request(OFFLINE_PATH, { cache: "reload" })))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== PAGES && name !== ASSETS).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const strategy = strategyFor(url, worker.location.origin, request.method, request.mode, request.headers.get("accept") ?? "");
  if (strategy === "asset") event.respondWith(fromCopyFirst(request));
  else if (strategy === "page") event.respondWith(page(request, url));
});

async function fromCopyFirst(request: Request): Promise<Response> {
  const cache = await caches.open(ASSETS);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ASSETS)).map((key) => cache.delete(key)));
  }
  return response;
}

/**
 * The network first. Past the timeout the reader gets their saved copy if they have one; without one the
 * page keeps waiting for the network (a slow page beats an offline notice). No network: the copy, or
 * the offline page.
 */
async function page(request: Request, url: URL): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    if (response.ok && isStoryPath(url.pathname) && (response.headers.get("content-type") ?? "").includes("text/html")) await save(url.pathname, response.clone());
    return response;
  });
  // Answered from the copy, the network's late failure is nobody's concern.
  network.catch(() => undefined);
  const slow = new Promise<"slow">((resolve) => setTimeout(() => resolve("slow"), NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, slow]);
    if (first !== "slow") return first;
    return (await savedCopy(url.pathname)) ?? (await network);
  } catch {
    return offline(url.pathname);
  }
}

async function save(path: string, response: Response): Promise<void> {
  const cache = await caches.open(PAGES);
  const html = await response.text();
  const headers = new Headers({ "content-type": "text/html; charset=utf-8", [SAVED_AT]: String(Date.now()), "x-title": encodeURIComponent(titleOf(html)) });
  await cache.put(path, new Response(html, { headers }));
  const { drop } = copiesToKeep(await savedCopies(cache), Date.now());
  await Promise.all(drop.map((copy) => cache.delete(copy.path)));
}

async function savedCopies(cache: Cache): Promise<SavedCopy[]> {
  const copies: SavedCopy[] = [];
  for (const key of await cache.keys()) {
    const path = new URL(key.url).pathname;
    if (path === OFFLINE_PATH) continue;
    const response = await cache.match(key);
    const savedAt = Number(response?.headers.get(SAVED_AT));
    if (response && savedAt) copies.push({ path, title: decodeURIComponent(response.headers.get("x-title") ?? ""), savedAt });
  }
  return copies;
}

/** The reader's saved copy of a page, with its note, if they have one. */
async function savedCopy(path: string): Promise<Response | undefined> {
  const copy = await (await caches.open(PAGES)).match(path);
  const savedAt = Number(copy?.headers.get(SAVED_AT));
  return copy && savedAt ? html(withSavedNote(await copy.text(), savedAt), 200) : undefined;
}

async function offline(path: string): Promise<Response> {
  const copy = await savedCopy(path);
  if (copy) return copy;
  const cache = await caches.open(PAGES);
  const offlinePage = await cache.match(OFFLINE_PATH);
  const { keep } = copiesToKeep(await savedCopies(cache), Date.now());
  return offlinePage ? html(withSavedList(await offlinePage.text(), keep), 503) : new Response("You are offline.", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
}

const html = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8" } });
