#!/usr/bin/env bash
# Runs every test of the project and prints "N passed, M failed" last.
# Each step's output goes to build/logs/<step>.log; a step that prints "... N passed, M failed"
# contributes its counts, any other step counts as one check (exit status 0 = passed).
# The steps are the `step NAME COMMAND...` lines below, in order; a step longer than one command
# is a function (step_*) defined before the list. Each step is timed: the summary names the
# five slowest, build/logs/times.txt has them all.
#
#   make test                    every step (on a clean clone ~50 min)
#   make test STEP=kernels       only the steps whose names match STEP: a name, a glob
#   make test STEP='golden-* cli'  ('golden-*') or several separated by spaces
#   make test LIST=1             prints the step names (with STEP: the matching ones), runs nothing
#
# STEP runs the environment setup and then only the named steps: what they read from build/ (test
# binaries from build-tests, reference data from gen-*) must be there from an earlier full run or
# `make test STEP=build-tests` etc.; a failing step lists the build/ paths it was given that do not
# exist. LIST=1 sees the golden-* steps of the models in build/golden only (none: one `golden-*`).
set -uo pipefail
cd "$(dirname "$0")/.."
STEP=${STEP:-}; LIST=${LIST:-}
if [ -n "$LIST" ]; then PY=${PY:-python3}
else PY=$(bash tests/setup_env.sh) || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
fi
export PY
B=build; mkdir -p "$B/logs" "$B/bin"
PASS=0; FAIL=0; FAILED_STEPS=(); TIMES=(); MATCHED=0
read -ra STEP_PATTERNS <<<"$STEP"

