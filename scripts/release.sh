#!/usr/bin/env bash
# Builds a release beside the one being served and switches to it only if the build succeeds.
# `next build` deletes its output folder before it starts, so building over the live .next would take
# the site down for the length of a build, and for good if the build fails. Here every build gets a
# fresh folder; `current` moves, atomically, only after a green build.
#
#   scripts/release.sh            # RELEASES_DIR defaults to ./.releases
#
# Then restart the replicas one at a time (each serves `current`): the edge keeps serving throughout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
releases="${RELEASES_DIR:-$root/.releases}"
id="$(date -u +%Y%m%dT%H%M%SZ)-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo nogit)"
work="$releases/$id"

mkdir -p "$work/src"
# The committed tree and a hard-linked node_modules: fast, and nothing shared is written to.
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work/src")
cp -al "$root/node_modules" "$work/src/node_modules"

if ! (cd "$work/src" && npm run build); then
  echo "release $id: build failed; still serving $(readlink "$releases/current" 2>/dev/null || echo nothing)" >&2
  rm -rf "$work"
  exit 1
fi

app="$work/src/.next/standalone"
# Pages of the previous release may still be open in readers' tabs or cached at the edge: keep its
# hashed assets and islands reachable from the new one (the names differ per build, so nothing is overwritten).
for assets in .next/static public/islands; do
  if [ -d "$releases/current/$assets" ]; then
    cp -rn "$releases/current/$assets/." "$app/$assets/"
  fi
done

ln -sfn "$app" "$releases/current.next"
mv -T "$releases/current.next" "$releases/current"
echo "release $id is current: $app"

# Keep the three newest releases.
ls -1d "$releases"/*/ 2>/dev/null | sort | head -n -3 | xargs -r rm -rf
