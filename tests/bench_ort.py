#!/usr/bin/env python3
"""ONNX Runtime side of `make bench`: the towers tests/bench_torch.py exported, on the same inputs.

Usage: python tests/bench_ort.py MODEL OUTDIR [--threads T] [--repeats R]

Reads OUTDIR/MODEL.image.onnx, OUTDIR/MODEL.text.onnx and OUTDIR/MODEL.cases.npz (all written by
tests/bench_torch.py: the two exported towers, every image/text case's input and torch's output).
Creates one InferenceSession per tower: CPU execution provider, intra_op_num_threads = T,
inter_op_num_threads = 1, sequential execution, ORT_ENABLE_ALL graph optimizations. Then runs every
case once and checks its output against torch's (max |ort - torch| <= TOLERANCE); on any mismatch
it exits 1 before timing anything. Prints, in tests/bench.c's format:
    load <ms> ms                       both sessions created (graph optimization included): median
                                       of R after one warm-up, each pair dropped before the next
    image B=<n> <ms> ms                median of R runs after one warm-up run
    text B=<n> len=<tokens> <ms> ms
    peak RSS <MiB> MiB                 ru_maxrss of this process (exits 1 if torch got imported)
"""
from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np
import onnxruntime as ort

TOLERANCE = 1e-4   # on the unnormalized embeddings (entries up to ~3, norms ~23 for these models)


def session(path: Path, threads: int) -> ort.InferenceSession:
    """An InferenceSession of one tower with the options the docstring lists."""
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def median_ms(run: Callable[[], object], repeats: int) -> float:
    """The median ms of `repeats` calls of run after one warm-up call."""
    run()   # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def timed_load(image: Path, text: Path, threads: int, repeats: int) -> tuple[float, dict[str, ort.InferenceSession]]:
    """The median ms of creating both sessions, `repeats` times after one warm-up, and the last pair;
    each pair is dropped (and collected) before the next is created, so one is alive at a time."""
    times, sessions = [], {}
    for i in range(repeats + 1):
        sessions = {}
        gc.collect()
        t0 = time.perf_counter()
        sessions = {"image": session(image, threads), "text": session(text, threads)}
        if i:
            times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), sessions


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--threads", type=int, required=True)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    stem = args.outdir / args.model
    files = [Path(f"{stem}.image.onnx"), Path(f"{stem}.text.onnx"), Path(f"{stem}.cases.npz")]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        print(f"bench_ort: missing {', '.join(missing)} (tests/bench_torch.py {args.model} writes them)", file=sys.stderr)
        return 1
    load_ms, sessions = timed_load(files[0], files[1], args.threads, args.repeats)
    data = np.load(files[2])
    cases = [k[:-len("|input")] for k in data.files if k.endswith("|input")]
    runs, worst = {}, 0.0
    for case in cases:
        s = sessions[case.split()[0]]
        feed = {s.get_inputs()[0].name: data[f"{case}|input"]}
        runs[case] = lambda s=s, feed=feed: s.run(None, feed)[0]
        got, want = runs[case](), data[f"{case}|output"]
        err = float(np.abs(got - want).max()) if got.shape == want.shape else float("inf")
        if not err <= TOLERANCE:
            print(f"bench_ort: {args.model} {case}: ONNX Runtime differs from torch by {err:.3g} "
                  f"(shape {got.shape} vs {want.shape}; limit {TOLERANCE}); delete {stem}.*.onnx to re-export",
                  file=sys.stderr)
            return 1
        worst = max(worst, err)
    print(f"bench_ort: {args.model}: {len(cases)} cases equal to torch's outputs within {TOLERANCE} "
          f"(max |diff| {worst:.2g})", file=sys.stderr)
    print(f"load {load_ms:.2f} ms", flush=True)
    for case in cases:
        print(f"{case} {median_ms(runs[case], args.repeats):.2f} ms", flush=True)
    if "torch" in sys.modules:
        print("bench_ort: torch was imported into this process: its peak RSS would count torch", file=sys.stderr)
        return 1
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0:.0f} MiB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
