/**
 * The deployment's edge in miniature, on loopback: Debian's nginx with deploy/nginx/http.conf and
 * locations.conf (the production site.conf adds only TLS, HSTS and the redirect) in front of replicas,
 * with its own cache in a temporary folder. Used by the benchmark and the tests that cross the edge.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stopChild, waitUntil } from "./local-servers";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export type Edge = { url: string; stop: () => Promise<void> };

export const hasNginx = () => !spawnSync("nginx", ["-v"]).error;

export async function startEdge({ port, upstreams }: { port: number; upstreams: readonly number[] }): Promise<Edge> {
  if (!hasNginx()) throw new Error("the edge needs Debian's nginx: apt-get install -y nginx");
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
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=10s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    add_header X-Cache-Status $upstream_cache_status always;
    include ${ROOT}/deploy/nginx/locations.conf;
  }
}
`,
  );
  const nginx = spawn("nginx", ["-c", conf, "-p", work], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(() => fetch(url).then(() => true), `nginx on ${url}`, 15_000);
  return {
    url,
    stop: async () => {
      await stopChild(nginx);
      rmSync(work, { recursive: true, force: true });
    },
  };
}
