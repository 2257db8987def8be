#!/usr/bin/env python3
"""Generates the `unicode tables` section of regionclip.h (rewritten in place between its
marker line and the next section's marker). Re-runnable; identical output for identical inputs.

Every table is read off the reference implementation itself, by probing each code point:
  - Python 3.11 str methods (str.isspace, str.lower, final-sigma context), unicodedata 14.0.0
    (NFC data), the `re` module's \\d (ftfy's terminal-escape regex),
  - the `regex` package (open_clip's pre-split pattern classes, with IGNORECASE),
  - html.entities.html5 and html's invalid-charref tables (html.unescape),
  - ftfy 6.3.1's per-character fixers and its HTML entity table,
  - the `tokenizers` package's BertNormalizer and BertPreTokenizer (what transformers.BertTokenizer
    runs: uncased, CJK spacing, accents stripped), probed one code point at a time.
Usage: python tests/gen_unicode.py [path/to/regionclip.h]
"""
import html
import html.entities
import os
import re
import sys
import unicodedata

import ftfy
import ftfy.chardata
import ftfy.fixes
import regex
import tokenizers
from tokenizers import normalizers, pre_tokenizers

MAX_CP = 0x110000
ALL_CPS = [cp for cp in range(MAX_CP) if not 0xD800 <= cp <= 0xDFFF]
ALL_TEXT = "".join(chr(cp) for cp in ALL_CPS)

BEGIN = "/* ===== SECTION: unicode tables"
END = "/* ===== SECTION: clip bpe tokenizer"


# --- helpers -------------------------------------------------------------------------------

def regex_members(pattern, flags=0, module=regex):
    """Code points (surrogates excluded) matched by a one-character pattern."""
    return {ALL_CPS[m.start()] for m in module.compile(pattern, flags).finditer(ALL_TEXT)}


def boundaries(members):
    """A set of code points as sorted toggle points: [start0, end0+1, start1, end1+1, ...].
    Surrogates (never in our text) are treated as members when that joins two ranges."""
    out = []
    inside = False
    for cp in range(MAX_CP + 1):
        m = cp < MAX_CP and (cp in members or (0xD800 <= cp <= 0xDFFF and inside))
        if m != inside:
            out.append(cp)
            inside = m
    return out


def runs(value_of):
    """Piecewise-constant map over all code points as (start, value) runs."""
    out = []
    prev = None
    for cp in range(MAX_CP):
        v = value_of(cp)
        if v != prev:
            out.append((cp, v))
            prev = v
    return out


def c_u32_list(values, per_line=8):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join("0x%x" % v for v in values[i:i + per_line]) + ",")
    return "\n".join(lines)


def c_string(s):
    """UTF-8 C string literal; non-printable bytes as 3-digit octal (never ambiguous)."""
    out = []
    for b in s.encode("utf-8"):
        if 0x20 <= b < 0x7F and chr(b) not in '"\\?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def c_rows(items, width=100):
    """C initializer items packed into lines of at most `width` characters."""
    rows, line = [], "   "
    for it in items:
        if len(line) + 1 + len(it) > width:
            rows.append(line)
            line = "   "
        line += " " + it
    rows.append(line)
    return "\n".join(rows)


def emit_set(name, comment, members):
    b = boundaries(members)
    return ("/* %s (%d toggle points) */\nstatic const uint32_t %s[] = {\n%s\n};\n"
            % (comment, len(b), name, c_u32_list(b)))


def delta_runs(mapping):
    """Single-code-point maps {cp: target} as (lo, hi, delta, stride) runs."""
    items = sorted(mapping.items())
    out = []
    for cp, t in items:
        d = t - cp
        if out:
            lo, hi, dd, st = out[-1]
            gap = cp - hi
            if dd == d and ((lo == hi and gap in (1, 2)) or gap == st):
                out[-1] = (lo, cp, d, gap)
                continue
        out.append((cp, cp, d, 1))
    return out


# --- Python str: whitespace, lower(), final sigma ---------------------------------------------

