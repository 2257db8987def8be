#!/usr/bin/env python3
"""Reference cases for regionclip's image preprocessing (tests/test_preprocess.c).

Each case is an input image and the output of open_clip's own inference transform
(open_clip.image_transform(S, is_train=False): Resize(S, BICUBIC) -> CenterCrop(S) ->
MaybeConvertMode('RGB') -> MaybeToTensor -> Normalize) on the PIL image. The uint8 expectation
is the PIL image after the first three steps; the script asserts that ToTensor of it equals
uint8 / 255, so it is exactly the tensor before Normalize. Some cases also store the full
pipeline's normalized float32 tensor (CLIP mean/std).

Inputs: scikit-image's bundled images, pydicom's bundled 16-bit files (windowed here in
float64 exactly as regionclip.h defines the window, then fed to PIL as mode 'L'), and
synthetic images (noise, 1x1, 1xN, exact size, wide/tall, upscaling, padded strides), and
RGBA images with random alpha (0 and 255 included), which PIL resizes premultiplied.

Usage:  python tests/gen_preprocess.py [out.bin]      (default tests/preprocess_cases.bin)

File format (all little-endian):
    magic     8 bytes  b"RCPREP01"
    n_cases   u32
    per case:
      name_len u16, name (utf-8, name_len bytes)
      format u32 (0 RGB8, 1 GRAY8, 2 GRAY16, 3 RGBA8), width u32, height u32, stride u32 (bytes),
      window_center f32, window_width f32, size u32, has_float u32
      pixels    stride * height bytes (GRAY16 samples little-endian; padding bytes are junk)
      expected  u8[3][size][size]
      if has_float: mean f32[3], std f32[3], expected_norm f32[3][size][size]
"""
import struct
import sys
import warnings

import numpy as np
import open_clip
import torch
from PIL import Image

warnings.filterwarnings("ignore")

RGB8, GRAY8, GRAY16, RGBA8 = 0, 1, 2, 3
MEAN = open_clip.OPENAI_DATASET_MEAN
STD = open_clip.OPENAI_DATASET_STD
rng = np.random.RandomState(1234)


def window_to_u8(v16, center, width):
    """regionclip.h's GRAY16 window: floor(clamp((v - (c - w/2)) / w, 0, 1) * 255 + 0.5) in
    double; width <= 0: min..max of the image (width 1 if constant)."""
    v = v16.astype(np.float64)
    if width > 0:
        w = float(np.float32(width))
        lo = float(np.float32(center)) - w / 2.0
    else:
        lo = float(v.min())
        w = float(v.max() - v.min()) or 1.0
    t = np.clip((v - lo) / w, 0.0, 1.0)
    return np.floor(t * 255.0 + 0.5).astype(np.uint8)


_transforms = {}


def transform(size):
    if size not in _transforms:
        tf = open_clip.image_transform(size, is_train=False, mean=MEAN, std=STD)
        names = [type(t).__name__ for t in tf.transforms]
        assert names == ["Resize", "CenterCrop", "MaybeConvertMode", "MaybeToTensor", "Normalize"], names
        _transforms[size] = tf
    return _transforms[size]


def reference(pil, size, want_float):
    tf = transform(size)
    img = pil
    for t in tf.transforms[:3]:                       # Resize, CenterCrop, convert('RGB')
        img = t(img)
    assert img.mode == "RGB" and img.size == (size, size)
    u8 = np.ascontiguousarray(np.asarray(img, dtype=np.uint8).transpose(2, 0, 1))
    tensor = tf.transforms[3](img)                    # ToTensor: must be exactly u8 / 255
    assert torch.equal(tensor, torch.from_numpy(u8).float().div(255))
    norm = tf(pil).numpy().astype(np.float32) if want_float else None
    if want_float:
        assert np.array_equal(norm, tf.transforms[4](tensor).numpy())
    return u8, norm


cases = []


