"""JPEG cases for tests/gen_images.py: Pillow's writer over sizes, qualities, chroma
subsamplings, progressive and optimized Huffman coding, restart markers, gray and RGB (no
YCbCr transform) files; CMYK (refused by design); malformed copies cut at every marker and
inside the scan, and with header fields out of range."""
import io
import struct

import numpy as np
from PIL import Image

from image_cases_png import SIZES, pattern


def jpeg(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def markers(data: bytes) -> list[int]:
    """Offsets of the markers of the header and of the scan's restart/EOI markers."""
    out, pos = [], 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            pos += 1
            continue
        code = data[pos + 1]
        out.append(pos)
        if code in (0xD8, 0x01) or 0xD0 <= code <= 0xD7:
            pos += 2
        elif code == 0xD9:
            break
        elif code == 0xDA:
            pos += 2 + struct.unpack(">H", data[pos + 2:pos + 4])[0]
            while pos + 1 < len(data) and not (data[pos] == 0xFF and data[pos + 1] not in (0, *range(0xD0, 0xD8))):
                pos += 1
        else:
            pos += 2 + struct.unpack(">H", data[pos + 2:pos + 4])[0]
    return out


def cases() -> list[tuple]:
    out = []
    for i, (w, h) in enumerate(SIZES + [(640, 17), (123, 321)]):
        rgb = Image.fromarray(pattern(w, h, 3, i), "RGB")
        out += [
            (f"q75_{w}x{h}.jpg", jpeg(rgb), "good"),
            (f"l_{w}x{h}.jpg", jpeg(rgb.convert("L"), quality=90), "good"),
            (f"prog_{w}x{h}.jpg", jpeg(rgb, progressive=True, quality=85), "good"),
        ]
        for sub in (0, 1, 2):
            out.append((f"sub{sub}_q30_{w}x{h}.jpg", jpeg(rgb, subsampling=sub, quality=30), "good"))
    rgb = Image.fromarray(pattern(64, 48, 3, 11), "RGB")
    for q in (1, 10, 50, 95, 100):
        out.append((f"quality{q}.jpg", jpeg(rgb, quality=q, optimize=q == 50), "good"))
    out += [
        ("keep_rgb.jpg", jpeg(rgb, keep_rgb=True), "good"),
        ("restart_blocks.jpg", jpeg(rgb, restart_marker_blocks=3), "good"),
        ("restart_rows.jpg", jpeg(rgb, restart_marker_rows=1, progressive=True), "good"),
        ("exif.jpg", jpeg(rgb, exif=b"Exif\0\0MM\0*\0\0\0\x08\0\0"), "good"),
        ("cmyk.jpg", jpeg(rgb.convert("CMYK")), "refuse"),
    ]
    base = {"base": jpeg(Image.fromarray(pattern(37, 19, 3, 5), "RGB"), restart_marker_blocks=2),
            "prog": jpeg(Image.fromarray(pattern(37, 19, 3, 6), "RGB"), progressive=True)}
    for name, data in base.items():
        cuts = set()
        for m in markers(data):
            cuts |= {m, m + 1, m + 3}
        cuts |= {len(data) - 2, len(data) - 1, len(data) // 2, len(data) * 3 // 4}
        for cut in sorted(c for c in cuts if 0 < c < len(data)):
            out.append((f"trunc_{name}_{cut}.jpg", data[:cut], "bad"))
    data = base["base"]
    sof = data.index(b"\xff\xc0")
    dht = data.index(b"\xff\xc4")
    sos = data.index(b"\xff\xda")

    def patched(at: int, value: bytes) -> bytes:
        return data[:at] + value + data[at + len(value):]

    out += [
        ("bad_precision12.jpg", patched(sof + 4, b"\x0c"), "bad"),
        ("bad_height0.jpg", patched(sof + 5, b"\0\0"), "bad"),
        ("bad_width0.jpg", patched(sof + 7, b"\0\0"), "bad"),
        ("bad_components2.jpg", patched(sof + 9, b"\x02"), "bad"),
        ("bad_sampling.jpg", patched(sof + 11, b"\x55"), "bad"),
        ("bad_huffman.jpg", patched(dht + 5, b"\xff" * 16), "bad"),
        ("bad_scan_table.jpg", patched(sos + 6, b"\x33"), "bad"),
        ("bad_no_sof.jpg", data[:sof] + data[dht:], "bad"),
        ("bad_garbage_scan.jpg", data[:sos + 20] + bytes(range(256)) * 2 + data[sos + 20 + 512:], "bad"),
        ("bad_soi_only.jpg", b"\xff\xd8\xff\xd9", "bad"),
        ("bad_bomb.jpg", patched(sof + 5, b"\xff\xff") if False else patched(sof + 5, b"\xff\xf0\xff\xf0"), "bad"),
    ]
    return out
