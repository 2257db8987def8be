#!/usr/bin/env python3
"""Writes the CLIP tokenizer parity corpus for tests/test_tokenizer.c (deterministic, seeded).

Output (default directory build/tokenizer/): tokenizer_corpus.bin, test strings with open_clip's
ids (context 77), plus invalid UTF-8 strings. The C test takes the vocabulary from a converted
model's GGUF file, so the converter's vocabulary is checked against open_clip's ids as well.

File format (all integers little-endian uint32 unless noted):
  tokenizer_corpus.bin: "RCTKCOR1", context_length, n_cases, then per case:
                        kind, len, bytes, then (kinds 0, 2, 3) context_length int32 ids.
                        kind 0 = parity string, 2 = parity string of the code point sweep,
                        1 = invalid UTF-8 (expect RC_ERR_UTF8),
                        3 = string that ftfy's mojibake repair (fix_encoding) changes: left out of
                            exact parity (regionclip does not implement that heuristic, see
                            docs/tokenizer.md); its ids are open_clip's with fix_encoding=False.
Usage: python tests/gen_tokenizer_corpus.py [out_dir]
"""
import gzip
import html
import os
import random
import struct
import sys
import time
import unicodedata

import ftfy
import open_clip
from open_clip import tokenizer as oct

CTX = 77
SEED = 20240601


# --- string generators ------------------------------------------------------------------------

FINDINGS = ["nodule", "opacity", "consolidation", "effusion", "mass", "lesion", "cyst", "calcification",
            "pneumothorax", "atelectasis", "fracture", "hematoma", "stenosis", "aneurysm", "infiltrate"]
ORGANS = ["right upper lobe", "left lower lobe", "liver segment VII", "left kidney", "pancreatic head",
          "thyroid", "L4-L5 disc", "left ventricle", "right hilum", "spleen", "gallbladder", "C5/C6"]
UNITS = ["mm", "cm", "mg/dL", "mL", "HU", "mmHg", "°C", "µg", "µm", "kg/m²", "mSv", "%", "bpm", "g/L"]
MODIFIERS = ["no evidence of", "possible", "stable", "interval increase in", "new", "resolving", "mild",
             "moderate", "severe", "small", "large", "ill-defined", "spiculated", "well-circumscribed"]
TEMPLATES = [
    "{mod} {find} in the {organ}, measuring {n}{unit}.",
    "There is a {n} {unit} {find} in the {organ} (previously {n2} {unit}).",
    "{Mod} {find} ({n}×{n2} {unit}) noted; ± {n3}{unit} compared to prior.",
    "Impression: {mod} {find}. Temperature {t}°C, dose {n} µg, SUVmax {n2}.",
    "FINDINGS: {FIND} OF THE {ORGAN} MEASURING {n} X {n2} {unit}. PATIENT'S HISTORY: N/A",
    "The {find} doesn't appear to be malignant; it's {mod} and we'll follow-up in {i} months.",
    "Pt's BP {i}/{i2} mmHg, HR {i3} bpm; glucose {n} mg/dL; ~{n2}% O2 sat. Dx: {find}?",
    "{n}mm {find} @ {organ} -> f/u CT in 3-6 mo. [ref: #{i}] {{note}} <urgent>",
]


def clinical(rng):
    t = rng.choice(TEMPLATES)
    n = lambda: rng.choice(["%d" % rng.randint(0, 120), "%.1f" % rng.uniform(0, 30), "%.2f" % rng.uniform(0, 5)])
    return t.format(mod=rng.choice(MODIFIERS), Mod=rng.choice(MODIFIERS).capitalize(), find=rng.choice(FINDINGS),
                    FIND=rng.choice(FINDINGS).upper(), organ=rng.choice(ORGANS), ORGAN=rng.choice(ORGANS).upper(),
                    n=n(), n2=n(), n3=n(), unit=rng.choice(UNITS), t="%.1f" % rng.uniform(35, 41),
                    i=rng.randint(1, 200), i2=rng.randint(40, 120), i3=rng.randint(40, 180))


