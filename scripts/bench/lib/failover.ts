import path from "node:path";
import { startEdge } from "../../lib/edge";
import { load } from "./load";
import { ROOT, startOrigin } from "./server";

/**
 * The deployment in miniature, on loopback: Debian's nginx with deploy/nginx/*.conf in front of two
 * replicas of the standalone build. Under load (past the cache), one replica is killed: no request may
 * fail. Then the other: cached pages must keep being served.
 */
export async function failover(pagePath: string, ports = { edge: 3210, a: 3211, b: 3212 }) {
  const standalone = path.join(ROOT, ".next", "standalone");
  const script = path.join(standalone, "server", "origin-server.mjs");
  const [a, b] = await Promise.all([startOrigin(standalone, ports.a, { script }), startOrigin(standalone, ports.b, { script })]);
  const edge = await startEdge({ port: ports.edge, upstreams: [ports.a, ports.b] });
  try {
    const url = edge.url + pagePath;
    const warm = await fetch(url);
    await warm.arrayBuffer();

    // Past the cache, so both replicas take traffic; replica A dies a third of the way in.
    const killA = setTimeout(() => a.process.kill("SIGKILL"), 4000);
    const underLoad = await load(url, { connections: 50, seconds: 12, headers: { "x-cache-bypass": "1" }, warmUp: false });
    clearTimeout(killA);

    b.process.kill("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const afterBoth = [];
    for (let index = 0; index < 20; index += 1) {
      const response = await fetch(url);
      await response.arrayBuffer();
      afterBoth.push(`${response.status} ${response.headers.get("x-cache-status")}`);
    }
    return {
      withOneReplicaKilled: underLoad,
      afterBothKilled: { requests: afterBoth.length, ok: afterBoth.filter((line) => line.startsWith("200")).length, cacheStatuses: [...new Set(afterBoth.map((line) => line.split(" ")[1]))] },
    };
  } finally {
    await Promise.all([edge.stop(), a.stop(), b.stop()]);
  }
}
