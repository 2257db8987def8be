#!/usr/bin/env python3
"""Reference cases for regionclip's training augmentation view (tests/test_augment.c).

Each case is an image and many integer rectangles of it; the expectation for a rectangle is
torchvision's F.resized_crop on the PIL image (what RandomResizedCrop applies after
get_params): img.crop((x, y, x + w, y + h)).resize((S, S), BICUBIC), then convert('RGB')
(open_clip's MaybeConvertMode) -> uint8 [3][S][S]. The first rectangle of every image also
stores the full float pipeline (ToTensor + Normalize with CLIP's mean/std), which the script
checks equals uint8 / 255 normalized in float32.

Rectangles: the full image, 1-pixel-wide and 1-pixel-tall strips, single pixels, corners,
upscaling (rect smaller than S) and downscaling, tall ones (Pillow's vertical-first pass), and
rectangles drawn by torchvision's own RandomResizedCrop.get_params with open_clip's training
scale (0.9, 1.0) and with a wide scale.

Inputs: the images tests/gen_preprocess.py uses (scikit-image's bundled photos, a pydicom
16-bit CT windowed over the whole image, synthetic noise incl. RGBA with random alpha).

Usage:  python tests/gen_augment.py OUT.bin

File format (little-endian):
    magic b"RCAUG001", n_images u32
    per image: name_len u32, name, format u32, width u32, height u32, stride u32,
               window_center f32, window_width f32, pixels stride * height bytes (GRAY16 LE),
               n_rects u32, per rect: x u32, y u32, w u32, h u32, size u32, has_float u32,
               expected u8[3][size][size], if has_float: mean f32[3], std f32[3], f32[3][size][size]
    n_fallbacks u32, per fallback: width u32, height u32, scale_min f64, scale_max f64,
               ratio_min f64, ratio_max f64, x u32, y u32, w u32, h u32
    (images where no attempt of get_params can fit: torchvision's deterministic fallback)
"""
import struct
import sys
import warnings

import numpy as np
import open_clip
import torch
import torchvision.transforms as T
import torchvision.transforms.functional as F
from PIL import Image

from gen_preprocess import pil_and_rows   # the reference's image and the library's rows, GRAY16 windowed

warnings.filterwarnings("ignore")

RGB8, GRAY8, GRAY16, RGBA8 = 0, 1, 2, 3
MEAN = open_clip.OPENAI_DATASET_MEAN
STD = open_clip.OPENAI_DATASET_STD
rng = np.random.RandomState(4321)
torch.manual_seed(4321)


def reference(pil: Image.Image, rect: tuple, size: int, want_float: bool):
    x, y, w, h = rect
    out = F.resized_crop(pil, y, x, h, w, [size, size], interpolation=T.InterpolationMode.BICUBIC)
    direct = pil.crop((x, y, x + w, y + h)).resize((size, size), Image.BICUBIC)
    assert np.array_equal(np.asarray(out), np.asarray(direct))   # what F.resized_crop does on PIL
    rgb = out.convert("RGB")
    u8 = np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8).transpose(2, 0, 1))
    if not want_float:
        return u8, None
    tensor = T.ToTensor()(rgb)
    assert torch.equal(tensor, torch.from_numpy(u8).float().div(255))
    norm = T.Normalize(MEAN, STD)(tensor).numpy().astype(np.float32)
    return u8, norm


