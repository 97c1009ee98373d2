#!/usr/bin/env bash
# Installs what the test suite needs on a fresh clone: a Chromium for Playwright, then the npm packages.
# Debian's Chromium where apt-get is available (Playwright cannot download browsers on a closed network);
# elsewhere (a laptop) Playwright's own build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

npm ci --no-audit --no-fund

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  npx playwright install chromium
fi
