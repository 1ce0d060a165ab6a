#!/usr/bin/env bash
# Builds what is missing (toolchain, SDL, the web app with the bundled data) and serves the site
# on http://127.0.0.1:${PORT:-8080}/ . The served folder, build/web/dist, is the whole static site.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
scripts/bootstrap.sh
[ -f build/native/build.ninja ] || cmake --preset native >/dev/null
cmake --build --preset native --target map_asset   # generated map geometry, copied into the site
[ -f build/web/build.ninja ] || cmake --preset web >/dev/null
cmake --build --preset web
exec node scripts/static-server.mjs build/web/dist "${PORT:-8080}"
