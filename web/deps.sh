#!/bin/sh
# The wasm build's toolchain and the browser test's browser, from Debian (like examples/deps.sh):
#   what                                   Debian package
#   clang-14 (--target=wasm32-wasi)         clang-14
#   wasm-ld                                 lld-14
#   the WASI sysroot (libc headers, libc.a) wasi-libc
#   libclang_rt.builtins-wasm32.a           libclang-rt-14-dev-wasm32
#   chromium (only with the argument "browser") chromium
# Installs the missing ones when it can (root with apt-get), else names them in one line.
# Prints nothing when everything is there. DEPS_APT: the package tool (default apt-get); WASM_LLVM,
# WASI_INCLUDE, CHROMIUM: where to look (tests/test_wasm_deps.sh points them at a stand-in).
APT=${DEPS_APT:-apt-get}
LLVM=${WASM_LLVM:-/usr/lib/llvm-14}
WASI_INC=${WASI_INCLUDE:-/usr/include/wasm32-wasi}
missing=""
scan() {
    missing=""
    [ -x "$LLVM/bin/clang" ] || missing="$missing clang-14"
    [ -x "$LLVM/bin/wasm-ld" ] || missing="$missing lld-14"
    [ -f "$WASI_INC/stdio.h" ] || missing="$missing wasi-libc"
    ls "$LLVM"/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a >/dev/null 2>&1 || missing="$missing libclang-rt-14-dev-wasm32"
    if [ "${1:-}" = browser ]; then command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1 || missing="$missing chromium"; fi
}
scan "${1:-}"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v "$APT" >/dev/null 2>&1; then
    echo "deps: installing$missing" >&2
    "$APT" update -qq >&2 && DEBIAN_FRONTEND=noninteractive "$APT" install -y -qq --no-install-recommends $missing >&2
    scan "${1:-}"
    [ -z "$missing" ] && exit 0
fi
echo "deps: missing; install them with: sudo apt-get install$missing" >&2
exit 1