APOSTROPHES = ["'", "\u2019", "\u2018", "\u02bc", "\u201b", "`", "\u00b4", "\uff07"]
CONTRACTIONS = ["s", "t", "re", "ve", "m", "ll", "d", "S", "T", "RE", "VE", "M", "LL", "D", "\u017f", "x", "Ll"]


def contractions(rng):
    words = []
    for _ in range(rng.randint(1, 12)):
        w = rng.choice(["it", "don", "we", "they", "I", "she", "you", "patient", "DOCTOR", "o", "rock"])
        if rng.random() < 0.7:
            w += rng.choice(APOSTROPHES) + rng.choice(CONTRACTIONS)
        if rng.random() < 0.2:
            w = rng.choice(APOSTROPHES) + w
        words.append(w)
    return " ".join(words) + rng.choice(["", ".", "!?", "...", " '", "'"])


NAMED = ["amp", "lt", "gt", "quot", "apos", "nbsp", "eacute", "Eacute", "EACUTE", "szlig", "SZLIG", "copy",
         "COPY", "hellip", "mdash", "rsquo", "ldquo", "micro", "deg", "plusmn", "times", "frac12", "alpha",
         "Sigma", "notin", "NotEqualTilde", "nvlt", "fjlig", "Jscr", "HilbertSpace", "checkmark", "ntilde",
         "NTILDE", "nTILDE", "AElig", "aelig", "AELIG", "not", "notit", "ampx", "lt3", "Tab", "NewLine",
         "bogus", "amp;amp", "iexcl", "euro", "zwj", "shy", "lrm", "ensp", "thinsp", "ang", "angst", "ohm"]


def html_text(rng):
    parts = []
    for _ in range(rng.randint(1, 10)):
        r = rng.random()
        name = rng.choice(NAMED)
        if r < 0.3:
            parts.append("&%s;" % name)
        elif r < 0.45:
            parts.append("&%s" % name)
        elif r < 0.6:
            parts.append(rng.choice(["&#%d;", "&#%d", "&#x%x;", "&#X%X;", "&#x%x"]) % rng.choice(
                [0, 9, 10, 13, 39, 59, 60, 65, 128, 133, 146, 150, 157, 160, 173, 233, 0x2019, 0xd800, 0xdfff,
                 0xfffe, 0x10ffff, 0x110000, 0x1f600, 0x1f, 0x7f, 0x9f, 99999999999, 38, 0xfdd0, 0x1fffe, 12]))
        elif r < 0.7:
            parts.append("&amp;" * rng.randint(1, 4) + rng.choice(["lt;", "amp;", "eacute;", "#39;", "#x41;"]))
        elif r < 0.8:
            parts.append(rng.choice(["&", "&;", "&#;", "&#x;", "&# 1;", "&#12a;", "&x41;", "&abcdefghijklmnopqrstuvwxyz0123456;",
                                     "&AMP;", "&Amp;", "&&&", "&#000065;", "&#x0041", "&lt&gt", "&eacuteclair",
                                     "&ａｍｐ；", "&amp\x01;", "&\u00e9;"]))
        else:
            parts.append(rng.choice(["word", "x", "5mm", " ", "\n", "<b>", "a<b", "Café"]))
        if rng.random() < 0.5:
            parts.append(" ")
    return "".join(parts)


COMBINING = [0x300, 0x301, 0x302, 0x303, 0x308, 0x30a, 0x327, 0x328, 0x323, 0x331, 0x345, 0x360, 0x334,
             0x5b0, 0x93c, 0x94d, 0x3099, 0x309a, 0x1dce, 0x20d2, 0x302a, 0x316, 0x35c, 0x0f71, 0x0f72]
BASES = "aeiouAEIOUnNcCsSzZyYwkKgG\u03b1\u03a9\u0391\u0415\u0438\u3046\u30a6\u05d0\u0915\u1100\u0b47\u0dd9"


