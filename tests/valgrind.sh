#!/usr/bin/env bash
# valgrind memcheck over the C tests whose inputs make test has generated (build/): each built
# without sanitizers at -O1 with the AVX2+FMA kernels (valgrind has no AVX-512), run under
# memcheck; a test passes when it passes and memcheck reports no error and no definite or
# indirect leak. Prints one line per test, then "valgrind: N passed, M failed".
#
# usage: tests/valgrind.sh BUILD_DIR [TEST...]   (default: every test below; make test runs the
#        quicker ones, the rest are covered there under ASan)
set -uo pipefail
cd "$(dirname "$0")/.."
B=${1:-build}; shift || true
only=" $* "; bin="$B/valgrind"; mkdir -p "$bin"
F="-std=c99 -O1 -g -mavx2 -mfma -Wall -Wextra -Werror -I."
pass=0; fail=0

vg() {  # vg NAME [BUILD FLAGS ...] -- ARGS...
    local name=$1 flags=(); shift
    [ "$only" = "  " ] || [[ "$only" == *" $name "* ]] || return 0
    while [ "$1" != -- ]; do flags+=("$1"); shift; done; shift
    local log="$bin/$name.log"
    if ! cc $F "${flags[@]}" "tests/test_$name.c" -o "$bin/test_$name" -lm -lz -ljpeg -ltiff; then
        echo "valgrind $name: build failed"; fail=$((fail + 1)); return
    fi
    local t0=$SECONDS
    if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
            "$bin/test_$name" "$@" >"$log" 2>&1; then
        pass=$((pass + 1)); echo "valgrind $name: ok ($(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1), $((SECONDS - t0)) s)"
    else
        fail=$((fail + 1)); echo "valgrind $name: FAILED (log $log)"; grep -E '==[0-9]+==|FAIL' "$log" | head -n 20 | sed 's/^/    /'
    fi
}

vg session       -- "$B/tiny/tiny.gguf"
vg badinput      -- "$B/tiny/tiny.gguf" "$B/golden/biomedclip-small.gguf" "$B/regions/clip-roi.gguf"
vg tokenizer     -- "$B/tiny/tiny.gguf" "$B/tokenizer"
vg wordpiece     -- "$B/wordpiece"
vg preprocess    -- "$B/preprocess_cases.bin"
vg roi_align     -- "$B/roi_align_cases.bin"
vg augment       -- "$B/augment_cases.bin" "$B/tiny/tiny.gguf"
vg manifest      -- "$B/medregion/train.txt" "$B/medregion/heldout.txt"
vg ground        -- "$B/ground"
vg regions       -- "$B/regions/clip-roi.gguf" "$B/regions/clip-roi_cases.bin" "$B/regions/biomed-roi.gguf" "$B/regions/biomed-roi_cases.bin"
vg vqa           -- "$B/regions/clip.gguf" "$B/regions/clip-roi.gguf" "$B/regions/clip-roi_vqa.bin" \
                    "$B/regions/biomed-roi.gguf" "$B/regions/biomed-roi_vqa.bin"
vg train -DREGIONCLIP_TRAINING -- "$B/train/train-gelu.gguf" "$B/train/train-gelu.golden.gguf"
echo "valgrind: $pass passed, $fail failed"
[ "$fail" = 0 ]
