#!/usr/bin/env bash
# Prints the size of the shipped package (wasm + JS glue) with Cargo's default release
# settings and with the project's size-tuned `wasm` profile (plus custom sections stripped, as
# scripts/build.sh does): raw, gzip -9 and brotli -q 11 bytes. Then where the bytes of the
# tuned module go (scripts/wasm-size.mjs): sections, largest functions, function bytes by
# crate or module, sort code by call site, data segments and what they hold.
#
# The tuned build uses v0 symbol mangling (names carry their generic arguments, so a sort
# names the comparison it was made for) and writes a linker map (names the statics inside
# the data segment). Neither changes the code: its size is build.sh's to within a few bytes.
# SIZE_TOP=N: rows per table (30).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
measure() { # $1: label; $2: Cargo profile; the rest: env assignments for cargo
  local label=$1 profile=$2; shift 2
  local out=target/size/$label
  rm -rf "$out"; mkdir -p "$out"
  if [ "$label" = tuned ]; then
    env "$@" cargo rustc --quiet --lib --profile "$profile" --target wasm32-unknown-unknown --target-dir target/size-build-$label \
      -- -C link-arg=--Map="$PWD/target/size-build-$label/lld.map"
  else
    env "$@" cargo build --quiet --lib --profile "$profile" --target wasm32-unknown-unknown --target-dir target/size-build-$label
  fi
  wasm-bindgen --target web --out-dir "$out" --out-name reportage target/size-build-$label/wasm32-unknown-unknown/$profile/reportage.wasm
  if [ "$label" = tuned ]; then
    cp "$out/reportage_bg.wasm" "$out/reportage_bg.names.wasm"
    node scripts/strip-wasm.mjs "$out/reportage_bg.wasm" 2>/dev/null
  fi
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const [dir, label] = process.argv.slice(1);
    const data = Buffer.concat(["reportage_bg.wasm", "reportage.js"].map((f) => fs.readFileSync(dir + "/" + f)));
    const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`${label.padEnd(10)} raw ${data.length}  gzip ${zlib.gzipSync(data, { level: 9 }).length}  brotli ${br}`);
  ' "$out" "$label"
}
measure default release CARGO_PROFILE_RELEASE_OPT_LEVEL=3 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_PANIC=unwind
measure tuned wasm RUSTFLAGS="${RUSTFLAGS:-} -C symbol-mangling-version=v0"
data=$(cat data/*.tsv data/*.txt | wc -c)
echo "embedded gazetteer data (data/*.tsv, data/*.txt): $data bytes"
echo
node scripts/wasm-size.mjs target/size/tuned/reportage_bg.names.wasm --map target/size-build-tuned/lld.map --top "${SIZE_TOP:-30}"
