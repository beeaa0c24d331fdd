#!/usr/bin/env bash
# Prints the size of the shipped package (wasm + JS glue) with Cargo's default release
# settings and with the project's size-tuned profile (plus custom sections stripped, as
# scripts/build.sh does): raw, gzip -9 and brotli -q 11 bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
measure() { # $1: label; the rest: env assignments for cargo
  local label=$1; shift
  local out=target/size/$label
  rm -rf "$out"; mkdir -p "$out"
  env "$@" cargo build --quiet --lib --release --target wasm32-unknown-unknown --target-dir target/size-build-$label
  wasm-bindgen --target web --out-dir "$out" --out-name reportage target/size-build-$label/wasm32-unknown-unknown/release/reportage.wasm
  if [ "$label" = tuned ]; then node scripts/strip-wasm.mjs "$out/reportage_bg.wasm" 2>/dev/null; fi
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const [dir, label] = process.argv.slice(1);
    const data = Buffer.concat(["reportage_bg.wasm", "reportage.js"].map((f) => fs.readFileSync(dir + "/" + f)));
    const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`${label.padEnd(10)} raw ${data.length}  gzip ${zlib.gzipSync(data, { level: 9 }).length}  brotli ${br}`);
  ' "$out" "$label"
}
measure default CARGO_PROFILE_RELEASE_OPT_LEVEL=3 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_PANIC=unwind
measure tuned
data=$(cat data/*.tsv data/*.txt | wc -c)
echo "embedded gazetteer data (data/*.tsv, data/*.txt): $data bytes"
