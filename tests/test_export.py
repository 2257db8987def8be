#!/usr/bin/env python3
"""Typed export (rc_trainer_export_as, `rclip train --export-dtype`) against numpy, the gguf
package and convert.py.

Asserts:
  1. The export's encoders (tests/export_values.c over rc__export_encode) give, bit for bit,
     numpy's float32 -> float16 conversion and gguf.quants.quantize's BF16, Q8_0 and Q4_0 bytes,
     on random values and on edge values: f16 subnormals and the values around them, rounding
     ties, the f16 limit and the values up to 65520 and past it, signed zeros, infinities and
     NaN (f16, bf16); blocks of zeros, one non-zero value, equal magnitudes of both signs,
     values whose scales are f16 subnormals (q8_0, q4_0).
  2. `rclip train` resumed from a finished checkpoint with `--export E --export-dtype T` for T in
     f32, f16, bf16, q8_0, q4_0: the f32 export equals the training run's own export byte for
     byte; each typed export opens in gguf.GGUFReader, and every tensor has the type
     convert.storage_type(name, T) gives and exactly the bytes convert.encode gives from the
     f32 export's values; `rclip embed-image` on it gives an embedding whose cosine to the f32
     export's is at least COSINE[T].
  3. `--export-dtype q5` and `--export-dtype` without `--export` are usage errors (exit 2).

Usage: python tests/test_export.py RCLIP EXPORT_VALUES MODEL.gguf MANIFEST WORK_DIR
       (prints "export: N passed, M failed")
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "convert"))
import convert  # noqa: E402
import gguf  # noqa: E402

COSINE = {"f16": 0.9999, "bf16": 0.999, "q8_0": 0.99, "q4_0": 0.9}
passed = failed = 0


def check(ok: bool, what: str, detail: str = "") -> None:
    global passed, failed
    passed += ok
    failed += not ok
    print(f"  {'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail and not ok else ""))


def edge_values() -> np.ndarray:
    f16_sub = np.float32(2.0 ** -24)
    scalars = [0.0, -0.0, 1.0, -1.0, 65504.0, 65505.0, 65519.99, 65520.0, 65536.0, 1e30, -1e30,
               np.inf, -np.inf, np.nan, 2.0 ** -14, 2.0 ** -15, 2.0 ** -25, 2.0 ** -26, 1e-45, 3 * 2.0 ** -26,
               1.0 + 2.0 ** -11, 1.0 + 3 * 2.0 ** -11, 1.0 + 2.0 ** -8, 1.0 + 3 * 2.0 ** -8, 0.49999997, 2.5, -2.5]
    ramp = [f16_sub * k * 0.5 for k in range(64)]                  # every subnormal half-step
    values = np.array(scalars + ramp, dtype=np.float32)
    return np.concatenate([values, np.zeros((-len(values)) % 32, np.float32)])


def block_values(rng: np.random.Generator) -> np.ndarray:
    blocks = [np.zeros(32), np.eye(1, 32, 7)[0] * 3.0, np.where(np.arange(32) % 2, 2.0, -2.0),
              np.linspace(-1, 1, 32), rng.standard_normal(32) * 1e-6, rng.standard_normal(32) * 1e-9,
              np.full(32, -0.75), np.r_[np.full(31, 0.1), -8.0], rng.standard_normal(32) * 100.0]
    return np.concatenate(blocks + [rng.standard_normal(32 * 200)]).astype(np.float32)


def encode_with(tool: str, x: np.ndarray, prefix: Path) -> dict[str, np.ndarray] | None:
    """The tool's f16, bf16, q8_0 and q4_0 bytes of x."""
    x.astype("<f4").tofile(f"{prefix}.f32")
    if subprocess.run([tool, f"{prefix}.f32", str(prefix)]).returncode:
        return None
    return {k: np.fromfile(f"{prefix}.{k}", np.uint8) for k in ("f16", "bf16", "q8_0", "q4_0")}


