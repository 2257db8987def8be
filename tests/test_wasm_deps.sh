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
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
result() { if [ "$1" = 0 ]; then pass=$((pass + 1)); echo "  ok   $2"; else fail=$((fail + 1)); echo "  FAIL $2"; fi; }
packages="clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32 chromium"
none=(WASM_LLVM="$tmp/llvm" WASI_INCLUDE="$tmp/inc" CHROMIUM="$tmp/bin/chromium")

err=$(env "${none[@]}" DEPS_APT=/nonexistent sh web/deps.sh browser 2>&1 >/dev/null); rc=$?
[ $rc = 1 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && [[ "$err" == *"sudo apt-get install $packages"* ]]
result $? "nothing installed, no package tool: exit 1 and one line: $err"

out=$(env "${none[@]}" DEPS_APT=/nonexistent make -B wasm 2>&1); rc=$?
[ $rc != 0 ] && [[ "$out" == *"sudo apt-get install clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32"* ]] && [[ "$out" != *"clang --target"* ]]
result $? "make wasm stops at the dependency check, before compiling"

if [ "$(id -u)" = 0 ]; then
    cat >"$tmp/apt" <<STUB
#!/bin/sh
echo "\$*" >>"$tmp/apt.log"
[ "\$1" = install ] || exit 0
mkdir -p "$tmp/llvm/bin" "$tmp/llvm/lib/clang/14.0.6/lib/wasi" "$tmp/inc" "$tmp/bin"
for f in "$tmp/llvm/bin/clang" "$tmp/llvm/bin/wasm-ld" "$tmp/bin/chromium"; do printf '#!/bin/sh\n' > "\$f"; chmod +x "\$f"; done
: > "$tmp/inc/stdio.h"; : > "$tmp/llvm/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a"
STUB
    chmod +x "$tmp/apt"
    env "${none[@]}" DEPS_APT="$tmp/apt" sh web/deps.sh browser 2>/dev/null; rc=$?
    log=$(cat "$tmp/apt.log" 2>/dev/null)
    [ $rc = 0 ] && [ "$log" = "$(printf 'update -qq\ninstall -y -qq --no-install-recommends %s' "$packages")" ]
    result $? "as root: installs exactly the missing packages, then passes (tool log: $(echo $log))"
else
    echo "  (not root: the install path is not exercised here; CI runs as root)"
fi
echo "wasm deps: $pass passed, $fail failed"
[ $fail = 0 ]
