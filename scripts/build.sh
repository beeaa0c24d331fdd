#!/usr/bin/env bash
# Builds the WebAssembly package into www/pkg (release profile, size-tuned).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
cargo build --quiet --lib --release --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir www/pkg --out-name reportage \
  target/wasm32-unknown-unknown/release/reportage.wasm
node scripts/strip-wasm.mjs www/pkg/reportage_bg.wasm
# The hand-written JS beside the generated binding (the worker client and its thread).
cp js/*.js js/*.d.ts www/pkg/
echo "[build] www/pkg/reportage_bg.wasm: $(wc -c <www/pkg/reportage_bg.wasm) bytes" >&2
