"""Writes the image-decoding catalogue that tests/test_images.c checks examples/image_io.h with.

For every case it writes OUT/NAME (the file) and a line "NAME KIND REF" in OUT/cases.txt:
  KIND good     a well-formed file: Pillow decodes it, and ours must give the same pixels;
       refuse   a file Pillow decodes that ours refuses on purpose (docs/images.md says why);
       bad      a malformed copy (truncated at a structural boundary, a field out of range), or a
                layout Pillow fails on: ours must refuse it, or, only where Pillow still decodes
                it, equal Pillow.
  REF  NAME.ref: open_clip's inference transform (open_clip.image_transform(S, is_train=False),
       its Resize, CenterCrop and convert("RGB")) applied to Image.open of the file, as
       uint8 [3][S][S]; "-" where Pillow refuses the file or the transform fails on it.
For 16-bit gray files (Pillow modes I;16 and I) the pixels reaching the library are the raw
samples with the window rc_image documents (default: min..max); the reference is that window
applied to the case's raw samples, then the same transform on the resulting "L" image.

Cases come from the per-format modules tests/image_cases_*.py: each has
cases() -> list of (name, bytes, kind) or (name, bytes, kind, raw uint16 samples [H][W]).

  python tests/gen_images.py OUT [--size S]
"""
import argparse
import importlib
import io
import sys
import warnings
from pathlib import Path

import numpy as np
import open_clip
from PIL import Image

MODULES = ["image_cases_png", "image_cases_pnm", "image_cases_jpeg", "image_cases_tiff", "image_cases_bmp_tga"]


def window_min_max(raw: np.ndarray) -> np.ndarray:
    """rc_image's GRAY16 window with width <= 0: min..max, floor(t * 255 + 0.5) in double."""
    lo, hi = int(raw.min()), int(raw.max())
    width = float(hi - lo) if hi > lo else 1.0
    t = np.clip((raw.astype(np.float64) - lo) / width, 0.0, 1.0)
    return np.floor(t * 255.0 + 0.5).astype(np.uint8)


def reference(data: bytes, raw16: np.ndarray | None, size: int) -> np.ndarray | None:
    """open_clip's pixels for the file, or None where Pillow refuses it or open_clip's
    transform fails on the mode Pillow gives it."""
    tf = open_clip.image_transform(size, is_train=False)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)     # Pillow's advice on palettes, EXIF
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            img.load()
    except Exception:
        return None
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        if raw16 is None:
            raw16 = np.asarray(img).astype(np.uint16)
        img = Image.fromarray(window_min_max(raw16), "L")
    try:
        for t in tf.transforms[:3]:                     # Resize, CenterCrop, convert('RGB')
            img = t(img)
    except ValueError:                                  # e.g. "conversion from La to L not supported"
        return None
    return np.ascontiguousarray(np.asarray(img, dtype=np.uint8).transpose(2, 0, 1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", type=int, default=32)
    args = ap.parse_args()
    warnings.filterwarnings("ignore", "Palette images with Transparency")   # Pillow's advice
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).parent))
    lines, counts = [], {}
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        for case in module.cases():
            file, data, kind = case[:3]
            raw16 = case[3] if len(case) > 3 else None
            assert kind in ("good", "refuse", "bad"), (file, kind)
            (args.out / file).write_bytes(data)
            ref = reference(data, raw16, args.size)
            if kind in ("good", "refuse"):
                assert ref is not None, f"{file}: Pillow refuses a case marked {kind}"
            if ref is not None:
                (args.out / f"{file}.ref").write_bytes(ref.tobytes())
            lines.append(f"{file} {kind} {file + '.ref' if ref is not None else '-'}")
            key = (kind, ref is not None)
            counts[key] = counts.get(key, 0) + 1
    (args.out / "cases.txt").write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} cases in {args.out}: " + ", ".join(
        f"{n} {k}{' (Pillow decodes)' if dec and k == 'bad' else ''}" for (k, dec), n in sorted(counts.items())))


if __name__ == "__main__":
    main()