def accents(rng):
    out = []
    for _ in range(rng.randint(1, 15)):
        r = rng.random()
        if r < 0.4:
            out.append(rng.choice(["caf\u00e9", "cafe\u0301", "na\u00efve", "nai\u0308ve", "\u00c5ngstr\u00f6m",
                                   "\u212bngstr\u00f6m", "\u2126", "r\u00e9sum\u00e9", "Re\u0301sume\u0301",
                                   "Se\u00f1or", "Sen\u0303or", "\u1e9b\u0323", "\u0958\u0959", "\uac00\u11a8",
                                   "\u1100\u1161\u11a8", "\u1100\u0301\u1161", "\u0b47\u0b3e", "\u00f1\u0303",
                                   "\u2adc", "\U0001d15e", "\u0344", "\u0340a", "\u1f80\u0345"]))
        else:
            s = rng.choice(BASES)
            for _ in range(rng.randint(0, 5)):
                s += chr(rng.choice(COMBINING))
            out.append(s)
        out.append(rng.choice([" ", "", "-", "\u00a0"]))
    return "".join(out)


SPECIAL_SAMPLES = [
    "", " ", "   ", "\t\n\r ", "\u3000\u2003\u00a0\u2028\u2029\x85\x1c\x1d\x1e\x1f\x0b\x0c", "\u200b\ufeff",
    "<start_of_text>", "<end_of_text>", "a<start_of_text>b", "?<start_of_text>", "<START_OF_TEXT>",
    "<Start_Of_Text> hi <END_OF_TEXT>", "<\u017ftart_of_text>", "&lt;start_of_text&gt;", "&lt;end_of_text&gt;x",
    "<end_of_text><end_of_text><start_of_text>", "<start_of_text", "start_of_text>",
    "\u0130stanbul \u0130I\u0131i", "STRASSE Stra\u00dfe STRA\u1e9eE \u1e9e", "\u03a3\u039f\u03a6\u039f\u03a3 \u039f\u0394\u039f\u03a3.",
    "\u03a3 \u03a3a a\u03a3 a\u03a3\u0301 a\u0301\u03a3 a\u03a3b A\u03a3'\u03a3 \u1f08\u03a3\u0345 a.\u03a3",
    "\ufb01nancial \ufb02uffy \ufb03 \ufb04 \ufb05 \ufb06 \u0132sselmeer \u01c4 \u01c5 \u01c6 \u01c9 \u0149",
    "\uff2c\uff2f\uff35\uff24\u3000\uff2e\uff2f\uff29\uff33\uff25\uff33\uff01 \uff11\uff12\uff13\uff4d\uff4d",
    "\uff35\uff80\uff70\uff9d \uff76\uff9e\uff77\uff9e \uffa1\uffa4 \uffe0\uffe1\uffe5\uffe8",
    "\u201cquoted\u201d \u2018single\u2019 \u201a\u201e \u201b\u201f \u02bc \u00ab\u00bb \u2039\u203a",
    "\x1b[31mred\x1b[0m \x1b[1;32;40mbold\x1b[m \x1b[\u0661\u0662mx \x1b]0;title\x07 \x1b[", "\x00a\x01b\x7fc\x08",
    "\x80\x81\x85\x8d\x8f\x90\x91\x92\x93\x94\x96\x97\x9d\x9f", "line1\r\nline2\rline3\u2028line4\u2029line5\x85",
    "\ufff9\ufffa\ufffb\ufffc\ufffd\u206a\u206f\ufeffbom", "\U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f44d\U0001f3fd \U0001f1fa\U0001f1f8 \U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "\u4e2d\u6587\u6d4b\u8bd5 \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 \ud55c\uad6d\uc5b4 \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22",
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u05e2\u05d1\u05e8\u05d9\u05ea \u0939\u093f\u0928\u094d\u0926\u0940 \u0661\u0662\u0663 \u2160\u2161\u2162 \u00bd\u00b2\u00b3",
    "5mm 3.2 cm 10 mg/dL \u00b1 2\u00b0 \u00b5m \u00d7 3 \u2264 4 \u2265 5 \u2192 \u00b0C", "x" * 300, "word " * 200,
    "a" * 2000, "\u00e9" * 500, "\U0001f600" * 300, "1234567890" * 60, "&amp;" * 300, "a\u0301" * 300,
    "&amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;lt;", "&" + "amp;" * 40 + "lt;", "&" + "amp;" * 70 + "lt;",
    "first line &amp;\nsecond <b> &amp;\nthird &amp;", "a &lt; b\nc &amp; d", "<p>&amp;</p>",
    "\u0301\u0301abc", "\u1100\u1161\u11a8\u1100\u1161", "\u0345\u0399\u03b9 \u1fbe",
    "I\u0307 i\u0307 \u0130\u0307", "\u2126\u212a\u212b", "\u017f\u017ft", "'\u017f '\u0130 'LL 'Ll",
    # ftfy cuts lines longer than max_decode_length (10**6) into segments: an entity across the cut
    # stays escaped, a combining mark after it does not compose, a '<' disables unescaping later on
    " " * 999996 + "&EACUTE; x &EACUTE;", "\t" * 999999 + "e\u0301 &EACUTE;", " " * 999999 + "<&EACUTE;\n&EACUTE;",
    "&EACUTE;\n<\n&EACUTE;", "&EACUTE;<\n&EACUTE;", "\r\n&EACUTE;\r<\r&EACUTE;",
]


