#!/usr/bin/env python3
"""Reference region embeddings (docs/roi.md, align and crop modes) for tests/test_regions.c.

Builds a small open_clip CLIP with random weights whose patch grid is 7 x 7 (image 56, patch
8), converts it with convert/convert.py, and for random RGB images of several shapes (square,
wide, tall, needing no resize) computes, with torch primitives written from docs/roi.md:
  global  = model.encode_image(open_clip's inference transform of the image)
  region  = visual.proj^T mean_bins roi_align(ln_post(last block's patch tokens) as [W][G][G],
            box in model pixels, 7, 1/P, sampling_ratio=-1, aligned=True)
with each box clipped to the image, mapped through the resize and center crop, and clipped to
the model's view; and in crop mode
  region  = model.encode_image(transform(image.crop(box grown by 0.1 of its size per side,
            clipped, rounded outward))) Box sets: R = 0, 1, 3, 16, with boxes at the image edges, smaller than a
patch, the whole image, partly outside the image, partly in the part the crop removes.

Usage:  python tests/gen_regions.py OUT_DIR   -> OUT_DIR/regions.gguf, OUT_DIR/regions_cases.bin

Case file (little-endian):
    magic b"RCREG001", embed_dim u32, n_cases u32
    per case: width u32, height u32, n_boxes u32, pixels u8[height][width][3],
              boxes f32[n_boxes][4] (original pixels), global f32[E], regions f32[n_boxes][E] (align),
              crop_regions f32[n_boxes][E] (crop, margin 0.1)
"""
import math
import struct
import sys
from pathlib import Path

import numpy as np
import open_clip
import torch
from PIL import Image
from torchvision.ops import roi_align

from gen_tiny import random_clip

CONFIG = {
    "model_cfg": {
        "embed_dim": 24,
        "vision_cfg": {"image_size": 56, "layers": 2, "width": 48, "patch_size": 8, "head_width": 24},
        "text_cfg": {"context_length": 77, "vocab_size": 49408, "width": 32, "heads": 2, "layers": 1},
    },
    "preprocess_cfg": {"mean": [0.5, 0.4, 0.3], "std": [0.2, 0.25, 0.3]},
}
S = CONFIG["model_cfg"]["vision_cfg"]["image_size"]
P = CONFIG["model_cfg"]["vision_cfg"]["patch_size"]
G = S // P
K = 7
rng = np.random.default_rng(4)


def model_box(box: np.ndarray, w0: int, h0: int) -> list[float]:
    """docs/roi.md: clip to the image, map through resize + center crop, clip to [0, S]^2."""
    if w0 <= h0:
        rw, rh = S, int(S * h0 / w0)
    else:
        rw, rh = int(S * w0 / h0), S
    left, top = int(round((rw - S) / 2.0)), int(round((rh - S) / 2.0))
    x0, y0 = max(float(box[0]), 0.0), max(float(box[1]), 0.0)
    x1, y1 = min(float(box[2]), float(w0)), min(float(box[3]), float(h0))
    x0, x1 = x0 * rw / w0 - left, x1 * rw / w0 - left
    y0, y1 = y0 * rh / h0 - top, y1 * rh / h0 - top
    return [max(x0, 0.0), max(y0, 0.0), min(x1, float(S)), min(y1, float(S))]


def crop_box(box: np.ndarray, w0: int, h0: int, margin: float = float(np.float32(0.1))) -> tuple:
    """docs/roi.md crop mode: grow by margin * size per side (as float32), clip, round outward."""
    x0, y0, x1, y1 = (float(v) for v in box)
    mx, my = margin * (x1 - x0), margin * (y1 - y0)
    g = [float(v) for v in np.array([x0 - mx, y0 - my, x1 + mx, y1 + my], dtype=np.float32)]
    return (math.floor(max(g[0], 0.0)), math.floor(max(g[1], 0.0)),
            math.ceil(min(g[2], float(w0))), math.ceil(min(g[3], float(h0))))