selected() {   # selected NAME: does NAME match STEP (always, without STEP)?
    local p
    [ ${#STEP_PATTERNS[@]} = 0 ] && return 0
    for p in "${STEP_PATTERNS[@]}"; do
        # shellcheck disable=SC2254   # $p is a glob on purpose
        case $1 in $p) return 0;; esac
    done
    return 1
}

missing_inputs() {   # missing_inputs ARG...: the build/ paths among ARGs that do not exist
    local a
    for a in "$@"; do
        case $a in "$B"/*) [ -e "$a" ] || echo "    missing: $a (if the step reads it, an earlier step makes it)";; esac
    done
}

step() {   # step NAME COMMAND...
    local name=$1; shift
    selected "$name" || return 0
    MATCHED=$((MATCHED + 1))
    if [ -n "$LIST" ]; then echo "$name"; return 0; fi
    local log="$B/logs/$name.log" t0=${EPOCHREALTIME/,/.}   # a decimal comma in some locales
    ( "$@" ) >"$log" 2>&1; local rc=$?
    TIMES+=("$(awk -v a="$t0" -v b="${EPOCHREALTIME/,/.}" 'BEGIN { printf "%.1f", b - a }') $name")
    local line; line=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -n "$line" ]; then
        local p f
        p=${line%% passed*}
        f=${line#*passed, }; f=${f%% failed*}
        [ "$rc" != 0 ] && [ "$f" = 0 ] && f=1
        PASS=$((PASS + p)); FAIL=$((FAIL + f))
    elif [ "$rc" = 0 ]; then PASS=$((PASS + 1)); f=0
    else FAIL=$((FAIL + 1)); f=1
    fi
    if [ "$rc" != 0 ] || [ "${f:-0}" != 0 ]; then
        FAILED_STEPS+=("$name"); printf '%-40s FAIL (see %s)\n' "$name" "$log"; tail -n 25 "$log" | sed 's/^/    /'
        if [ -n "$STEP" ]; then missing_inputs "$@"; fi
    else printf '%-40s ok %s\n' "$name" "${line:+($line)}"
    fi
}

CFLAGS_FAST="-std=c99 -O2 -march=native -fopenmp -Wall -Wextra -Werror"
CFLAGS_SAN="-std=c99 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -Wall -Wextra -Werror"
build() {  # build OUT SRC FLAGS...
    local out=$1 src=$2; shift 2
    ${CC:-cc} "$@" "$src" -o "$B/bin/$out" -lm
}
build_both() {  # build_both NAME: tests/NAME.c as build/bin/NAME (optimized) and NAME_san (sanitized)
    build "$1" "tests/$1.c" $CFLAGS_FAST && build "$1_san" "tests/$1.c" $CFLAGS_SAN
}

# ---- The steps longer than one command (run in a subshell of their step, output in its log) ----
A64="aarch64-linux-gnu-gcc -std=c99 -O2 -static -Wall -Wextra -Werror"
WASM_CC="/usr/lib/llvm-14/bin/clang --target=wasm32-wasi -O2 -std=c99 -Wall -Wextra -pedantic -Werror -I."
WASM_MODELS=(vit-b-32 vit-b-16 vit-l-14-4l hf-clip-b-32.f16 biomedclip-small biomedclip)
WASM_SMALL=(vit-b-32 biomedclip-small)
wasm_pairs() { for n in "$@"; do printf '%s %s ' "$B/golden/$n.gguf" "$B/wasm/$n.ref.bin"; done
               printf '%s %s' weights/regionclip-demo.gguf "$B/wasm/demo.ref.bin"; }

expect_build() {   # expect_build GLOB WHAT COMMAND...: COMMAND's status, and a failure unless its output matches GLOB
    local glob=$1 what=$2 out st; shift 2
    out=$("$@"); st=$?; echo "$out"
    # shellcheck disable=SC2254   # $glob is a glob on purpose
    case $out in $glob) return $st;; *) echo "not the $what build"; return 1;; esac
}

same_bytes() {   # same_bytes FIRST AGAIN GENERATOR ARGS...: GENERATOR writes AGAIN as it wrote FIRST
    local first=$1 again=$2 gen=$3; shift 3
    "$PY" "$gen" "$again" "$@" && diff -r "$first" "$again" && echo "same seed, same bytes"
}

step_compile_training() {
    set -e; local W='-Wall -Wextra -pedantic -Werror -DREGIONCLIP_TRAINING -I.'
    gcc -std=c99 $W -c $B/tu.c -o $B/tu_train.o; clang -std=c99 $W -c $B/tu.c -o /dev/null
    g++ -x c++ $W -c $B/tu.c -o /dev/null; bash tests/check_globals.sh $B/tu_train.o
}

step_build_tests() {
    set -e
    build test_golden tests/test_golden.c $CFLAGS_FAST
    build test_kernels tests/test_kernels.c $CFLAGS_FAST
    build test_rss tests/test_rss.c $CFLAGS_FAST
    build bench_matmul tests/bench_matmul.c $CFLAGS_FAST   # make bench runs it; built here so it stays built
    build test_kernels_scalar tests/test_kernels.c $CFLAGS_FAST -DREGIONCLIP_NO_SIMD
    build test_kernels_san tests/test_kernels.c $CFLAGS_SAN
    build test_golden_scalar tests/test_golden.c $CFLAGS_FAST -DREGIONCLIP_NO_SIMD
    build test_golden_san tests/test_golden.c $CFLAGS_SAN
    build test_badinput_san tests/test_badinput.c $CFLAGS_SAN
    build_both test_preprocess
    build_both test_tokenizer
    build test_session tests/test_session.c -std=c99 -O1 -g -Wall -Wextra -Werror
    build test_faults_san tests/test_faults.c $CFLAGS_SAN
    build_both test_wordpiece
    build_both test_roi_align
    build_both test_regions
    build test_vqa tests/test_vqa.c $CFLAGS_SAN
    build_both test_augment
    ${CC} $CFLAGS_FAST -pedantic -I. tests/test_manifest.c -o $B/bin/test_manifest -lz -ljpeg -ltiff -lm
    ${CC} $CFLAGS_SAN -pedantic -I. tests/test_manifest.c -o $B/bin/test_manifest_san -lz -ljpeg -ltiff -lm
    ${CC} -std=c99 -O1 -g -fsanitize=thread -Wall -Wextra -Werror tests/test_threads.c -o $B/bin/test_threads_tsan -lpthread -lm
    ${CC} $CFLAGS_FAST tests/test_threads.c -o $B/bin/test_threads_omp -lpthread -lm
    ${CC} $CFLAGS_FAST -pedantic -I. tests/test_images.c -o $B/bin/test_images -lz -ljpeg -ltiff -lm
    ${CC} $CFLAGS_SAN -pedantic -I. tests/test_images.c -o $B/bin/test_images_san -lz -ljpeg -ltiff -lm
    build_both test_ground
    build test_train tests/test_train.c $CFLAGS_FAST -DREGIONCLIP_TRAINING
    build export_values tests/export_values.c $CFLAGS_FAST
    build test_train_san tests/test_train.c $CFLAGS_SAN -DREGIONCLIP_TRAINING
    build test_learn tests/test_learn.c $CFLAGS_FAST -DREGIONCLIP_TRAINING
    build test_train_scalar tests/test_train.c $CFLAGS_FAST -DREGIONCLIP_TRAINING -DREGIONCLIP_NO_SIMD
    build train_steps tests/train_steps.c $CFLAGS_FAST
    build search_topk tests/search_topk.c $CFLAGS_FAST -I.
    build search_topk_scalar tests/search_topk.c $CFLAGS_FAST -I. -DSEARCH_NO_SIMD
    build search_topk_san tests/search_topk.c $CFLAGS_SAN -march=native -I.
    ${CC} $CFLAGS_SAN -march=native -fopenmp -I. -isystem /usr/include/stb examples/rclip.c build/dicom_dcmtk.o -o $B/bin/rclip_san \
        -lstb -lz -ljpeg -ltiff -ldcmjpls -ldcmjpeg -lijg8 -lijg12 -lijg16 -ldcmimgle -ldcmdata -loflog -lofstd -lopenjp2 -lstdc++ -lm
    g++ -x c++ -O1 -Wall -Wextra -Werror tests/test_wordpiece.c -o $B/bin/test_wordpiece_cxx -lm
    clang++ -std=c++11 -O1 -Wall -Wextra -pedantic -Werror -I. examples/embed.cpp -o $B/bin/embed_clang -lm
    ${CC} -std=c99 -O2 -fPIC -shared -I. $B/tu.c -o $B/libregionclip.so -lm
}

step_anatomy_heldout() {
    "$PY" tests/gen_anatomy.py "$B/anatomy-held" --n 150 --seed 11 --heldout-only &&
    "$PY" tests/gen_anatomy.py "$B/anatomy-mni" --n 150 --seed 12 --heldout-only \
        --t1 build/wheels/nilearn-0.14.1-py3-none-any.whl:nilearn/datasets/data/mni_icbm152_t1_tal_nlin_sym_09a_converted.nii.gz
}

step_build_avx2() {
    set -e
    build test_kernels_avx2 tests/test_kernels.c -std=c99 -O2 -mavx2 -mfma -fopenmp -Wall -Wextra -Werror
    build test_golden_avx2 tests/test_golden.c -std=c99 -O2 -mavx2 -mfma -fopenmp -Wall -Wextra -Werror
    build test_kernels_avxvnni tests/test_kernels.c -std=c99 -O2 -mavx2 -mfma -mf16c -mavxvnni -fopenmp -Wall -Wextra -Werror
    build search_topk_avx2 tests/search_topk.c -std=c99 -O2 -mavx2 -mfma -mf16c -fopenmp -Wall -Wextra -Werror -I.
}

step_build_aarch64() {
    set -e
    $A64 tests/test_kernels.c -o $B/bin/test_kernels_a64 -lm
    $A64 -march=armv8.2-a+dotprod tests/test_kernels.c -o $B/bin/test_kernels_a64dot -lm
    $A64 tests/test_golden.c -o $B/bin/test_golden_a64 -lm
    $A64 tests/test_regions.c -o $B/bin/test_regions_a64 -lm
}

step_build_wasm_tests() {
    set -e; mkdir -p $B/wasm
    $WASM_CC -msimd128 tests/test_kernels.c -o $B/wasm/test_kernels.wasm -lm
    $WASM_CC tests/test_kernels.c -o $B/wasm/test_kernels_scalar.wasm -lm
    $WASM_CC -msimd128 tests/test_golden.c -o $B/wasm/test_golden.wasm -lm
}

step_wasm_ref() {
    set -e; mkdir -p $B/wasm; build wasm_ref tests/wasm_ref.c $CFLAGS_FAST -pedantic -I.
    for n in "${WASM_MODELS[@]}"; do $B/bin/wasm_ref $B/golden/$n.gguf $B/wasm/$n.ref.bin; done
    $B/bin/wasm_ref weights/regionclip-demo.gguf $B/wasm/demo.ref.bin
}

# 1. The header builds everywhere it promises to.
echo '#define REGIONCLIP_IMPLEMENTATION
#include "regionclip.h"
int main(void) { return 0; }' > "$B/tu.c"
step compile-gcc-c99        gcc   -std=c99 -Wall -Wextra -pedantic -Werror -I. -c "$B/tu.c" -o "$B/tu.o"
step compile-clang-c99      clang -std=c99 -Wall -Wextra -pedantic -Werror -I. -c "$B/tu.c" -o "$B/tu.o"
step compile-gxx            g++ -x c++ -Wall -Wextra -pedantic -Werror -I. -c "$B/tu.c" -o "$B/tu.o"
step compile-openmp-native  gcc   -std=c99 -Wall -Wextra -pedantic -Werror -fopenmp -march=native -I. -c "$B/tu.c" -o "$B/tu.o"
step compile-no-stdio       gcc   -std=c99 -Wall -Wextra -pedantic -Werror -DREGIONCLIP_NO_STDIO -I. -c "$B/tu.c" -o "$B/tu.o"
step compile-static         gcc   -std=c99 -Wall -Wextra -pedantic -Werror -DREGIONCLIP_STATIC -Wno-unused-function -I. -c "$B/tu.c" -o "$B/tu.o"
step compile-no-simd        gcc   -std=c99 -Wall -Wextra -pedantic -Werror -DREGIONCLIP_NO_SIMD -march=native -I. -c "$B/tu.c" -o "$B/tu.o"
step no-mutable-globals     bash tests/check_globals.sh "$B/tu.o"
step compile-training       step_compile_training
step inference-has-no-training bash -c "! nm '$B/tu.o' | grep -E 'rc_train|rc__train'"
step compile-training-openmp gcc  -std=c99 -Wall -Wextra -pedantic -Werror -DREGIONCLIP_TRAINING -fopenmp -march=native -I. -c "$B/tu.c" -o "$B/tu_train_omp.o"
step readme-example         bash tests/check_readme.sh "$B"
step build-examples         make -s all build/decode_image
step deps-check             bash tests/test_deps.sh
step install                bash tests/test_install.sh

# 2. Test programs: optimized, sanitized, and the portable scalar path.
export B CC="${CC:-cc}"
step build-tests step_build_tests

# 3. Reference data from PyTorch / open_clip / transformers / PIL (cached under build/).
step gen-golden     "$PY" tests/gen_golden.py "$B/golden"
step check-golden   "$PY" tests/check_golden.py "$B/golden"
step convert        "$PY" tests/test_convert.py
step quant          "$PY" tests/test_quant.py "$B/quant"
step gen-tiny       "$PY" tests/gen_tiny.py "$B/tiny"
step gen-preprocess "$PY" tests/gen_preprocess.py "$B/preprocess_cases.bin"
step gen-tokenizer  "$PY" tests/gen_tokenizer_corpus.py "$B/tokenizer"
step gen-wordpiece  "$PY" tests/gen_wordpiece_corpus.py "$B/wordpiece"
step gen-roi-align  "$PY" tests/gen_roi_align.py "$B/roi_align_cases.bin"
step gen-regions    "$PY" tests/gen_regions.py "$B/regions"
step gen-augment    "$PY" tests/gen_augment.py "$B/augment_cases.bin"
step gen-medregion  "$PY" tests/gen_medregion.py "$B/medregion" --n 300 --seed 0
step medregion-deterministic same_bytes "$B/medregion" "$B/medregion_again" tests/gen_medregion.py --n 300 --seed 0
step gen-anatomy    "$PY" tests/gen_anatomy.py "$B/anatomy-corpus" --n 60 --seed 0
step anatomy-deterministic same_bytes "$B/anatomy-corpus" "$B/anatomy-corpus-again" tests/gen_anatomy.py --n 60 --seed 0
step gen-ground     "$PY" tests/gen_ground.py "$B/ground"
step gen-train      "$PY" tests/gen_train.py "$B/train"
step gen-images     "$PY" tests/gen_images.py "$B/images"
step unicode-tables-current bash -c '"$PY" tests/gen_unicode.py --check'
step colormap-current   "$PY" tests/gen_colormap.py --check

# 4. Numerical parity against the references.
for g in "$B"/golden/*.golden.gguf; do
    name=$(basename "$g" .golden.gguf)
    step "golden-$name" "$B/bin/test_golden" "$B/golden/$name.gguf" "$g"
    for t in f16 bf16 q8_0 q4_0; do
        [ -f "$B/golden/$name.$t.gguf" ] && step "golden-$name-$t" "$B/bin/test_golden" --type $t "$B/golden/$name.$t.gguf" "$g"
    done
done
step peak-rss            "$B/bin/test_rss" "$B"/golden/vit-b-16{,.bf16,.q8_0,.q4_0}.gguf "$B"/golden/biomedclip{,.f16,.bf16,.q8_0,.q4_0}.gguf
step kernels             "$B/bin/test_kernels"
step kernels-scalar      "$B/bin/test_kernels_scalar"
step kernels-asan        "$B/bin/test_kernels_san"
step tokenizer           "$B/bin/test_tokenizer" "$B/tiny/tiny.gguf" "$B/tokenizer"
step tokenizer-asan      "$B/bin/test_tokenizer_san" "$B/tiny/tiny.gguf" "$B/tokenizer"
step wordpiece           "$B/bin/test_wordpiece" "$B/wordpiece"
step wordpiece-asan      "$B/bin/test_wordpiece_san" "$B/wordpiece"
step wordpiece-cxx       "$B/bin/test_wordpiece_cxx" "$B/wordpiece"
step preprocess          "$B/bin/test_preprocess" "$B/preprocess_cases.bin"
step preprocess-asan     "$B/bin/test_preprocess_san" "$B/preprocess_cases.bin"
step roi-align           "$B/bin/test_roi_align" "$B/roi_align_cases.bin"
step roi-align-asan      "$B/bin/test_roi_align_san" "$B/roi_align_cases.bin"
step augment             "$B/bin/test_augment" "$B/augment_cases.bin" "$B/tiny/tiny.gguf"
step augment-asan        "$B/bin/test_augment_san" "$B/augment_cases.bin" "$B/tiny/tiny.gguf"
step images              "$B/bin/test_images" "$B/tiny/tiny.gguf" "$B/images"
step images-asan         "$B/bin/test_images_san" "$B/tiny/tiny.gguf" "$B/images"
step manifest            "$B/bin/test_manifest" "$B/medregion/train.txt" "$B/medregion/heldout.txt"
step manifest-asan       "$B/bin/test_manifest_san" "$B/medregion/train.txt" "$B/medregion/heldout.txt"
REGION_CASES=()
for v in clip clip-roi clip-fusion biomed-roi; do REGION_CASES+=("$B/regions/$v.gguf" "$B/regions/${v}_cases.bin"); done
step regions             "$B/bin/test_regions" "${REGION_CASES[@]}"
step regions-asan        "$B/bin/test_regions_san" "${REGION_CASES[@]}"
step vqa-asan            "$B/bin/test_vqa" "$B/regions/clip.gguf" "$B/regions/clip-roi.gguf" "$B/regions/clip-roi_vqa.bin" \
                         "$B/regions/biomed-roi.gguf" "$B/regions/biomed-roi_vqa.bin"
# 8 threads on one model; ThreadSanitizer without OpenMP (libgomp is not TSan-instrumented:
# it reports its own barriers as races), and the OpenMP build checked for bit-identity
step threads-tsan        "$B/bin/test_threads_tsan" -t 8 -r 1 "$B/regions/clip-roi.gguf" "$B/regions/biomed-roi.gguf"
step threads-openmp      env OMP_NUM_THREADS=2 "$B/bin/test_threads_omp" -t 8 -r 4 "$B/regions/clip-roi.gguf" "$B/regions/biomed-roi.gguf"
step ground              "$B/bin/test_ground" "$B/ground"
step ground-asan         "$B/bin/test_ground_san" "$B/ground"
step badinput-asan       "$B/bin/test_badinput_san" "$B/tiny/tiny.gguf" "$B/golden/biomedclip-small.gguf" "$B/regions/clip-roi.gguf"
for v in gelu quickgelu biomed; do
    typed=("$B/train/train-$v".{f16,q8_0}.gguf); [ -f "${typed[0]}" ] || typed=()   # written for gelu only
    step "train-$v"      "$B/bin/test_train" "$B/train/train-$v.gguf" "$B/train/train-$v.golden.gguf" "${typed[@]}"
done
step train-learns        "$B/bin/test_learn" "$B/train/train-gelu.gguf" "$B/train/learn.ckpt.gguf"
step train-scalar-gelu   "$B/bin/test_train_scalar" "$B/train/train-gelu.gguf" "$B/train/train-gelu.golden.gguf"
step train-asan-gelu     "$B/bin/test_train_san" "$B/train/train-gelu.gguf" "$B/train/train-gelu.golden.gguf"
step train-asan-biomed   "$B/bin/test_train_san" "$B/train/train-biomed.gguf" "$B/train/train-biomed.golden.gguf"
step faults-asan         "$B/bin/test_faults_san" "$B/faults" "$B/tiny/tiny.gguf"   # ~4 min; BiomedCLIP's takes > 20
step valgrind            bash tests/valgrind.sh "$B" session badinput tokenizer wordpiece preprocess roi_align augment manifest ground regions
step fuzz                bash tests/fuzz/run_fuzz.sh "${RC_FUZZ_SECONDS:-40}"
step cli                 "$PY" tests/test_cli.py ./rclip build/retrieval "$B/tiny" "$B/wordpiece" "$B/ground"
for m in biomedclip-small biomedclip; do
    step "cli-golden-$m" "$PY" tests/test_cli_golden.py ./rclip "$B/golden/$m.gguf" "$B/golden/$m.golden.gguf"
done
step cli-vqa             "$PY" tests/test_cli_vqa.py ./rclip "$B/regions"
step dicom               "$PY" tests/test_dicom.py ./rclip build/decode_image "$B/tiny/tiny.gguf" "$B/dicom"
step search              "$PY" tests/test_search.py ./rclip "$B/bin/search_topk" "$B/bin/search_topk_scalar" "$B/ground" \
                         "$B/tiny/tiny.gguf" "$B/search"
step search-asan         "$PY" tests/test_search.py "$B/bin/rclip_san" "$B/bin/search_topk" "$B/bin/search_topk_scalar" \
                         "$B/ground" "$B/tiny/tiny.gguf" "$B/search-asan"     # rclip under ASan + UBSan, SIMD kernel
step search-kernels-asan "$PY" tests/test_search.py kernels "$B/bin/search_topk_san" "$B/bin/search_topk_scalar" "$B/search-kernels"
step train-cli           "$PY" tests/test_train_cli.py ./rclip "$B/regions/clip-roi.gguf" "$B/medregion" "$B/train-cli"
step eval                "$PY" tests/test_eval.py ./rclip weights/regionclip-demo.gguf "$B/tiny/tiny.gguf" "$B/eval"
step eval-asan           "$PY" tests/test_eval.py "$B/bin/rclip_san" weights/regionclip-demo.gguf "$B/tiny/tiny.gguf" \
                         "$B/eval-asan"     # rclip eval under ASan + UBSan
step export-dtype        "$PY" tests/test_export.py ./rclip "$B/bin/export_values" "$B/regions/clip-roi.gguf" "$B/medregion/train.txt" "$B/export"
# The PyTorch trainer (train/): against the C trainer, under torchrun, through convert.py + rclip, bad input
TT="$B/torch-train"
step torch-train-corpus  "$PY" tests/gen_medregion.py "$TT/corpus" --n 20 --seed 3
step torch-train-equiv   "$PY" tests/test_torch_train.py equiv "$B/train/train-gelu.gguf" "$B/bin/train_steps" ./rclip \
                         "$TT/corpus" "$TT/equiv"
step torch-train-ddp     "$PY" tests/test_torch_train.py ddp "$B/train/train-gelu.gguf" "$TT/corpus" "$TT/ddp"
step torch-train-roundtrip "$PY" tests/test_torch_train.py roundtrip ./rclip "$TT/ddp/two" "$TT/corpus" "$TT/roundtrip"
# BiomedCLIP layout (timm ViT + BERT); 2 ranks vs 1 process in float64: in float32 AdamW turns the
# rounding of a batch split in two into 2e-4 on small biases after 6 steps (docs/training.md)
step torch-train-equiv-biomed "$PY" tests/test_torch_train.py equiv "$B/train/train-biomed.gguf" "$B/bin/train_steps" \
                         ./rclip "$TT/corpus" "$TT/equiv-biomed"
step torch-train-ddp-biomed "$PY" tests/test_torch_train.py ddp "$B/train/train-biomed.gguf" "$TT/corpus" "$TT/ddp-biomed" \
                         --float64
step torch-train-roundtrip-biomed "$PY" tests/test_torch_train.py roundtrip ./rclip "$TT/ddp-biomed/two" "$TT/corpus" \
                         "$TT/roundtrip-biomed"
step torch-train-badinput "$PY" tests/test_torch_train.py badinput "$B/train/train-gelu.gguf" "$B/train/train-quickgelu.gguf" \
                          "$TT/equiv/c.step5.gguf" "$TT/ddp/two" "$TT/corpus" "$TT/badinput"
step demo                "$PY" tests/test_demo.py ./rclip weights/regionclip-demo.gguf weights
step demo-recipe         env PY="$PY" DEMO_N=60 DEMO_STEPS=2,2,2 DEMO_BUILD="$B/demo-quick" DEMO_OUT="$B/demo-quick/out" \
                             bash weights/make_demo.sh
step anatomy-recipe      env PY="$PY" ANAT_N=90 ANAT_MNI_N=15 ANAT_STEPS=2,2,2 ANAT_BUILD="$B/anatomy-quick" \
                             ANAT_OUT="$B/anatomy-quick/out" bash weights/make_anatomy.sh
# held-out position bands, views the training never drew: Colin27 and the unseen MNI152 (the recipe's wheel)
step anatomy-heldout     step_anatomy_heldout
step anatomy             "$PY" tests/test_anatomy.py ./rclip weights/regionclip-anatomy.gguf weights "$B/anatomy-held" \
                         "$B/anatomy-mni"
step similarity          "$PY" tests/test_similarity.py "$B/libregionclip.so"
step python              "$PY" tests/test_python.py ./rclip weights/regionclip-demo.gguf "$B/tiny" "$B/golden" "$B/python"
step golden-scalar-vit-b-32 "$B/bin/test_golden_scalar" "$B/golden/vit-b-32.gguf" "$B/golden/vit-b-32.golden.gguf"
step golden-asan-vit-b-32   "$B/bin/test_golden_san" "$B/golden/vit-b-32.gguf" "$B/golden/vit-b-32.golden.gguf"
step golden-scalar-biomedclip-small "$B/bin/test_golden_scalar" "$B/golden/biomedclip-small.gguf" "$B/golden/biomedclip-small.golden.gguf"
step golden-asan-biomedclip-small   "$B/bin/test_golden_san" "$B/golden/biomedclip-small.gguf" "$B/golden/biomedclip-small.golden.gguf"

# The AVX2+FMA kernels (the -march=native builds above take AVX-512 where the CPU has it).
if grep -qw avx2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo; then
    step build-avx2 step_build_avx2
    step search-kernels-avx2 expect_build '*(avx2 kernel)*' AVX2 "$PY" tests/test_search.py kernels "$B/bin/search_topk_avx2" \
                             "$B/bin/search_topk_scalar" "$B/search-avx2"
    step kernels-avx2 expect_build 'kernels (avx2)*' AVX2 "$B/bin/test_kernels_avx2"
    step golden-avx2-vit-b-32 "$B/bin/test_golden_avx2" "$B/golden/vit-b-32.gguf" "$B/golden/vit-b-32.golden.gguf"
    for t in q8_0 q4_0; do   # the integer kernels of AVX2 (maddubs) and, below, AVX-VNNI
        step "golden-avx2-vit-b-16-$t" "$B/bin/test_golden_avx2" --type $t "$B/golden/vit-b-16.$t.gguf" "$B/golden/vit-b-16.golden.gguf"
    done
    grep -qw avx_vnni /proc/cpuinfo &&
        step kernels-avxvnni expect_build '*bit for bit (avx-vnni)*' AVX-VNNI "$B/bin/test_kernels_avxvnni"
fi
for t in q8_0 q4_0; do       # the plain-C integer kernel
    step "golden-scalar-vit-b-16-$t" "$B/bin/test_golden_scalar" --type $t "$B/golden/vit-b-16.$t.gguf" "$B/golden/vit-b-16.golden.gguf"
done

# 5. Another architecture: the NEON kernels, built for aarch64 and run under qemu-user.
step build-aarch64 step_build_aarch64
step kernels-aarch64  expect_build 'kernels (neon)*' NEON qemu-aarch64 "$B/bin/test_kernels_a64"
step kernels-aarch64-dotprod expect_build '*bit for bit (neon-sdot)*' NEON-sdot qemu-aarch64 -cpu max "$B/bin/test_kernels_a64dot"
step golden-aarch64-biomedclip-small qemu-aarch64 "$B/bin/test_golden_a64" "$B/golden/biomedclip-small.gguf" "$B/golden/biomedclip-small.golden.gguf"
step regions-aarch64  qemu-aarch64 "$B/bin/test_regions_a64" "$B/regions/clip-roi.gguf" "$B/regions/clip-roi_cases.bin"

# 6. WebAssembly (make wasm; docs/wasm.md): the wasm32 builds (SIMD128 and plain) in Node equal the
#    native library on the golden models (wasm_ref runs the same export layer natively), the JS
#    package's API and its heap over 1,000 calls, and the viewer page in headless Chromium.
#    f32 and f16 weights: wasm runs q8_0 / q4_0 through the f32 kernel on the quantized inputs
#    (native builds: integer kernels, all the same bits) and bf16 likewise, so those differ from
#    native by up to ~1e-3 and are not held to 1e-5 here.
step wasm-deps-check     bash tests/test_wasm_deps.sh
step wasm-build          make -s wasm
step build-wasm-tests    step_build_wasm_tests
step kernels-wasm        expect_build 'kernels (wasm-simd128)*' SIMD128 node --no-warnings tests/run_wasi.mjs "$B/wasm/test_kernels.wasm"
step kernels-wasm-scalar node --no-warnings tests/run_wasi.mjs "$B/wasm/test_kernels_scalar.wasm"
step golden-wasm-biomedclip-small node --no-warnings tests/run_wasi.mjs "$B/wasm/test_golden.wasm" \
                         "$B/golden/biomedclip-small.gguf" "$B/golden/biomedclip-small.golden.gguf"
step wasm-ref            step_wasm_ref
step wasm-parity-simd    node tests/test_wasm.mjs web/regionclip.wasm $(wasm_pairs "${WASM_MODELS[@]}")
step wasm-parity-scalar  node tests/test_wasm.mjs web/regionclip-nosimd.wasm $(wasm_pairs "${WASM_SMALL[@]}")
step wasm-js             node tests/test_wasm_js.mjs web/regionclip.wasm weights/regionclip-demo.gguf
# The viewer: Debian's chromium (web/deps.sh browser), npm packages from web/package-lock.json
step web-setup           sh web/setup.sh
step web-chromium        node tests/test_web.mjs ./rclip /usr/bin/chromium

if [ "$MATCHED" = 0 ]; then echo "no step is named STEP='$STEP' (make test LIST=1 lists them)"; FAIL=$((FAIL + 1))
elif [ -n "$LIST" ]; then exit 0
fi
echo
if [ ${#TIMES[@]} -gt 0 ]; then
    printf '%s\n' "${TIMES[@]}" | sort -rn > "$B/logs/times.txt"
    echo "slowest steps (all in $B/logs/times.txt):"
    head -n 5 "$B/logs/times.txt" | while read -r secs name; do printf '  %8ss  %s\n' "$secs" "$name"; done
fi
[ ${#FAILED_STEPS[@]} -gt 0 ] && echo "failed steps: ${FAILED_STEPS[*]}"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