BLOCKS = [(0x20, 0x7e), (0xa0, 0x24f), (0x250, 0x2ff), (0x300, 0x36f), (0x370, 0x3ff), (0x400, 0x4ff),
          (0x530, 0x58f), (0x590, 0x5ff), (0x600, 0x6ff), (0x900, 0x97f), (0xe00, 0xe7f), (0x10a0, 0x10ff),
          (0x1100, 0x11ff), (0x1e00, 0x1fff), (0x2000, 0x206f), (0x2070, 0x209f), (0x20a0, 0x20cf),
          (0x2100, 0x214f), (0x2150, 0x218f), (0x2190, 0x23ff), (0x2460, 0x24ff), (0x2500, 0x27bf),
          (0x2c00, 0x2c5f), (0x2e80, 0x2fdf), (0x3000, 0x30ff), (0x3130, 0x318f), (0x3400, 0x4dbf),
          (0x4e00, 0x9fff), (0xa640, 0xa69f), (0xac00, 0xd7a3), (0xe000, 0xe0ff), (0xf900, 0xfaff),
          (0xfb00, 0xfb4f), (0xfe00, 0xfe6f), (0xff00, 0xffef), (0xfff0, 0xffff), (0x10000, 0x1007f),
          (0x10400, 0x1044f), (0x1d400, 0x1d7ff), (0x1e900, 0x1e95f), (0x1f300, 0x1faff), (0x20000, 0x2a6df),
          (0xe0000, 0xe007f), (0x0, 0x1f), (0x7f, 0x9f), (0x1e030, 0x1e08f), (0x10ff00, 0x10ffff)]


def random_unicode(rng):
    out = []
    blocks = rng.sample(BLOCKS, rng.randint(1, 4))
    for _ in range(rng.randint(1, 60)):
        lo, hi = rng.choice(blocks)
        cp = rng.randint(lo, hi)
        if 0xd800 <= cp <= 0xdfff:
            continue
        out.append(chr(cp))
        if rng.random() < 0.15:
            out.append(rng.choice([" ", " ", "\n", "'s", "&amp;", "<", "\u03a3"]))
    return "".join(out)


def mutate_bytes(rng, s):
    b = bytearray(s.encode("utf-8"))
    for _ in range(rng.randint(1, 4)):
        op = rng.random()
        if op < 0.4 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif op < 0.7:
            b.insert(rng.randrange(len(b) + 1), rng.randrange(256))
        elif b:
            del b[rng.randrange(len(b))]
    return bytes(b)


def long_text(rng):
    parts = [clinical(rng) for _ in range(rng.randint(20, 120))]
    if rng.random() < 0.5:
        parts.append(accents(rng) + html_text(rng) + random_unicode(rng))
    return " ".join(parts)


def code_point_sweep():
    """Every code point (surrogates aside) in groups of 8, and every 8th group again between
    capital sigmas (final-sigma context)."""
    cps = [cp for cp in range(0x110000) if not 0xd800 <= cp <= 0xdfff]
    out = []
    for i in range(0, len(cps), 8):
        group = "".join(chr(cp) for cp in cps[i:i + 8])
        out.append(group)
        if i % 64 == 0:
            out.append("a\u03a3" + " \u03a3".join(group) + "\u03a3")
    return out


