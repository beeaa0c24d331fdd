# Sourced by the build and test scripts: the toolchain chosen by setup.sh and the browser
# test settings.
if [ -f target/toolchain.env ]; then
  # shellcheck disable=SC1091
  . target/toolchain.env
fi
if [ -n "${RUSTUP_TOOLCHAIN:-}" ]; then export RUSTUP_TOOLCHAIN; else unset RUSTUP_TOOLCHAIN; fi
export PATH="$HOME/.cargo/bin:$PATH"
CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver || true)}
export CHROMEDRIVER
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
