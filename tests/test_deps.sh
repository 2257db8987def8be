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
. tests/deps_lib.sh

headers=$(sed -n 's/^ *check \([^ ]*\) \([^ ]*\)\( c++\)\{0,1\}$/\1/p' examples/deps.sh)
packages=$(sed -n 's/^ *check \([^ ]*\) \([^ ]*\)\( c++\)\{0,1\}$/\2/p' examples/deps.sh | tr '\n' ' ' | sed 's/ $//')
[ -n "$packages" ]; result $? "deps.sh lists its packages: $packages"

none=(CC="cc -nostdinc" CXX="c++ -nostdinc" DEPS_APT=/nonexistent)
no_tool "$packages" env "${none[@]}" sh examples/deps.sh
make_stops "$packages" "fatal error" make -B rclip "${none[@]}"
mkdir -p "$tmp/inc"
installs "-y -qq $packages" "for h in stdio.h $(echo $headers); do mkdir -p \"\$(dirname \"$tmp/inc/\$h\")\"; : >\"$tmp/inc/\$h\"; done" \
    env CC="cc -nostdinc -isystem $tmp/inc" CXX="c++ -nostdinc -isystem $tmp/inc" DEPS_APT="$tmp/apt" sh examples/deps.sh
echo "deps: $pass passed, $fail failed"
[ $fail = 0 ]
