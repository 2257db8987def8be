#!/usr/bin/env python3
"""Weight types (docs/format.md "Weight types"): what convert.py writes and what the library reads.

Asserts:
  1. convert.py's encoders give the gguf package's own bytes (gguf.quants.quantize) for BF16,
     Q8_0 and Q4_0: random matrices and edge blocks (zeros, one non-zero, equal magnitudes of
     both signs, f16-subnormal scales, values near the f16 limit; for BF16 also NaN, infinities,
     signed zeros, subnormals and exact rounding ties).
  2. For a CLIP and a BiomedCLIP model (random weights, widths multiples of 32) converted with
     --dtype f16, bf16, q8_0 and q4_0: gguf.GGUFReader opens the file; for f16 (and bf16 where
     the compiler has no AVX512_BF16) the library's image and text embeddings of the file equal,
     bit for bit, those of an f32 file holding the tensors GGUFReader + gguf.quants.dequantize
     read from it (the library reads them in place as the gguf package decodes them); for q8_0
     and q4_0, whose matmuls run in integers on block-quantized inputs, and bf16 with the
     vdpbf16ps kernel (inputs rounded to bfloat16), the image embeddings differ from that f32
     file's and every embedding's cosine to it is >= Q8_INPUT_COSINE.
  3. Refusals by the loader (rc.Error): a Q8_0 positional table, a tensor that must stay float
     (the message names v.pos_embd and type 8); a BF16 file cut inside its last tensor (a
     non-empty message); a Q8_0 tensor declared with rows of 48 weights (the message names 48 and
     the block).

Usage: python tests/test_quant.py WORK_DIR      (prints "quant: N passed, M failed")
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "convert"))
sys.path.insert(0, str(ROOT / "tests"))
import convert  # noqa: E402
import gguf  # noqa: E402

TYPES = ("f16", "bf16", "q8_0", "q4_0")
Q8_INPUT_COSINE = 0.999   # q8 inputs (docs/performance.md) against the same weights in f32
T = gguf.GGMLQuantizationType
ENCODERS = {"bf16": (convert.encode_bf16, T.BF16), "q8_0": (convert.encode_q8_0, T.Q8_0),
            "q4_0": (convert.encode_q4_0, T.Q4_0)}
CLIP_CFG = {"embed_dim": 64,
            "vision_cfg": {"image_size": 64, "patch_size": 16, "width": 96, "layers": 2, "head_width": 32},
            "text_cfg": {"context_length": 24, "vocab_size": 49408, "width": 64, "heads": 2, "layers": 2}}
TEXTS = ["a nodule in the right upper lobe", "no finding", "pleural effusion, left"]
passed, failed = 0, 0


def check(ok: bool, what: str) -> None:
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


def edge_rows() -> np.ndarray:
    """[8][64] float32 rows of awkward blocks."""
    rows = np.zeros((8, 64), np.float32)
    rows[1, 5] = 0.37                                   # one non-zero in a block of zeros
    rows[2, :32] = 0.5; rows[2, 7] = -0.5               # equal magnitudes, both signs (Q4_0: first wins)
    rows[2, 32:] = -0.25; rows[2, 40] = 0.25
    rows[3] = np.linspace(-1e-6, 1e-6, 64)              # scale below f16's normal range
    rows[4] = np.linspace(-60000, 60000, 64)            # near the f16 limit
    rows[5] = np.arange(64) - 31.5                      # many exact halves after scaling
    rows[6, ::2] = 1.0; rows[6, 1::2] = -1.0
    rows[7] = np.float32(2.0) ** -np.arange(64, dtype=np.float32)
    return rows


def bf16_specials() -> np.ndarray:
    bits = np.array([0x7FC00000, 0x7F800001, 0xFFFFFFFF, 0x7F800000, 0xFF800000, 0x00000000, 0x80000000,
                     0x00000001, 0x007FFFFF, 0x3F808000, 0x3F818000, 0x3F80FFFF, 0x7F7FFFFF, 0xBF808001],
                    dtype=np.uint32)
    return np.resize(bits, 64).view(np.float32).reshape(1, 64)


def test_encoders() -> None:
    g = np.random.default_rng(7)
    arrays = [g.standard_normal((48, 256)).astype(np.float32) * 0.02, edge_rows(),
              g.uniform(-3, 3, (3, 4096)).astype(np.float32)]
    for name, (enc, qtype) in ENCODERS.items():
        for i, a in enumerate(arrays + ([bf16_specials()] if name == "bf16" else [])):
            ours = np.asarray(enc(a)).view(np.uint8).reshape(a.shape[0], -1)
            theirs = gguf.quants.quantize(a, qtype).view(np.uint8).reshape(a.shape[0], -1)
            check(ours.shape == theirs.shape and np.array_equal(ours, theirs),
                  f"{name} encoder, array {i}: {int((ours != theirs).sum()) if ours.shape == theirs.shape else 'shape'} bytes differ from gguf.quants.quantize")


def compiler_defines(macro: str) -> bool:
    """Whether cc -march=native (the flags build_library uses) defines macro."""
    out = subprocess.run(["cc", "-march=native", "-dM", "-E", "-"], input="", capture_output=True, text=True, check=True)
    return f"#define {macro} " in out.stdout


BF16_KERNEL = compiler_defines("__AVX512BF16__")   # BF16 weights then take bfloat16 inputs


def build_library(work: Path):
    """The Python package over this checkout's header, compiled into work/pkg; returns the module."""
    pkg = work / "pkg" / "regionclip"
    shutil.rmtree(work / "pkg", ignore_errors=True)
    shutil.copytree(ROOT / "python" / "regionclip", pkg, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    lib = pkg / f"_lib{sysconfig.get_config_var('EXT_SUFFIX')}"
    subprocess.run(["cc", "-std=c99", "-O2", "-march=native", "-fopenmp", "-shared", "-fPIC", f"-I{ROOT}",
                    str(pkg / "_lib.c"), "-o", str(lib), "-lm"], check=True)
    sys.path.insert(0, str(work / "pkg"))
    import regionclip
    return regionclip


def namespace(ckpt: Path, out: Path, dtype: str, **kw: object) -> argparse.Namespace:
    args = dict(checkpoint=str(ckpt), output=str(out), model=None, config=None, vocab=None, roi=None,
                vqa_answers=None, source=None, dtype=dtype, name=None, trust_pickle=False, quiet=True)
    args.update(kw)
    return argparse.Namespace(**args)


def dequantized_copy(m: convert.Model, typed: Path, out: Path) -> None:
    """out: an f32 file of model m whose tensors are GGUFReader's decoding of `typed`."""
    r = gguf.GGUFReader(str(typed))
    for t in r.tensors:
        shape = m.tensors[t.name].shape
        m.tensors[t.name] = gguf.quants.dequantize(t.data, t.tensor_type).reshape(shape).astype(np.float32)
    convert.write_gguf(m, out, "f32")


def images(size: int) -> list[np.ndarray]:
    g = np.random.default_rng(3)
    return [g.integers(0, 256, (size + 7, size - 5, 3), dtype=np.uint8), g.integers(0, 256, (size, size), dtype=np.uint8)]


def test_model(rc, work: Path, label: str, ns: dict) -> None:
    for dtype in TYPES:
        typed, deq = work / f"{label}.{dtype}.gguf", work / f"{label}.{dtype}.deq.gguf"
        m = convert.convert(namespace(out=typed, dtype=dtype, **ns))
        stored = {t.name: t.tensor_type.name for t in gguf.GGUFReader(str(typed)).tensors}
        check(dtype == "f16" or dtype.upper() in stored.values(), f"{label} {dtype}: no tensor stored as {dtype}")
        dequantized_copy(m, typed, deq)
        with rc.Model(typed) as a, rc.Model(deq) as b:
            size = a.info.image_size
            ia, ib = a.encode_images(images(size)), b.encode_images(images(size))
            ta, tb = a.encode_text(TEXTS), b.encode_text(TEXTS)
        if dtype == "f16" or (dtype == "bf16" and not BF16_KERNEL):
            check(np.array_equal(ia, ib), f"{label} {dtype}: image embeddings differ from the GGUFReader-decoded f32 file "
                                          f"(max {np.abs(ia - ib).max():.3g})")
            check(np.array_equal(ta, tb), f"{label} {dtype}: text embeddings differ from the GGUFReader-decoded f32 file "
                                          f"(max {np.abs(ta - tb).max():.3g})")
            print(f"{label} {dtype}: {typed.stat().st_size / 2**20:.2f} MiB, types {sorted(set(stored.values()))}: "
                  f"embeddings bit-identical to GGUFReader's decoding")
            continue
        # Q8_0 / Q4_0 (and BF16 with its kernel): the same weights, inputs converted (docs/performance.md)
        cos = min(float(np.min(np.sum(x * y, 1) / np.linalg.norm(x, axis=1) / np.linalg.norm(y, axis=1)))
                  for x, y in ((ia, ib), (ta, tb)))
        check(not np.array_equal(ia, ib), f"{label} {dtype}: image embeddings equal the f32 path's (converting path not taken)")
        check(cos >= Q8_INPUT_COSINE, f"{label} {dtype}: cosine to the GGUFReader-decoded f32 file {cos:.6f} < {Q8_INPUT_COSINE}")
        print(f"{label} {dtype}: {typed.stat().st_size / 2**20:.2f} MiB, types {sorted(set(stored.values()))}: "
              f"converted inputs, min cosine to GGUFReader's decoding in f32 {cos:.6f}")


def rewrite(src: Path, out: Path, change) -> None:
    """out: src with change(name, data, type) -> (data, type) applied to every tensor."""
    r = gguf.GGUFReader(str(src))
    w = gguf.GGUFWriter(str(out), "regionclip")
    for f in r.fields.values():
        if f.name.startswith("GGUF.") or f.name == "general.architecture":
            continue
        vtype = f.types[0]
        if vtype == gguf.GGUFValueType.ARRAY:
            w.add_key_value(f.name, f.contents(), vtype, sub_type=f.types[-1])
        else:
            w.add_key_value(f.name, f.contents(), vtype)
    for t in r.tensors:
        data, qtype = change(t.name, np.array(t.data), t.tensor_type)
        w.add_tensor(t.name, data, raw_dtype=qtype if qtype not in (T.F32, T.F16) else None)
    w.write_header_to_file(); w.write_kv_data_to_file(); w.write_tensors_to_file(); w.close()


def refused(rc, path: Path, words: list[str], what: str) -> None:
    try:
        with rc.Model(path, mmap=False):
            check(False, f"{what}: loaded")
    except rc.Error as e:
        check(str(e) != "" and all(w in str(e) for w in words), f"{what}: message {str(e)!r} lacks {words}")


def test_refusals(rc, work: Path, f32: Path, bf16: Path) -> None:
    def q8_pos(name: str, data: np.ndarray, qtype):
        if name == "v.pos_embd":
            return convert.encode_q8_0(data), T.Q8_0
        return data, qtype
    bad = work / "bad-q8-pos.gguf"
    rewrite(f32, bad, q8_pos)
    refused(rc, bad, ["v.pos_embd", "type 8"], "Q8_0 positional table")
    cut = work / "bad-cut.gguf"
    data = bf16.read_bytes()
    cut.write_bytes(data[: len(data) - 100])
    refused(rc, cut, [""], "BF16 file cut inside its last tensor")
    # a Q8_0 tensor declared with a row of 48 weights: not whole blocks of 32
    w = gguf.GGUFWriter(str(work / "bad-block.gguf"), "regionclip")
    w.add_tensor("x", np.zeros((2, 54), np.int8), raw_shape=(2, 48), raw_dtype=T.Q8_0)   # int8: taken as declared
    w.write_header_to_file(); w.write_kv_data_to_file(); w.write_tensors_to_file(); w.close()
    refused(rc, work / "bad-block.gguf", ["48", "block"], "Q8_0 row of 48 weights")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("work", type=Path)
    args = ap.parse_args()
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    test_encoders()
    rc = build_library(work)

    import open_clip
    from gen_golden import Spec, make_biomedclip, randomize
    import json
    clip = open_clip.model.CLIP(**CLIP_CFG).eval()
    randomize(clip, 11)
    torch.save(clip.state_dict(), work / "clip.pt")
    (work / "clip.json").write_text(json.dumps({"model_cfg": CLIP_CFG, "preprocess_cfg": {}}))
    test_model(rc, work, "clip", dict(ckpt=work / "clip.pt", config=str(work / "clip.json")))
    spec = Spec("biomedclip-q", "biomedclip", 12, save_as="safetensors", timm_model="test_vit", image_size=160,
                bert={"vocab_size": 1234, "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2,
                      "intermediate_size": 128, "max_position_embeddings": 80, "type_vocab_size": 2},
                embed_dim=64, context_length=64)
    make_biomedclip(spec, work / "biomed")
    test_model(rc, work, "biomed", dict(ckpt=work / "biomed"))

    convert.convert(namespace(work / "clip.pt", work / "clip.f32.gguf", "f32", config=str(work / "clip.json")))
    test_refusals(rc, work, work / "clip.f32.gguf", work / "clip.bf16.gguf")
    print(f"quant: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