def gen_python_str():
    parts = []
    space = {cp for cp in ALL_CPS if chr(cp).isspace()}
    parts.append(emit_set("rc__uc_py_space", "Python str.isspace() (str.split/strip)", space))

    single, multi = {}, {}
    for cp in ALL_CPS:
        if cp == 0x3A3:
            continue  # capital sigma: context dependent, handled in code
        lo = chr(cp).lower()
        if lo != chr(cp):
            if len(lo) == 1:
                single[cp] = ord(lo)
            else:
                multi[cp] = lo
    assert "\u03a3".lower() == "\u03c3" and "A\u03a3".lower() == "a\u03c2"
    runs_ = delta_runs(single)
    rows = ["    {0x%x, 0x%x, %d, %d}," % r for r in runs_]
    parts.append("/* Python str.lower(), one code point -> one: cp in [lo,hi] with (cp-lo) %% stride == 0\n"
                 "   maps to cp + delta (%d runs, %d code points). U+03A3 is handled in code. */\n"
                 "typedef struct rc__uc_delta_run { uint32_t lo, hi; int32_t delta; uint32_t stride; } rc__uc_delta_run;\n"
                 "static const rc__uc_delta_run rc__uc_py_lower[] = {\n%s\n};\n"
                 % (len(runs_), len(single), "\n".join(rows)))
    assert len(multi) <= 4 and all(len(v) <= 3 for v in multi.values())
    rows = ["    {0x%x, {%s}}," % (cp, ", ".join("0x%x" % ord(ch) for ch in v.ljust(3, "\0")))
            for cp, v in sorted(multi.items())]
    parts.append("/* Python str.lower() with more than one code point in the result (0-terminated). */\n"
                 "typedef struct rc__uc_multi { uint32_t cp; uint32_t to[3]; } rc__uc_multi;\n"
                 "static const rc__uc_multi rc__uc_py_lower_multi[] = {\n%s\n};\n" % "\n".join(rows))

    # Final sigma (CPython handle_capital_sigma): probe the two properties it uses.
    # X = case_ignorable or cased, Y = cased and not case_ignorable.
    ignorable, cased_only = set(), set()
    for cp in ALL_CPS:
        ch = chr(cp)
        x = ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"
        y = (" " + ch + "\u03a3").lower()[-1] == "\u03c2"
        if x and not y:
            ignorable.add(cp)
        if y:
            cased_only.add(cp)
    parts.append(emit_set("rc__uc_py_case_ignorable", "Python's Case_Ignorable (final sigma)", ignorable))
    parts.append(emit_set("rc__uc_py_cased", "Python's Cased and not Case_Ignorable (final sigma)", cased_only))
    return "\n".join(parts)


# --- regex package: the pre-split pattern's classes ------------------------------------------

def gen_regex_classes():
    flags = regex.IGNORECASE
    letter = regex_members(r"[\p{L}]", flags)
    number = regex_members(r"[\p{N}]", flags)
    other = regex_members(r"[^\s\p{L}\p{N}]", flags)
    space = regex_members(r"\s", flags)

    def cls(cp):
        return ((1 if cp in letter else 0) | (2 if cp in number else 0)
                | (4 if cp in other else 0) | (8 if cp in space else 0))
    r = runs(cls)
    packed = [(lo << 4) | v for lo, v in r]
    parts = ["/* open_clip's pre-split classes as the regex package %s matches them with IGNORECASE:\n"
             "   bit 1 [\\p{L}], 2 [\\p{N}], 4 [^\\s\\p{L}\\p{N}], 8 \\s. Runs packed as (first_cp << 4) | bits. */\n"
             "#define RC__UC_RE_LETTER 1u\n#define RC__UC_RE_NUMBER 2u\n#define RC__UC_RE_OTHER 4u\n#define RC__UC_RE_SPACE 8u\n"
             "static const uint32_t rc__uc_re_class[] = {\n%s\n};\n" % (regex.__version__, c_u32_list(packed))]
    # Case-insensitive equivalents of the literal characters in the pattern.
    pairs = []
    for ch in sorted(set("<start_of_text><end_of_text>'strevmld")):
        for cp in sorted(regex_members(regex.escape(ch), flags)):
            if cp != ord(ch):
                pairs.append((cp, ord(ch)))
    pairs.sort()
    rows = ["    {0x%x, 0x%x}," % p for p in pairs]
    parts.append("/* Code points that the regex package's IGNORECASE matches to a literal ASCII character of\n"
                 "   the pre-split pattern ({cp, ascii}, sorted by cp). */\n"
                 "static const uint32_t rc__uc_re_literal_fold[][2] = {\n%s\n};\n" % "\n".join(rows))
    return "\n".join(parts)


