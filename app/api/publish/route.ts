import path from "node:path";
import { getWholeCatalog } from "@/content/catalog";
import { mostReadExclusions } from "@/content/most-read-exclusions";
import { sections } from "@/content/sections";
import { getContentStore } from "@/server/content-store/index.mjs";
import { StoreUnavailableError } from "@/server/content-store/state.mjs";
import { parsePublishRequest, publish } from "@/server/publishing/publish";
import { PublishRequestError, readJsonBody } from "@/server/publishing/request-body";
import { authorize, publishToken } from "@/server/publishing/token";

/**
 * Publishing on the running site (`npm run content:publish`), behind the origin's PUBLISH_TOKEN:
 * GET  → what the site has: the store's version, each story's and author's hash, each published photo's hash;
 * POST → publish authors, publish, correct and take down stories (server/publishing/publish.ts).
 * Every answer is private and uncacheable; every refusal says why, and changes nothing.
 */
export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) =>
  new Response(`${JSON.stringify(body)}\n`, { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });

function refusal(error: unknown): Response {
  if (error instanceof PublishRequestError) {
    const headers = error.status === 401 ? { "WWW-Authenticate": 'Bearer realm="publishing"' } : {};
    const response = json(error.status, { error: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }
  // By name: the store was opened by the renderer's own copy of its modules, not the one bundled here.
  if (error instanceof Error && error.name === "PublishConflictError") return json(409, { error: error.message });
  if (error instanceof Error && error.name === "StoreUnavailableError") {
    const response = json(503, { error: error.message });
    response.headers.set("Retry-After", "30");
    return response;
  }
  throw error;
}

export async function GET(request: Request) {
  try {
    authorize(request.headers.get("authorization"), publishToken());
    const store = getContentStore();
    await store.ready;
    await store.refresh();
    // A manifest from a store that cannot be read would plan a publish against the past.
    if (!store.available()) throw new StoreUnavailableError(store.kind === "redis" ? "Redis" : "the journal", "its last read failed");
    const state = store.state();
    // Every story the site holds, drafts and scheduled ones too: what a publish compares with.
    const catalog = await getWholeCatalog();
    return json(200, {
      version: state.version,
      articles: catalog.hashes(),
      authors: catalog.authorHashes(),
      images: Object.fromEntries([...state.images].map(([imagePath, image]) => [imagePath, image.sha256])),
      mostRead: { exclude: mostReadExclusions(state) },
    });
  } catch (error) {
    return refusal(error);
  }
}

export async function POST(request: Request) {
  try {
    authorize(request.headers.get("authorization"), publishToken());
    const body = parsePublishRequest(await readJsonBody(request));
    const store = getContentStore();
    await store.ready;
    await store.refresh();
    // Every story the site holds, drafts and scheduled ones too: what a publish compares with.
    const catalog = await getWholeCatalog();
    const result = await publish(body, {
      store,
      catalog,
      references: { sections, authors: catalog.listAuthors() },
      publicDir: path.join(/* turbopackIgnore: true */ process.cwd(), "public"),
    });
    return json(200, result);
  } catch (error) {
    return refusal(error);
  }
}
