"""PNG cases for tests/gen_images.py: every mode Pillow writes, the variants only hand-built
bytes give (2/4-bit gray, 16-bit colour, Adam7 interlacing, each row filter, split and empty
IDAT chunks, ancillary chunks before and after the data), and malformed copies."""
import io
import struct
import zlib

import numpy as np
from PIL import Image

SIZES = [(1, 1), (3, 5), (37, 19), (19, 37), (32, 32), (64, 48), (8, 1)]
SIG = b"\x89PNG\r\n\x1a\n"


def pattern(w: int, h: int, channels: int, seed: int, maximum: int = 255) -> np.ndarray:
    """Smooth gradients plus noise, [h][w][channels], values 0..maximum."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    base = np.stack([(x * (c + 1) * 37 + y * (3 - c) * 23) % 256 for c in range(channels)], -1) / 255.0
    noise = rng.random((h, w, channels))
    return np.round((0.7 * base + 0.3 * noise) * maximum).astype(np.uint16 if maximum > 255 else np.uint8)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def pack_rows(samples: np.ndarray, depth: int) -> list[bytes]:
    """[h][w][spp] samples -> raw rows (big-endian 16-bit, sub-byte samples packed MSB first)."""
    rows = []
    for row in samples.reshape(samples.shape[0], -1):
        if depth == 16:
            rows.append(row.astype(">u2").tobytes())
        elif depth == 8:
            rows.append(row.astype(np.uint8).tobytes())
        else:
            per = 8 // depth
            padded = np.zeros(-(-len(row) // per) * per, np.uint8)
            padded[: len(row)] = row
            groups = padded.reshape(-1, per)
            rows.append(bytes(int(sum(int(v) << (8 - depth * (i + 1)) for i, v in enumerate(g))) for g in groups))
    return rows


def filter_row(kind: int, row: bytes, prev: bytes, bpp: int) -> bytes:
    out = bytearray([kind])
    for i, x in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if kind == 0:
            pred = 0
        elif kind == 1:
            pred = a
        elif kind == 2:
            pred = b
        elif kind == 3:
            pred = (a + b) // 2
        else:
            pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
            pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
        out.append((x - pred) & 0xFF)
    return bytes(out)


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def image_data(samples: np.ndarray, depth: int, interlace: bool, filters: str) -> bytes:
    """Filtered scanlines (Adam7 passes when interlaced); filters 'cycle' or a digit."""
    spp = samples.shape[2]
    bpp = max(1, depth * spp // 8)
    passes = [samples[y0::dy, x0::dx] for x0, y0, dx, dy in ADAM7] if interlace else [samples]
    out, n = bytearray(), 0
    for sub in passes:
        if sub.shape[0] == 0 or sub.shape[1] == 0:
            continue
        rows = pack_rows(sub, depth)
        prev = bytes(len(rows[0]))
        for row in rows:
            kind = n % 5 if filters == "cycle" else int(filters)
            out += filter_row(kind, row, prev, bpp)
            prev, n = row, n + 1
    return bytes(out)


def png(samples: np.ndarray, depth: int, color: int, interlace: bool = False, filters: str = "cycle",
        plte: bytes | None = None, before: bytes = b"", after: bytes = b"", idat_split: int = 0,
        raw: bytes | None = None, ihdr: bytes | None = None, iend: bool = True) -> bytes:
    h, w = samples.shape[:2]
    head = ihdr if ihdr is not None else struct.pack(">IIBBBBB", w, h, depth, color, 0, 0, int(interlace))
    z = zlib.compress(raw if raw is not None else image_data(samples, depth, interlace, filters), 9)
    parts = [z[i:i + idat_split] for i in range(0, len(z), idat_split)] if idat_split else [z]
    s = SIG + chunk(b"IHDR", head) + before + (chunk(b"PLTE", plte) if plte is not None else b"")
    s += b"".join(chunk(b"IDAT", p) for p in parts) + after
    return s + (chunk(b"IEND", b"") if iend else b"")


def pillow(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", **kw)
    return buf.getvalue()


def base_images(i: int, w: int, h: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The i-th size's RGB, RGBA and gray patterns that every format's Pillow-written cases use."""
    rgb = pattern(w, h, 3, i)
    return rgb, np.concatenate([rgb, pattern(w, h, 1, i + 50)], 2), rgb[:, :, 0]