# --- unicodedata: NFC / NFD -------------------------------------------------------------------

def gen_normalization():
    def ccc(cp):
        return unicodedata.combining(chr(cp))
    ccc_runs = runs(lambda cp: 0 if 0xD800 <= cp <= 0xDFFF else ccc(cp))
    parts = ["/* Canonical combining class (unicodedata %s), runs packed as (first_cp << 8) | ccc. */\n"
             "static const uint32_t rc__uc_ccc[] = {\n%s\n};\n"
             % (unicodedata.unidata_version, c_u32_list([(lo << 8) | v for lo, v in ccc_runs]))]
    decomp = []
    for cp in ALL_CPS:
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        cps = [int(x, 16) for x in d.split()]
        assert 1 <= len(cps) <= 2
        decomp.append((cp, cps[0], cps[1] if len(cps) == 2 else 0))
    rows = []
    for i in range(0, len(decomp), 4):
        rows.append("    " + " ".join("{0x%x, 0x%x, 0x%x}," % e for e in decomp[i:i + 4]))
    parts.append("/* Canonical decompositions, one level ({cp, first, second or 0}, sorted by cp; Hangul\n"
                 "   syllables are algorithmic). Reused by NFD (e.g. BERT's strip-accents). */\n"
                 "typedef struct rc__uc_decomp { uint32_t cp, first, second; } rc__uc_decomp;\n"
                 "static const rc__uc_decomp rc__uc_decomp_table[] = {\n%s\n};\n" % "\n".join(rows))
    # Primary composites: pairs whose composition NFC keeps (exclusions fail this test).
    comp = [i for i, (cp, a, b) in enumerate(decomp)
            if b and unicodedata.normalize("NFC", chr(cp)) == chr(cp)]
    comp.sort(key=lambda i: (decomp[i][1], decomp[i][2]))
    assert len(decomp) < 65536
    # Below this code point NFC changes nothing: no combining class, no decomposition that does not
    # recompose, no character that composes with its predecessor.
    quick = min([cp for cp in ALL_CPS if unicodedata.combining(chr(cp))]
                + [cp for cp in ALL_CPS if unicodedata.normalize("NFC", chr(cp)) != chr(cp)]
                + [decomp[i][2] for i in comp])
    parts.append("/* Text whose code points are all below this is already NFC. */\n"
                 "#define RC__UC_NFC_QUICK_BELOW 0x%x\n" % quick)
    parts.append("/* Indices into rc__uc_decomp_table of the primary composites, sorted by (first, second). */\n"
                 "static const uint16_t rc__uc_compose_index[] = {\n%s\n};\n"
                 % "\n".join("    " + ", ".join(str(i) for i in comp[k:k + 16]) + ","
                             for k in range(0, len(comp), 16)))
    return "\n".join(parts)


# --- ftfy 6.3.1 -------------------------------------------------------------------------------

