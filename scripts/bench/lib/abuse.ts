import { floodInChild, type FloodResult } from "./flood";
import { load, type LoadResult } from "./load";

export type AbuseResult = {
  where: string;
  quiet: LoadResult;
  underFlood: LoadResult;
  flood: FloodResult;
  oneAddress: FloodResult;
};

const FLOOD_CLIENTS = 200;
const FLOOD_SECONDS = 14;
const MEASURE = { connections: 10, seconds: 10 };

/**
 * Issue 20's budget: while 200 clients from as many addresses send a new search each request, the
 * article (a cached page) keeps its p99 within 2x of its quiet p99 with no error, searches that are
 * admitted answer within 200 ms at p95, and one address sending 100 searches a second is limited within
 * a second. `base` is the origin or the edge in front of it.
 */
export async function underAbuse(where: string, base: string, articlePath: string): Promise<AbuseResult> {
  const quiet = await load(base + articlePath, MEASURE);
  const flooding = floodInChild({ origin: base, clients: FLOOD_CLIENTS, seconds: FLOOD_SECONDS, pathPrefix: "/search?q=talks+story+" });
  // The flood is under way (and its clients limited or admitted) before the article is measured.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const underFlood = await load(base + articlePath, { ...MEASURE, warmUp: false });
  const flood = await flooding;
  const oneAddress = await floodInChild({ origin: base, clients: 1, seconds: 3, firstHost: 250, ratePerClient: 100, pathPrefix: "/search?q=one+address+" });
  return { where, quiet, underFlood, flood, oneAddress };
}

/** The table rows for a result, with each budget's verdict. */
export function abuseRows({ where, quiet, underFlood, flood, oneAddress }: AbuseResult): [string, string, string, string][] {
  const perSecond = (count: number) => Math.round(count / flood.seconds);
  const limitedWithin = oneAddress.firstLimitedMs[0];
  return [
    [`${where}: article p99, quiet → under flood (ms)`, `${quiet.p99Ms} → ${underFlood.p99Ms}`, "≤ 2x", underFlood.p99Ms <= 2 * Math.max(quiet.p99Ms, 1) ? "ok" : "MISS"],
    [`${where}: article errors under flood`, `${underFlood.errors + underFlood.non2xx} of ${underFlood.total}`, "0", underFlood.errors + underFlood.non2xx === 0 ? "ok" : "MISS"],
    [
      `${where}: searches a second, admitted / limited (429) / shed (503) / other`,
      `${perSecond(flood.admitted)} / ${perSecond(flood.limited)} / ${perSecond(flood.shed)} / ${JSON.stringify(flood.other)}`,
      "no other",
      Object.keys(flood.other).length === 0 ? "ok" : "MISS",
    ],
    [`${where}: admitted searches p50 / p95 / max (ms)`, `${flood.admittedMs.p50} / ${flood.admittedMs.p95} / ${flood.admittedMs.max}`, "p95 < 200", flood.admittedMs.p95 < 200 ? "ok" : "MISS"],
    [`${where}: one address at 100 searches/s, first 429 after (ms)`, limitedWithin === undefined ? "never" : String(limitedWithin), "≤ 1000", limitedWithin !== undefined && limitedWithin <= 1000 ? "ok" : "MISS"],
  ];
}
