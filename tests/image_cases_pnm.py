"""PBM/PGM/PPM cases for tests/gen_images.py: P1-P6 over sizes and maxvals (8-bit maxval
scaling, 16-bit gray as raw samples, 16-bit colour), header whitespace and comments, and
malformed copies (the hardening issue's short P5 and maxval 0 among them).

16-bit gray cases carry the file's raw samples as their 4th element (what our reader hands
regionclip.h); this module asserts that Pillow's own decoding of those files is the same
samples scaled to 0..65535, so the raw samples are Pillow's image up to that scale."""
import io

import numpy as np
from PIL import Image

from image_cases_png import SIZES, pattern


def header(magic: str, w: int, h: int, maxval: int | None) -> bytes:
    return f"{magic}\n{w} {h}\n".encode() + (f"{maxval}\n".encode() if maxval is not None else b"")


def raw_samples(values: np.ndarray, maxval: int) -> bytes:
    return values.astype(">u2" if maxval > 255 else np.uint8).tobytes()


def plain_samples(values: np.ndarray) -> bytes:
    rows = values.reshape(values.shape[0], -1)
    return b"".join(b" ".join(str(int(v)).encode() for v in row) + b"\n" for row in rows)


def pack_bits(bits: np.ndarray) -> bytes:
    """[h][w] 0/1 -> P4 rows, MSB first, each row padded to a byte."""
    return b"".join(np.packbits(row.astype(np.uint8)).tobytes() for row in bits)


def pnm(magic: str, values: np.ndarray, maxval: int | None) -> bytes:
    h, w = values.shape[:2]
    raw = magic in ("P4", "P5", "P6")
    if magic == "P4":
        body = pack_bits(values)
    elif raw:
        body = raw_samples(values, maxval)
    elif magic == "P1":
        body = b"".join(b"".join(b"1" if v else b"0" for v in row) + b"\n" for row in values)
    else:
        body = plain_samples(values)
    return header(magic, w, h, maxval) + body


def check_pillow_16(data: bytes, raw: np.ndarray, maxval: int) -> None:
    """Pillow reads a 16-bit PGM as mode I, the samples scaled to 0..65535."""
    img = Image.open(io.BytesIO(data))
    got = np.asarray(img).astype(np.int64)
    want = raw.astype(np.int64) if maxval == 65535 else np.round(raw.astype(np.float64) * 65535 / maxval)
    assert img.mode == "I" and np.array_equal(got, want.astype(np.int64)), (img.mode, maxval)


def gray16(name: str, data: bytes, kind: str, raw: np.ndarray, maxval: int) -> tuple:
    check_pillow_16(data, raw, maxval)
    return (name, data, kind, raw.astype(np.uint16))