def pil_and_rows(pixels, fmt, window):
    """(the PIL image the reference sees, the library's pixel rows as bytes [h][row bytes]):
    GRAY16 is windowed to 8 bits for PIL and stored little-endian for the library."""
    h, w = pixels.shape[:2]
    if fmt == GRAY16:
        return (Image.fromarray(window_to_u8(pixels, *window), mode="L"),
                pixels.astype("<u2").view(np.uint8).reshape(h, w * 2))
    return Image.fromarray(pixels, mode={RGB8: "RGB", RGBA8: "RGBA", GRAY8: "L"}[fmt]), pixels.reshape(h, -1)


def add(name, pixels, fmt, sizes, window=(0.0, 0.0), pad=0, floats=()):
    """pixels: HxWx3 uint8 (RGB8), HxWx4 uint8 (RGBA8), HxW uint8 (GRAY8) or HxW uint16 (GRAY16)."""
    h, w = pixels.shape[:2]
    pil, raw_rows = pil_and_rows(pixels, fmt, window)
    row_bytes = raw_rows.shape[1]
    stride = row_bytes + pad
    buf = rng.randint(0, 256, size=(h, stride)).astype(np.uint8)   # junk in the padding
    buf[:, :row_bytes] = raw_rows
    for size in sizes:
        u8, norm = reference(pil, size, size in floats)
        cases.append((f"{name}@{size}", fmt, w, h, stride, window, size, buf.tobytes(), u8, norm))


def skimage_cases():
    import skimage.data as data
    rgb = {"astronaut": (224, 336, 97, 256, 1), "coffee": (224, 336), "chelsea": (224, 97),
           "retina": (224,), "immunohistochemistry": (224, 256), "rocket": (224, 336),
           "hubble_deep_field": (224,), "colorwheel": (224, 97)}
    gray = {"camera": (224, 336, 97), "page": (224, 256), "text": (224,), "coins": (224,),
            "microaneurysms": (224, 97), "moon": (224,), "clock": (224,)}
    for name, sizes in rgb.items():
        add(name, np.ascontiguousarray(getattr(data, name)()), RGB8, sizes,
            floats=(224,) if name == "astronaut" else ())
    for name, sizes in gray.items():
        add(name, np.ascontiguousarray(getattr(data, name)()), GRAY8, sizes,
            floats=(224,) if name == "camera" else ())
    add("astronaut_padded", np.ascontiguousarray(data.astronaut()[:, :509]), RGB8, (224,), pad=7)
    add("camera_padded", np.ascontiguousarray(data.camera()[:300, :301]), GRAY8, (224,), pad=3)


def dicom_cases():
    import pydicom
    from pydicom.data import get_testdata_file
    for fname, window, sizes in (("CT_small.dcm", (1000.0, 2000.0), (224, 97)),
                                 ("CT_small.dcm", (0.0, 0.0), (224,)),
                                 ("MR_small.dcm", None, (224, 336)),
                                 ("JPEG2000.dcm", (0.0, 0.0), (224,))):
        try:
            path = get_testdata_file(fname, download=False)
            ds = pydicom.dcmread(path)
            a = ds.pixel_array.astype(np.int64)
        except Exception as e:  # a missing file or decoder: skip, say so
            print(f"skip {fname}: {e}", file=sys.stderr)
            continue
        offset = 32768 if a.min() < 0 else 0            # signed data shifted into uint16
        v16 = (a + offset).astype(np.uint16)
        if window is None:
            window = (float(ds.WindowCenter) + offset, float(ds.WindowWidth))
        name = fname.split(".")[0] + ("_auto" if window[1] <= 0 else "_win")
        add(name, v16, GRAY16, sizes, window=window, floats=(224,) if fname == "CT_small.dcm" else ())


