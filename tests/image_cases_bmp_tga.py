"""BMP and TGA cases for tests/gen_images.py: every mode Pillow writes (BMP 1, L, P, RGB, RGBA;
TGA 1, L, LA, P, RGB, RGBA, raw and RLE, both orientations), the variants only hand-built bytes
give (BMP: OS/2 v1 and v2 headers, v2-v5 headers, BI_BITFIELDS layouts, RLE8/RLE4 with every
escape, top-down rows, short palettes, gray palettes, data offsets; TGA: 16-bit colour,
colour maps with a first-entry offset and 16/24/32-bit entries, ID fields, the four origins,
RLE packets across rows, the TGA 2.0 footer's alpha rule), and malformed copies (truncated
at each structural boundary, RLE streams cut anywhere, fields out of range)."""
import io
import struct

import numpy as np
from PIL import Image

from image_cases_png import SIZES, base_images, pattern

# ---------------------------------------------------------------- writers


def pillow(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def pack_bits(values: np.ndarray, bits: int) -> bytes:
    """One row of 1/2/4/8-bit values, most significant first, padded to a byte."""
    per = 8 // bits
    padded = np.zeros(-(-len(values) // per) * per, np.uint8)
    padded[: len(values)] = values
    groups = padded.reshape(-1, per).astype(np.uint32)
    return bytes(int(sum(int(v) << (8 - bits * (i + 1)) for i, v in enumerate(g))) for g in groups)


def row_bytes(img: np.ndarray, bits: int) -> list[bytes]:
    """Image rows (top first) as stored: indices packed (bits <= 8), else the given bytes
    ([h][w][bytes per pixel], uint8) or 16-bit values ([h][w], little-endian)."""
    if bits <= 8:
        return [pack_bits(r, bits) for r in img]
    if bits == 16:
        return [r.astype("<u2").tobytes() for r in img]
    return [r.astype(np.uint8).tobytes() for r in img]


def bmp_pixels(rows: list[bytes], w: int, bits: int, top_down: bool = False) -> bytes:
    """Rows padded to BMP's 4-byte stride, bottom-up unless top_down."""
    stride = (w * bits + 31) // 32 * 4
    rows = [r + bytes(stride - len(r)) for r in rows]
    return b"".join(rows if top_down else rows[::-1])


def info_header(size: int, w: int, h: int, bits: int, compression: int, colors: int,
                masks: tuple | None, image_size: int) -> bytes:
    if size == 12:
        return struct.pack("<IHHHH", 12, w, h, 1, bits)
    head = struct.pack("<IiiHHIIiiII", size, w, h, 1, bits, compression, image_size, 2835, 2835, colors, 0)
    if size >= 52 and masks is not None:
        head += struct.pack("<4I", *masks)[: 12 if size == 52 else 16]
    return head + bytes(size - len(head))


def bmp(w: int, h: int, bits: int, pixels: bytes, header: int = 40, compression: int = 0,
        palette: bytes = b"", colors: int = 0, masks: tuple | None = None, top_down: bool = False,
        offset: int | None = None, gap: bytes = b"", raw_height: int | None = None) -> bytes:
    """A BMP file: file header, info header (masks after a 40-byte one), palette, gap, pixels."""
    height = raw_height if raw_height is not None else (-h if top_down else h)
    if raw_height is not None and raw_height >= 2**31:
        height = raw_height - 2**32
    info = info_header(header, w, height, bits, compression, colors, masks, len(pixels))
    if header == 40 and masks is not None:
        info += struct.pack("<3I", *masks[:3])
    off = 14 + len(info) + len(palette) + len(gap) if offset is None else offset
    body = info + palette + gap + pixels
    return b"BM" + struct.pack("<IHHI", 14 + len(body), 0, 0, off) + body


def bgr_palette(n: int, seed: int, entry: int = 4) -> bytes:
    rgb = pattern(n, 1, 3, seed).reshape(-1, 3)
    return b"".join(bytes([int(b), int(g), int(r)]) + bytes(entry - 3) for r, g, b in rgb)


def gray_palette(n: int, entry: int = 4, levels=None) -> bytes:
    levels = levels if levels is not None else range(n)
    return b"".join(bytes([v & 255] * 3) + bytes(entry - 3) for v in levels)


def rle_bmp(rows: list[np.ndarray], rle4: bool, absolute: bool = True) -> bytes:
    """BMP RLE8/RLE4 of index rows (file order): runs of >= 3 equal pixels encoded, other
    stretches of >= 3 as absolute runs (word-aligned), the rest as runs of 1; end-of-line
    after every row, end-of-bitmap at the end."""
    out = bytearray()
    for row in rows:
        row = [int(v) for v in row]
        i = 0
        while i < len(row):
            j = i
            while j < len(row) and j - i < 255 and row[j] == row[i]:
                j += 1
            if j - i >= 3 or not absolute:
                n = j - i if j - i >= 3 else 1
                out += bytes([n, row[i] * 17 if rle4 else row[i]])
                i += n
                continue
            k = i                                   # literal stretch until the next run of 3
            while k < len(row) and k - i < 254 and not (k + 2 < len(row) and row[k] == row[k + 1] == row[k + 2]):
                k += 1
            if k - i < 3:
                out += bytes([1, row[i] * 17 if rle4 else row[i]])
                i += 1
                continue
            vals = row[i:k]
            data = pack_bits(np.array(vals), 4) if rle4 else bytes(vals)
            out += bytes([0, len(vals)]) + data + (b"\0" if len(data) % 2 else b"")
            i = k
        out += b"\0\0"
    return bytes(out[:-2]) + b"\0\1"


def tga(w: int, h: int, itype: int, depth: int, pixels: bytes, cmap: bytes = b"", first: int = 0,
        n_map: int = 0, map_bits: int = 0, flags: int = 0, ident: bytes = b"", cmtype: int | None = None) -> bytes:
    has_map = (1 if cmap or n_map else 0) if cmtype is None else cmtype
    head = struct.pack("<BBBHHBHHHHBB", len(ident), has_map, itype, first, n_map, map_bits, 0, 0, w, h, depth, flags)
    return head + ident + cmap + pixels


def tga_rows(img: np.ndarray, flags: int) -> list[np.ndarray]:
    """Image rows ([h][w][...]) in file order for the descriptor's origin bits."""
    rows = [r[::-1] if flags & 0x10 else r for r in img]
    return rows if flags & 0x20 else rows[::-1]


def tga_rle(rows: list[bytes], pb: int, span: bool) -> bytes:
    """TGA RLE: runs of >= 2 equal pixels, raw packets otherwise (at most 128 pixels each);
    span: raw packets continue across rows (runs never do)."""
    out = bytearray()
    seqs = [b"".join(rows)] if span else rows
    w = len(rows[0]) // pb
    for seq in seqs:
        px = [seq[i:i + pb] for i in range(0, len(seq), pb)]
        i = 0
        while i < len(px):
            j = i
            while j < len(px) and j - i < 128 and px[j] == px[i] and (j == i or j % w != 0):
                j += 1
            if j - i >= 2:
                out += bytes([0x80 | (j - i - 1)]) + px[i]
                i = j
                continue
            k = i + 1
            while k < len(px) and k - i < 128 and not (k + 1 < len(px) and px[k] == px[k + 1] and (k + 1) % w != 0):
                k += 1
            out += bytes([k - i - 1]) + b"".join(px[i:k])
            i = k
    return bytes(out)


def footer(ext_offset: int = 0) -> bytes:
    return struct.pack("<II", ext_offset, 0) + b"TRUEVISION-XFILE.\0"


def extension_area(attributes: int) -> bytes:
    """A 495-byte TGA 2.0 extension area (its size field first), attributes type last."""
    return struct.pack("<H", 495) + bytes(492) + bytes([attributes])

# ---------------------------------------------------------------- Pillow-written files


def written_by_pillow() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate(SIZES):
        rgb, rgba, gray = base_images(i, w, h)
        im_rgb, im_rgba, im_l = Image.fromarray(rgb, "RGB"), Image.fromarray(rgba, "RGBA"), Image.fromarray(gray, "L")
        im_1 = im_l.convert("1")
        im_la = Image.fromarray(rgba[:, :, [0, 3]], "LA")
        tag = f"{w}x{h}"
        out += [
            (f"pil_rgb_{tag}.bmp", pillow(im_rgb, "BMP"), "good"),
            (f"pil_rgba_{tag}.bmp", pillow(im_rgba, "BMP"), "good"),     # read back as RGB (BGRX)
            (f"pil_l_{tag}.bmp", pillow(im_l, "BMP"), "good"),
            (f"pil_1_{tag}.bmp", pillow(im_1, "BMP"), "good"),
            (f"pil_p256_{tag}.bmp", pillow(im_rgb.quantize(256), "BMP"), "good"),
            (f"pil_p16_{tag}.bmp", pillow(im_rgb.quantize(16), "BMP"), "good"),
            (f"pil_p2_{tag}.bmp", pillow(im_rgb.quantize(2), "BMP"), "good"),
            (f"pil_1_{tag}.tga", pillow(im_1, "TGA"), "good"),
        ]
        for rle in (False, True):
            for orient in (-1, 1):
                kw = {"compression": "tga_rle" if rle else None, "orientation": orient}
                t = f"{'rle' if rle else 'raw'}_{'top' if orient > 0 else 'bottom'}_{tag}"
                out += [
                    (f"pil_rgb_{t}.tga", pillow(im_rgb, "TGA", **kw), "good"),
                    (f"pil_rgba_{t}.tga", pillow(im_rgba, "TGA", **kw), "good"),
                    (f"pil_l_{t}.tga", pillow(im_l, "TGA", **kw), "good"),
                    (f"pil_la_{t}.tga", pillow(im_la, "TGA", **kw), "good"),
                    (f"pil_p_{t}.tga", pillow(im_rgb.quantize(200), "TGA", **kw), "good"),
                    (f"pil_p16_{t}.tga", pillow(im_rgb.quantize(16), "TGA", **kw), "good"),
                    (f"pil_p_rgba_{t}.tga", pillow(im_rgba.quantize(16), "TGA", **kw), "good"),
                ]
        out.append((f"pil_id_{tag}.tga", pillow(im_rgb, "TGA", id_section=b"regionclip test id"), "good"))
    return out

# ---------------------------------------------------------------- hand-built BMP


def bmp_hand_built() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate(SIZES):
        tag = f"{w}x{h}"
        rgb = pattern(w, h, 3, i)
        bgr = rgb[:, :, ::-1]
        for bits in (1, 4, 8):
            n = 1 << bits
            idx = pattern(w, h, 1, i + 3, n - 1)[:, :, 0]
            px = bmp_pixels(row_bytes(idx, bits), w, bits)
            out += [
                (f"bmp_p{bits}_{tag}.bmp", bmp(w, h, bits, px, palette=bgr_palette(n, i + 9)), "good"),
                (f"bmp_p{bits}_clr0_{tag}.bmp", bmp(w, h, bits, px, palette=bgr_palette(n, i + 9), colors=0), "good"),
                (f"bmp_p{bits}_os2v1_{tag}.bmp", bmp(w, h, bits, px, header=12, palette=bgr_palette(n, i + 9, 3)), "good"),
                (f"bmp_p{bits}_os2v2_{tag}.bmp", bmp(w, h, bits, px, header=64, palette=bgr_palette(n, i + 9)), "good"),
                (f"bmp_p{bits}_top_{tag}.bmp", bmp(w, h, bits, bmp_pixels(row_bytes(idx, bits), w, bits, True),
                                                     palette=bgr_palette(n, i + 9), top_down=True), "good"),
            ]
            # the palette declared shorter than the indices: indices beyond it are black
            short = max(1, n // 3)
            out.append((f"bmp_p{bits}_short_palette_{tag}.bmp",
                        bmp(w, h, bits, px, palette=bgr_palette(short, i + 9), colors=short), "good"))
        # gray palettes: Pillow reads them as "1" / "L"
        idx8 = pattern(w, h, 1, i + 4)[:, :, 0]
        out += [
            (f"bmp_gray8_{tag}.bmp", bmp(w, h, 8, bmp_pixels(row_bytes(idx8, 8), w, 8), palette=gray_palette(256)), "good"),
            (f"bmp_gray8_top_{tag}.bmp", bmp(w, h, 8, bmp_pixels(row_bytes(idx8, 8), w, 8, True),
                                              palette=gray_palette(256), top_down=True), "good"),
            (f"bmp_bw1_{tag}.bmp", bmp(w, h, 1, bmp_pixels(row_bytes(idx8 & 1, 1), w, 1),
                                       palette=gray_palette(2, levels=(0, 255))), "good"),
            (f"bmp_bw1_os2v1_{tag}.bmp", bmp(w, h, 1, bmp_pixels(row_bytes(idx8 & 1, 1), w, 1), header=12,
                                             palette=gray_palette(2, 3, levels=(0, 255))), "good"),
            # 8-bit pixels with a black-and-white palette: Pillow reads the rows as 1-bit
            (f"bmp_bw_palette_8bit_{tag}.bmp", bmp(w, h, 8, bmp_pixels(row_bytes(idx8, 8), w, 8),
                                                   palette=gray_palette(2, levels=(0, 255)), colors=2), "good"),
            # a 16-entry ramp (i, i, i) on 4-bit pixels: "L", read as 8-bit samples (fits for w <= 8)
            (f"bmp_gray_ramp16_4bit_{tag}.bmp", bmp(w, h, 4, bmp_pixels(row_bytes(idx8 & 15, 4), w, 4),
                                                    palette=gray_palette(16)),
             "good" if (w * 4 + 31) // 32 * 4 >= w else "bad"),
        ]
        # 16-bit: 5-5-5 (no masks), bitfields 5-6-5 and 5-5-5 in several headers
        v16 = np.random.default_rng(i).integers(0, 65536, (h, w))
        p16 = bmp_pixels(row_bytes(v16, 16), w, 16)
        out += [
            (f"bmp_rgb555_{tag}.bmp", bmp(w, h, 16, p16), "good"),
            (f"bmp_rgb555_top_{tag}.bmp", bmp(w, h, 16, bmp_pixels(row_bytes(v16, 16), w, 16, True), top_down=True), "good"),
            (f"bmp_bf565_v3_{tag}.bmp", bmp(w, h, 16, p16, compression=3, masks=(0xF800, 0x7E0, 0x1F)), "good"),
            (f"bmp_bf555_v3_{tag}.bmp", bmp(w, h, 16, p16, compression=3, masks=(0x7C00, 0x3E0, 0x1F)), "good"),
            (f"bmp_bf565_v4_{tag}.bmp", bmp(w, h, 16, p16, header=108, compression=3, masks=(0xF800, 0x7E0, 0x1F, 0)), "good"),
            (f"bmp_bf555_v2_{tag}.bmp", bmp(w, h, 16, p16, header=52, compression=3, masks=(0x7C00, 0x3E0, 0x1F, 0)), "good"),
            (f"bmp_bf565_v5_{tag}.bmp", bmp(w, h, 16, p16, header=124, compression=3, masks=(0xF800, 0x7E0, 0x1F, 0)), "good"),
        ]
        # 24-bit in every header, and bitfields BGR
        p24 = bmp_pixels(row_bytes(bgr, 24), w, 24)
        for header in (12, 40, 52, 56, 64, 108, 124):
            out.append((f"bmp_rgb24_h{header}_{tag}.bmp", bmp(w, h, 24, p24, header=header), "good"))
        out += [
            (f"bmp_rgb24_top_{tag}.bmp", bmp(w, h, 24, bmp_pixels(row_bytes(bgr, 24), w, 24, True), top_down=True), "good"),
            (f"bmp_bf24_{tag}.bmp", bmp(w, h, 24, p24, header=56, compression=3, masks=(0xFF0000, 0xFF00, 0xFF, 0)), "good"),
        ]
        # 32-bit: raw (4th byte ignored), and every bitfields layout Pillow knows
        a = pattern(w, h, 1, i + 60)[:, :, 0]
        layouts = {"bgrx": (0xFF0000, 0xFF00, 0xFF, 0), "xbgr": (0xFF000000, 0xFF0000, 0xFF00, 0),
                   "bgxr": (0xFF000000, 0xFF00, 0xFF, 0), "abgr": (0xFF000000, 0xFF0000, 0xFF00, 0xFF),
                   "rgba": (0xFF, 0xFF00, 0xFF0000, 0xFF000000), "bgra": (0xFF0000, 0xFF00, 0xFF, 0xFF000000),
                   "bgar": (0xFF000000, 0xFF00, 0xFF, 0xFF0000), "zero": (0, 0, 0, 0)}
        for name, masks in layouts.items():
            chans = np.zeros((h, w, 4), np.uint8)
            if name == "zero":                       # Pillow reads all-zero masks as BGRA
                chans[..., 0], chans[..., 1], chans[..., 2], chans[..., 3] = bgr[..., 0], bgr[..., 1], bgr[..., 2], a
            else:
                chans[...] = 77                       # the unused byte
                for c, m in enumerate(masks):
                    if m:
                        chans[..., m.bit_length() // 8 - 1] = (rgb[..., c] if c < 3 else a)
            p32 = bmp_pixels(row_bytes(chans, 32), w, 32)
            out.append((f"bmp_bf32_{name}_v5_{tag}.bmp", bmp(w, h, 32, p32, header=124, compression=3, masks=masks), "good"))
            if masks[3] == 0:                         # 40 and 52-byte headers carry no alpha mask
                out.append((f"bmp_bf32_{name}_v3_{tag}.bmp", bmp(w, h, 32, p32, compression=3, masks=masks), "good"))
                out.append((f"bmp_bf32_{name}_v2_{tag}.bmp", bmp(w, h, 32, p32, header=52, compression=3, masks=masks), "good"))
        x32 = np.concatenate([bgr, pattern(w, h, 1, i + 70)], 2)
        out.append((f"bmp_rgb32_{tag}.bmp", bmp(w, h, 32, bmp_pixels(row_bytes(x32, 32), w, 32)), "good"))
        out.append((f"bmp_rgb32_top_{tag}.bmp", bmp(w, h, 32, bmp_pixels(row_bytes(x32, 32), w, 32, True), top_down=True), "good"))
        # RLE8 / RLE4, bottom-up and top-down
        for rle4 in (False, True):
            bits, comp = (4, 2) if rle4 else (8, 1)
            n = 1 << bits
            idx = pattern(w, h, 1, i + 5, n - 1)[:, :, 0] // 5 * 5          # runs and literals
            for top in (False, True):
                rows = [r for r in (idx if top else idx[::-1])]
                t = f"{'rle4' if rle4 else 'rle8'}{'_top' if top else ''}_{tag}"
                out.append((f"bmp_{t}.bmp", bmp(w, h, bits, rle_bmp(rows, rle4), compression=comp,
                                                 palette=bgr_palette(n, i + 11), top_down=top), "good"))
            out.append((f"bmp_{'rle4' if rle4 else 'rle8'}_runs_only_{tag}.bmp",
                        bmp(w, h, bits, rle_bmp(list(idx[::-1]), rle4, absolute=False), compression=comp,
                            palette=bgr_palette(n, i + 11)), "good"))
        out.append((f"bmp_rle8_gray_{tag}.bmp", bmp(w, h, 8, rle_bmp(list(idx8[::-1]), False), compression=1,
                                                    palette=gray_palette(256)), "good"))
        out.append((f"bmp_rle8_bw_{tag}.bmp", bmp(w, h, 8, rle_bmp(list((idx8 & 1)[::-1]), False), compression=1,
                                                  palette=gray_palette(2, levels=(0, 255)), colors=2), "good"))
    out += bmp_rle_escapes() + bmp_offsets()
    return out


def bmp_rle_escapes() -> list[tuple]:
    """Delta, end-of-line and end-of-bitmap escapes, and the overruns Pillow's decoder clips."""
    pal = bgr_palette(256, 21)
    pal16 = bgr_palette(16, 22)
    e = []
    # 8x4: row 0 ones; EOL; delta (3, 1): the rest of row 1 and 3 pixels of row 2; a run of 5; EOL; row 3
    s = bytes([8, 1, 0, 0, 0, 2, 3, 1, 5, 2, 0, 0, 8, 3, 0, 1])
    e.append(("bmp_rle8_delta.bmp", bmp(8, 4, 8, s, compression=1, palette=pal), "good"))
    e.append(("bmp_rle8_delta_top.bmp", bmp(8, 4, 8, s, compression=1, palette=pal, top_down=True), "good"))
    s4 = bytes([8, 0x12, 0, 0, 0, 2, 3, 1, 5, 0x34, 0, 0, 0, 8, 0x56, 0x78, 0x9A, 0xBC, 0, 1])
    e.append(("bmp_rle4_delta.bmp", bmp(8, 4, 4, s4, compression=2, palette=pal16), "good"))
    # a delta past the last pixel completes the image (Pillow clips it)
    e.append(("bmp_rle8_delta_past_end.bmp", bmp(8, 4, 8, bytes([8, 1, 0, 2, 0, 9]), compression=1, palette=pal), "bad"))
    # end-of-line pads the row with index 0, also the last row (no end-of-bitmap needed)
    e.append(("bmp_rle8_eol_pads.bmp", bmp(5, 3, 8, bytes([3, 7, 0, 0, 5, 9, 0, 0, 2, 3, 0, 0]), compression=1, palette=pal), "good"))
    # an end-of-line at the start of a row adds nothing in Pillow (the spec: an empty row), so
    # this stream is 5 pixels short
    e.append(("bmp_rle8_eol_empty_row.bmp", bmp(5, 3, 8, bytes([0, 0, 3, 7, 0, 0, 0, 0, 5, 9]), compression=1, palette=pal), "bad"))
    # a run longer than the row is clipped there; runs after it give nothing until EOL
    e.append(("bmp_rle8_run_overrun.bmp", bmp(6, 3, 8, bytes([10, 4, 3, 5, 0, 0, 6, 6, 2, 1, 4, 2, 0, 0]),
                                             compression=1, palette=pal), "bad"))
    # an absolute run wraps into the next row; an encoded run after it gives nothing
    e.append(("bmp_rle8_absolute_wrap.bmp", bmp(4, 3, 8, bytes([0, 6, 1, 2, 3, 4, 5, 6, 2, 9, 0, 0, 4, 8]),
                                               compression=1, palette=pal), "bad"))
    e.append(("bmp_rle4_absolute_wrap.bmp", bmp(4, 3, 4, bytes([0, 5, 0x12, 0x34, 0x50, 0, 2, 0x99, 0, 0, 4, 0x77]),
                                               compression=2, palette=pal16), "bad"))
    # RLE8 on 4-bit pixels (indices beyond the 16-entry palette: black), RLE4 on 8-bit, RLE8 on 1-bit
    e.append(("bmp_rle8_on_4bit.bmp", bmp(6, 2, 4, bytes([3, 200, 3, 7, 0, 0, 6, 12, 0, 1]), compression=1, palette=pal16), "good"))
    e.append(("bmp_rle4_on_8bit.bmp", bmp(6, 2, 8, bytes([6, 0x1F, 0, 0, 0, 6, 0x23, 0x45, 0x67, 0, 1]), compression=2, palette=pal), "good"))
    e.append(("bmp_rle8_on_1bit.bmp", bmp(6, 2, 1, bytes([3, 1, 3, 0, 0, 0, 6, 1, 0, 1]), compression=1,
                                          palette=bgr_palette(2, 23)), "good"))
    # a spec-aligned stream at an odd data offset: Pillow aligns by the file position
    odd = bytes([0, 3, 1, 2, 3, 0, 3, 4, 0, 0, 0, 3, 5, 6, 7, 0, 0, 0, 1])
    e.append(("bmp_rle8_odd_offset.bmp", bmp(6, 2, 8, odd, compression=1, palette=pal, gap=b"\0"), "bad"))
    e.append(("bmp_rle8_even_offset.bmp", bmp(6, 2, 8, odd, compression=1, palette=pal), "good"))
    return e


def bmp_offsets() -> list[tuple]:
    """Data offsets: 0 (after the palette), the end of the info header (Pillow skips the
    palette), past a gap, a palette declared longer than the file has before the pixels."""
    w, h = 37, 19
    idx = pattern(w, h, 1, 31, 255)[:, :, 0]
    px = bmp_pixels(row_bytes(idx, 8), w, 8)
    pal = bgr_palette(256, 32)
    rgb = bmp_pixels(row_bytes(pattern(w, h, 3, 33), 24), w, 24)
    e = [
        ("bmp_offset0_p8.bmp", bmp(w, h, 8, px, palette=pal, offset=0), "good"),
        ("bmp_offset0_rgb24.bmp", bmp(w, h, 24, rgb, offset=0), "good"),
        ("bmp_offset0_bf565.bmp", bmp(w, h, 16, bmp_pixels(row_bytes(idx.astype(np.uint16) * 257, 16), w, 16),
                                      compression=3, masks=(0xF800, 0x7E0, 0x1F), offset=0), "good"),
        ("bmp_offset_header_end_p8.bmp", bmp(w, h, 8, px, palette=pal, offset=54), "good"),
        ("bmp_offset_gap_p8.bmp", bmp(w, h, 8, px, palette=pal, gap=b"\xAA" * 10), "good"),
        ("bmp_offset_gap_rgb24.bmp", bmp(w, h, 24, rgb, gap=b"\xAA" * 7), "good"),
        # clrUsed 256 but 16 entries stored: Pillow's palette runs into the pixels
        ("bmp_palette_overlaps_pixels.bmp", bmp(w, h, 8, px, palette=pal[:64], colors=256), "bad"),
        # the last row without its padding: Pillow needs only the row's bytes
        ("bmp_last_row_unpadded.bmp", bmp(w, h, 24, rgb[:-((37 * 3 + 3) // 4 * 4 - 37 * 3)]), "bad"),
        # clrUsed above 256 with an all-gray palette: "L", the palette never loaded
        ("bmp_gray_palette_300.bmp", bmp(w, h, 8, px, palette=gray_palette(300), colors=300), "bad"),
        ("bmp_trailing_data.bmp", bmp(w, h, 8, px, palette=pal) + b"trailing", "good"),
    ]
    return e

# ---------------------------------------------------------------- hand-built TGA


def tga_hand_built() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate(SIZES):
        tag = f"{w}x{h}"
        rgb = pattern(w, h, 3, i + 40)
        a = pattern(w, h, 1, i + 41)[:, :, 0]
        gray = pattern(w, h, 1, i + 42)[:, :, 0]
        v16 = np.random.default_rng(i + 43).integers(0, 65536, (h, w)).astype(np.uint16)
        b16 = v16.astype("<u2").view(np.uint8).reshape(h, w, 2)
        bgr = rgb[:, :, ::-1]
        bgra = np.concatenate([bgr, a[:, :, None]], 2)
        for flags_name, flags in (("bl", 0), ("tl", 0x20), ("br", 0x10), ("tr", 0x30)):
            t = f"{flags_name}_{tag}"
            kinds = {"rgb24": (2, 24, bgr), "rgba32": (2, 32, bgra), "rgb16": (2, 16, b16),
                     "l8": (3, 8, gray[:, :, None]), "la16": (3, 16, np.stack([gray, a], 2))}
            for name, (itype, depth, img) in kinds.items():
                rows = [r.tobytes() for r in tga_rows(img, flags)]
                out.append((f"tga_{name}_{t}.tga", tga(w, h, itype, depth, b"".join(rows), flags=flags | (8 if depth == 32 else 0)), "good"))
                out.append((f"tga_{name}_rle_{t}.tga", tga(w, h, itype + 8, depth, tga_rle(rows, depth // 8, False), flags=flags), "good"))
                out.append((f"tga_{name}_rle_span_{t}.tga", tga(w, h, itype + 8, depth, tga_rle(rows, depth // 8, True), flags=flags), "good"))
            # colour-mapped, 16/24/32-bit entries, a first-entry offset, an ID field
            for map_bits, first, n_map in ((24, 0, 256), (16, 10, 100), (32, 3, 253), (24, 200, 56)):
                idx = (first + pattern(w, h, 1, i + 44, n_map - 1)[:, :, 0]).astype(np.uint8)
                if map_bits == 16:
                    cmap = np.random.default_rng(i).integers(0, 65536, n_map).astype("<u2").tobytes()
                else:
                    cmap = bytes(pattern(n_map, 1, map_bits // 8, i + 45).reshape(-1))
                rows = [r.tobytes() for r in tga_rows(idx, flags)]
                ident = bytes(range(33, 33 + 5 + i))
                base = f"tga_p_map{map_bits}_first{first}_{t}"
                out.append((f"{base}.tga", tga(w, h, 1, 8, b"".join(rows), cmap, first, n_map, map_bits, flags, ident), "good"))
                out.append((f"{base}_rle.tga", tga(w, h, 9, 8, tga_rle(rows, 1, True), cmap, first, n_map, map_bits, flags), "good"))
        rows = [pack_bits(r, 1) for r in tga_rows((gray & 1), 0)]
        out.append((f"tga_1bit_{tag}.tga", tga(w, h, 3, 1, b"".join(rows)), "good"))
        rows = [pack_bits(r, 1) for r in tga_rows((gray & 1), 0x30)]
        out.append((f"tga_1bit_tr_{tag}.tga", tga(w, h, 3, 1, b"".join(rows), flags=0x30), "good"))
        # indices beyond the map: black
        idx = pattern(w, h, 1, i + 46)[:, :, 0]
        out.append((f"tga_p_short_map_{tag}.tga", tga(w, h, 1, 8, idx.tobytes(), bytes(range(30)), 0, 10, 24), "good"))
        # TGA 2.0 footers: attributes type 0 makes alpha opaque; 3 keeps it
        for depth, img in ((32, bgra), (16, b16)):
            raw = tga(w, h, 2, depth, b"".join(r.tobytes() for r in tga_rows(img, 0)), flags=8 if depth == 32 else 1)
            for attr in (0, 3):
                f = raw + extension_area(attr) + footer(len(raw))
                out.append((f"tga_rgba{depth}_footer_attr{attr}_{tag}.tga", f, "good"))
            out.append((f"tga_rgba{depth}_footer_no_ext_{tag}.tga", raw + footer(0), "good"))
        out.append((f"tga_id255_{tag}.tga", tga(w, h, 2, 24, bgr[::-1].tobytes(), ident=bytes(range(255))), "good"))
        out.append((f"tga_trailing_{tag}.tga", tga(w, h, 3, 8, gray[::-1].tobytes()) + b"trailing data", "good"))
    # a 1x1 RGBA file shorter than a footer (Pillow reads the "footer" from the start of the stream)
    out.append(("tga_rgba_1x1_tiny.tga", tga(1, 1, 2, 32, bytes([10, 20, 30, 40])), "good"))
    out.append(("tga_rgb16_1x1_tiny.tga", tga(1, 1, 2, 16, bytes([0x1F, 0x80])), "good"))
    # the descriptor's interleave bits (6-7) and alpha-bit count (0-3) are ignored
    out.append(("tga_descriptor_bits.tga", tga(3, 2, 3, 8, bytes(range(6)), flags=0xCF), "good"))
    return out

# ---------------------------------------------------------------- malformed


def cuts(data: bytes, points: list[int], name: str) -> list[tuple]:
    return [(f"trunc_{name}_{c}.{name.split('_')[0]}", data[:c], "bad") for c in sorted(set(points)) if 0 < c < len(data)]


def bmp_malformed() -> list[tuple]:
    out = []
    w, h = 37, 19
    idx = pattern(w, h, 1, 51, 255)[:, :, 0]
    pal = bgr_palette(256, 52)
    p8 = bmp(w, h, 8, bmp_pixels(row_bytes(idx, 8), w, 8), palette=pal)
    rgb = pattern(w, h, 3, 53)[:, :, ::-1]
    p24 = bmp(w, h, 24, bmp_pixels(row_bytes(rgb, 24), w, 24))
    os2 = bmp(w, h, 8, bmp_pixels(row_bytes(idx, 8), w, 8), header=12, palette=bgr_palette(256, 52, 3))
    bf = bmp(w, h, 16, bmp_pixels(row_bytes(idx.astype(np.uint16) * 129, 16), w, 16), compression=3, masks=(0xF800, 0x7E0, 0x1F))
    v5 = bmp(w, h, 32, bmp_pixels(row_bytes(np.concatenate([rgb, rgb[:, :, :1]], 2), 32), w, 32), header=124,
             compression=3, masks=(0xFF0000, 0xFF00, 0xFF, 0xFF000000))
    rle8 = bmp(w, h, 8, rle_bmp(list((idx // 16 * 16)[::-1]), False), compression=1, palette=pal)
    rle4 = bmp(w, h, 4, rle_bmp(list((idx // 32)[::-1]), True), compression=2, palette=bgr_palette(16, 54))
    stride8, stride24 = (w + 3) // 4 * 4, (w * 3 + 3) // 4 * 4
    out += cuts(p8, [2, 10, 13, 14, 17, 18, 30, 53, 54, 55, 54 + 512, 54 + 1023, 1078, 1079, 1078 + stride8 * 5 + 3,
                     len(p8) - stride8, len(p8) - stride8 + w - 1, len(p8) - (stride8 - w), len(p8) - 1], "bmp_p8")
    out += cuts(p24, [14, 20, 53, 54, 55, 54 + stride24 * 10, len(p24) - stride24, len(p24) - (stride24 - w * 3) - 1], "bmp_rgb24")
    out += cuts(os2, [14, 20, 25, 26, 26 + 300, 26 + 767, 26 + 768, 26 + 768 + 50, len(os2) - 1], "bmp_os2")
    out += cuts(bf, [54, 58, 62, 66, 67, 66 + 100, len(bf) - 1], "bmp_bf565")
    out += cuts(v5, [14, 100, 137, 138, 139, 138 + 500, len(v5) - 1], "bmp_v5")
    for name, data in (("rle8", rle8), ("rle4", rle4)):
        start = 14 + 40 + (1024 if name == "rle8" else 64)
        n = len(data) - start
        out += cuts(data, [start] + [start + n * k // 23 for k in range(1, 23)] + [len(data) - 2, len(data) - 1],
                    f"bmp_{name}")
    small = bmp(6, 2, 8, bytes([0, 3, 1, 2, 3, 0, 2, 9, 0, 0, 0, 2, 3, 1, 0, 1, 4, 5]), compression=1, palette=pal)
    out += cuts(small, list(range(1078, len(small))), "bmp_rle8small")
    small4 = bmp(6, 2, 4, bytes([0, 3, 0x12, 0x30, 2, 0x99, 0, 0, 0, 2, 3, 1, 0, 1]), compression=2, palette=pal[:64])
    out += cuts(small4, list(range(14 + 40 + 64, len(small4))), "bmp_rle4small")

    def patch(data: bytes, at: int, fmt: str, value) -> bytes:
        b = bytearray(data)
        struct.pack_into(fmt, b, at, value)
        return bytes(b)

    px8 = bmp_pixels(row_bytes(idx, 8), w, 8)
    out += [
        ("bad_sig.bmp", b"BN" + p8[2:], "bad"),
        ("bad_header_size_0.bmp", patch(p8, 14, "<I", 0), "bad"),
        ("bad_header_size_16.bmp", patch(p8, 14, "<I", 16), "bad"),
        ("bad_header_size_200.bmp", patch(p8, 14, "<I", 200), "bad"),
        ("bad_header_size_huge.bmp", patch(p8, 14, "<I", 0xFFFFFFF0), "bad"),
        ("bad_clr_used_300.bmp", bmp(w, h, 8, px8, palette=pal + pal[:44 * 4], colors=300), "bad"),
        ("bad_clr_used_70000.bmp", bmp(w, h, 8, px8, palette=pal, colors=70000), "bad"),
        ("bad_clr_used_max.bmp", bmp(w, h, 8, px8, palette=pal, colors=0xFFFFFFFF), "bad"),
        ("bad_clr_used_300_4bit.bmp", bmp(w, h, 4, bmp_pixels(row_bytes(idx & 15, 4), w, 4), palette=pal + pal[:44 * 4], colors=300), "bad"),
        ("bad_offset_beyond.bmp", patch(p8, 10, "<I", len(p8) + 10), "bad"),
        ("bad_offset_max.bmp", patch(p24, 10, "<I", 0xFFFFFFFF), "bad"),
        ("bad_offset_late.bmp", patch(p24, 10, "<I", 54 + 7), "bad"),
        ("bad_offset_into_header.bmp", patch(p24, 10, "<I", 2), "bad"),
        ("bad_width0.bmp", patch(p24, 18, "<i", 0), "bad"),
        ("bad_height0.bmp", patch(p24, 22, "<i", 0), "bad"),
        ("bad_width_negative.bmp", patch(p24, 18, "<i", -37), "bad"),
        ("bad_height_int_min.bmp", patch(p24, 22, "<I", 0x80000000), "bad"),
        ("bad_height_top_huge.bmp", patch(p24, 22, "<I", 0xFF000000), "bad"),
        ("bad_width_70000.bmp", bmp(70000, 1, 8, bytes(70000), palette=pal), "bad"),
        ("bad_bomb.bmp", patch(patch(p24, 18, "<i", 60000), 22, "<i", 60000), "bad"),
        ("bad_huge.bmp", patch(patch(p24, 18, "<I", 0x7FFFFFFF), 22, "<i", 0x7FFFFFFF), "bad"),
        ("bad_os2_bomb.bmp", patch(patch(os2, 18, "<H", 65535), 20, "<H", 65535), "bad"),
        ("bad_bits0.bmp", patch(p24, 28, "<H", 0), "bad"),
        ("bad_bits2.bmp", patch(p8, 28, "<H", 2), "bad"),
        ("bad_bits64.bmp", patch(p24, 28, "<H", 64), "bad"),
        ("bad_compression_jpeg.bmp", patch(p24, 30, "<I", 4), "bad"),
        ("bad_compression_png.bmp", patch(p24, 30, "<I", 5), "bad"),
        ("bad_compression_6.bmp", patch(p24, 30, "<I", 6), "bad"),
        ("bad_compression_huge.bmp", patch(p24, 30, "<I", 0x12345678), "bad"),
        ("bad_bitfields_8bit.bmp", patch(p8, 30, "<I", 3), "bad"),
        ("bad_rle_24bit.bmp", patch(p24, 30, "<I", 1), "bad"),
        ("bad_rle4_32bit.bmp", bmp(4, 1, 32, bytes([4, 1, 0, 1]), compression=2), "bad"),
        ("bad_masks_444.bmp", bmp(w, h, 16, bf[66:], compression=3, masks=(0xF00, 0xF0, 0xF)), "bad"),
        ("bad_masks_10bit.bmp", bmp(w, h, 32, v5[138:], header=124, compression=3, masks=(0x3FF00000, 0xFFC00, 0x3FF, 0)), "bad"),
        ("bad_masks_24_swapped.bmp", bmp(w, h, 24, p24[54:], compression=3, masks=(0xFF, 0xFF00, 0xFF0000)), "bad"),
        ("bad_masks_32_alpha_v3.bmp", bmp(w, h, 32, v5[138:], compression=3, masks=(0xFF, 0xFF00, 0xFF0000)), "bad"),
        ("bad_rle8_early_eob.bmp", bmp(6, 3, 8, bytes([6, 1, 0, 0, 0, 1]), compression=1, palette=pal), "bad"),
        ("bad_rle8_empty.bmp", bmp(6, 3, 8, b"", compression=1, palette=pal), "bad"),
        ("bad_rle8_stops_short.bmp", bmp(6, 3, 8, bytes([6, 1, 0, 0, 6, 2]), compression=1, palette=pal), "bad"),
        ("bad_rle4_absolute_cut.bmp", bmp(6, 1, 4, bytes([0, 6, 0x12, 0x34]), compression=2, palette=pal[:64]), "bad"),
        ("bad_rle8_delta_cut.bmp", bmp(6, 2, 8, bytes([6, 1, 0, 2, 3]), compression=1, palette=pal), "bad"),
        # a 256-entry gray palette on 1-bit pixels: Pillow reads 8-bit samples from rows too short
        ("bad_gray256_on_1bit.bmp", bmp(w, h, 1, bmp_pixels(row_bytes(idx & 1, 1), w, 1), palette=gray_palette(256),
                                        colors=256), "bad"),
    ]
    return out


def tga_malformed() -> list[tuple]:
    out = []
    w, h = 37, 19
    rgb = pattern(w, h, 3, 61)[:, :, ::-1]
    idx = pattern(w, h, 1, 62)[:, :, 0]
    raw = tga(w, h, 2, 24, rgb[::-1].tobytes(), ident=b"abcde")
    cm = tga(w, h, 1, 8, idx[::-1].tobytes(), bytes(range(256)) * 3, 0, 256, 24)
    rows = [r.tobytes() for r in rgb[::-1]]
    rle = tga(w, h, 10, 24, tga_rle(rows, 3, True))
    out += cuts(raw, [1, 17, 18, 20, 23, 24, 25, 23 + 3 * w * 10, len(raw) - 3, len(raw) - 1], "tga_raw")
    out += cuts(cm, [18, 19, 18 + 384, 18 + 767, 18 + 768, 18 + 769, 18 + 768 + w * h // 2, len(cm) - 1], "tga_cm")
    n = len(rle) - 18
    out += cuts(rle, [18, 19] + [18 + n * k // 29 for k in range(1, 29)] + [len(rle) - 2, len(rle) - 1], "tga_rle")
    small = tga(4, 2, 10, 24, bytes([0x02, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0x81, 10, 11, 12, 0x83, 13, 14, 15]))
    out += cuts(small, list(range(18, len(small))), "tga_rlesmall")
    out += [
        ("tga_rle_run_crosses_row.tga", tga(4, 2, 10, 24, bytes([0x01, 1, 2, 3, 4, 5, 6, 0x83, 7, 8, 9])), "bad"),
        ("tga_rle_raw_past_end.tga", tga(2, 1, 11, 8, bytes([0x04, 1, 2, 3, 4, 5])), "bad"),
        ("tga_type1_no_map.tga", tga(w, h, 1, 8, idx.tobytes()), "bad"),
        ("tga_type9_no_map.tga", tga(2, 1, 9, 8, bytes([0x81, 1])), "bad"),
        ("tga_type2_with_map.tga", tga(2, 1, 2, 24, bytes(6), bytes(6), 0, 2, 24), "bad"),
        ("tga_type10_with_map.tga", tga(2, 1, 10, 32, bytes([0x81, 1, 2, 3, 4]), bytes(6), 0, 2, 24), "bad"),
        ("tga_type3_1bit_with_map.tga", tga(8, 1, 3, 1, bytes([0xA5]), bytes(6), 0, 2, 24), "bad"),
        ("tga_type1_16bit_index.tga", tga(2, 1, 1, 16, bytes(4), bytes(6), 0, 2, 24), "bad"),
        ("tga_type2_8bit.tga", tga(2, 1, 2, 8, bytes(2)), "bad"),
        ("tga_type3_24bit.tga", tga(2, 1, 3, 24, bytes(6)), "bad"),
        ("tga_type11_1bit.tga", tga(9, 1, 11, 1, bytes([0x81, 0xA5]) * 4), "bad"),
        ("tga_map_over_256.tga", tga(2, 1, 1, 8, bytes([1, 2]), bytes(30), 250, 10, 24), "bad"),
        ("tga_map_depth15.tga", tga(2, 1, 1, 8, bytes([1, 2]), bytes(4), 0, 2, 15), "bad"),
        ("tga_map_depth8.tga", tga(2, 1, 1, 8, bytes([1, 2]), bytes(2), 0, 2, 8), "bad"),
        ("tga_map_type2.tga", tga(2, 1, 2, 24, bytes(6), cmtype=2), "bad"),
        ("tga_width0.tga", tga(0, 1, 2, 24, bytes(6)), "bad"),
        ("tga_height0.tga", tga(2, 0, 2, 24, bytes(6)), "bad"),
        ("tga_depth15.tga", tga(2, 1, 2, 15, bytes(4)), "bad"),
        ("tga_depth0.tga", tga(2, 1, 2, 0, bytes(4)), "bad"),
        ("tga_type0.tga", tga(2, 1, 0, 24, bytes(6)), "bad"),
        ("tga_type32.tga", tga(2, 1, 32, 24, bytes(6)), "bad"),
        ("tga_bomb.tga", tga(65535, 65535, 2, 24, bytes(100)), "bad"),
        ("tga_id_cut.tga", tga(2, 1, 2, 24, b"", ident=bytes(200))[:100], "bad"),
        ("tga_header_only.tga", tga(2, 1, 2, 24, b""), "bad"),
        ("random_bytes.bin", bytes(np.random.default_rng(5).integers(0, 256, 1000, dtype=np.uint8)), "bad"),
        ("text.txt", b"hello, this is not an image at all\n" * 3, "bad"),
        ("empty.bin", b"", "bad"),
    ]
    return out


def cases() -> list[tuple]:
    return written_by_pillow() + bmp_hand_built() + tga_hand_built() + bmp_malformed() + tga_malformed()