def written_by_pillow() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate(SIZES):
        rgb, rgba, gray = base_images(i, w, h)
        out += [
            (f"pil_rgb_{w}x{h}.png", pillow(Image.fromarray(rgb, "RGB")), "good"),
            (f"pil_rgba_{w}x{h}.png", pillow(Image.fromarray(rgba, "RGBA")), "good"),
            (f"pil_l_{w}x{h}.png", pillow(Image.fromarray(gray, "L"), compress_level=0), "good"),
            (f"pil_la_{w}x{h}.png", pillow(Image.fromarray(rgba[:, :, [0, 3]], "LA"), optimize=True), "good"),
            (f"pil_1_{w}x{h}.png", pillow(Image.fromarray(gray, "L").convert("1")), "good"),
            (f"pil_i16_{w}x{h}.png", pillow(Image.fromarray(pattern(w, h, 1, i, 65535)[:, :, 0])), "good"),
            (f"pil_l_trns_{w}x{h}.png", pillow(Image.fromarray(gray, "L"), transparency=int(gray.flat[0])), "good"),
            (f"pil_rgb_trns_{w}x{h}.png", pillow(Image.fromarray(rgb, "RGB"), transparency=tuple(int(v) for v in rgb[0, 0])), "good"),
        ]
        for colors, bits in ((256, 8), (16, 4), (4, 2), (2, 1)):
            p = Image.fromarray(rgb, "RGB").quantize(colors)
            out.append((f"pil_p{bits}_{w}x{h}.png", pillow(p, bits=bits), "good"))
        p = Image.fromarray(rgb, "RGB").quantize(16)
        out.append((f"pil_p_trns_index_{w}x{h}.png", pillow(p, transparency=3), "good"))
        out.append((f"pil_p_trns_alpha_{w}x{h}.png", pillow(p, transparency=bytes(range(0, 256, 16))), "good"))
        out.append((f"pil_rgba_p_{w}x{h}.png", pillow(Image.fromarray(rgba, "RGBA").quantize(16)), "good"))
    return out


def hand_built() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate(SIZES):
        for interlace in (False, True):
            tag = f"{'adam7' if interlace else 'plain'}_{w}x{h}"
            for depth in (1, 2, 4, 8, 16):
                out.append((f"gray{depth}_{tag}.png", png(pattern(w, h, 1, i, (1 << depth) - 1), depth, 0, interlace), "good"))
            for depth in (8, 16):
                m = (1 << depth) - 1
                out.append((f"rgb{depth}_{tag}.png", png(pattern(w, h, 3, i, m), depth, 2, interlace), "good"))
                out.append((f"la{depth}_{tag}.png", png(pattern(w, h, 2, i, m), depth, 4, interlace), "good"))
                out.append((f"rgba{depth}_{tag}.png", png(pattern(w, h, 4, i, m), depth, 6, interlace), "good"))
            for depth in (1, 2, 4, 8):
                n = 1 << depth
                plte = bytes(pattern(n, 1, 3, i + 9).reshape(-1))
                out.append((f"p{depth}_{tag}.png", png(pattern(w, h, 1, i, n - 1), depth, 3, interlace, plte=plte), "good"))
    img = pattern(37, 19, 3, 7)
    for f in "01234":
        out.append((f"rgb_filter{f}.png", png(img, 8, 2, filters=f), "good"))
        out.append((f"gray2_filter{f}.png", png(pattern(37, 19, 1, 7, 3), 2, 0, filters=f), "good"))
    text = chunk(b"tEXt", b"Comment\0hello") + chunk(b"zTXt", b"k\0\0" + zlib.compress(b"v")) + \
        chunk(b"iTXt", b"k\0\0\0en\0\0v") + chunk(b"gAMA", struct.pack(">I", 45455)) + \
        chunk(b"sBIT", b"\x08\x08\x08") + chunk(b"prVt", b"private") + chunk(b"pHYs", struct.pack(">IIB", 1, 1, 0))
    out += [
        ("idat_split.png", png(img, 8, 2, idat_split=7), "good"),
        ("ancillary_before.png", png(img, 8, 2, before=text), "good"),
        ("ancillary_after.png", png(img, 8, 2, after=text), "good"),
        ("no_iend.png", png(img, 8, 2, iend=False), "good"),
        ("after_iend.png", png(img, 8, 2) + b"trailing garbage", "good"),
        ("unknown_critical.png", png(img, 8, 2, before=chunk(b"XYZW", b"1234")), "good"),
    ]
    z = zlib.compress(image_data(img, 8, False, "cycle"))
    empty = SIG + chunk(b"IHDR", struct.pack(">IIBBBBB", 37, 19, 8, 2, 0, 0, 0)) + chunk(b"IDAT", b"") + \
        chunk(b"IDAT", z[:10]) + chunk(b"IDAT", b"") + chunk(b"IDAT", z[10:]) + chunk(b"IEND", b"")
    out.append(("idat_with_empty.png", empty, "good"))
    return out


