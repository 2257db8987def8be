"""Seed corpora and a dictionary for the libFuzzer harnesses in tests/fuzz/.

gguf/       micro models written by convert/convert.py's own writer (CLIP f32 and f16 with the
            real CLIP BPE vocabulary cut to its first merges, a BERT-text / timm-vision variant
            with a two-layer projection and a 26-token WordPiece vocabulary, CLIP with region
            head, fusion and VQA), plus truncations and byte mutations of them
gguf.dict   every metadata key and tensor name of those models (libFuzzer -dict=)
tokenize/   texts: plain, HTML entities, combining marks, Hangul, CJK, emoji, invalid UTF-8
wordpiece/  the texts above plus BERT specials, ## pieces, accents, CJK (wordpiece.dict)
preprocess/ headers for fuzz_preprocess.c (format, size, stride, window, output size) + pixels
dicom/      weights/demo-scan.dcm and pydicom's test files up to 64 KB (dicom.dict: tags, UIDs)
regions/    box lists for fuzz_regions.c (inside, inverted, NaN, Inf, huge, outside)
resume.dict the gguf words plus the checkpoint's train.* keys (the resume seeds themselves
            are checkpoints: tests/fuzz/make_checkpoints.c writes them into resume/)
manifest/   training manifests (good, malformed, invalid UTF-8), each under the 4 policy bytes

usage: python tests/fuzz/make_seeds.py OUT_DIR
"""
import gzip
import random
import struct
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "convert"))
import convert  # noqa: E402  (the converter's writer keeps the seeds in the real format)

N_MERGES = 100     # vocabulary: 512 byte tokens + 100 merges + 2 specials


def micro_tokenizer() -> convert.Tokenizer:
    from open_clip.tokenizer import default_bpe
    with gzip.open(default_bpe()) as f:
        lines = f.read().decode("utf-8").split("\n")
    return convert.clip_vocab_from_merges(lines[:1 + N_MERGES])


def random_tensors(shapes: dict[str, tuple[int, ...]], rng: np.random.Generator) -> dict[str, np.ndarray]:
    out = {}
    for name, shape in shapes.items():
        a = 0.2 * rng.standard_normal(shape)
        if name.endswith(".weight") and len(shape) == 1:   # LayerNorm gains
            a += 1.0
        out[name] = a.astype(np.float32)
    return out


# A WordPiece vocabulary for the BERT variant: the specials, a few words and ## pieces.
MICRO_WORDPIECE = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "nodule", "in", "the", "right", "upper",
                   "lobe", "effusion", "an", "no", "##s", "##ing", "##al", ".", ",", "(", ")", "-", "3", "##5", "cm"]


def micro_model(bert: bool, tok: convert.Tokenizer, rng: np.random.Generator) -> convert.Model:
    if bert:
        tok = convert.Tokenizer(model="bert_wordpiece", tokens=MICRO_WORDPIECE)
    vocab = len(tok.tokens)
    act = "gelu" if bert else "quick_gelu"
    v = convert.VisionParams(image_size=8, patch_size=4, width=8, layers=1, heads=2, mlp_dim=16,
                             ln_eps=1e-6 if bert else 1e-5, act=act,
                             image_mean=(0.5, 0.4, 0.3), image_std=(0.2, 0.25, 0.3))
    t = convert.TextParams(arch="bert" if bert else "causal", context_length=16, vocab_size=vocab,
                           width=8, layers=1, heads=2, mlp_dim=16, ln_eps=1e-12 if bert else 1e-5,
                           act=act, pool="cls" if bert else "eot")
    embed = 8
    shapes = convert.clip_expected_shapes(v, t, embed, pre_ln=not bert)
    if bert:
        del shapes["t.final_ln.weight"], shapes["t.final_ln.bias"], shapes["t.proj.0.weight"]
        shapes.update({"v.patch_embd.bias": (v.width,), "t.type_embd": (2, t.width),
                       "t.embd_ln.weight": (t.width,), "t.embd_ln.bias": (t.width,),
                       "t.proj.0.weight": (6, t.width), "t.proj.1.weight": (embed, 6)})
    return convert.Model(name="micro-bert" if bert else "micro", family="biomedclip" if bert else "clip",
                         embed_dim=embed, logit_scale=4.6052, vision=v, text=t, tokenizer=tok,
                         tensors=random_tensors(shapes, rng))