def rects_for(w: int, h: int) -> list:
    """(x, y, w, h, size) rectangles covering the edge cases and random draws."""
    rs = [(0, 0, w, h, 64), (0, 0, w, h, 224), (0, 0, 1, h, 32), (w - 1, 0, 1, h, 48), (0, 0, w, 1, 32),
          (0, h - 1, w, 1, 40), (w // 2, h // 2, 1, 1, 16), (w - 1, h - 1, 1, 1, 8),
          (0, 0, min(w, 7), min(h, 5), 64),                                  # upscaling
          (w - min(w, 13), h - min(h, 40), min(w, 13), min(h, 40), 24)]      # tall: vertical first
    for _ in range(12):                                                     # random anywhere
        rw, rh = rng.randint(1, w + 1), rng.randint(1, h + 1)
        rs.append((rng.randint(0, w - rw + 1), rng.randint(0, h - rh + 1), rw, rh,
                   int(rng.choice([17, 32, 64, 97]))))
    dummy = torch.empty(1, h, w)
    for scale in ((0.9, 1.0), (0.08, 1.0)):                                 # torchvision's own draws
        for _ in range(6):
            i, j, ch, cw = T.RandomResizedCrop.get_params(dummy, list(scale), [3 / 4, 4 / 3])
            rs.append((j, i, cw, ch, int(rng.choice([32, 64]))))
    return rs


images = []


def add(name: str, pixels: np.ndarray, fmt: int, window=(0.0, 0.0), pad: int = 0):
    h, w = pixels.shape[:2]
    pil, raw = pil_and_rows(pixels, fmt, window)
    stride = raw.shape[1] + pad
    buf = rng.randint(0, 256, size=(h, stride)).astype(np.uint8)
    buf[:, :raw.shape[1]] = raw
    cases = []
    for k, (x, y, rw, rh, size) in enumerate(rects_for(w, h)):
        u8, norm = reference(pil, (x, y, rw, rh), size, k == 0)
        cases.append((x, y, rw, rh, size, u8, norm))
    images.append((name, fmt, w, h, stride, window, buf.tobytes(), cases))


def build():
    import skimage.data as data
    add("astronaut", np.ascontiguousarray(data.astronaut()), RGB8)
    add("chelsea", np.ascontiguousarray(data.chelsea()), RGB8, pad=3)
    add("camera", np.ascontiguousarray(data.camera()), GRAY8)
    add("microaneurysms", np.ascontiguousarray(data.microaneurysms()), GRAY8)
    try:
        import pydicom
        from pydicom.data import get_testdata_file
        a = pydicom.dcmread(get_testdata_file("CT_small.dcm", download=False)).pixel_array.astype(np.int64)
        v16 = (a + (32768 if a.min() < 0 else 0)).astype(np.uint16)
        add("CT_small_auto", v16, GRAY16, window=(0.0, 0.0))
        add("CT_small_win", v16, GRAY16, window=(33768.0, 2000.0), pad=1)
    except Exception as e:  # a missing file or decoder: skip, say so
        print(f"skip CT_small.dcm: {e}", file=sys.stderr)
    rgba = rng.randint(0, 256, size=(90, 130, 4)).astype(np.uint8)
    rgba[::4, :, 3] = rng.choice([0, 255], size=rgba[::4, :, 3].shape)
    add("rgba_noise_130x90", rgba, RGBA8, pad=2)
    add("noise_1x1", rng.randint(0, 256, size=(1, 1, 3)).astype(np.uint8), RGB8)
    add("noise_tall_20x300", rng.randint(0, 256, size=(300, 20)).astype(np.uint8), GRAY8)


FALLBACKS = [(1000, 10, (0.9, 1.0), (3 / 4, 4 / 3)), (10, 1000, (0.9, 1.0), (3 / 4, 4 / 3)),
             (1, 500, (0.9, 1.0), (3 / 4, 4 / 3)), (641, 7, (0.5, 1.0), (0.5, 2.0)),
             (300, 200, (1.5, 2.0), (3 / 4, 4 / 3)), (300, 200, (1.5, 2.0), (1.0, 1.2)),
             (100, 3, (0.9, 1.0), (0.75, 1.5)), (100, 5, (0.9, 1.0), (0.75, 1.5))]   # round(4.5), round(7.5)


def fallbacks() -> list:
    """torchvision's fallback crop for shapes where every attempt fails (checked: 20 draws agree)."""
    out = []
    for w, h, scale, ratio in FALLBACKS:
        draws = {T.RandomResizedCrop.get_params(torch.empty(1, h, w), list(scale), list(ratio)) for _ in range(20)}
        assert len(draws) == 1, (w, h, draws)
        i, j, ch, cw = draws.pop()
        out.append((w, h, scale, ratio, (j, i, cw, ch)))
    return out


def write(path: str):
    with open(path, "wb") as f:
        f.write(b"RCAUG001" + struct.pack("<I", len(images)))
        for name, fmt, w, h, stride, window, pixels, cases in images:
            nb = name.encode()
            f.write(struct.pack("<I", len(nb)) + nb)
            f.write(struct.pack("<IIIIff", fmt, w, h, stride, *window))
            f.write(pixels)
            f.write(struct.pack("<I", len(cases)))
            for x, y, rw, rh, size, u8, norm in cases:
                f.write(struct.pack("<IIIIII", x, y, rw, rh, size, norm is not None))
                f.write(u8.tobytes())
                if norm is not None:
                    f.write(struct.pack("<3f", *MEAN) + struct.pack("<3f", *STD))
                    f.write(norm.astype("<f4").tobytes())
        fb = fallbacks()
        f.write(struct.pack("<I", len(fb)))
        for w, h, scale, ratio, rect in fb:
            f.write(struct.pack("<II4d4I", w, h, *scale, *ratio, *rect))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build()
    write(sys.argv[1])
    print(f"{len(images)} images, {sum(len(c[-1]) for c in images)} rectangles -> {sys.argv[1]}")