def gen_ftfy():
    # fix_c1_controls, fix_latin_ligatures, fix_character_width, uncurl_quotes run in this order,
    # each one character -> string; their composition is one per-character map.
    def per_char(ch):
        s = ftfy.fixes.fix_c1_controls(ch)
        s = ftfy.fixes.fix_latin_ligatures(s)
        s = ftfy.fixes.fix_character_width(s)
        return ftfy.fixes.uncurl_quotes(s)
    rows = []
    for cp in ALL_CPS:
        out = per_char(chr(cp))
        if out != chr(cp):
            assert 1 <= len(out) <= 3, (hex(cp), out)
            rows.append("    {0x%x, {%s}}," % (cp, ", ".join("0x%x" % ord(c) for c in out.ljust(3, "\0"))))
    parts = ["/* ftfy fix_c1_controls -> fix_latin_ligatures -> fix_character_width -> uncurl_quotes,\n"
             "   composed into one per-character map (sorted by cp; result 0-terminated). */\n"
             "static const rc__uc_multi rc__uc_ftfy_char_map[] = {\n%s\n};\n" % "\n".join(rows)]
    control = set(ftfy.chardata.CONTROL_CHARS)
    assert all(ftfy.fixes.remove_control_chars(chr(cp)) == ("" if cp in control else chr(cp)) for cp in ALL_CPS)
    parts.append(emit_set("rc__uc_ftfy_control", "ftfy remove_control_chars: removed code points", control))
    digits = regex_members(r"\d", 0, re)
    parts.append(emit_set("rc__uc_re_digit", "Python re's \\d (ftfy's terminal-escape regex)", digits))
    return "\n".join(parts)


# --- HTML entities ----------------------------------------------------------------------------

def gen_html():
    html5 = html.entities.html5
    ftfy_ents = ftfy.chardata.HTML_ENTITIES   # keys are "&name;"
    names = {}
    for k, v in html5.items():
        names[k] = [v, 1]
    for k, v in ftfy_ents.items():
        n = k[1:]
        if n in names:
            assert names[n][0] == v
            names[n][1] |= 2
        else:
            names[n] = [v, 2]
    items = ["{%s, %s, %d}," % (c_string(n), c_string(v), f)
             for n, (v, f) in sorted(names.items(), key=lambda kv: kv[0].encode())]
    parts = ["/* HTML entity names (without '&', sorted by bytes): flags 1 = in html.entities.html5 (used by\n"
             "   html.unescape), 2 = in ftfy's entity table (ftfy unescape_html; includes its upper-case names). */\n"
             "typedef struct rc__uc_entity { const char *name, *value; unsigned char flags; } rc__uc_entity;\n"
             "static const rc__uc_entity rc__uc_entities[] = {\n%s\n};\n" % c_rows(items)]
    inv = sorted(html._invalid_charrefs.items())
    parts.append("/* html.unescape's replacements for invalid numeric references ({number, code point}). */\n"
                 "static const uint32_t rc__uc_html_invalid_charref[][2] = {\n%s\n};\n"
                 % "\n".join("    {0x%x, 0x%x}," % (k, ord(v)) for k, v in inv))
    bad = set(html._invalid_codepoints)
    b = [x for x in boundaries(bad) if True]
    parts.append("/* html.unescape: numeric references to these code points become \"\" (toggle points). */\n"
                 "static const uint32_t rc__uc_html_invalid_codepoint[] = {\n%s\n};\n" % c_u32_list(b))
    return "\n".join(parts)


# --- tokenizers: BERT normalizer and pre-tokenizer (transformers.BertTokenizer) ---------------

HANGUL_S, HANGUL_L, HANGUL_V, HANGUL_T, HANGUL_SN = 0xAC00, 0x1100, 0x1161, 0x11A7, 11172


