"""TIFF cases for tests/gen_images.py: every mode and compression Pillow writes, the layouts
tifffile writes (tiles, separate planes, predictor, big-endian, BigTIFF, alpha kinds, palettes,
16-bit colour), hand-built directories for what neither writes (1/2/4-bit gray and palettes,
MinIsWhite, FillOrder 2, missing Photometric or ExtraSamples), variants we refuse on purpose,
and malformed copies (cut at every structural boundary, offsets and tag values out of range,
corrupt compressed data)."""
import io
import struct
import zlib

import numpy as np
import tifffile
from PIL import Image

from image_cases_png import SIZES, base_images, pattern

COMPRESSIONS = [None, "tiff_lzw", "tiff_adobe_deflate", "packbits", "tiff_deflate"]
SHORT, LONG, BYTE, ASCII, UNDEFINED = 3, 4, 1, 2, 7


def pillow(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "TIFF", **kw)
    return buf.getvalue()


def tf(data: np.ndarray, **kw) -> bytes:
    buf = io.BytesIO()
    tifffile.imwrite(buf, data, **kw)
    return buf.getvalue()


def pack(samples: np.ndarray, bits: int, be: bool) -> bytes:
    """[h][w][spp] samples -> uncompressed rows (each padded to a byte; sub-byte MSB first)."""
    out = bytearray()
    for row in samples.reshape(samples.shape[0], -1):
        if bits == 16:
            out += row.astype(">u2" if be else "<u2").tobytes()
        elif bits == 8:
            out += row.astype(np.uint8).tobytes()
        else:
            per = 8 // bits
            padded = np.zeros(-(-len(row) // per) * per, np.uint8)
            padded[: len(row)] = row
            out += bytes(int(sum(int(v) << (8 - bits * (i + 1)) for i, v in enumerate(g))) for g in padded.reshape(-1, per))
    return bytes(out)


def reverse_bits(data: bytes) -> bytes:
    return bytes(int(f"{b:08b}"[::-1], 2) for b in data)


def tiff(tags: dict[int, tuple[int, list[int] | bytes]], strips: list[bytes], be: bool = False) -> bytes:
    """A classic TIFF: header, strips, one directory, the out-of-line values. StripOffsets and
    StripByteCounts are added unless given."""
    e = ">" if be else "<"
    tags = dict(tags)
    pos, offsets = 8, []
    for s in strips:
        offsets.append(pos)
        pos += len(s)
    tags.setdefault(273, (LONG, offsets))
    tags.setdefault(279, (LONG, [len(s) for s in strips]))
    ifd_at = pos + (pos & 1)
    extra_at = ifd_at + 2 + 12 * len(tags) + 4
    entries, extra = b"", b""
    for tag in sorted(tags):
        typ, vals = tags[tag]
        raw = vals if isinstance(vals, bytes) else struct.pack(e + {SHORT: "H", LONG: "I", BYTE: "B"}[typ] * len(vals), *vals)
        count = len(raw) // {SHORT: 2, LONG: 4}.get(typ, 1)
        if len(raw) <= 4:
            field = raw.ljust(4, b"\0")
        else:
            field = struct.pack(e + "I", extra_at + len(extra))
            extra += raw + b"\0" * (len(raw) & 1)
        entries += struct.pack(e + "HHI", tag, typ, count) + field
    head = (b"MM\0*" if be else b"II*\0") + struct.pack(e + "I", ifd_at)
    body = b"".join(strips).ljust(ifd_at - 8, b"\0")
    return head + body + struct.pack(e + "H", len(tags)) + entries + b"\0\0\0\0" + extra


def gray_tags(w: int, h: int, bits: int, photo: int, spp: int = 1, more: dict | None = None) -> dict:
    t = {256: (LONG, [w]), 257: (LONG, [h]), 258: (SHORT, [bits] * spp), 259: (SHORT, [1]),
         262: (SHORT, [photo]), 277: (SHORT, [spp]), 278: (LONG, [h])}
    t.update(more or {})
    return t


def colormap(bits: int, seed: int) -> list[int]:
    """3 * 2**bits 16-bit entries whose low bytes are not the high bytes (only the high byte counts)."""
    n = 1 << bits
    return [int(v) for v in pattern(n, 3, 1, seed, 65535).reshape(-1)]


def written_by_pillow() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate(SIZES):
        rgb, rgba, gray = base_images(i, w, h)
        i16 = pattern(w, h, 1, i, 65535)[:, :, 0]
        images = {
            "1": Image.fromarray(gray, "L").convert("1"), "l": Image.fromarray(gray, "L"),
            "la": Image.fromarray(rgba[:, :, [0, 3]], "LA"), "p": Image.fromarray(rgb, "RGB").quantize(256),
            "p16": Image.fromarray(rgb, "RGB").quantize(16), "rgb": Image.fromarray(rgb, "RGB"),
            "rgba": Image.fromarray(rgba, "RGBA"), "rgbx": Image.fromarray(rgba, "RGBA").convert("RGBX"),
            "i16": Image.fromarray(i16), "i16b": Image.frombytes("I;16B", (w, h), i16.astype(">u2").tobytes()),
        }
        for name, img in images.items():
            for comp in COMPRESSIONS:
                raw16 = i16 if name.startswith("i16") else None
                case = (f"pil_{name}_{comp or 'raw'}_{w}x{h}.tif", pillow(img, compression=comp), "good")
                out.append(case + ((raw16,) if raw16 is not None else ()))
        for comp in ("group3", "group4"):
            out.append((f"pil_1_{comp}_{w}x{h}.tif", pillow(images["1"], compression=comp), "good"))
        out.append((f"pil_rgb_strips_{w}x{h}.tif", pillow(images["rgb"], strip_size=64), "good"))
        out.append((f"pil_rgb_lzw_strips_{w}x{h}.tif", pillow(images["rgb"], compression="tiff_lzw", strip_size=64), "good"))
        for comp in ("tiff_lzw", "tiff_adobe_deflate"):          # horizontal predictor, applied by libtiff
            for name in ("l", "rgb", "rgba", "i16"):
                raw16 = (i16,) if name == "i16" else ()
                out.append((f"pil_{name}_{comp}_predictor_{w}x{h}.tif", pillow(images[name], compression=comp, tiffinfo={317: 2}), "good") + raw16)
        # PackBits with a Predictor tag: the predictor is not applied (neither by libtiff nor Pillow)
        out.append((f"pil_rgb_packbits_predictor_{w}x{h}.tif", pillow(images["rgb"], compression="packbits", tiffinfo={317: 2}), "good"))
    rgb = Image.fromarray(base_images(2, 37, 19)[0], "RGB")
    for orientation in range(1, 9):                            # Pillow's load applies it
        out.append((f"pil_rgb_orientation{orientation}.tif", pillow(rgb, tiffinfo={274: orientation}), "good"))
        out.append((f"pil_l_lzw_orientation{orientation}.tif", pillow(rgb.convert("L"), compression="tiff_lzw", tiffinfo={274: orientation}), "good"))
    out.append(("pil_rgb_orientation9.tif", pillow(rgb, tiffinfo={274: 9}), "good"))
    pages = io.BytesIO()
    rgb.save(pages, "TIFF", save_all=True, append_images=[rgb.convert("L"), rgb.rotate(90, expand=True)])
    out.append(("pil_multipage.tif", pages.getvalue(), "good"))
    out.append(("pil_bigtiff.tif", pillow(rgb, big_tiff=True), "good"))
    out.append(("pil_bigtiff_lzw.tif", pillow(rgb, big_tiff=True, compression="tiff_lzw"), "good"))
    return out


def written_by_tifffile() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate([(37, 19), (19, 37), (64, 48), (1, 1), (16, 16), (33, 17)]):
        rgb, rgba, gray = base_images(i, w, h)
        i16 = pattern(w, h, 1, i, 65535)[:, :, 0]
        la = rgba[:, :, [0, 3]]
        t = f"{w}x{h}"
        for comp, pred in ((None, False), ("zlib", False), ("zlib", True), (32946, True)):
            c = f"{comp or 'raw'}{'_pred' if pred else ''}"
            kw = dict(compression=comp, predictor=pred or None)
            out += [
                (f"tf_rgb_tiles_{c}_{t}.tif", tf(rgb, photometric="rgb", tile=(16, 16), **kw), "good"),
                (f"tf_rgba_tiles_{c}_{t}.tif", tf(rgba, photometric="rgb", extrasamples=["unassalpha"], tile=(16, 16), **kw), "good"),
                (f"tf_l_tiles_{c}_{t}.tif", tf(gray, photometric="minisblack", tile=(16, 16), **kw), "good"),
                (f"tf_i16_tiles_{c}_{t}.tif", tf(i16, photometric="minisblack", tile=(16, 32), **kw), "good", i16),
                (f"tf_i16b_tiles_{c}_{t}.tif", tf(i16, photometric="minisblack", tile=(32, 16), byteorder=">", **kw), "good", i16),
                (f"tf_i16b_strips_{c}_{t}.tif", tf(i16, photometric="minisblack", rowsperstrip=5, byteorder=">", **kw), "good", i16),
                (f"tf_rgb_be_strips_{c}_{t}.tif", tf(rgb, photometric="rgb", rowsperstrip=3, byteorder=">", **kw), "good"),
                (f"tf_rgb_separate_{c}_{t}.tif", tf(rgb.transpose(2, 0, 1), photometric="rgb", planarconfig="separate", rowsperstrip=4, **kw), "good"),
                (f"tf_rgba_separate_{c}_{t}.tif", tf(rgba.transpose(2, 0, 1), photometric="rgb", planarconfig="separate", extrasamples=["unassalpha"], **kw), "good"),
                (f"tf_rgb_separate_tiles_{c}_{t}.tif", tf(rgb.transpose(2, 0, 1), photometric="rgb", planarconfig="separate", tile=(16, 16), **kw), "good"),
                (f"tf_la_{c}_{t}.tif", tf(la, photometric="minisblack", planarconfig="contig", extrasamples=["unassalpha"], **kw), "good"),
                # LA in separate planes: Pillow refuses it uncompressed and decodes it wrongly
                # through libtiff (its pixels differ from the planes), so ours refuses it
                (f"tf_la_separate_{c}_{t}.tif", tf(la.transpose(2, 0, 1), photometric="minisblack", planarconfig="separate", extrasamples=["unassalpha"], **kw), "refuse" if comp else "bad"),
                (f"tf_rgb16_{c}_{t}.tif", tf(pattern(w, h, 3, i, 65535), photometric="rgb", **kw), "good"),
                (f"tf_rgba16_{c}_{t}.tif", tf(pattern(w, h, 4, i, 65535), photometric="rgb", extrasamples=["unassalpha"], byteorder=">", **kw), "good"),
            ]
        out += [
            (f"tf_rgba_assoc_{t}.tif", tf(rgba, photometric="rgb", extrasamples=["assocalpha"]), "good"),
            (f"tf_rgbx_{t}.tif", tf(rgba, photometric="rgb", extrasamples=["unspecified"]), "good"),
            (f"tf_rgbax_{t}.tif", tf(np.concatenate([rgba, rgb[:, :, :1]], 2), photometric="rgb", planarconfig="contig", extrasamples=["unassalpha", "unspecified"]), "good"),
            (f"tf_rgbaxx_assoc_{t}.tif", tf(np.concatenate([rgba, rgb[:, :, :2]], 2), photometric="rgb", planarconfig="contig", extrasamples=["assocalpha", "unspecified", "unspecified"]), "good"),
            # an unspecified extra plane: Pillow drops it from the mode, then fails reading its strips
            (f"tf_rgbx_separate_{t}.tif", tf(rgba.transpose(2, 0, 1), photometric="rgb", planarconfig="separate", extrasamples=["unspecified"]), "bad"),
            (f"tf_lx_{t}.tif", tf(la, photometric="minisblack", planarconfig="contig", extrasamples=["unspecified"]), "good"),
            (f"tf_l_miniswhite_{t}.tif", tf(gray, photometric="miniswhite"), "good"),
            (f"tf_i16_miniswhite_{t}.tif", tf(i16, photometric="miniswhite"), "good", i16),
            (f"tf_int8_{t}.tif", tf(gray.astype(np.int8), photometric="minisblack"), "good"),
            (f"tf_p_{t}.tif", tf(gray, photometric="palette", colormap=np.array(colormap(8, i), np.uint16).reshape(3, 256)), "good"),
            (f"tf_bigtiff_tiles_{t}.tif", tf(rgb, photometric="rgb", tile=(16, 16), compression="zlib", bigtiff=True), "good"),
            # big-endian BigTIFF: Pillow 13 cannot open it, so ours refuses it
            (f"tf_bigtiff_be_{t}.tif", tf(i16, photometric="minisblack", byteorder=">", bigtiff=True), "bad", i16),
        ]
    return out


def hand_built() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate([(37, 19), (19, 37), (1, 1), (8, 1), (9, 3)]):
        t = f"{w}x{h}"
        for bits in (1, 2, 4, 8):
            s = pattern(w, h, 1, i, (1 << bits) - 1)
            for photo in (0, 1):
                out.append((f"gray{bits}_photo{photo}_{t}.tif", tiff(gray_tags(w, h, bits, photo), [pack(s, bits, False)]), "good"))
                out.append((f"gray{bits}_photo{photo}_fill2_{t}.tif", tiff(gray_tags(w, h, bits, photo, more={266: (SHORT, [2])}),
                                                                           [reverse_bits(pack(s, bits, False))]),
                            "bad" if (bits, photo) == (8, 0) else "good"))  # Pillow lacks the L;IR unpacker
            pal = gray_tags(w, h, bits, 3, more={320: (SHORT, colormap(bits, i))})
            out.append((f"p{bits}_{t}.tif", tiff(pal, [pack(s, bits, True)], be=True), "good"))
            if bits < 8:     # compressed too: libtiff decodes, Pillow's decoder is libtiff
                z = zlib.compress(pack(s, bits, False))
                out.append((f"gray{bits}_deflate_{t}.tif", tiff(gray_tags(w, h, bits, 1, more={259: (SHORT, [8])}), [z]), "good"))
        rgb16 = pattern(w, h, 3, i, 65535)
        out.append((f"rgb16_le_{t}.tif", tiff(gray_tags(w, h, 16, 2, 3), [pack(rgb16, 16, False)]), "good"))
        out.append((f"rgb16_be_{t}.tif", tiff(gray_tags(w, h, 16, 2, 3), [pack(rgb16, 16, True)], be=True), "good"))
        rgba = pattern(w, h, 4, i)
        out.append((f"rgba_no_extrasamples_{t}.tif", tiff(gray_tags(w, h, 8, 2, 4), [pack(rgba, 8, False)]), "good"))
        out.append((f"rgba_corel999_{t}.tif", tiff(gray_tags(w, h, 8, 2, 4, more={338: (SHORT, [999])}), [pack(rgba, 8, False)]), "good"))
        out.append((f"rgb_fill2_{t}.tif", tiff(gray_tags(w, h, 8, 2, 3, more={266: (SHORT, [2])}), [reverse_bits(pack(rgba[:, :, :3], 8, False))]), "good"))
        g = pattern(w, h, 1, i)
        no_photo = gray_tags(w, h, 8, 0)
        del no_photo[262]                               # Pillow: MinIsWhite
        out.append((f"l_no_photometric_{t}.tif", tiff(no_photo, [pack(g, 8, False)]), "good"))
        one_bps = gray_tags(w, h, 8, 2, 3, more={258: (SHORT, [8])})   # one BitsPerSample for three samples
        out.append((f"rgb_one_bps_{t}.tif", tiff(one_bps, [pack(rgba[:, :, :3], 8, False)]), "good"))
        no_bps = gray_tags(w, h, 1, 1)
        del no_bps[258]                                 # default 1 bit
        out.append((f"bilevel_no_bps_{t}.tif", tiff(no_bps, [pack(pattern(w, h, 1, i, 1), 1, False)]), "good"))
        strips = [pack(g[y:y + 2], 8, False) for y in range(0, h, 2)]
        out.append((f"l_rows2_{t}.tif", tiff(gray_tags(w, h, 8, 1, more={278: (LONG, [2])}), strips), "good"))
        out.append((f"l_bytecounts_long_{t}.tif", tiff(gray_tags(w, h, 8, 1, more={279: (LONG, [w * h + 3])}),
                                                        [pack(g, 8, False) + b"pad"]), "good"))
    return out


def refused() -> list[tuple]:
    """Files Pillow opens that we refuse on purpose (docs/images.md lists them)."""
    rgb, rgba, gray = base_images(1, 37, 19)
    img = Image.fromarray(rgb, "RGB")
    i16 = pattern(37, 19, 1, 1, 65535)[:, :, 0]
    w, h = 37, 19
    xmp = b'<x:xmpmeta><rdf:Description tiff:Orientation="6"/></x:xmpmeta>'
    return [
        ("cmyk.tif", pillow(img.convert("CMYK")), "refuse"),
        ("cmyk_lzw.tif", pillow(img.convert("CMYK"), compression="tiff_lzw"), "refuse"),
        ("ycbcr.tif", pillow(img.convert("YCbCr")), "refuse"),
        ("lab.tif", pillow(img.convert("LAB")), "refuse"),
        ("jpeg.tif", pillow(img, compression="jpeg"), "refuse"),
        ("float32.tif", pillow(Image.fromarray(gray.astype(np.float32), "F")), "refuse"),
        ("int32.tif", pillow(Image.fromarray(gray.astype(np.int32), "I")), "refuse"),
        ("int16.tif", tf(i16.astype(np.int16), photometric="minisblack"), "refuse"),
        ("pa.tif", pillow(img.quantize(16).convert("PA")), "refuse"),
        # premultiplied gray: Pillow opens it as "La", which open_clip's convert("RGB") fails on
        ("la_assoc.tif", tf(rgba[:, :, [0, 3]], photometric="minisblack", planarconfig="contig", extrasamples=["assocalpha"]), "bad"),
        ("rgba16_assoc.tif", tf(pattern(w, h, 4, 1, 65535), photometric="rgb", extrasamples=["assocalpha"]), "refuse"),
        ("rgb16_separate.tif", tf(pattern(w, h, 3, 1, 65535).transpose(2, 0, 1), photometric="rgb", planarconfig="separate"), "refuse"),
        ("xmp_orientation.tif", tiff(gray_tags(w, h, 8, 1, more={700: (BYTE, xmp)}), [pack(gray[:, :, None], 8, False)]), "refuse"),
        ("gray12.tif", tiff(gray_tags(w, h, 12, 1), [bytes(((w * 12 + 7) // 8) * h)]), "refuse"),
    ]


def layout(data: bytes) -> tuple[list[int], dict[int, tuple[int, int, int, int]]]:
    """Structural offsets of a classic TIFF (header, IFD, entries, values, strips) and its
    entries: tag -> (entry offset, type, count, value offset)."""
    e = ">" if data[:2] == b"MM" else "<"
    ifd = struct.unpack(e + "I", data[4:8])[0]
    n = struct.unpack(e + "H", data[ifd:ifd + 2])[0]
    cuts, entries = {4, 8, ifd, ifd + 1, ifd + 2, ifd + 2 + 12 * n, ifd + 6 + 12 * n}, {}
    size = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1}
    for k in range(n):
        at = ifd + 2 + 12 * k
        tag, typ, count = struct.unpack(e + "HHI", data[at:at + 8])
        nbytes = size.get(typ, 1) * count
        val = struct.unpack(e + "I", data[at + 8:at + 12])[0] if nbytes > 4 else at + 8
        entries[tag] = (at, typ, count, val)
        cuts |= {at, at + 6}
        if nbytes > 4:
            cuts |= {val, val + nbytes // 2}
    for tag_off, tag_len in ((273, 279), (324, 325)):
        if tag_off in entries:
            _, typ, count, val = entries[tag_off]
            fmt = e + ("H" if typ == 3 else "I") * count
            offs = struct.unpack(fmt, data[val:val + struct.calcsize(fmt)])
            _, typ, count, val = entries[tag_len]
            fmt = e + ("H" if typ == 3 else "I") * count
            lens = struct.unpack(fmt, data[val:val + struct.calcsize(fmt)])
            for o, ln in zip(offs, lens):
                cuts |= {o, o + 1, o + ln // 2, o + ln - 1}
    return sorted(c for c in cuts if 0 < c < len(data)), entries


def set_entry(data: bytes, entries: dict, tag: int, value: int, typ: int | None = None) -> bytes:
    """Overwrites the first value of an entry (inline, or its first out-of-line value)."""
    e = ">" if data[:2] == b"MM" else "<"
    at, t, count, val = entries[tag]
    t = typ or t
    b = bytearray(data)
    b[val:val + (2 if t == 3 else 4)] = struct.pack(e + ("H" if t == 3 else "I"), value)
    return bytes(b)


def flip(data: bytes, at: int, mask: int = 0xFF) -> bytes:
    b = bytearray(data)
    b[at] ^= mask
    return bytes(b)


def malformed() -> list[tuple]:
    out = []
    rgb, rgba, gray = base_images(3, 37, 19)
    img = Image.fromarray(rgb, "RGB")
    bases = {
        "raw": pillow(img, strip_size=256), "lzw": pillow(img, compression="tiff_lzw", strip_size=256),
        "deflate_tiles": tf(rgb, photometric="rgb", tile=(16, 16), compression="zlib"),
        "packbits_l": pillow(img.convert("L"), compression="packbits"), "group4": pillow(img.convert("1"), compression="group4"),
        "p4": tiff(gray_tags(37, 19, 4, 3, more={320: (SHORT, colormap(4, 1))}), [pack(pattern(37, 19, 1, 1, 15), 4, False)]),
        "i16b": tf(pattern(37, 19, 1, 2, 65535)[:, :, 0], photometric="minisblack", rowsperstrip=4, byteorder=">", compression="zlib", predictor=True),
    }
    for name, data in bases.items():
        cuts, entries = layout(data)
        for cut in cuts:
            out.append((f"trunc_{name}_{cut}.tif", data[:cut], "bad"))
        out.append((f"trunc_{name}_last_byte.tif", data[:-1], "bad"))
        off_tag = 324 if 324 in entries else 273
        out.append((f"bad_{name}_offset_beyond.tif", set_entry(data, entries, off_tag, len(data) + 100), "bad"))
        out.append((f"bad_{name}_width0.tif", set_entry(data, entries, 256, 0), "bad"))
        out.append((f"bad_{name}_width_grown.tif", set_entry(data, entries, 256, 38 if name != "deflate_tiles" else 60), "bad"))
        out.append((f"bad_{name}_height_grown.tif", set_entry(data, entries, 257, 40), "bad"))
        out.append((f"bad_{name}_bps3.tif", set_entry(data, entries, 258, 3), "bad"))
        out.append((f"bad_{name}_photometric7.tif", set_entry(data, entries, 262, 7), "bad"))
        out.append((f"bad_{name}_compression99.tif", set_entry(data, entries, 259, 99), "bad"))
        out.append((f"bad_{name}_ifd_beyond.tif", data[:4] + struct.pack(">I" if data[:2] == b"MM" else "<I", len(data) + 8) + data[8:], "bad"))
    raw_cuts, raw = layout(bases["raw"])
    lzw_cuts, lzw = layout(bases["lzw"])
    data = bases["lzw"]
    _, typ, count, val = lzw[273]
    first_strip = struct.unpack("<I", data[val:val + 4])[0]
    for k in (2, 7, 40):
        out.append((f"bad_lzw_data_{k}.tif", flip(data, first_strip + k), "bad"))
    tiles = bases["deflate_tiles"]
    t_cuts, t_entries = layout(tiles)
    _, typ, count, val = t_entries[324]
    first_tile = struct.unpack("<I", tiles[val:val + 4])[0]
    for k in (0, 5, 30):
        out.append((f"bad_deflate_data_{k}.tif", flip(tiles, first_tile + k), "bad"))
    d = bases["raw"]
    out += [
        ("bad_raw_bytecount_short.tif", set_entry(d, raw, 279, 10), "bad"),
        ("bad_raw_bytecount_huge.tif", set_entry(d, raw, 279, 0x7FFFFFFF), "bad"),
        ("bad_raw_spp0.tif", set_entry(d, raw, 277, 0), "bad"),
        ("bad_raw_spp9.tif", set_entry(d, raw, 277, 9), "bad"),
        ("bad_raw_planar3.tif", tiff(gray_tags(37, 19, 8, 1, more={284: (SHORT, [3])}), [pack(gray[:, :, None], 8, False)]), "bad"),
        ("bad_fillorder3.tif", tiff(gray_tags(37, 19, 8, 1, more={266: (SHORT, [3])}), [pack(gray[:, :, None], 8, False)]), "bad"),
        ("bad_bomb.tif", tiff(gray_tags(60000, 60000, 8, 1), [b"\0" * 100]), "bad"),
        ("bad_huge_side.tif", tiff(gray_tags(70000, 1, 8, 1), [b"\0" * 70000]), "bad"),
        ("bad_no_strips.tif", tiff(gray_tags(37, 19, 8, 1, more={273: (LONG, []), 279: (LONG, [])}), []), "bad"),
        ("bad_no_width.tif", tiff({k: v for k, v in gray_tags(37, 19, 8, 1).items() if k != 256}, [pack(gray[:, :, None], 8, False)]), "bad"),
        ("bad_p_no_colormap.tif", tiff(gray_tags(37, 19, 4, 3), [pack(pattern(37, 19, 1, 1, 15), 4, False)]), "bad"),
        ("bad_p_colormap_short.tif", tiff(gray_tags(37, 19, 4, 3, more={320: (SHORT, colormap(4, 1)[:45])}), [pack(pattern(37, 19, 1, 1, 15), 4, False)]), "bad"),
        ("bad_strip_too_short.tif", tiff(gray_tags(37, 19, 8, 1), [pack(gray[:, :, None], 8, False)[:-20]]), "bad"),
        ("bad_bps_mixed.tif", tiff(gray_tags(37, 19, 8, 2, 3, more={258: (SHORT, [8, 8, 16])}), [pack(rgb, 8, False)]), "bad"),
        ("bad_tile_huge.tif", tiff(gray_tags(37, 19, 8, 1, more={322: (LONG, [65536 * 16]), 323: (LONG, [65536 * 16]),
                                                              324: (LONG, [8]), 325: (LONG, [100])}), [b"\0" * 100]), "bad"),
        ("bad_header_version.tif", b"II*\0" + b"\xff\xff\xff\xff", "bad"),
        ("bad_ifd_empty.tif", b"II*\0\x08\0\0\0\0\0\0\0\0\0", "bad"),
    ]
    dup = bases["p4"]
    cuts, ent = layout(dup)
    at = ent[258][0]                                     # BitsPerSample entry re-tagged as a second Width
    b = bytearray(dup)
    b[at:at + 2] = struct.pack("<H", 256)
    out.append(("bad_duplicate_tag.tif", bytes(b), "bad"))
    return out


def cases() -> list[tuple]:
    return written_by_pillow() + written_by_tifffile() + hand_built() + refused() + malformed()