def check_encoders(tool: str, work: Path) -> None:
    rng = np.random.default_rng(3)
    T = gguf.GGMLQuantizationType
    cases = {"edge": edge_values(), "blocks": block_values(rng),
             "random bits": rng.integers(0, 2 ** 32, 32 * 4096, dtype=np.uint64).astype(np.uint32).view(np.float32)}
    for label, x in cases.items():
        in_range = np.where(np.isfinite(x) & (np.abs(x) <= 65504.0), x, np.float32(0.0))   # what the block types get
        got, got_q = encode_with(tool, x, work / "values"), encode_with(tool, in_range, work / "in_range")
        if got is None or got_q is None:
            check(False, f"{label}: export_values ran")
            continue
        with np.errstate(over="ignore", invalid="ignore"):
            want = {"f16": (got["f16"], x.astype("<f2").view(np.uint8), "numpy float16")}
        want["bf16"] = (got["bf16"], gguf.quants.quantize(x.reshape(1, -1), T.BF16).view(np.uint8).ravel(), "gguf.quants")
        for name, qt in (("q8_0", T.Q8_0), ("q4_0", T.Q4_0)):
            want[name] = (got_q[name], gguf.quants.quantize(in_range.reshape(-1, 32), qt).view(np.uint8).ravel(), "gguf.quants")
        for name, (ours, ref, oracle) in want.items():
            same = ours.shape == ref.shape and bool((ours == ref).all())
            check(same, f"{label}: {name} encoder equals {oracle}",
                  f"{int((ours != ref).sum()) if ours.shape == ref.shape else 'size'} bytes differ")


def embed(rclip: str, model: Path, image: str) -> np.ndarray | None:
    r = subprocess.run([rclip, "embed-image", str(model), image], capture_output=True, text=True)
    return np.array([float(v) for v in r.stdout.split()]) if r.returncode == 0 else None


def check_exports(rclip: str, model: str, manifest: str, work: Path) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    steps = ["--steps", "1,1,1", "--batch", "4", "--seed", "5"]
    ckpt, first = work / "x.gguf", work / "first.f32.gguf"
    r = subprocess.run([rclip, "train", model, manifest, "-o", str(ckpt), *steps, "--export", str(first)],
                       capture_output=True, text=True, env=env)
    if r.returncode:
        check(False, "training run", r.stderr[-300:])
        return
    image = str(Path(manifest).parent / next(x[6:] for x in Path(manifest).read_text().splitlines() if x.startswith("image ")))
    base = embed(rclip, first, image)
    f32 = {t.name: np.array(t.data, dtype=np.float32).reshape([int(d) for d in reversed(t.shape)])
           for t in gguf.GGUFReader(str(first)).tensors}
    for dtype in ("f32", "f16", "bf16", "q8_0", "q4_0"):
        out = work / f"e.{dtype}.gguf"
        r = subprocess.run([rclip, "train", model, manifest, "-o", str(work / "y.gguf"), *steps, "--resume", str(ckpt),
                            "--export", str(out), "--export-dtype", dtype], capture_output=True, text=True, env=env)
        if r.returncode:
            check(False, f"--export-dtype {dtype}", r.stderr[-300:])
            continue
        if dtype == "f32":
            check(out.read_bytes() == first.read_bytes(), "resumed f32 export equals the training run's export")
            continue
        bad = []
        for t in gguf.GGUFReader(str(out)).tensors:
            a = f32[t.name]
            data, raw = convert.encode(t.name, a, convert.storage_type(t.name, a, dtype))
            want_type = int(raw) if raw is not None else (0 if data.dtype == np.float32 else 1)
            if int(t.tensor_type) != want_type or t.data.tobytes() != np.ascontiguousarray(data).tobytes():
                bad.append(f"{t.name} (type {int(t.tensor_type)}, want {want_type})")
        check(not bad and len(f32) > 10, f"{dtype} export: every tensor has convert.py's type and bytes",
              ", ".join(bad[:4]))
        e = embed(rclip, out, image)
        cos = float(e @ base / np.linalg.norm(e) / np.linalg.norm(base)) if e is not None and base is not None else -1.0
        check(cos >= COSINE[dtype], f"{dtype} export embeds an image like the f32 export (cosine {cos:.6f} >= {COSINE[dtype]})")
    for extra in (["--export", str(work / "z.gguf"), "--export-dtype", "q5"], ["--export-dtype", "q8_0"]):
        r = subprocess.run([rclip, "train", model, manifest, "-o", str(work / "z.ckpt.gguf"), *steps, *extra],
                           capture_output=True, text=True, env=env)
        check(r.returncode == 2 and "usage" in r.stderr, f"usage error: {' '.join(extra[-2:])}")


def main() -> None:
    rclip, tool, model, manifest, work = sys.argv[1:6]
    Path(work).mkdir(parents=True, exist_ok=True)
    check_encoders(tool, Path(work))
    check_exports(rclip, model, manifest, Path(work))
    print(f"export: {passed} passed, {failed} failed")
    sys.exit(failed != 0)


if __name__ == "__main__":
    main()
