# Shared by tests/test_deps.sh and tests/test_wasm_deps.sh: the three checks of a dependency
# script (examples/deps.sh, web/deps.sh) on a machine simulated to lack what it checks.
# Source it after `cd` to the repository; it sets tmp (removed on exit), pass and fail.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
result() { if [ "$1" = 0 ]; then pass=$((pass + 1)); echo "  ok   $2"; else fail=$((fail + 1)); echo "  FAIL $2"; fi; }

# no_tool PACKAGES COMMAND...: without a package tool the command exits 1 with one line that
# names every package.
no_tool() {
    local packages=$1 err rc; shift
    err=$("$@" 2>&1 >/dev/null); rc=$?
    [ $rc = 1 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && [[ "$err" == *"sudo apt-get install $packages"* ]]
    result $? "nothing installed, no package tool: exit 1 and one line: $err"
}

# make_stops PACKAGES COMPILER_TEXT COMMAND...: make fails at the check, naming the packages,
# and its output never shows COMPILER_TEXT (no compiler ran, or none failed).
make_stops() {
    local packages=$1 compiler=$2 out rc; shift 2
    out=$("$@" 2>&1); rc=$?
    [ $rc != 0 ] && [[ "$out" == *"sudo apt-get install $packages"* ]] && [[ "$out" != *"$compiler"* ]]
    result $? "make stops at the dependency check, before compiling"
}

# installs INSTALL_ARGS PROVIDE COMMAND...: as root with a stand-in package tool ($tmp/apt, which
# logs its arguments and, on install, runs the shell text PROVIDE): update, then exactly one
# install with INSTALL_ARGS, and the check passes. Not root: says so and checks nothing.
installs() {
    local want=$1 provide=$2 log rc; shift 2
    if [ "$(id -u)" != 0 ]; then echo "  (not root: the install path is not exercised here; CI runs as root)"; return; fi
    printf '#!/bin/sh\necho "$*" >>"%s/apt.log"\n[ "$1" = install ] || exit 0\n%s\n' "$tmp" "$provide" >"$tmp/apt"
    chmod +x "$tmp/apt"
    "$@" 2>/dev/null; rc=$?
    log=$(cat "$tmp/apt.log" 2>/dev/null)
    [ $rc = 0 ] && [ "$log" = "$(printf 'update -qq\ninstall %s' "$want")" ]
    result $? "as root: installs exactly the missing packages, then passes (tool log: $(echo $log))"
}
