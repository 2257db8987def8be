#!/usr/bin/env bash
# `make bench`: times this library against PyTorch and ONNX Runtime on this machine, in one command,
# with the same thread count T (RC_BENCH_THREADS, default 2) and repeat count on every side, and
# prints one table:
#     model  case  C ms  torch ms  ORT ms  C/torch  C/ORT
# First the matmul kernel alone (tests/bench_matmul.c: ViT-B/16 shapes, 1 thread, every weight
# type, GFLOP/s and the share of the peak it measures). Then, for each model (one `bench_model` line below):
#   1. tests/bench_torch.py --prepare builds it with seeded random weights and writes the checkpoint,
#      the gguf, the two towers as ONNX and the cases' inputs and torch outputs (build/bench/MODEL.*);
#   2. tests/bench_torch.py times torch (torch.set_num_threads(T)) in a fresh process: load, cases;
#   3. tests/bench_ort.py checks every case's ONNX Runtime output against torch's (exits 1 on a
#      mismatch, which stops this script) and times it (intra_op_num_threads = T), torch not imported;
#   4. tests/bench.c times this library (OMP_NUM_THREADS = T). Its load row is c_load_ms below and its
#      peak RSS GNU time's, unless it prints `load <ms> ms` / `peak RSS <MiB> MiB` lines itself.
# Each side prints "CASE <ms> ms" lines (and "peak RSS <n> MiB"); rows pair them by CASE and a row
# is printed when C and at least one reference have it ("-" for the missing side).
# (vit-b-16 also times region embeddings: `regions align|crop R=1|4|16`, see tests/bench.c; biomedclip
# one training step at batch 8: tests/bench.c --train and tests/bench_train.py, also in images/s;
# both against torch only. `search`: exact top-10 over RC_BENCH_SEARCH_N (default 1,000,000) x 512
# f16 rows, tests/bench_search.py: C against numpy and FAISS (faiss-cpu, pinned in
# tests/requirements.txt), same data and threads, GB/s and ratios.) A new model is one `bench_model` line below (and one entry in each of
# bench_torch.py's MODELS and LOADERS).
# Environment: RC_BENCH_THREADS (default 2), RC_BENCH_REPEATS (default 5), RC_BENCH_TRAIN_REPEATS
# (default 3), RC_BENCH_MODELS (default "vit-b-32 vit-b-16 biomedclip train search": which of the
# bench_model / bench_train / bench_search lines below run), RC_BENCH_TYPES (default "bf16 q8_0 q4_0": rows
# MODEL.TYPE time this library on that weight type against torch's and ORT's f32), RC_BENCH_ROUNDS
# (default 1: every side of a model runs that many times in turn, torch, ORT, C, torch, ...; each
# cell is the side's fastest round, so a slow spell of a shared machine hits no side alone), PY
# (python; default: the test venv).
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_NUMERIC=C                               # $EPOCHREALTIME and awk with a '.' decimal point
PY=${PY:-$(bash tests/setup_env.sh)}
THREADS=${RC_BENCH_THREADS:-2}
REPEATS=${RC_BENCH_REPEATS:-5}
TRAIN_REPEATS=${RC_BENCH_TRAIN_REPEATS:-3}   # training steps timed per side (each takes seconds)
MODELS=" ${RC_BENCH_MODELS:-vit-b-32 vit-b-16 biomedclip train search} "
TYPES=${RC_BENCH_TYPES-bf16 q8_0 q4_0}     # weight types timed beside f32 (bench_torch.py TYPED)
ROUNDS=${RC_BENCH_ROUNDS:-1}   # rounds of every side in turn; each cell is that side's fastest round
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "bench: RC_BENCH_ROUNDS must be a positive integer, not '$ROUNDS'" >&2; exit 2; }
OUT=build/bench
CAPTION="a chest x-ray showing a small nodule in the right upper lobe"
LONG_TEXT=$(printf "$CAPTION, %.0s" {1..12})     # longer than the context: all positions used
mkdir -p "$OUT"
${CC:-cc} -std=c99 -O3 -march=native -fopenmp -Wall -Wextra -Werror -I. tests/bench.c -o "$OUT/bench" -lm
[ -x ./rclip ] || make rclip >&2                 # the C load row (`make bench` has built it)

