import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "./fixtures";
import { BASE_URL } from "../playwright.config";

/** The two tests that need TLS, which lives at the edge (see README "Deploying"). */
const NEED_TLS = ["redirectionTest", "strictTransportSecurityTest"];

type ObservatoryTest = ((requests: unknown) => { pass: boolean; result: string }) & { name: string };

test("MDN's HTTP Observatory passes every test that does not need TLS", async () => {
  // Installed with --ignore-scripts: its postinstall would download the HSTS preload list. Loopback is
  // on no preload list, so an empty one is the true answer here.
  const packageDir = path.dirname(createRequire(import.meta.url).resolve("@mdn/mdn-http-observatory/package.json"));
  const preloadList = path.join(packageDir, "conf", "hsts-preload.json");
  if (!existsSync(preloadList)) writeFileSync(preloadList, "{}\n");

  const { retrieve } = await import("@mdn/mdn-http-observatory/src/retriever/retriever.js");
  const { ALL_TESTS } = await import("@mdn/mdn-http-observatory/src/constants.js");
  const { getScoreModifier } = await import("@mdn/mdn-http-observatory/src/grader/grader.js");
  const { hostname, port } = new URL(BASE_URL);
  const requests = await retrieve(hostname, { httpPort: Number(port) });

  const results = (ALL_TESTS as ObservatoryTest[]).map((check) => ({ name: check.name, ...check(requests) }));
  const failing = results.filter((result) => !result.pass).map((result) => `${result.name}: ${result.result}`);
  expect(failing.map((line) => line.split(":")[0])).toEqual(NEED_TLS);
  const bonus = results.filter((r) => !NEED_TLS.includes(r.name)).reduce((sum, r) => sum + getScoreModifier(r.result), 0);
  test.info().annotations.push({ type: "observatory", description: `${results.length - failing.length}/${results.length} passed; score without TLS tests ${100 + bonus}; ${results.map((r) => r.result).join(", ")}` });
  expect(results.find((r) => r.name === "contentSecurityPolicyTest")?.result).toBe("csp-implemented-with-no-unsafe-default-src-none");
});
