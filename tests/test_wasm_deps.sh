#!/usr/bin/env bash
# web/deps.sh (run by `make wasm`, and with "browser" by web/setup.sh) on a machine without the
# toolchain, simulated by pointing it at empty places and a stand-in package tool:
#   1. no package tool usable: one line naming every package, exit 1, and `make wasm` stops
#      there, before any compiler runs;
#   2. as root with a package tool (a stand-in that records its arguments and provides the
#      files): exactly the missing packages are installed (update, then install) and the check passes.
# Prints "wasm deps: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
. tests/deps_lib.sh

packages="clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 chromium"
none=(WASM_LLVM="$tmp/llvm" WASI_INCLUDE="$tmp/inc" CHROMIUM="$tmp/bin/chromium")
no_tool "$packages" env "${none[@]}" DEPS_APT=/nonexistent sh web/deps.sh browser
make_stops "clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32" "clang --target" env "${none[@]}" DEPS_APT=/nonexistent make -B wasm
installs "-y -qq --no-install-recommends $packages" "mkdir -p $tmp/llvm/bin $tmp/llvm/lib/clang/14.0.6/lib/wasi $tmp/inc $tmp/bin
for f in $tmp/llvm/bin/clang $tmp/llvm/bin/wasm-ld $tmp/bin/chromium; do printf '#!/bin/sh\n' > \"\$f\"; chmod +x \"\$f\"; done
: > $tmp/inc/stdio.h; : > $tmp/llvm/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a" \
    env "${none[@]}" DEPS_APT="$tmp/apt" sh web/deps.sh browser
echo "wasm deps: $pass passed, $fail failed"
[ $fail = 0 ]