def cases() -> list[tuple]:
    out: list[tuple] = []
    for i, (w, h) in enumerate(SIZES):
        rgb = pattern(w, h, 3, 100 + i)
        gray = pattern(w, h, 1, 200 + i)[:, :, 0]
        bits = (pattern(w, h, 1, 300 + i)[:, :, 0] > 127).astype(np.uint8)
        out += [
            (f"p5_{w}x{h}.pgm", pnm("P5", gray, 255), "good"),
            (f"p2_{w}x{h}.pgm", pnm("P2", gray, 255), "good"),
            (f"p6_{w}x{h}.ppm", pnm("P6", rgb, 255), "good"),
            (f"p3_{w}x{h}.ppm", pnm("P3", rgb, 255), "good"),
            (f"p4_{w}x{h}.pbm", pnm("P4", bits, None), "good"),
            (f"p1_{w}x{h}.pbm", pnm("P1", bits, None), "good"),
        ]
        for maxval in (65535, 4095, 1000, 256):
            raw = pattern(w, h, 1, 400 + i + maxval, maximum=maxval)[:, :, 0]
            out.append(gray16(f"p5_16_{maxval}_{w}x{h}.pgm", pnm("P5", raw, maxval), "good", raw, maxval))
            out.append(gray16(f"p2_16_{maxval}_{w}x{h}.pgm", pnm("P2", raw, maxval), "good", raw, maxval))
    for maxval in (1, 15, 100, 254):
        gray = pattern(37, 19, 1, maxval, maximum=maxval)[:, :, 0]
        rgb = pattern(19, 37, 3, maxval, maximum=maxval)
        out += [
            (f"p5_max{maxval}.pgm", pnm("P5", gray, maxval), "good"),
            (f"p2_max{maxval}.pgm", pnm("P2", gray, maxval), "good"),
            (f"p6_max{maxval}.ppm", pnm("P6", rgb, maxval), "good"),
            (f"p3_max{maxval}.ppm", pnm("P3", rgb, maxval), "good"),
        ]
    for maxval in (65535, 4095, 300):
        rgb = pattern(37, 19, 3, maxval, maximum=maxval)
        out += [(f"p6_16_{maxval}.ppm", pnm("P6", rgb, maxval), "good"),
                (f"p3_16_{maxval}.ppm", pnm("P3", rgb, maxval), "good")]
    # every sample at the bounds, where 16-bit raw samples would show a byte swap at once
    edge = np.array([[0, 1, 255, 256], [257, 4095, 65280, 65535]], np.uint16)
    out.append(gray16("p5_16_edges.pgm", pnm("P5", edge, 65535), "good", edge, 65535))

    gray = pattern(19, 5, 1, 7)[:, :, 0]
    body = raw_samples(gray, 255)
    for name, head in [
        ("ws_tabs", b"P5\t19\t5\t255\n"),
        ("ws_crlf", b"P5\r\n19 5\r\n255\r"),
        ("ws_many", b"P5 \n\n  19 \t 5  \n\n255 "),
        ("comment_lines", b"P5\n# made by a scanner\n19 5\n# maxval next\n255\n"),
        ("comment_joins_token", b"P5\n1#split\n9 5\n255\n"),
        ("comment_cr", b"P5 19 5 # a comment\r255\n"),
        ("underscore", b"P5 1_9 5 2_55\n"),
        ("plus_sign", b"P5 +19 5 255\n"),
        ("leading_zeros", b"P5 0019 005 0255\n"),
    ]:
        out.append((f"{name}.pgm", head + body, "good"))

    short = header("P5", 100, 100, 255) + bytes(range(50))
    p5 = pnm("P5", pattern(37, 19, 1, 9)[:, :, 0], 255)
    p6_16 = pnm("P6", pattern(8, 3, 3, 9, maximum=65535), 65535)
    p4 = pnm("P4", np.ones((5, 9), np.uint8), None)
    p2 = pnm("P2", pattern(6, 4, 1, 3)[:, :, 0], 255)
    out += [
        ("short_p5.pgm", short, "bad"),
        ("maxval0.pgm", header("P5", 4, 4, 0) + bytes(16), "bad"),
        ("maxval65536.pgm", header("P5", 4, 4, 65536) + bytes(32), "bad"),
        ("maxval_negative.pgm", header("P5", 4, 4, -1) + bytes(16), "bad"),
        ("width0.pgm", header("P5", 0, 4, 255), "bad"),
        ("height0.pgm", header("P5", 4, 0, 255), "bad"),
        ("width_negative.pgm", header("P5", -4, 4, 255) + bytes(16), "bad"),
        ("bomb.pgm", header("P5", 99999, 99999, 255) + bytes(64), "bad"),
        ("overflow.pgm", header("P5", 4294967297, 4294967297, 255) + bytes(64), "bad"),
        ("token_too_long.pgm", b"P5 00000000019 5 255\n" + body, "bad"),
        ("token_not_number.pgm", b"P5 19 five 255\n" + body, "bad"),
        ("no_maxval.pgm", b"P5 19 5", "bad"),
        ("magic_only.pgm", b"P5", "bad"),
        ("comment_in_magic.pgm", b"P5#comment\n19 5 255\n" + body, "bad"),
        ("bad_magic.pgm", b"P9 19 5 255\n" + body, "bad"),
        ("pam.pam", b"P7\nWIDTH 2\nHEIGHT 2\nDEPTH 1\nMAXVAL 255\nTUPLTYPE GRAYSCALE\nENDHDR\n" + bytes(4), "bad"),
        ("pfm.pfm", b"Pf\n2 2\n-1.0\n" + np.zeros(4, "<f4").tobytes(), "refuse"),
        ("p5_16_odd_bytes.pgm", header("P5", 3, 1, 65535) + bytes(5), "bad"),
        ("p6_16_short.ppm", p6_16[:-1], "bad"),
        ("p4_short.pbm", p4[:-1], "bad"),
        ("p2_too_few.pgm", p2[: p2.rindex(b" ")], "bad"),
        ("p2_over_maxval.pgm", header("P2", 2, 1, 100) + b"50 200\n", "bad"),
        ("p5_over_maxval.pgm", header("P5", 2, 1, 100) + bytes([50, 200]), "bad"),
        ("p5_16_over_maxval.pgm", header("P5", 2, 1, 1000) + np.array([5, 2000], ">u2").tobytes(), "bad"),
        ("p2_garbage_sample.pgm", header("P2", 2, 1, 255) + b"12 x4\n", "bad"),
        ("p1_bad_digit.pbm", b"P1\n3 1\n0 2 1\n", "bad"),
        ("p2_negative.pgm", header("P2", 2, 1, 255) + b"12 -4\n", "bad"),
    ]
    for cut in (3, 6, 9, len(p5) // 2, len(p5) - 1):
        out.append((f"trunc_p5_{cut}.pgm", p5[:cut], "bad"))
    return out