def gguf_seeds(out: Path) -> list[str]:
    rng = np.random.default_rng(0)
    tok = micro_tokenizer()
    names: set[str] = set()
    models = []
    for label, bert, dtype in [("clip-f32", False, "f32"), ("clip-f16", False, "f16"), ("bert-f32", True, "f32"),
                               ("clip-roi-vqa", False, "f32")]:
        m = micro_model(bert, tok, rng)
        if label == "clip-roi-vqa":       # region head, 2-head fusion, VQA head over 3 answers (UTF-8)
            e = m.embed_dim
            m.tensors.update(random_tensors({"roi.head.weight": (e, e), "roi.head.bias": (e,),
                                             "roi.attn_qkv.weight": (3 * e, e), "roi.attn_qkv.bias": (3 * e,),
                                             "roi.attn_out.weight": (e, e), "roi.attn_out.bias": (e,),
                                             "roi.gate.weight": (e, 2 * e), "roi.gate.bias": (e,),
                                             "vqa.head.weight": (3, 2 * e), "vqa.head.bias": (3,)}, rng))
            m.roi_heads, m.vqa_answers = 2, ["yes", "no", "n\u00f3dulo"]
        path = out / f"{label}.gguf"
        convert.write_gguf(m, path, dtype)
        names.update(m.tensors)
        models.append(path.read_bytes())
    keys = ["general.architecture", "general.name", "general.alignment", "tokenizer.ggml.model",
            "tokenizer.ggml.tokens", "tokenizer.ggml.merges", "regionclip.roi.heads", "regionclip.vqa.answers"]
    keys += ["regionclip." + k for k in ("family", "embed_dim", "logit_scale")]
    keys += [f"regionclip.vision.{k}" for k in ("image_size", "patch_size", "width", "layers", "heads",
                                                 "mlp_dim", "ln_eps", "act", "image_mean", "image_std")]
    keys += [f"regionclip.text.{k}" for k in ("arch", "context_length", "vocab_size", "width", "layers",
                                               "heads", "mlp_dim", "ln_eps", "act", "pool")]
    keys += ["regionclip", "clip", "biomedclip", "causal", "bert", "eot", "cls", "gelu", "quick_gelu", "clip_bpe"]
    # variants: truncated anywhere, single bytes and 32-bit words overwritten
    r = random.Random(0)
    data = models[0]
    for i, cut in enumerate([4, 8, 24, 100, 1000, len(data) // 3, len(data) // 2, len(data) - 1]):
        (out / f"trunc-{i}.gguf").write_bytes(data[:cut])
    for i in range(16):
        b = bytearray(models[i % len(models)])
        at = r.randrange(0, min(len(b), 4096) - 4)   # the header and tables, where parsing happens
        b[at:at + 4] = struct.pack("<I", r.choice([0, 1, 0xFFFFFFFF, 0x7FC00000, 65536, r.getrandbits(32)]))
        (out / f"mutant-{i}.gguf").write_bytes(bytes(b))
    return keys + sorted(names)


TEXTS = [
    b"a photo of a cat", b"A CHEST X-RAY showing a nodule in the right upper lobe.",
    b"&amp; &lt;b&gt; &#x41; &#65; &notin; &amp;amp; &#1234567;", b"caf\xc3\xa9 na\xc3\xafve \xe2\x80\x94 \xe2\x80\x9cquoted\xe2\x80\x9d",
    "e\u0301\u0323 ".encode() + ("a" + "\u0316\u0301" * 20).encode(),
    "\ud55c\uad6d\uc5b4 \u4e2d\u6587 \u65e5\u672c\u8a9e \U0001f600\U0001f3e5".encode(), b"<start_of_text>x<end_of_text>",
    b"it's we're they've I'll he'd", b"\xff\xfe invalid", b"\xc0\xaf overlong", b"\xed\xa0\x80 surrogate",
    b"\xf4\x90\x80\x80 above U+10FFFF", b"ab\x00cd embedded NUL", b"\x1b[31mred\x1b[0m \r\n\t tabs",
    b"word " * 200, b"\xef\xac\x81 ligature \xef\xbc\xa1 fullwidth \xc2\x85 nel",
]


def tokenize_seeds(out: Path) -> None:
    for i, t in enumerate(TEXTS):
        (out / f"text-{i}").write_bytes(t)


WORDPIECE_TEXTS = [
    b"[CLS] a nodule [SEP] [PAD] [UNK] [MASK] [cls] [SEP", b"unaffable ##ing running jumped",
    "H\u00e9llo W\u00d6RLD na\u00efve r\u00e9sum\u00e9 \u4e2d\u6587\u5b57 \u0e01\u0e02".encode(),
    b"pneumothorax, 3.5cm (left)! effusion?--yes", b"a" * 300 + b" " + b"b" * 101,
]
WORDPIECE_WORDS = ["[CLS]", "[SEP]", "[PAD]", "[UNK]", "[MASK]", "##", " ", "\\xc3\\xa9", "\\xe4\\xb8\\xad"]


def wordpiece_seeds(out: Path) -> None:
    for i, t in enumerate(TEXTS + WORDPIECE_TEXTS):
        (out / f"text-{i}").write_bytes(t)
    (out.parent / "wordpiece.dict").write_text("".join(f'"{w}"\n' for w in WORDPIECE_WORDS))


def regions_seeds(out: Path) -> None:
    """Inputs of fuzz_regions.c: flags, size, margin, then boxes (scaled bytes or raw floats)."""
    def scaled(*b: int) -> bytes:
        return bytes([0, *b])

    def raw(*f: float) -> bytes:
        return bytes([128]) + struct.pack("<4f", *f)

    inf, nan = float("inf"), float("nan")
    cases = [
        (0, 31, 15, 3, [scaled(60, 60, 200, 200)]),                        # align, one box over the center
        (1 | 2 | 4, 40, 20, 2, [scaled(0, 0, 255, 255), scaled(100, 30, 90, 200)]),   # crop, inverted box
        (2 | 4, 63, 63, 0, [raw(0, 0, 64, 64), raw(1, 1, 2, 2), raw(-5, -5, 1, 1)]),
        (0 | 8, 10, 50, 0, [raw(nan, 0, 5, 5)]), (1 | 16, 5, 5, 250, [raw(0, 0, inf, 3)]),
        (1 | 24, 63, 1, 5, [raw(-1e38, -1e38, 3e38, 3e38)]), (0, 0, 0, 0, []),
        (32 | 1, 20, 20, 0, [scaled(10, 10, 250, 250)]),
    ]
    for i, (flags, w, h, margin, boxes) in enumerate(cases):
        head = bytes([flags, w, h]) + (struct.pack("<f", 0.5) if flags & 32 else bytes([margin, 0, 0, 0]))
        (out / f"regions-{i}").write_bytes(head + b"".join(boxes))


TRAIN_KEYS = ["train.step", "train.adam_m", "train.adam_v", "train.param_steps"] + [
    "train.cfg." + k for k in ("max_batch", "lr", "warmup_steps", "total_steps", "weight_decay", "beta1", "beta2",
                               "eps", "grad_clip", "accum_steps", "frozen", "max_regions", "max_negatives",
                               "crop_regions", "w_global", "w_region", "w_fused", "max_questions", "w_vqa", "n_stages")]


def preprocess_seeds(out: Path) -> None:
    r = random.Random(1)
    pixels = bytes(r.getrandbits(8) for _ in range(512))
    cases = [  # (flags, width, height, pad, center, width_w, out_size, cap_log2)
        (0, 31, 17, 0, 0.0, 0.0, 100, 0), (1, 300, 2, 3, 0.0, 0.0, 32, 0), (2, 40, 90, 1, 30000.0, 2000.0, 17, 0),
        (2, 9, 9, 0, 0.0, -1.0, 5, 0), (2, 9, 9, 0, float("nan"), 10.0, 8, 0), (64, 4, 4, 0, 0.0, 0.0, 4, 0),
        (0 | 32, 65534, 1, 0, 0.0, 0.0, 64, 0), (1 | 32, 1, 5000, 0, 0.0, 0.0, 48, 0), (0 | 16, 10, 10, 0, 0.0, 0.0, 10, 0),
        (1 | 4, 10, 10, 0, 0.0, 0.0, 10, 0), (0, 100, 100, 7, 0.0, 0.0, 127, 12), (2, 64, 64, 0, 1e30, 1e-30, 64, 16),
        (3, 50, 30, 2, 0.0, 0.0, 100, 0), (3, 1, 300, 0, 0.0, 0.0, 7, 10),
    ]
    for i, (flags, w, h, pad, c, ww, size, cap) in enumerate(cases):
        head = struct.pack("<BHHBffHB", flags, w - 1, h - 1, pad, c, ww, size - 1, cap)
        (out / f"image-{i}").write_bytes(head + pixels)


MANIFESTS = [
    b"image a.png\nsummary s\nreport r\nregion 1 2 30 40 nodule\nnegative cyst\nvqa q?\tyes\n\nimage b.png\nsummary t\n",
    b"# comment\r\nimage x/y.png\r\nsummary s\r\nregion 0 0 1e3 nan c\r\n\r\nsummary orphan\r\n",
    b"image a.png\nsumary s\nregion 5 5 1 1 c\nnegative\nvqa no tab\nimage b.png\n\n\n",
    b"image \xc3\xa9.png\nsummary caf\xc3\xa9 \xed\xa0\x80\nregion -1 0 0x10 inf c\n",
    b"image a.png\nsummary s\nlabel plane axial\nlabel plane coronal\nlabel  \t x\nlabel solo\n\nimage b.png\nsummary t\nlabel p\tq r\n",
]


def manifest_seeds(out: Path) -> None:
    for i, (policy, text) in enumerate((p, t) for t in MANIFESTS for p in (0, 1, 2, 3)):
        (out / f"manifest-{i}").write_bytes(bytes([policy]) + text)


# libFuzzer dictionary entries (its \\xNN escapes): chunk names, JPEG markers, signatures, PNM tokens
IMAGE_WORDS = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "acTL", "\\xff\\xd8\\xff", "\\xff\\xc0", "\\xff\\xc2", "\\xff\\xc4", "\\xff\\xdb", "\\xff\\xda", "\\xff\\xdd", "\\xff\\xd9", "II*\\x00", "MM\\x00*", "II+\\x00", "MM\\x00+", "BM", "P1", "P4", "P5", "P6", "255", "65535", "#"]


def image_seeds(out: Path) -> None:
    """Every third small file of the image catalogue (tests/image_cases_*.py), as the CLI reads it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import gen_images  # noqa: E402  (its module list names the per-format case modules)
    import importlib
    n = 0
    for name in gen_images.MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for case in module.cases()[::3]:
            if len(case[1]) <= 65536:
                (out / case[0]).write_bytes(case[1])
                n += 1
    (out.parent / "image.dict").write_text("".join(f'"{w}"\n' for w in IMAGE_WORDS))


# DICOM dictionary entries: the magic, transfer syntax UIDs, and the tags image_dicom.h reads
# (group, element little-endian) with their explicit VRs
DICOM_WORDS = ["DICM", "1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.5",
               "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80",
               "1.2.840.10008.1.2.4.90", "MONOCHROME1", "MONOCHROME2", "RGB", "PALETTE COLOR", "YBR_FULL_422",
               "\\x28\\x00\\x10\\x00US", "\\x28\\x00\\x11\\x00US", "\\x28\\x00\\x00\\x01US",
               "\\x28\\x00\\x01\\x01US", "\\x28\\x00\\x03\\x01US", "\\x28\\x00\\x08\\x00IS",
               "\\x28\\x00\\x50\\x10DS", "\\x28\\x00\\x51\\x10DS", "\\x28\\x00\\x52\\x10DS",
               "\\x28\\x00\\x53\\x10DS", "\\xe0\\x7f\\x10\\x00OW", "\\xe0\\x7f\\x10\\x00OB",
               "\\xfe\\xff\\x00\\xe0", "\\xfe\\xff\\xdd\\xe0"]


def dicom_seeds(out: Path) -> None:
    """weights/demo-scan.dcm and pydicom's own test files of at most 64 KB (no download)."""
    import pydicom
    files = [Path(__file__).resolve().parents[2] / "weights" / "demo-scan.dcm"]
    files += sorted((Path(pydicom.__file__).parent / "data" / "test_files").rglob("*.dcm"))
    for f in files:
        if f.is_file() and f.stat().st_size <= 65536:
            (out / f.name).write_bytes(f.read_bytes())
    (out.parent / "dicom.dict").write_text("".join(f'"{w}"\n' for w in DICOM_WORDS))


def main(out: Path) -> None:
    for sub in ("gguf", "tokenize", "wordpiece", "preprocess", "manifest", "image", "dicom", "regions", "resume"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    words = gguf_seeds(out / "gguf")
    (out / "gguf.dict").write_text("".join(f'"{w}"\n' for w in words))
    (out / "resume.dict").write_text("".join(f'"{w}"\n' for w in words + TRAIN_KEYS + [" ", "\\x0a"]))
    tokenize_seeds(out / "tokenize")
    wordpiece_seeds(out / "wordpiece")
    regions_seeds(out / "regions")
    preprocess_seeds(out / "preprocess")
    manifest_seeds(out / "manifest")
    image_seeds(out / "image")
    dicom_seeds(out / "dicom")
    print(f"seeds: {sum(1 for _ in out.rglob('*') if _.is_file())} files in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
