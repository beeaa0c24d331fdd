#!/usr/bin/env bash
# Every test: native (cargo), in headless Chromium (wasm-pack test, wasm-bindgen-test), the
# TypeScript declarations against real output (tsc), the npm package as users get it (packed,
# installed, imported in Node, bundled by esbuild and Vite, in a page and in workers), the DOM
# helpers and the Manifest V3 extension, and end-to-end on the demo page (Playwright driving Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
echo "== native tests"
# The training data beside the project is part of the test: its absence is a failure here.
export REPORTAGE_REQUIRE_DATA=1
cargo test --quiet
echo "== wasm tests in headless Chromium (wasm-pack test)"
# Debian's chromedriver, and the wasm-bindgen installed by setup.sh: no-install mode fails
# rather than download either. wasm-pack builds every test target for wasm32 and runs tests/web.rs.
wasm-pack test --headless --chrome --chromedriver "$CHROMEDRIVER" --mode no-install -- --test web
echo "== build the package and the demo"
bash scripts/build.sh
echo "== TypeScript declarations against real output, and the package's types"
node scripts/check-types.mjs
echo "== the npm package: Node, esbuild, Vite, a plain page, workers"
node --test tests/package/
echo "== DOM helpers and the browser extension, on pages whose CSP forbids WebAssembly"
node --test tests/dom/ tests/extension/
echo "== demo page end-to-end"
node --test tests/e2e/