def build_corpus(rng):
    texts = list(SPECIAL_SAMPLES)
    gens = [(clinical, 3000), (contractions, 900), (html_text, 1500), (accents, 1200), (random_unicode, 2500),
            (long_text, 120)]
    for gen, count in gens:
        texts.extend(gen(rng) for _ in range(count))
    for _ in range(600):   # mixtures of everything, with random line breaks
        pieces = [rng.choice([clinical, contractions, html_text, accents, random_unicode])(rng) for _ in range(3)]
        texts.append(rng.choice(["\n", " ", "\r\n", "", "\t"]).join(pieces))
    valid, invalid = [], []
    for _ in range(1500):   # byte mutations: valid results join the parity set, invalid ones are errors
        b = mutate_bytes(rng, rng.choice(texts[:-1] or ["x"]) or "x")
        try:
            valid.append(b.decode("utf-8"))
        except UnicodeDecodeError:
            invalid.append(b)
    texts.extend(valid)
    invalid.extend([b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80",
                    b"\xf8\x88\x80\x80\x80", b"abc\xe2\x82", b"\x80", b"ok \xff ok", b"\xc3", b"\xf0\x9f\x98"])
    return texts, code_point_sweep(), invalid


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join("build", "tokenizer")
    os.makedirs(out_dir, exist_ok=True)
    tok = open_clip.get_tokenizer("ViT-B-32")
    assert isinstance(tok, oct.SimpleTokenizer) and tok.context_length == CTX

    rng = random.Random(SEED)
    texts, sweep, invalid = build_corpus(rng)
    # open_clip's cleaning with only fix_encoding turned off: the reference for excluded strings
    tok_no_mojibake = oct.SimpleTokenizer()
    tok_no_mojibake.clean_fn = lambda x: oct.whitespace_clean(
        html.unescape(html.unescape(ftfy.fix_text(x, fix_encoding=False))).strip()).lower()
    cases, excluded, reasons = [], [], {}
    for kind, group in ((0, texts), (2, sweep)):
        for t in group:
            if ftfy.fix_text(t) != ftfy.fix_text(t, fix_encoding=False):
                excluded.append(t)
                steps = [st for st in ftfy.fix_and_explain(t).explanation
                         if st[0] in ("encode", "decode", "transcode") or st[1] == "decode_inconsistent_utf8"]
                why = " + ".join("%s %s" % tuple(st) for st in steps) or "(only when fixed line by line)"
                reasons[why] = reasons.get(why, 0) + 1
                cases.append((3, t, tok_no_mojibake(t)[0].tolist()))
            else:
                cases.append((kind, t, None))
    py_secs, n_general = 0.0, 0
    for i, (kind, t, row) in enumerate(cases):
        if row is None:
            t0 = time.perf_counter()
            cases[i] = (kind, t, tok(t)[0].tolist())
            if kind == 0:
                py_secs += time.perf_counter() - t0
                n_general += 1

    with open(os.path.join(out_dir, "tokenizer_corpus.bin"), "wb") as f:
        f.write(b"RCTKCOR1" + struct.pack("<II", CTX, len(cases) + len(invalid)))
        for kind, t, row in cases:
            b = t.encode("utf-8")
            f.write(struct.pack("<II", kind, len(b)) + b + struct.pack("<%di" % CTX, *row))
        for b in invalid:
            f.write(struct.pack("<II", 1, len(b)) + b)

    truncated = sum(1 for _, _, row in cases if row[-1] == tok.eot_token_id)
    print("corpus: %d generated strings + %d code point sweep strings; %d in exact parity (%d truncated "
          "to %d); %d invalid UTF-8" % (len(texts), len(sweep), len(cases) - len(excluded), truncated, CTX,
                                        len(invalid)))
    print("excluded from exact parity: %d strings that ftfy's mojibake repair (fix_encoding) changes "
          "(kept as kind 3: compared with fix_encoding=False)" % len(excluded))
    for why, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print("  %4d  %s" % (n, why))
    for t in excluded[:3]:
        print("  e.g. %r -> %r" % (t[:50], ftfy.fix_text(t)[:50]))
    print("open_clip speed (generated strings, one call each): %.0f strings/s (%d strings, %.2f s)"
          % (n_general / py_secs, n_general, py_secs))


if __name__ == "__main__":
    main()
