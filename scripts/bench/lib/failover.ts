import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load } from "./load";
import { ROOT, startOrigin, waitForServer } from "./server";

/**
 * The deployment in miniature, on loopback: Debian's nginx with deploy/nginx/*.conf in front of two
 * replicas of the standalone build. Under load (past the cache), one replica is killed: no request may
 * fail. Then the other: cached pages must keep being served.
 */
export async function failover(pagePath: string, ports = { edge: 3210, a: 3211, b: 3212 }) {
  if (spawnSync("nginx", ["-v"]).error) throw new Error("the failover benchmark needs Debian's nginx: apt-get install -y nginx");
  const standalone = path.join(ROOT, ".next", "standalone");
  const work = mkdtempSync(path.join(tmpdir(), "meridian-edge-"));
  // nginx's workers drop to an unprivileged user when started as root: let them into the cache.
  chmodSync(work, 0o755);
  for (const dir of ["cache", "body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(work, dir), { mode: 0o777 });
  const conf = path.join(work, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${ROOT}/deploy/nginx/http.conf;
  proxy_cache_path ${work}/cache levels=1:2 keys_zone=meridian:10m max_size=256m inactive=1d use_temp_path=off;
  upstream meridian_origin {
    server 127.0.0.1:${ports.a} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${ports.b} max_fails=1 fail_timeout=10s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${ports.edge};
    add_header X-Cache-Status $upstream_cache_status always;
    include ${ROOT}/deploy/nginx/locations.conf;
  }
}
`,
  );

  const script = path.join(standalone, "server", "origin-server.mjs");
  const [a, b] = await Promise.all([startOrigin(standalone, ports.a, { script }), startOrigin(standalone, ports.b, { script })]);
  const nginx = spawn("nginx", ["-c", conf, "-p", work], { stdio: ["ignore", "ignore", "inherit"] });
  const edge = `http://127.0.0.1:${ports.edge}`;
  try {
    await waitForServer(edge);
    const url = edge + pagePath;
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
    nginx.kill("SIGTERM");
    await Promise.all([a.stop(), b.stop()]);
    rmSync(work, { recursive: true, force: true });
  }
}
