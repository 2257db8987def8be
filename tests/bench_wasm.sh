#!/usr/bin/env bash
# `make bench-wasm`: this library's wasm build (web/regionclip.wasm: SIMD128, 1 thread) against
# ONNX Runtime Web's wasm backend (npm onnxruntime-web, 1 thread, SIMD) on the same ViT-B/32 and
# ViT-B/16 image towers, in Node, in one command; prints one table: model, case, ms each, ratio.
# The towers: tests/bench_torch.py --prepare (seeded random weights; the gguf and the ONNX export
# of the same checkpoint, build/bench/MODEL.*; reused when present, as `make bench` leaves them).
# Environment: RC_BENCH_REPEATS (default 7), RC_BENCH_WASM_MODELS (default "vit-b-32 vit-b-16"),
# PY (python; default: the test venv).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=build/bench
REPEATS=${RC_BENCH_REPEATS:-7}
MODELS=${RC_BENCH_WASM_MODELS:-vit-b-32 vit-b-16}
sh web/setup.sh >&2
mkdir -p "$OUT"
for m in $MODELS; do
    if [ ! -f "$OUT/$m.gguf" ] || [ ! -f "$OUT/$m.image.onnx" ]; then
        PY=${PY:-$(bash tests/setup_env.sh)}
        CAPTION="a chest x-ray showing a small nodule in the right upper lobe"
        OMP_NUM_THREADS=1 "$PY" tests/bench_torch.py "$m" "$OUT" --prepare --threads 1 --text "$CAPTION" --text "$CAPTION" >&2
    fi
done
node tests/bench_wasm.mjs "$OUT" "$REPEATS" $MODELS | tee "$OUT/wasm-table.txt"
