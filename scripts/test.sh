#!/usr/bin/env bash
# Every test: native (cargo), in headless Chromium (wasm-bindgen-test), the TypeScript
# declarations against real output (tsc), and end-to-end on the demo page (Playwright driving
# Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
echo "== native tests"
# The training data beside the project is part of the test: its absence is a failure here.
export REPORTAGE_REQUIRE_DATA=1
cargo test --quiet
echo "== wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web
echo "== build the demo"
bash scripts/build.sh
echo "== TypeScript declarations against real output"
node scripts/check-types.mjs
echo "== demo page end-to-end"
node --test tests/e2e/
