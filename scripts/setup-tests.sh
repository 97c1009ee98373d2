#!/usr/bin/env bash
# Installs what the test suite needs on a fresh clone: a Chromium for Playwright, Java for the W3C HTML
# checker (vnu-jar), nginx (the edge the tests cross) and Redis (the store replicas share), then the npm
# packages. The tests start nginx and Redis themselves, on loopback ports of their own.
# Debian's Chromium where apt-get is available (Playwright cannot download browsers on a closed network);
# elsewhere (a laptop) Playwright's own build.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --ignore-scripts: nothing here needs an install script (sharp, esbuild and Next's compiler ship
# prebuilt binaries as packages), and some dev tools' scripts download data, which fails offline.
npm ci --ignore-scripts --no-audit --no-fund

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  npx playwright install chromium
fi
