import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from "../../lib/chromium";
import { ROOT } from "./server";

export type LighthouseResult = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Everything the cold view transferred (Lighthouse's total-byte-weight), and of it, scripts. */
  totalBytes: number;
  scriptBytes: number;
  lcpElement: string;
};

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

/** One Lighthouse 12.2.3 run with its mobile defaults (Moto G Power, simulated slow 4G). */
async function runOnce(url: string): Promise<LighthouseResult> {
  const bin = path.join(ROOT, "node_modules", ".bin", "lighthouse");
  const { stdout } = await promisify(execFile)(
    bin,
    [url, "--output=json", "--output-path=stdout", "--quiet", "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=${CHROME_FLAGS}`],
    { env: { ...process.env, ...(SYSTEM_CHROMIUM ? { CHROME_PATH: SYSTEM_CHROMIUM } : {}) }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const lcpItems = report.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
  const summary: { resourceType: string; transferSize: number }[] = report.audits["resource-summary"]?.details?.items ?? [];
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(metric("largest-contentful-paint")),
    cls: Number(metric("cumulative-layout-shift").toFixed(3)),
    tbtMs: Math.round(metric("total-blocking-time")),
    fcpMs: Math.round(metric("first-contentful-paint")),
    totalBytes: Math.round(metric("total-byte-weight")),
    scriptBytes: summary.find((item) => item.resourceType === "script")?.transferSize ?? 0,
    lcpElement: lcpItems?.nodeLabel ?? lcpItems?.snippet ?? "",
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Lighthouse's own "Please run Lighthouse again" failures (NO_NAVSTART, NO_FCP, a trace not recorded):
 * its tracing of one load went wrong, not the page. Such a run is made again, at most twice, and said.
 */
const RUN_AGAIN = /Please run Lighthouse again|NO_NAVSTART|NO_FCP|NO_TRACING_STARTED/;

async function runMeasured(url: string): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runOnce(url);
    } catch (error) {
      const said = `${(error as { stderr?: string }).stderr ?? ""} ${(error as Error).message}`;
      if (attempt > 2 || !RUN_AGAIN.test(said)) throw error;
      console.warn(`Lighthouse could not trace a load of ${url} (${RUN_AGAIN.exec(said)?.[0]}): run again`);
    }
  }
}

/** The median of each figure over `runs` runs. */
export async function lighthouse(url: string, runs = 3): Promise<LighthouseResult & { runs: LighthouseResult[] }> {
  const results: LighthouseResult[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await runMeasured(url));
  const numeric = (key: Exclude<keyof LighthouseResult, "lcpElement">) => median(results.map((result) => result[key]));
  return {
    performance: numeric("performance"),
    accessibility: numeric("accessibility"),
    bestPractices: numeric("bestPractices"),
    seo: numeric("seo"),
    lcpMs: numeric("lcpMs"),
    cls: numeric("cls"),
    tbtMs: numeric("tbtMs"),
    fcpMs: numeric("fcpMs"),
    totalBytes: numeric("totalBytes"),
    scriptBytes: numeric("scriptBytes"),
    lcpElement: results[0]?.lcpElement ?? "",
    runs: results,
  };
}