def boxes_for(w0: int, h0: int, r: int) -> np.ndarray:
    fixed = [
        (0, 0, w0, h0),                                   # the whole image
        (0, 0, w0 / 4, h0 / 3),                           # top-left corner, edges touching
        (w0 * 0.7, h0 * 0.6, w0, h0),                     # bottom-right corner
        (w0 * 0.43, h0 * 0.51, w0 * 0.43 + 2.5, h0 * 0.51 + 3.0),  # smaller than a patch
        (-10, -7, w0 * 0.5, h0 * 0.4),                    # partly outside the image
        (w0 * 0.3, h0 * 0.2, w0 + 25, h0 + 9),            # partly outside, far side
        (w0 * 0.2, h0 * 0.25, w0 * 0.65, h0 * 0.9),
    ]
    rand = []
    while len(fixed) + len(rand) < r:
        x0, x1 = np.sort(rng.uniform(0, w0, 2))
        y0, y1 = np.sort(rng.uniform(0, h0, 2))
        if x1 - x0 > 0.5 and y1 - y0 > 0.5:
            rand.append((x0, y0, x1, y1))
    return np.array((fixed + rand)[:r], dtype=np.float32).reshape(r, 4)


def reference(model: open_clip.CLIP, pixels: np.ndarray, boxes: np.ndarray):
    h0, w0 = pixels.shape[:2]
    transform = open_clip.image_transform(S, is_train=False, mean=CONFIG["preprocess_cfg"]["mean"],
                                          std=CONFIG["preprocess_cfg"]["std"])
    image = Image.fromarray(pixels, "RGB")
    pix = transform(image)[None]
    visual = model.visual
    with torch.no_grad():
        visual.output_tokens = True
        pooled, tokens = visual(pix)                          # tokens: ln_post(x)[:, 1:], [1][N][W]
        visual.output_tokens = False
        feat = tokens[0].reshape(G, G, -1).permute(2, 0, 1).contiguous()   # [W][G][G]
        global_ = pooled[0]                                    # [E], = model.encode_image(pix)
        assert torch.allclose(global_, model.encode_image(pix)[0])
        if len(boxes) == 0:
            empty = np.zeros((0, global_.numel()), np.float32)
            return global_.numpy(), empty, empty
        crops = torch.cat([transform(image.crop(crop_box(b, w0, h0)))[None] for b in boxes])
        crop_regions = model.encode_image(crops)               # [R][E]
        mb = torch.tensor([model_box(b, w0, h0) for b in boxes], dtype=torch.float32)
        bins = roi_align(feat[None], [mb], output_size=K, spatial_scale=1.0 / P,
                         sampling_ratio=-1, aligned=True)  # [R][W][K][K]
        regions = bins.mean(dim=(2, 3)) @ visual.proj          # [R][E]
    return global_.numpy(), regions.numpy(), crop_regions.numpy()


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    done = out_dir / "regions_cases.bin"
    sources = [Path(__file__), Path(__file__).with_name("gen_tiny.py"), Path("convert/convert.py")]
    if done.exists() and all(done.stat().st_mtime > p.stat().st_mtime for p in sources):
        print(f"regions: {done} up to date")
        return
    model = random_clip(CONFIG, out_dir, "regions")
    cases = []
    for (w0, h0), r in [((56, 56), 0), ((80, 56), 3), ((50, 90), 16), ((123, 77), 1),
                        ((56, 56), 16), ((300, 200), 3), ((41, 41), 16)]:
        pixels = rng.integers(0, 256, (h0, w0, 3), dtype=np.uint8)
        boxes = boxes_for(w0, h0, r)
        cases.append((pixels, boxes, *reference(model, pixels, boxes)))
    E = CONFIG["model_cfg"]["embed_dim"]
    with open(out_dir / "regions_cases.bin", "wb") as f:
        f.write(b"RCREG001" + struct.pack("<II", E, len(cases)))
        for pixels, boxes, g, regs, crop_regs in cases:
            f.write(struct.pack("<III", pixels.shape[1], pixels.shape[0], len(boxes)))
            f.write(pixels.tobytes())
            f.write(boxes.astype(np.float32).tobytes())
            f.write(g.astype(np.float32).tobytes())
            f.write(regs.astype(np.float32).tobytes())
            f.write(crop_regs.astype(np.float32).tobytes())
    print(f"wrote {len(cases)} cases to {out_dir / 'regions_cases.bin'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
