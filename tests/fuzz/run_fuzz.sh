#!/usr/bin/env bash
# Builds the libFuzzer harnesses, regenerates the seeds, and fuzzes each target for SECONDS
# (default $RC_FUZZ_SECONDS, else 60). Corpora persist in build/fuzz/corpus/<target> so later
# runs start where earlier ones stopped; crashes land in build/fuzz/artifacts/<target>/.
# Prints per target the executions, coverage (libFuzzer's edge count), corpus size and result, then "N passed, M failed".
#
# usage: tests/fuzz/run_fuzz.sh [SECONDS] [TARGET...]
#        (targets: gguf tokenize wordpiece preprocess manifest image dicom regions resume)
# env:   PY (Python with the test requirements; default: tests/setup_env.sh decides),
#        RC_FUZZ_MODEL (CLIP model for tokenize/preprocess; default build/tiny/tiny.gguf),
#        RC_FUZZ_BERT_MODEL (wordpiece; default build/wordpiece/wp_bert.gguf),
#        RC_FUZZ_ROI_MODEL (regions; default the micro clip-roi-vqa seed model)
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-${RC_FUZZ_SECONDS:-60}}
shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(gguf tokenize wordpiece preprocess manifest image dicom regions resume)
B=build/fuzz; mkdir -p "$B"
PY=${PY:-$(bash tests/setup_env.sh)} || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export RC_FUZZ_MODEL=${RC_FUZZ_MODEL:-build/tiny/tiny.gguf}
export RC_FUZZ_BERT_MODEL=${RC_FUZZ_BERT_MODEL:-build/wordpiece/wp_bert.gguf}
export RC_FUZZ_ROI_MODEL=${RC_FUZZ_ROI_MODEL:-$B/seeds/gguf/clip-roi-vqa.gguf}
for m in "$RC_FUZZ_MODEL" "$RC_FUZZ_BERT_MODEL"; do
    [ -f "$m" ] || { echo "no model $m (make test builds it; or set RC_FUZZ_MODEL / RC_FUZZ_BERT_MODEL)"; echo "0 passed, 1 failed"; exit 1; }
done

"$PY" tests/fuzz/make_seeds.py "$B/seeds" || { echo "0 passed, 1 failed"; exit 1; }
# resume's seeds are checkpoints of the micro models, written by the library itself
${CC:-cc} -std=c99 -O1 -Wall -Wextra -Werror tests/fuzz/make_checkpoints.c -o "$B/make_checkpoints" -lm &&
    "$B/make_checkpoints" "$B/seeds/resume" "$B"/seeds/gguf/{clip-f32,bert-f32,clip-roi-vqa}.gguf ||
    { echo "make_checkpoints failed"; echo "0 passed, 1 failed"; exit 1; }
declare -A max_len=([gguf]=65536 [tokenize]=4096 [wordpiece]=4096 [preprocess]=2048 [manifest]=8192 [image]=65536
                    [dicom]=65536 [regions]=2048 [resume]=262144)
DCMTK="-ldcmjpls -ldcmjpeg -lijg8 -lijg12 -lijg16 -ldcmimgle -ldcmdata -loflog -lofstd -lopenjp2 -lstdc++"
declare -A libs=([image]="-lz -ljpeg -ltiff" [dicom]="$B/dicom_dcmtk.o -lz -ljpeg -ltiff $DCMTK")
# DCMTK reserves an element's declared length before reading it (nothrow new; untouched pages,
# then "Invalid stream"; rclip's peak RSS on such a file: 12 MB): allow that address space,
# while -rss_limit_mb still bounds what is really used
declare -A extra=([dicom]="-malloc_limit_mb=8192")
case " ${targets[*]} " in *" dicom "*)   # our DCMTK wrapper, instrumented like the harnesses
    clang++ -std=c++17 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr -I/usr/include/openjpeg-2.5 \
        -c examples/dicom_dcmtk.cpp -o "$B/dicom_dcmtk.o" || { echo "dicom_dcmtk.o: build failed"; echo "0 passed, 1 failed"; exit 1; } ;;
esac
pass=0; fail=0
for t in "${targets[@]}"; do
    exe="$B/fuzz_$t" log="$B/$t.log" corpus="$B/corpus/$t" art="$B/artifacts/$t/"
    mkdir -p "$corpus" "$art"
    if ! clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
            -Wall -Wextra -Werror -Wno-unused-function "tests/fuzz/fuzz_$t.c" -o "$exe" ${libs[$t]:-} -lm; then
        echo "fuzz_$t: build failed"; fail=$((fail + 1)); continue
    fi
    dict=(); [ -f "$B/seeds/$t.dict" ] && dict=(-dict="$B/seeds/$t.dict")
    before=$(ls "$art" | wc -l)
    "$exe" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len="${max_len[$t]}" ${extra[$t]:-} \
        -artifact_prefix="$art" -print_final_stats=1 "${dict[@]}" "$corpus" "$B/seeds/$t" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$')
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
    found=$(( $(ls "$art" | wc -l) - before ))
    if [ "$rc" = 0 ] && [ "$found" = 0 ]; then
        pass=$((pass + 1)); result=ok
    else
        fail=$((fail + 1)); result="FAILED (exit $rc, $found new artifact(s) in $art; log $log)"
        grep -E 'ERROR|contract|SUMMARY|Test unit written' "$log" | head -n 5 | sed 's/^/    /'
    fi
    printf 'fuzz_%-11s %ss: %s executions, coverage %s edges, corpus %s files: %s\n' "$t" "$seconds" "${execs:-0}" \
        "${cov:-?}" "$(ls "$corpus" | wc -l)" "$result"
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" = 0 ]