TABLE="$OUT/table.txt"
printf '%-10s %-18s %10s %10s %10s %8s %8s\n' model case "C ms" "torch ms" "ORT ms" C/torch C/ORT > "$TABLE"

bench_model() {   # bench_model NAME [--regions]: ROUNDS rounds of the sides, one after the other, then the rows
    local name=$1 torch_out="" ort_out="" c_out="" r t
    local -A typed=()
    case "$MODELS" in *" $name "*) ;; *) return 0 ;; esac
    OMP_NUM_THREADS=$THREADS "$PY" tests/bench_torch.py "$name" "$OUT" --prepare --threads "$THREADS" \
        --text "$CAPTION" --text "$LONG_TEXT"
    for ((r = 0; r < ROUNDS; r++)); do
        torch_out+=$(OMP_NUM_THREADS=$THREADS "$PY" tests/bench_torch.py "$name" "$OUT" ${2:-} \
                     --threads "$THREADS" --repeats "$REPEATS")$'\n'
        ort_out+=$(OMP_NUM_THREADS=$THREADS "$PY" tests/bench_ort.py "$name" "$OUT" --threads "$THREADS" \
                   --repeats "$REPEATS")$'\n'
        c_out+=$(c_side "$name" ${2:-})$'\n'
        for t in $TYPES; do typed[$t]+=$(c_side "$name.$t")$'\n'; done   # the typed files
    done
    join_rows "$name" "$c_out" "$torch_out" "$ort_out" | tee -a "$TABLE"
    for t in $TYPES; do          # this library on the typed files, against torch's and ORT's f32 rows
        join_rows "$name.$t" "${typed[$t]}" "$torch_out" "$ort_out" | tee -a "$TABLE"
    done
}

c_side() {        # c_side NAME [--regions]: tests/bench.c's lines, with a load and a peak RSS line
    local name=$1 out rss=()
    [ -x /usr/bin/time ] && rss=(/usr/bin/time -f %M -o "$OUT/$name.c-rss")    # GNU time: max RSS, KiB
    out=$(OMP_NUM_THREADS=$THREADS "${rss[@]}" "$OUT/bench" ${2:-} "$OUT/$name.gguf" "$REPEATS" "$CAPTION" "$LONG_TEXT")
    grep -q '^load ' <<< "$out" || echo "load $(c_load_ms "$OUT/$name.gguf") ms"
    echo "$out"
    if ! grep -q '^peak RSS ' <<< "$out" && [ ${#rss[@]} -gt 0 ]; then
        awk '{ printf "peak RSS %.0f MiB\n", $1 / 1024 }' "$OUT/$name.c-rss"
    fi
}

c_load_ms() {     # c_load_ms MODEL: ms from the file to a context ready to encode, through ./rclip:
    # the median wall time of `rclip tokenize MODEL x` (rc_model_load_mmap + rc_ctx_create + one
    # tokenization) minus that of `rclip` alone (process start-up; it exits before loading),
    # REPEATS runs of each after one warm-up run
    local i t0 t1 base="" full=""
    for ((i = 0; i <= REPEATS; i++)); do
        t0=$EPOCHREALTIME; ./rclip > /dev/null 2>&1 || true; t1=$EPOCHREALTIME
        if [ "$i" -gt 0 ]; then base+="$t0 $t1 "; fi
        t0=$EPOCHREALTIME; OMP_NUM_THREADS=$THREADS ./rclip tokenize "$1" x > /dev/null; t1=$EPOCHREALTIME
        if [ "$i" -gt 0 ]; then full+="$t0 $t1 "; fi
    done
    awk -v base="$base" -v full="$full" '
        function median_ms(pairs,   f, n, i, d, m, j, t) {     # upper median, as tests/bench.c
            n = split(pairs, f, " ") / 2
            for (i = 1; i <= n; i++) d[i] = (f[2 * i] - f[2 * i - 1]) * 1e3
            for (i = 2; i <= n; i++) for (j = i; j > 1 && d[j - 1] > d[j]; j--) { t = d[j]; d[j] = d[j - 1]; d[j - 1] = t }
            m = d[int(n / 2) + 1]; delete d
            return m
        }
        BEGIN { printf "%.2f\n", median_ms(full) - median_ms(base) }'
}

bench_train() {   # bench_train NAME: one training step (B = 8, full-context texts) on C and torch
    local name=$1 torch_out c_out
    case "$MODELS" in *" train "*) ;; *) return 0 ;; esac
    torch_out=$(OMP_NUM_THREADS=$THREADS "$PY" tests/bench_train.py "$name" "$OUT" \
                --threads "$THREADS" --repeats "$TRAIN_REPEATS" --text "$LONG_TEXT")
    c_out=$(OMP_NUM_THREADS=$THREADS "$OUT/bench" --train "$OUT/$name.gguf" "$TRAIN_REPEATS" "$LONG_TEXT")
    join_rows "$name" "$c_out" "$torch_out" "" | tee -a "$TABLE"
    join_rows "$name" "$c_out" "$torch_out" "" |     # fields: name, 3-word case, C, torch, ORT, ratios
        awk '{ printf "%-10s %-18s %10.2f %10.2f %10s  (images/s)\n", $1, "train images/s", 8000 / $5, 8000 / $6, "-" }' |
        tee -a "$TABLE"
}

