#!/usr/bin/env bash
# Fuzzes `extract` for a bounded time (default 120 s; `scripts/fuzz.sh 600` for ten minutes)
# and prints executions and crashes. Needs a nightly toolchain (rustup) for libFuzzer.
# Inputs are built from news-like pieces up to 64 KB (fuzz/fuzz_targets/extract.rs); an input
# that takes more than 30 s or 2 GB is reported as a timeout or out-of-memory crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install -q cargo-fuzz
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
mkdir -p fuzz/corpus/extract target/fuzz
# The seed corpus: our own layout cases.
cp -n tests/cases/layout/*.txt fuzz/corpus/extract/ 2>/dev/null || true
log=target/fuzz/last-run.log
set +e
cargo +nightly fuzz run extract fuzz/corpus/extract -- -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 -timeout=30 -rss_limit_mb=2048 >"$log" 2>&1
status=$?
set -e
runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
crashes=$(ls fuzz/artifacts/extract 2>/dev/null | grep -cE '^(crash|timeout|oom)-' || true)
echo "fuzz: ${seconds}s, ${runs:-?} executions, ${crashes} crash, timeout or oom files in fuzz/artifacts/extract, exit ${status} (log: ${log})"
exit "$status"