def hangul_nfd(cp):
    s = cp - HANGUL_S
    out = chr(HANGUL_L + s // (21 * 28)) + chr(HANGUL_V + s % (21 * 28) // 28)
    return out + (chr(HANGUL_T + s % 28) if s % 28 else "")


def gen_bert():
    norm = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None,
                                      lowercase=True)
    pre = pre_tokenizers.BertPreTokenizer()
    deleted, space, cjk, single, multi, outputs = set(), set(), set(), {}, {}, set()
    for cp in ALL_CPS:
        ch = chr(cp)
        out = norm.normalize_str(ch)
        outputs.update(out)
        if out == ch:
            continue
        if out == "":
            deleted.add(cp)
        elif out == " ":
            space.add(cp)
        elif out == " " + ch + " ":
            cjk.add(cp)
        elif HANGUL_S <= cp < HANGUL_S + HANGUL_SN:
            assert out == hangul_nfd(cp), hex(cp)
        elif len(out) == 1:
            single[cp] = ord(out)
        else:
            assert len(out) <= 3, hex(cp)
            multi[cp] = out
    # Every code point is normalized on its own: no context (Σ is always σ), no composition.
    assert norm.normalize_str("A\u03a3 \u0130\u03a3") == "a\u03c3 i\u03c3"
    # Pre-tokenizer classes, probed between two letters: split in 2 = whitespace, 3 = punctuation.
    white, punct = set(), set()
    for cp in ALL_CPS:
        pieces = len(pre.pre_tokenize_str("a" + chr(cp) + "b"))
        if pieces == 2:
            white.add(cp)
        elif pieces == 3:
            punct.add(cp)
        else:
            assert pieces == 1, hex(cp)
    assert {ord(c) for c in outputs} & white == {0x20}, "normalized text holds whitespace other than ' '"
    parts = ["/* BERT (tokenizers %s BertNormalizer: clean text, CJK spacing, NFD + mark stripping, lower-case),\n"
             "   applied to one code point at a time: deleted code points, code points becoming ' ', CJK code\n"
             "   points surrounded by ' ', Hangul syllables decomposed (in code), and the maps below. */"
             % tokenizers.__version__,
             emit_set("rc__uc_bert_deleted", "BERT normalizer: code points removed", deleted),
             emit_set("rc__uc_bert_space", "BERT normalizer: code points replaced by ' '", space),
             emit_set("rc__uc_bert_cjk", "BERT normalizer: CJK code points surrounded by ' '", cjk)]
    runs_ = delta_runs(single)
    parts.append("/* BERT normalizer, one code point -> one (rc__uc_delta_run runs, %d code points). */\n"
                 "static const rc__uc_delta_run rc__uc_bert_single[] = {\n%s\n};\n"
                 % (len(single), c_rows(["{0x%x, 0x%x, %d, %d}," % r for r in runs_])))
    rows = c_rows(["{0x%x, {%s}}," % (cp, ", ".join("0x%x" % ord(c) for c in v.ljust(3, "\0")))
                   for cp, v in sorted(multi.items())])
    parts.append("/* BERT normalizer, one code point -> two or three (0-terminated). */\n"
                 "static const rc__uc_multi rc__uc_bert_multi[] = {\n%s\n};\n" % rows)
    parts.append(emit_set("rc__uc_bert_punct", "BertPreTokenizer: punctuation (a word of its own)", punct))
    return "\n".join(parts)


def main():
    """Rewrites the tables section; with --check only reports whether it is current."""
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = len(args) != len(sys.argv) - 1
    path = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "regionclip.h")
    with open(path, encoding="utf-8") as f:
        src = f.read()
    b = src.index(BEGIN)
    b_end = src.index("\n", b) + 1
    e = src.index(END)
    header = ("/* Unicode data, generated by tests/gen_unicode.py: Python %s (unicodedata %s), regex %s,\n"
              "   ftfy %s, html.entities, tokenizers %s. Do not edit by hand: rerun the script. */\n\n"
              % (sys.version.split()[0], unicodedata.unidata_version, regex.__version__, ftfy.__version__,
                 tokenizers.__version__))
    body = "\n".join([header + gen_python_str(), gen_regex_classes(), gen_normalization(), gen_ftfy(), gen_html(), gen_bert()])
    out = src[:b_end] + "\n" + body + "\n" + src[e:]
    if check:
        current = out == src
        print("unicode tables: %d passed, %d failed (%s)" % (current, not current,
              "tables match the generator" if current else "regionclip.h differs: rerun tests/gen_unicode.py"))
        sys.exit(0 if current else 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    print("wrote %d bytes of tables into %s" % (len(body), path))


if __name__ == "__main__":
    main()
