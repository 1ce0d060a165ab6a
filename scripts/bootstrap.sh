#!/usr/bin/env bash
# Installs everything the build and the tests need, on a fresh Debian 12 machine or an existing one.
# Idempotent and quiet when everything is present: each step checks before it acts.
# Sources only from Debian's archive (apt, deb-src) and the npm registry (package-lock.json).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/.deps"
say() { echo "bootstrap: $*"; }
sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_="sudo"

# --- 1. Debian packages -------------------------------------------------------------------------
pkgs=(emscripten cmake ninja-build nlohmann-json3-dev doctest-dev clang-14 libclang-rt-14-dev chromium fonts-noto-core fonts-dejavu-core
      python3 python3-fonttools python3-jsonschema xz-utils brotli)
command -v node >/dev/null || pkgs+=(nodejs)
command -v npm  >/dev/null || pkgs+=(npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. Pinned third-party sources from Debian source packages ----------------------------------
# (apt verifies each file's hash against the signed index; nothing is vendored into the repo)
# A private apt setup in .deps/apt that knows only Debian's deb-src lists (bookworm and trixie);
# each block below calls it only when its own stamp is missing, so `update` runs only then.
a="$deps/apt"
O=(-o APT::Sandbox::User=root -o "Dir::Etc::SourceList=$a/sources.list" -o Dir::Etc::SourceParts=/dev/null
   -o "Dir::State::Lists=$a/lists" -o "Dir::Cache=$a/cache")
apt_src_setup() {
  mkdir -p "$a/lists/partial" "$a/cache/archives/partial" "$a/dl" "$deps/src"
  uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$uri" ] || uri=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
  for suite in bookworm trixie; do
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $suite main"
  done > "$a/sources.list"
  apt-get "${O[@]}" update -qq
}

IMGUI=1.90.1; SDL=2.26.5; EARCUT=1.0.1
src_pins=("imgui=${IMGUI}+ds-1" "libsdl2=${SDL}+dfsg-1" "python-mapbox-earcut=${EARCUT}-2")
stamp="$deps/src/.stamp-imgui${IMGUI}-sdl${SDL}-earcut${EARCUT}"
if [ ! -f "$stamp" ]; then
  say "fetching Debian source packages: ${src_pins[*]}"
  apt_src_setup
  (cd "$a/dl" && apt-get "${O[@]}" source --download-only -qq "${src_pins[@]}")
  rm -rf "$deps/src/imgui" "$deps/src/sdl2" "$deps/src/earcut"
  mkdir -p "$deps/src/imgui" "$deps/src/sdl2" "$deps/src/earcut"
  tar -xf "$a/dl"/imgui_${IMGUI}+ds.orig.tar.* -C "$deps/src/imgui" --strip-components=1
  tar -xf "$a/dl"/libsdl2_${SDL}+dfsg.orig.tar.* -C "$deps/src/sdl2" --strip-components=1
  tar -xf "$a/dl"/python-mapbox-earcut_${EARCUT}.orig.tar.* -C "$deps/src/earcut" --strip-components=1
  touch "$stamp"
fi

# Nayuki's QR Code generator (its C++ library, cpp/qrcodegen.*), Debian 12's package. A block of
# its own with its own stamp: adding it never deletes or re-extracts the sources above. Only the
# upstream tarball is fetched (the archive here does not serve this package's debian.tar.xz, and its
# Debian changes are packaging only), checked against the SHA256 of the signed index by apt-helper.
QRGEN=1.8.0; QRGEN_DEB=1.8.0-1.1
qr_stamp="$deps/src/.stamp-qrcodegen${QRGEN_DEB}"
if [ ! -f "$qr_stamp" ]; then
  say "fetching the Debian source package qr-code-generator=${QRGEN_DEB} (upstream tarball)"
  apt_src_setup
  qr_orig="qr-code-generator_${QRGEN}.orig.tar.gz"
  qr_rec=$(apt-cache "${O[@]}" showsrc qr-code-generator | awk -v v="$QRGEN_DEB" '
    /^Package:/ {keep = 0} /^Version:/ {keep = ($2 == v)} keep' )
  qr_dir=$(awk '/^Directory:/{print $2; exit}' <<<"$qr_rec")
  qr_sha=$(awk -v f="$qr_orig" '/^Checksums-Sha256:/{c=1; next} /^[^ ]/{c=0} c && $3 == f {print $1; exit}' <<<"$qr_rec")
  [ -n "$qr_dir" ] && [ -n "$qr_sha" ] || { echo "bootstrap: qr-code-generator ${QRGEN_DEB} not in the index"; exit 1; }
  /usr/lib/apt/apt-helper "${O[@]}" download-file "$uri/$qr_dir/$qr_orig" "$a/dl/$qr_orig" "SHA256:$qr_sha" >/dev/null
  rm -rf "$deps/src/qrcodegen"
  mkdir -p "$deps/src/qrcodegen"
  tar -xf "$a/dl/$qr_orig" -C "$deps/src/qrcodegen" --strip-components=1
  touch "$qr_stamp"
fi

# Header-only libraries in one include folder. emcc must not see /usr/include (glibc headers), so
# nlohmann is copied from Debian's package rather than found there.
inc="$deps/include"
if [ ! -f "$inc/mapbox/earcut.hpp" ] || [ ! -f "$inc/nlohmann/json.hpp" ]; then
  mkdir -p "$inc/mapbox"
  cp -r /usr/include/nlohmann "$inc/"
  cp "$deps/src/earcut/include/mapbox/earcut.hpp" "$inc/mapbox/"
fi

# --- 3. SDL2 built once for WebAssembly (its configure checks take minutes: reuse the result) ----
sdl_prefix="$deps/sdl2-wasm"
if [ ! -f "$sdl_prefix/lib/libSDL2.a" ]; then
  say "building SDL ${SDL} for WebAssembly (once, ~4 min)"
  export NODE_PATH=/usr/share/nodejs
  rm -rf "$deps/sdl2-build"
  emcmake cmake -S "$deps/src/sdl2" -B "$deps/sdl2-build" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DCMAKE_INSTALL_PREFIX="$sdl_prefix" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DSDL_AUDIO=OFF -DSDL_HAPTIC=OFF -DSDL_JOYSTICK=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF \
    -DSDL_HIDAPI=OFF -DSDL_PTHREADS=OFF -DSDL_THREADS=OFF >"$deps/sdl2-configure.log" 2>&1 \
    || { tail -30 "$deps/sdl2-configure.log"; exit 1; }
  cmake --build "$deps/sdl2-build" --target install >"$deps/sdl2-build.log" 2>&1 \
    || { tail -30 "$deps/sdl2-build.log"; exit 1; }
fi

# --- 4. npm dev dependencies (playwright-core, map data packages), exactly as locked --------------
if [ -f "$root/package-lock.json" ]; then
  if ! cmp -s "$root/package-lock.json" "$root/node_modules/.package-lock.json" 2>/dev/null \
     && ! cmp -s "$root/package-lock.json" "$root/node_modules/.lock-stamp" 2>/dev/null; then
    say "installing npm packages from package-lock.json"
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$root/package-lock.json" "$root/node_modules/.lock-stamp"
  fi
fi