def flip(data: bytes, at: int, mask: int = 0x01) -> bytes:
    b = bytearray(data)
    b[at] ^= mask
    return bytes(b)


def chunk_offsets(data: bytes) -> list[tuple[int, bytes, int]]:
    """(offset, type, length) of every chunk."""
    out, pos = [], 8
    while pos + 8 <= len(data):
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        out.append((pos, data[pos + 4:pos + 8], n))
        pos += 12 + n
    return out


def malformed() -> list[tuple]:
    out = []
    img = pattern(37, 19, 3, 3)
    bases = {"rgb": png(img, 8, 2, idat_split=200), "p4adam7": png(pattern(19, 37, 1, 4, 15), 4, 3, True,
             plte=bytes(pattern(16, 1, 3, 5).reshape(-1))), "gray16": png(pattern(32, 32, 1, 6, 65535), 16, 0)}
    for name, data in bases.items():
        cuts = set()
        for pos, kind, n in chunk_offsets(data):
            cuts |= {pos, pos + 4, pos + 8, pos + 8 + n // 2, pos + 8 + n, pos + 10 + n}
        for cut in sorted(c for c in cuts if 0 < c < len(data)):
            out.append((f"trunc_{name}_{cut}.png", data[:cut], "bad"))
        out.append((f"trunc_{name}_sig.png", data[:5], "bad"))
    rgb = bases["rgb"]
    ihdr_at = 8
    plte16 = bytes(pattern(16, 1, 3, 5).reshape(-1))
    idats = [c for c in chunk_offsets(rgb) if c[1] == b"IDAT"]
    zfull = zlib.compress(image_data(img, 8, False, "cycle"))
    out += [
        ("bad_ihdr_crc.png", flip(rgb, ihdr_at + 8 + 13), "bad"),
        ("bad_idat_crc.png", flip(rgb, idats[0][0] + 8 + idats[0][2]), "bad"),
        ("bad_sig.png", flip(rgb, 3), "bad"),
        ("bad_depth3.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 37, 19, 3, 2, 0, 0, 0)), "bad"),
        ("bad_color5.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 37, 19, 8, 5, 0, 0, 0)), "bad"),
        ("bad_width0.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 0, 19, 8, 2, 0, 0, 0)), "bad"),
        ("bad_huge.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 0x7FFFFFFF, 0x7FFFFFFF, 8, 2, 0, 0, 0)), "bad"),
        ("bad_bomb.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)), "bad"),
        ("bad_filter_method.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 37, 19, 8, 2, 0, 1, 0)), "bad"),
        ("bad_compression_method.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 37, 19, 8, 2, 1, 0, 0)), "bad"),
        ("bad_interlace2.png", png(img, 8, 2, ihdr=struct.pack(">IIBBBBB", 37, 19, 8, 2, 0, 0, 2)), "bad"),
        ("bad_ihdr_short.png", SIG + chunk(b"IHDR", b"\0" * 12) + rgb[33:], "bad"),
        ("bad_row_filter.png", png(img, 8, 2, raw=b"\x05" + image_data(img, 8, False, "0")[1:]), "bad"),
        ("bad_rows_missing.png", png(img, 8, 2, raw=image_data(img[:10], 8, False, "cycle")), "bad"),
        ("bad_row_cut.png", png(img, 8, 2, raw=image_data(img, 8, False, "cycle")[:-5]), "bad"),
        ("bad_zlib_header.png", SIG + rgb[8:33] + chunk(b"IDAT", b"\x78\x00" + zfull[2:]) + chunk(b"IEND", b""), "bad"),
        ("bad_zlib_dictionary.png", SIG + rgb[8:33] + chunk(b"IDAT", b"\x78\xbb\0\0\0\1" + zfull[2:]) + chunk(b"IEND", b""), "bad"),
        ("bad_adler.png", SIG + rgb[8:33] + chunk(b"IDAT", zfull[:-1] + bytes([zfull[-1] ^ 1])) + chunk(b"IEND", b""), "bad"),
        ("bad_deflate.png", SIG + rgb[8:33] + chunk(b"IDAT", zfull[:20] + b"\xff" * 30 + zfull[50:]) + chunk(b"IEND", b""), "bad"),
        ("bad_no_idat.png", SIG + rgb[8:33] + chunk(b"IEND", b""), "bad"),
        ("bad_idat_first.png", SIG + chunk(b"IDAT", zfull) + rgb[8:33] + chunk(b"IEND", b""), "bad"),
        ("bad_chunk_type.png", png(img, 8, 2, before=chunk(b"a-b!", b"x")), "bad"),
        ("bad_gama_short.png", png(img, 8, 2, before=chunk(b"gAMA", b"\0\0\1")), "bad"),
        ("bad_phys_short.png", png(img, 8, 2, before=chunk(b"pHYs", b"\0" * 8)), "bad"),
        ("bad_gama_short_after.png", png(img, 8, 2, after=chunk(b"gAMA", b"\0\0\1")), "bad"),
        ("bad_trns_short.png", png(pattern(9, 9, 1, 1), 8, 0, before=chunk(b"tRNS", b"\0")), "bad"),
        ("bad_ztxt_method.png", png(img, 8, 2, before=chunk(b"zTXt", b"k\0\x01xx")), "bad"),
        ("bad_iccp_method.png", png(img, 8, 2, before=chunk(b"iCCP", b"p\0\x05xx")), "bad"),
        ("bad_text_truncated_after.png", png(img, 8, 2, iend=False) + chunk(b"tEXt", b"a\0long text")[:-6], "bad"),
        ("bad_p_no_plte.png", png(pattern(9, 9, 1, 1, 15), 4, 3), "bad"),
        ("bad_p_plte_empty.png", png(pattern(9, 9, 1, 1, 15), 4, 3, plte=b""), "bad"),
        ("bad_p_plte_7.png", png(pattern(9, 9, 1, 1, 1), 1, 3, plte=b"\1\2\3\4\5\6\7"), "bad"),
        ("bad_p_plte_771.png", png(pattern(9, 9, 1, 1, 255), 8, 3, plte=bytes(771)), "bad"),
        ("bad_p_index.png", png(pattern(9, 9, 1, 1, 15), 4, 3, plte=plte16[:12]), "bad"),
    ]
    apng = io.BytesIO()
    frames = [Image.fromarray(pattern(20, 20, 3, k), "RGB") for k in range(3)]
    frames[0].save(apng, "PNG", save_all=True, append_images=frames[1:])
    out.append(("apng.png", apng.getvalue(), "refuse"))
    return out


def cases() -> list[tuple]:
    return written_by_pillow() + hand_built() + malformed()
