#!/usr/bin/env bash
# Idempotent set-up for building and testing reportage. Safe to run on every `npm start` and
# `npm test`: each step checks whether its result is already there and skips itself if so.
#
# The wasm32 standard library: the ordinary path is the default rustup toolchain with the
# wasm32-unknown-unknown target (added with `rustup target add` when missing). Where that
# target cannot be downloaded, the fallback builds it from Debian's Rust sources
# (packages rustc-web, cargo-web, rust-web-src) and links that toolchain into rustup as
# `system`. The chosen toolchain is written to target/toolchain.env for the other scripts.
# REPORTAGE_WASM_STD=debian forces the fallback (to test it on a machine with rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "[setup] $*" >&2; }
# Cargo's own progress when stderr is a terminal (a first install takes minutes); quiet in logs.
cargo_quiet=()
[ -t 2 ] || cargo_quiet=(-q)
log "checking Chromium and its driver, the Rust toolchain for wasm32, wasm-bindgen, wasm-pack and node packages"

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
apt_updated=0
apt_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    log "missing ${missing[*]} and no apt-get to install them: install them by hand"
    return 1
  fi
  if [ "$apt_updated" = 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- 1. A browser and its driver (headless tests, the demo's end-to-end test) -------------
if ! command -v chromedriver >/dev/null || ! { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; }; then
  apt_install chromium chromium-driver
fi

# --- 2. A Rust toolchain with the wasm32 standard library ---------------------------------
has_wasm_std() { # $1: toolchain name for rustup, or "" for the plain rustc on PATH
  local sysroot
  sysroot=$(RUSTUP_TOOLCHAIN="$1" rustc --print sysroot 2>/dev/null) || return 1
  compgen -G "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null
}

build_wasm_std_from_debian() {
  log "building the wasm32 standard library from Debian's Rust sources (once, about a minute)"
  apt_install rustc-web cargo-web rust-web-src lld binaryen
  local scratch
  scratch=$(mktemp -d)
  mkdir -p "$scratch/src"
  printf '[package]\nname = "wasm-std"\nversion = "0.0.0"\nedition = "2021"\n' >"$scratch/Cargo.toml"
  : >"$scratch/src/lib.rs"
  (cd "$scratch" && env -u RUSTUP_TOOLCHAIN RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld \
    /usr/bin/cargo build -q --release --target wasm32-unknown-unknown \
    -Z build-std=std,panic_abort,panic_unwind,test,proc_macro)
  $SUDO mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin
  $SUDO cp "$scratch"/target/wasm32-unknown-unknown/release/deps/*.rlib /usr/lib/rustlib/wasm32-unknown-unknown/lib/
  [ -e /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld ] ||
    $SUDO ln -s /usr/bin/lld /usr/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld
  rm -rf "$scratch"
}

toolchain=""
if command -v rustup >/dev/null; then
  default=$(cd / && rustup show active-toolchain 2>/dev/null | cut -d' ' -f1)
  if [ "${REPORTAGE_WASM_STD:-}" = debian ]; then
    default=none
  fi
  if [ "$default" != none ] && has_wasm_std "$default"; then
    toolchain=$default
  elif has_wasm_std system; then
    toolchain=system
  elif [ "$default" != none ] && timeout 90 rustup target add --toolchain "$default" wasm32-unknown-unknown >/dev/null 2>&1 && has_wasm_std "$default"; then
    log "added wasm32-unknown-unknown to $default"
    toolchain=$default
  else
    log "rustup could not add wasm32-unknown-unknown: falling back to Debian's Rust"
    if ! compgen -G "/usr/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null; then
      build_wasm_std_from_debian
    fi
    rustup toolchain list | grep -q '^system' || rustup toolchain link system /usr
    toolchain=system
  fi
else
  if ! has_wasm_std ""; then
    build_wasm_std_from_debian
  fi
fi
mkdir -p target
echo "RUSTUP_TOOLCHAIN=$toolchain" >target/toolchain.env
log "wasm toolchain: ${toolchain:-rustc on PATH}"

# --- 3. wasm-bindgen CLI, exactly the version in Cargo.lock -------------------------------
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (a few minutes, once)"
  cargo install "${cargo_quiet[@]}" wasm-bindgen-cli --version "=$want"
fi

# --- 4. wasm-pack, which runs the browser tests (tests/web.rs) -----------------------------
# Built from crates.io: its npm package downloads a binary from elsewhere. It uses the
# wasm-bindgen above and Debian's chromedriver (scripts/test.sh), and downloads nothing.
wasm_pack=0.15.1
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}' || true)" != "$wasm_pack" ]; then
  log "installing wasm-pack $wasm_pack from crates.io (about three minutes on two cores, once)"
  cargo install "${cargo_quiet[@]}" --locked wasm-pack --version "=$wasm_pack"
fi

# --- 5. Node packages (Playwright driver for Debian's Chromium, no browser download; tsc;
# esbuild and Vite for the package tests) -------------------------------------------------
# Installed again whenever a devDependency of package.json is missing or at another version.
if ! node -e '
  const fs = require("fs");
  const { devDependencies } = JSON.parse(fs.readFileSync("package.json", "utf8"));
  for (const [name, want] of Object.entries(devDependencies)) {
    const have = JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
    if (/^\d+\.\d+\.\d+/.test(want) && have !== want) process.exit(1);
  }' 2>/dev/null; then
  log "installing node packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
log "ready"
