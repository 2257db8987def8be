#!/usr/bin/env bash
# `make bench`: times this library against PyTorch on this machine, in one command, with the same
# thread count (RC_BENCH_THREADS, default: nproc), and prints one table:
#     model  case  C ms  torch ms  ratio (C / torch)
# (vit-b-16 also times region embeddings: `regions align|crop R=1|4|16`, see tests/bench.c; biomedclip
# one training step at batch 8: tests/bench.c --train and tests/bench_train.py, also in images/s)
# Each side prints "CASE <ms> ms" lines (tests/bench.c, tests/bench_torch.py); rows pair them by
# CASE. A new model is one `bench_model` line below (and one entry in bench_torch.py's MODELS).
# Environment: RC_BENCH_THREADS, RC_BENCH_REPEATS (default 5), RC_BENCH_TRAIN_REPEATS (default 3),
# PY (python; default: the test venv).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-$(bash tests/setup_env.sh)}
THREADS=${RC_BENCH_THREADS:-$(nproc)}
REPEATS=${RC_BENCH_REPEATS:-5}
TRAIN_REPEATS=${RC_BENCH_TRAIN_REPEATS:-3}   # training steps timed per side (each takes seconds)
OUT=build/bench
CAPTION="a chest x-ray showing a small nodule in the right upper lobe"
LONG_TEXT=$(printf "$CAPTION, %.0s" {1..12})     # longer than the context: all positions used
mkdir -p "$OUT"
${CC:-cc} -std=c99 -O3 -march=native -fopenmp -Wall -Wextra -Werror -I. tests/bench.c -o "$OUT/bench" -lm

TABLE="$OUT/table.txt"
printf '%-10s %-18s %10s %10s %7s\n' model case "C ms" "torch ms" ratio > "$TABLE"

bench_model() {   # bench_model NAME [--regions]: reference timings (converting the model once), then ours
    local name=$1 torch_out c_out
    torch_out=$(OMP_NUM_THREADS=$THREADS "$PY" tests/bench_torch.py "$name" "$OUT" ${2:-} \
                --threads "$THREADS" --repeats "$REPEATS" --text "$CAPTION" --text "$LONG_TEXT")
    c_out=$(OMP_NUM_THREADS=$THREADS "$OUT/bench" ${2:-} "$OUT/$name.gguf" "$REPEATS" "$CAPTION" "$LONG_TEXT")
    join_rows "$name" "$c_out" "$torch_out" | tee -a "$TABLE"
}

bench_train() {   # bench_train NAME: one training step (B = 8, full-context texts) on both sides
    local name=$1 torch_out c_out
    torch_out=$(OMP_NUM_THREADS=$THREADS "$PY" tests/bench_train.py "$name" "$OUT" \
                --threads "$THREADS" --repeats "$TRAIN_REPEATS" --text "$LONG_TEXT")
    c_out=$(OMP_NUM_THREADS=$THREADS "$OUT/bench" --train "$OUT/$name.gguf" "$TRAIN_REPEATS" "$LONG_TEXT")
    join_rows "$name" "$c_out" "$torch_out" | tee -a "$TABLE"
    join_rows "$name" "$c_out" "$torch_out" |
        awk '{ printf "%-10s %-18s %10.2f %10.2f  (images/s)\n", $1, "train images/s", 8000 / $(NF-2), 8000 / $(NF-1) }' |
        tee -a "$TABLE"
}

join_rows() {     # join_rows NAME C_LINES TORCH_LINES: one table row per case both sides timed
    awk -v name="$1" -v c="$2" -v t="$3" '
        function parse(text, into,   lines, n, i, f, k) {
            n = split(text, lines, "\n")
            for (i = 1; i <= n; i++) {
                k = split(lines[i], f, " ")
                if (k >= 3 && f[k] == "ms") { key = f[1]; for (j = 2; j < k - 1; j++) key = key " " f[j]; into[key] = f[k - 1]; order[++n_order] = key }
            }
        }
        BEGIN {
            parse(c, cms); parse(t, tms)
            for (i = 1; i <= n_order; i++) {
                key = order[i]
                if (seen[key]++ || !(key in cms) || !(key in tms)) continue
                printf "%-10s %-18s %10.2f %10.2f %7.2f\n", name, key, cms[key], tms[key], cms[key] / tms[key]
            }
        }'
}

echo "threads: $THREADS, repeats: $REPEATS (median after warm-up), $(uptime | sed 's/.*load/load/')"
cat "$TABLE"
bench_model vit-b-32
bench_model vit-b-16 --regions      # + region embeddings, R = 1, 4, 16 boxes, align and crop
bench_model biomedclip
bench_train biomedclip              # ViT-B/16 + BERT: one AdamW step at batch 8
echo "table: $TABLE"
