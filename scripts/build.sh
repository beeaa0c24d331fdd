#!/usr/bin/env bash
# Builds the WebAssembly package into www/pkg (release profile, size-tuned), then shrinks it
# with wasm-opt when binaryen is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
cargo build --quiet --lib --release --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir www/pkg --out-name reportage \
  target/wasm32-unknown-unknown/release/reportage.wasm
if command -v wasm-opt >/dev/null; then
  if wasm-opt -Os --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
      --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
      www/pkg/reportage_bg.wasm -o www/pkg/reportage_bg.opt.wasm 2>/dev/null; then
    mv www/pkg/reportage_bg.opt.wasm www/pkg/reportage_bg.wasm
  else
    rm -f www/pkg/reportage_bg.opt.wasm
    echo "[build] wasm-opt could not process the module; shipping it unoptimised" >&2
  fi
fi
echo "[build] www/pkg/reportage_bg.wasm: $(wc -c <www/pkg/reportage_bg.wasm) bytes" >&2
