"""`make bench`'s search rows: exact top-10 over N x DIM f16 synthetic embeddings (default
1,000,000 x 512, L2-normalized Gaussian rows, seeded), the same data and thread count on every side:

  C matrix     examples/search.h's search_topk over the contiguous f16 matrix (tests/bench_search.c)
  C index      the same rows as an in-memory RCIDX001 index: parse + verify every checksum + search
  numpy f32    the matrix upcast to f32 once (not timed): m @ q + argpartition + sort of the top 10
  numpy f16    m16 @ q on the f16 matrix itself (numpy has no f16 BLAS)
  faiss flat   faiss.IndexFlatIP over the f32 matrix (faiss-cpu; skipped when not importable)
  faiss sq-fp16  faiss.IndexScalarQuantizer(QT_fp16, inner product): exact, on f16 storage

Each row: median ms over REPEATS after a warm-up, GB/s (bytes of the matrix it reads / time) and
C matrix / row. Every side's top-10 ids must equal numpy f32's (exits 1 otherwise).

usage: python tests/bench_search.py BENCH_SEARCH OUTDIR [--n N] [--dim D] [--threads T] [--repeats R]
(run with OMP_NUM_THREADS / OPENBLAS_NUM_THREADS = T, as tests/bench.sh does)
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np


def timed(fn, repeats: int) -> tuple[float, np.ndarray]:
    fn()
    ts, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        ts.append((time.perf_counter() - t0) * 1e3)
    return sorted(ts)[len(ts) // 2], out


def top_ids(scores: np.ndarray, k: int) -> np.ndarray:
    part = np.argpartition(-scores, k)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("bench")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--dim", type=int, default=512)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=5)
    a = ap.parse_args()
    k, n, d = 10, a.n, a.dim
    a.out.mkdir(parents=True, exist_ok=True)
    mpath, qpath = a.out / f"search_{n}x{d}.f16", a.out / f"search_{n}x{d}.query.f32"
    rng = np.random.default_rng(0)
    if not mpath.exists() or mpath.stat().st_size != n * d * 2:
        m16 = np.empty((n, d), np.float16)
        for i in range(0, n, 100_000):
            x = rng.standard_normal((min(100_000, n - i), d), dtype=np.float32)
            m16[i:i + len(x)] = x / np.linalg.norm(x, axis=1, keepdims=True)
        m16.tofile(mpath)
    m16 = np.fromfile(mpath, np.float16).reshape(n, d)
    q = m16[12345 % n].astype(np.float32) + 0.05 * np.random.default_rng(1).standard_normal(d, dtype=np.float32)
    q = (q / np.linalg.norm(q)).astype(np.float32)
    q.tofile(qpath)

    env = dict(os.environ, OMP_NUM_THREADS=str(a.threads))
    r = subprocess.run([a.bench, str(mpath), str(qpath), str(n), str(d), str(k), str(a.repeats)],
                       capture_output=True, text=True, env=env)
    if r.returncode:
        print(r.stderr, file=sys.stderr)
        return 1
    c = {ln.split()[0]: ln.split()[1:] for ln in r.stdout.splitlines()}
    c_ids = np.array([int(x) for x in c["ids"]])
    rows = [("C matrix", float(c["matrix"][0]), n * d * 2, c_ids), ("C index", float(c["index"][0]), n * d * 2, c_ids)]

    m32 = m16.astype(np.float32)
    t, ids = timed(lambda: top_ids(m32 @ q, k), a.repeats)
    ref = ids
    rows.append(("numpy f32", t, n * d * 4, ids))
    t, ids = timed(lambda: top_ids((m16 @ q.astype(np.float16)).astype(np.float32), k), max(1, a.repeats // 2))
    rows.append(("numpy f16", t, n * d * 2, None))         # f16 products: its own rounding, ids not compared
    try:
        import faiss
        faiss.omp_set_num_threads(a.threads)
        flat = faiss.IndexFlatIP(d)
        flat.add(m32)
        t, ids = timed(lambda: flat.search(q[None], k)[1][0], a.repeats)
        rows.append(("faiss flat", t, n * d * 4, ids))
        del flat
        sq = faiss.IndexScalarQuantizer(d, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        sq.add(m32)
        t, ids = timed(lambda: sq.search(q[None], k)[1][0], a.repeats)
        rows.append(("faiss sq-fp16", t, n * d * 2, ids))
        fv = faiss.__version__
    except ImportError:
        fv = None
        print("faiss not importable (tests/requirements.txt pins faiss-cpu): numpy rows only")
    print(f"search: top-{k} of {n} x {d} f16, C kernel {c['kernel'][0]}, threads {a.threads} "
          f"(C {c['threads'][0]}), repeats {a.repeats}" + (f", faiss {fv}" if fv else ""))
    print(f"{'side':<14} {'ms':>9} {'GB/s':>7} {'C/side':>7}  top-10")
    c_ms, bad = rows[0][1], 0
    for name, ms, nbytes, ids in rows:
        same = "-" if ids is None else ("= numpy f32" if list(ids) == list(ref) else "DIFFERS")
        bad += same == "DIFFERS"
        print(f"{name:<14} {ms:9.2f} {nbytes / ms / 1e6:7.2f} {c_ms / ms:7.2f}  {same}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
