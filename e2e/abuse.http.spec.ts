import http from "node:http";
import { expect, test } from "@playwright/test";
import { load } from "@/scripts/bench/lib/load";
import { flood } from "@/scripts/bench/lib/flood";
import { startEdge, type Edge } from "@/scripts/lib/edge";
import { freePort } from "@/scripts/lib/local-servers";
import { Newsroom } from "@/scripts/lib/newsroom";
import { articlePath } from "@/content/urls";
import { seedArticle } from "./seed-article";

/**
 * Holding up under abuse (issue 20), on a newsroom of its own behind the repository's own edge: a flood
 * of searches from many addresses, the answers a reader gets when limited (429) or when the site sheds
 * work (503). Latency is reported here, not judged (the budgets are in `npm run bench:scale`).
 */
const ARTICLE = articlePath(seedArticle());

/** One GET from a loopback address of its own (127.0.0.x), answered in full. */
function getFrom(address: string, url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: pathname + search, localAddress: address }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on("error", reject);
  });
}

/** What a refusal must carry: its status, when to come back, a page a reader understands, the site's headers, no caching. */
function expectRefusal(answer: { status: number; headers: http.IncomingHttpHeaders; body: string }, status: 429 | 503, heading: RegExp) {
  expect(answer.status).toBe(status);
  expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
  expect(answer.headers["content-type"]).toMatch(/^text\/html/);
  expect(answer.body).toMatch(heading);
  expect(answer.body).toContain('href="/"');
  expect(answer.headers["cache-control"]).toMatch(/no-store/);
  expect(answer.headers["content-security-policy"]).toContain("default-src 'none'");
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
}

test.describe("under abuse", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let newsroom: Newsroom;
  let edge: Edge;
  test.beforeAll(async () => {
    newsroom = await Newsroom.open();
    edge = await startEdge({ port: await freePort(), upstreams: [Number(new URL(newsroom.url).port)] });
  });
  test.afterAll(async () => {
    await edge?.stop();
    await newsroom?.close();
  });

  test("a flood of searches from 100 addresses through the edge: every reader of a cached page is answered, searchers are admitted or limited, nothing else", async () => {
    await fetch(edge.url + ARTICLE);
    const flooding = flood({ origin: edge.url, clients: 100, seconds: 6, firstHost: 2, pathPrefix: "/search?q=talks+" });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const article = await load(edge.url + ARTICLE, { connections: 5, seconds: 4, warmUp: false });
    const searches = await flooding;
    test.info().annotations.push({ type: "article p50 / p99 under flood (ms)", description: `${article.p50Ms} / ${article.p99Ms}` });
    test.info().annotations.push({ type: "searches", description: JSON.stringify(searches) });
    expect(article.errors + article.non2xx).toBe(0);
    expect(article.total).toBeGreaterThan(0);
    expect(searches.admitted).toBeGreaterThan(0);
    expect(searches.limited).toBeGreaterThan(0);
    expect(searches.other).toEqual({});
    // Every flooding address was limited, each within a second of the flood's start.
    expect(searches.firstLimitedMs).toHaveLength(100);
    expect(Math.max(...searches.firstLimitedMs)).toBeLessThan(2_000);
  });

  test("a client over its search limit gets 429 with Retry-After and a page that says so, from the edge and from the origin", async () => {
    for (const [where, base, heading] of [["edge", edge.url, /<h1>Too many requests<\/h1>/], ["origin", newsroom.url, /<h1[^>]*>Too many requests<\/h1>/]] as const) {
      let answer = await getFrom("127.0.0.201", `${base}/search?q=limit+0`);
      for (let index = 1; index < 30 && answer.status !== 429; index += 1) answer = await getFrom("127.0.0.201", `${base}/search?q=limit+${index}`);
      expectRefusal(answer, 429, heading);
      test.info().annotations.push({ type: `${where} 429`, description: answer.body.slice(0, 120) });
      // Another reader, from another address, is not held up.
      expect((await getFrom("127.0.0.202", `${base}/search?q=another+reader`)).status).toBe(200);
    }
  });

  test("when the search lane is full the origin sheds at once with 503, Retry-After and a page that says so, and cached pages are still served", async () => {
    await fetch(newsroom.url + ARTICLE);
    const shedding = flood({ origin: newsroom.url, clients: 60, seconds: 4, firstHost: 10, pathPrefix: "/search?q=shed+" });
    let shed: Awaited<ReturnType<typeof getFrom>> | undefined;
    for (let attempt = 0; attempt < 200 && !shed; attempt += 1) {
      const answer = await getFrom(`127.0.1.${attempt % 250}`, `${newsroom.url}/search?q=busy+${attempt}`);
      if (answer.status === 503) shed = answer;
      else expect([200, 429]).toContain(answer.status);
    }
    const article = await getFrom("127.0.0.1", newsroom.url + ARTICLE);
    const searches = await shedding;
    expect(searches.other).toEqual({});
    expect(shed, "no search was shed").toBeDefined();
    if (shed) expectRefusal(shed, 503, /<h1[^>]*>Very busy right now<\/h1>/);
    expect(article.status).toBe(200);
  });
});