def synthetic_cases():
    def noise(h, w, c=3):
        shape = (h, w, c) if c == 3 else (h, w)
        return rng.randint(0, 256, size=shape).astype(np.uint8)

    yy, xx = np.mgrid[0:300, 0:420]
    gradient = np.stack([(xx * 255 // 419), (yy * 255 // 299), ((xx + yy) % 256)], -1).astype(np.uint8)
    checker = (((yy // 1 + xx // 1) % 2) * 255).astype(np.uint8)
    add("noise_640x480", noise(480, 640), RGB8, (224, 97), floats=(97,))
    add("pixel_1x1", noise(1, 1), RGB8, (224, 1, 2), floats=(224,))
    add("row_1x500", noise(1, 500), RGB8, (224,))
    add("col_500x1", noise(500, 1), RGB8, (224,))
    add("tiny_2x3", noise(3, 2), RGB8, (224, 97))
    add("exact_224", noise(224, 224), RGB8, (224,))
    add("exact_97", noise(97, 97, 1), GRAY8, (97,))
    add("only_vertical_224x500", noise(500, 224), RGB8, (224,))
    add("only_horizontal_500x224", noise(224, 500), RGB8, (224,))
    add("wide_4000x50", noise(50, 4000), RGB8, (224,))
    add("tall_30x2000", noise(2000, 30, 1), GRAY8, (224,))
    add("odd_333x517_gray", noise(517, 333, 1), GRAY8, (224, 97, 256))
    add("upscale_50x37", noise(37, 50), RGB8, (224, 336))
    add("gray8_noise_300x200", noise(200, 300, 1), GRAY8, (224,))
    add("gradient_420x300", gradient, RGB8, (224, 97))
    add("checker_420x300", checker, GRAY8, (224, 97))   # ringing: clips at 0 and 255
    add("noise_padded_123x77", noise(77, 123), RGB8, (224, 97), pad=5)
    add("gray8_padded_1x1", noise(1, 1, 1), GRAY8, (224,), pad=3)
    add("equal_sides_225", noise(225, 225), RGB8, (224,))
    add("odd_long_301x224", noise(224, 301), RGB8, (224,))  # crop offset 38.5 -> 38 (half to even)
    add("odd_long_224x303", noise(303, 224), RGB8, (224,))  # 39.5 -> 40
    # Pillow >= 13 resizes vertically first when in_h - out_h > 2 * (in_w - out_w) (tall images)
    add("tall_pass_order_boundary_300x600", noise(600, 300), RGB8, (224,))   # 152 == 2 * 76: horizontal first
    add("tall_vertical_first_300x601", noise(601, 300), RGB8, (224,))       # 153 > 152: vertical first
    add("tall_vertical_first_260x900", noise(900, 260), RGB8, (224, 97))
    add("tall_vertical_first_gray_400x1500", noise(1500, 400, 1), GRAY8, (224,))
    add("tall_vertical_first_padded_200x500", noise(500, 200), RGB8, (97,), pad=2)
    v16 = rng.randint(0, 65536, size=(150, 200)).astype(np.uint16)
    add("u16_noise_win", v16, GRAY16, (224,), window=(30000.0, 20000.0))
    add("u16_noise_auto", v16, GRAY16, (224,), window=(0.0, -1.0))
    halves = (np.arange(600, dtype=np.uint16).reshape(20, 30) * 7)   # v/2 exactly: rounding half up
    add("u16_halves", halves, GRAY16, (224,), window=(255.0, 510.0))
    add("u16_constant_auto", np.full((40, 60), 1234, np.uint16), GRAY16, (224,), window=(0.0, 0.0))
    add("u16_padded_odd_stride", v16[:99, :131], GRAY16, (224, 97), window=(32768.0, 65536.0), pad=1)
    add("u16_tiny_window", v16[:64, :64], GRAY16, (224,), window=(32768.0, 1e-3))
    add("u16_tall_vertical_first_300x700", rng.randint(0, 4096, size=(700, 300)).astype(np.uint16), GRAY16,
        (224,), window=(2048.0, 4096.0))


def rgba_cases():
    def noise_rgba(h, w, alpha_levels=None):
        px = rng.randint(0, 256, size=(h, w, 4)).astype(np.uint8)
        if alpha_levels is not None:       # mostly the special values 0 and 255
            px[..., 3] = rng.choice(alpha_levels, size=(h, w)).astype(np.uint8)
        return px

    add("rgba_noise_640x480", noise_rgba(480, 640), RGBA8, (224, 97), floats=(224,))
    add("rgba_alpha_0_255_1_254_300x200", noise_rgba(200, 300, [0, 255, 1, 254, 128]), RGBA8, (224,))
    add("rgba_upscale_50x37", noise_rgba(37, 50), RGBA8, (224, 97))
    add("rgba_tall_vertical_first_260x900", noise_rgba(900, 260), RGBA8, (224,))
    add("rgba_only_vertical_224x500", noise_rgba(500, 224), RGBA8, (224,))   # one pass, still premultiplied
    add("rgba_only_horizontal_500x224", noise_rgba(224, 500, [0, 255, 7]), RGBA8, (224,))
    add("rgba_exact_224", noise_rgba(224, 224), RGBA8, (224,))               # no resize: alpha just dropped
    add("rgba_pixel_1x1", noise_rgba(1, 1), RGBA8, (224, 1))
    add("rgba_padded_123x77", noise_rgba(77, 123), RGBA8, (224, 97), pad=5)
    add("rgba_transparent_128x96", np.dstack([noise_rgba(96, 128)[..., :3], np.zeros((96, 128), np.uint8)]),
        RGBA8, (97,))
    import skimage.data as data
    astro = data.astronaut()
    yy, xx = np.mgrid[0:astro.shape[0], 0:astro.shape[1]]
    fade = np.clip((xx + yy) * 255 // (astro.shape[0] + astro.shape[1] - 2), 0, 255).astype(np.uint8)
    add("rgba_astronaut_fade", np.ascontiguousarray(np.dstack([astro, fade])), RGBA8, (224, 336))


def check_la_is_rgba():
    """A gray + alpha image (PIL mode 'LA') preprocesses exactly like its RGBA expansion
    (gray replicated to R, G, B), which is how the examples load LA files."""
    la = rng.randint(0, 256, size=(123, 171, 2)).astype(np.uint8)
    la[::3, :, 1] = rng.choice([0, 255], size=la[::3, :, 1].shape)
    rgba = np.dstack([la[..., 0], la[..., 0], la[..., 0], la[..., 1]])
    for size in (224, 97):
        a, _ = reference(Image.fromarray(la, mode="LA"), size, False)
        b, _ = reference(Image.fromarray(rgba, mode="RGBA"), size, False)
        assert np.array_equal(a, b), f"LA differs from RGBA at size {size}"


def write(path):
    with open(path, "wb") as f:
        f.write(b"RCPREP01")
        f.write(struct.pack("<I", len(cases)))
        for name, fmt, w, h, stride, window, size, pixels, u8, norm in cases:
            nb = name.encode()
            f.write(struct.pack("<H", len(nb)) + nb)
            f.write(struct.pack("<IIIIffII", fmt, w, h, stride, window[0], window[1], size,
                                int(norm is not None)))
            f.write(pixels)
            f.write(u8.tobytes())
            if norm is not None:
                f.write(np.asarray(MEAN, "<f4").tobytes() + np.asarray(STD, "<f4").tobytes())
                f.write(norm.astype("<f4").tobytes())


def check_model_pipeline():
    """The preprocess open_clip attaches to a model is the same transform."""
    _, _, preprocess = open_clip.create_model_and_transforms("RN50", pretrained=None)
    assert repr(preprocess) == repr(transform(224)), (repr(preprocess), repr(transform(224)))


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "tests/preprocess_cases.bin"
    check_model_pipeline()
    skimage_cases()
    dicom_cases()
    synthetic_cases()
    rgba_cases()
    check_la_is_rgba()
    write(out)
    n_float = sum(c[-1] is not None for c in cases)
    print(f"wrote {len(cases)} cases ({n_float} with normalized floats) to {out}")