bench_search() {  # the search rows (tests/bench_search.py): C, numpy and FAISS on the same data and threads
    case "$MODELS" in *" search "*) ;; *) return 0 ;; esac
    ${CC:-cc} -std=c99 -O3 -march=native -fopenmp -Wall -Wextra -Werror -I. tests/bench_search.c -o "$OUT/bench_search" -lm
    OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS "$PY" tests/bench_search.py \
        "$OUT/bench_search" "$OUT" --n "${RC_BENCH_SEARCH_N:-1000000}" --threads "$THREADS" --repeats "$REPEATS" |
        tee "$OUT/search.txt" | tee -a "$TABLE"
}

join_rows() {     # join_rows NAME C_LINES TORCH_LINES ORT_LINES: one row per case C and a reference timed
    awk -v name="$1" -v c="$2" -v t="$3" -v o="$4" '
        function parse(text, into,   lines, n, i, j, k, f, key) {
            n = split(text, lines, "\n")
            for (i = 1; i <= n; i++) {
                k = split(lines[i], f, " ")
                if (k < 3 || (f[k] != "ms" && f[k] != "MiB")) continue
                key = f[1]; for (j = 2; j < k - 1; j++) key = key " " f[j]
                if (f[k] == "MiB") key = key " (MiB)"
                if (!(key in into) || f[k - 1] + 0 < into[key] + 0) into[key] = f[k - 1]   # fastest round
                order[++n_order] = key
            }
        }
        function cell(v, key) { return (key in v) ? sprintf("%10.2f", v[key]) : sprintf("%10s", "-") }
        function ratio(v, key) { return (key in v) && v[key] > 0 ? sprintf("%8.2f", cms[key] / v[key]) : sprintf("%8s", "-") }
        BEGIN {
            parse(c, cms); parse(t, tms); parse(o, oms)
            for (i = 1; i <= n_order; i++) {
                key = order[i]
                if (seen[key]++ || !(key in cms) || !((key in tms) || (key in oms))) continue
                printf "%-10s %-18s %s %s %s %s %s\n", name, key, cell(cms, key), cell(tms, key), cell(oms, key),
                       ratio(tms, key), ratio(oms, key)
            }
        }'
}

${CC:-cc} -std=c99 -O3 -march=native -fopenmp -Wall -Wextra -Werror -I. tests/bench_matmul.c -o "$OUT/bench_matmul" -lm
OMP_NUM_THREADS=1 "$OUT/bench_matmul" | tee "$OUT/matmul.txt"   # the kernel alone, 1 thread, % of peak
echo "threads: $THREADS, repeats: $REPEATS (median after warm-up), $(uptime | sed 's/.*load/load/')"
cat "$TABLE"
bench_model vit-b-32
bench_model vit-b-16 --regions      # + region embeddings, R = 1, 4, 16 boxes, align and crop
bench_model biomedclip
bench_train biomedclip              # ViT-B/16 + BERT: one AdamW step at batch 8
bench_search                        # exact top-10 over 1M x 512 f16 vs numpy and FAISS
echo "table: $TABLE"
