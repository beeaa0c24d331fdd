#!/usr/bin/env bash
# Builds the npm package `reportage` into pkg/ (the size-tuned `wasm` profile of Cargo.toml): the WebAssembly
# module and its wasm-bindgen binding, the entry points written by hand in js/, package.json
# and README.md (scripts/package.mjs). The demo gets a copy in www/pkg/.
#
# Cargo's own progress shows when stderr is a terminal; elsewhere (CI, logs) it is quiet.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
log() { echo "[build] $*" >&2; }
quiet=()
[ -t 2 ] || quiet=(--quiet)
started=$SECONDS

log "compiling the WebAssembly module (cargo, wasm profile; a cold build takes several minutes, then seconds)…"
cargo build "${quiet[@]}" --lib --profile wasm --target wasm32-unknown-unknown
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/reportage.wasm"

log "binding: wasm-bindgen --target web → pkg/"
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name reportage "$wasm"
node scripts/strip-wasm.mjs pkg/reportage_bg.wasm

log "package: entry points, embedded module, package.json, README.md"
node scripts/package.mjs pkg

log "demo: copying pkg/ to www/pkg/"
rm -rf www/pkg
cp -R pkg www/pkg
log "done in $((SECONDS - started)) s: pkg/ (npm pack pkg/ makes the tarball) and www/pkg/"
