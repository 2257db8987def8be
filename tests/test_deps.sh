#!/usr/bin/env bash
# The build's dependency check (examples/deps.sh, run by every `make`) on a machine without the
# headers, simulated by a compiler that sees none (-nostdinc) and a stand-in package tool:
#   1. no package tool usable: one line naming every package, exit 1, and `make` stops there,
#      before any compiler error;
#   2. as root with a package tool (a stand-in that records its arguments and provides the
#      headers): the missing packages are installed (update, then install of exactly those) and
#      the check passes.
# The (header, package) pairs are read from deps.sh's own `check` lines.
# Prints "deps: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
result() { if [ "$1" = 0 ]; then pass=$((pass + 1)); echo "  ok   $2"; else fail=$((fail + 1)); echo "  FAIL $2"; fi; }

headers=$(sed -n 's/^ *check \([^ ]*\) \([^ ]*\)\( c++\)\{0,1\}$/\1/p' examples/deps.sh)
packages=$(sed -n 's/^ *check \([^ ]*\) \([^ ]*\)\( c++\)\{0,1\}$/\2/p' examples/deps.sh | tr '\n' ' ' | sed 's/ $//')
[ -n "$packages" ]; result $? "deps.sh lists its packages: $packages"

err=$(CC="cc -nostdinc" CXX="c++ -nostdinc" DEPS_APT=/nonexistent sh examples/deps.sh 2>&1 >/dev/null); rc=$?
[ $rc = 1 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && [[ "$err" == *"sudo apt-get install $packages"* ]]
result $? "missing headers, no package tool: exit 1 and one line: $err"

out=$(make -B rclip CC="cc -nostdinc" CXX="c++ -nostdinc" DEPS_APT=/nonexistent 2>&1); rc=$?
[ $rc != 0 ] && [[ "$out" == *"sudo apt-get install $packages"* ]] && [[ "$out" != *"fatal error"* ]]
result $? "make stops at the dependency check, before compiling"

if [ "$(id -u)" = 0 ]; then
    mkdir -p "$tmp/inc"
    cat >"$tmp/apt" <<STUB
#!/bin/sh
echo "\$*" >>"$tmp/apt.log"
[ "\$1" = install ] || exit 0
for h in stdio.h $(echo $headers); do mkdir -p "\$(dirname "$tmp/inc/\$h")"; : >"$tmp/inc/\$h"; done
STUB
    chmod +x "$tmp/apt"
    CC="cc -nostdinc -isystem $tmp/inc" CXX="c++ -nostdinc -isystem $tmp/inc" DEPS_APT="$tmp/apt" sh examples/deps.sh 2>/dev/null; rc=$?
    log=$(cat "$tmp/apt.log" 2>/dev/null)
    [ $rc = 0 ] && [ "$log" = "$(printf 'update -qq\ninstall -y -qq %s' "$packages")" ]
    result $? "as root: installs exactly the missing packages, then passes (tool log: $(echo $log))"
else
    echo "  (not root: the install path is not exercised here; CI runs as root)"
fi
echo "deps: $pass passed, $fail failed"
[ $fail = 0 ]
