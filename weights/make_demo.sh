#!/usr/bin/env bash
# Rebuilds the shipped demo (weights/README.md): weights/regionclip-demo.gguf, weights/demo-scan.png
# and its manifest record weights/demo-scan.txt. Steps: the synthetic corpus
# (tests/gen_medregion.py, 1000 scans, seed 1), the untrained model (weights/build_demo_init.py),
# `rclip train` on one thread with fixed seeds (same bytes on a given machine and compiler;
# about 10 minutes), the export without optimizer state, and the held-out figures
# (build/demo/heldout.txt). The demo scan is the first held-out one.
#
# usage: weights/make_demo.sh            (env PY: Python with the test requirements)
# env for a quick run that keeps the recipe working (make test): DEMO_N (scans), DEMO_STEPS
# (S1,S2,S3), DEMO_BUILD (work dir), DEMO_OUT (where the three files go; default weights)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-$(bash tests/setup_env.sh)}
B=${DEMO_BUILD:-build/demo} OUT=${DEMO_OUT:-weights}
mkdir -p "$OUT"
make rclip
"$PY" tests/gen_medregion.py "$B/corpus" --n "${DEMO_N:-1000}" --seed 1
"$PY" weights/build_demo_init.py "$B/corpus" "$B" --seed 0
OMP_NUM_THREADS=1 ./rclip train "$B/init.gguf" "$B/corpus/train.txt" -o "$B/trained.gguf" \
    --steps "${DEMO_STEPS:-600,200,2700}" --batch 16 --lr 5e-4,5e-4,5e-4 --grad-clip 1 --seed 1 \
    --log "$B/train.csv" --curve "$B/loss.png" --heldout "$B/corpus/heldout.txt" \
    --export "$OUT/regionclip-demo.gguf" | tee "$B/heldout.txt"
awk 'BEGIN { RS = ""; ORS = "\n" } /^image / { print; exit }' "$B/corpus/heldout.txt" > "$B/scan.txt"
scan=$(sed -n 's/^image //p' "$B/scan.txt")
cp "$B/corpus/$scan" "$OUT/demo-scan.png"
sed "s|^image .*|image demo-scan.png|" "$B/scan.txt" > "$OUT/demo-scan.txt"
