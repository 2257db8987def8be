#!/usr/bin/env python3
"""Reference cases for regionclip's RoIAlign (tests/test_roi_align.c).

Each case is a random feature map [C][H][W], boxes in input coordinates, and
torchvision.ops.roi_align(feat[None], [boxes], k, spatial_scale, sampling_ratio, aligned=True).
Boxes cover fractional positions, the map's edges, boxes partly and fully outside the map,
tiny and zero-size boxes, and boxes larger than the map; sampling ratios -1, 0 (adaptive),
1, 2, 3; output sizes 1, 2, 3, 7. Only boxes with x1 >= x0 and y1 >= y0 are written:
regionclip rejects inverted boxes (tests/test_roi_align.c checks that separately).

Usage:  python tests/gen_roi_align.py out.bin

File format (all little-endian):
    magic     8 bytes  b"RCROI001"
    n_cases   u32
    per case:
      C, H, W, n_boxes, out_size, sampling_ratio   i32 each
      spatial_scale f32
      feat      f32[C][H][W]
      boxes     f32[n_boxes][4]   (x0, y0, x1, y1)
      expected  f32[n_boxes][C][out_size][out_size]
"""
import struct
import sys

import numpy as np
import torch
from torchvision.ops import roi_align

rng = np.random.default_rng(20261128)


def boxes_for(h: int, w: int, scale: float) -> np.ndarray:
    """Boxes in input coordinates for an h x w map seen at `scale`."""
    iw, ih = w / scale, h / scale                     # the map's extent in input coordinates
    fixed = [
        (0, 0, iw, ih),                               # the whole map, edges touching
        (0, 0, iw / 3, ih / 5),                       # top-left corner
        (iw * 0.6, ih * 0.7, iw, ih),                 # bottom-right corner, touching the far edges
        (-0.4 * iw, -0.3 * ih, 0.5 * iw, 0.4 * ih),   # partly outside (before the origin)
        (0.5 * iw, 0.5 * ih, 1.7 * iw, 1.3 * ih),     # partly outside (past the far edges)
        (-3 * iw, -2 * ih, -1.5 * iw, -ih),           # fully outside, before
        (2 * iw, 2 * ih, 3 * iw, 4 * ih),             # fully outside, past
        (iw * 0.41, ih * 0.37, iw * 0.41 + 1e-3 / scale, ih * 0.37 + 2e-3 / scale),  # tiny
        (iw * 0.5, ih * 0.25, iw * 0.5, ih * 0.75),   # zero width
        (iw * 0.25, ih * 0.5, iw * 0.75, ih * 0.5),   # zero height
        (-iw, -ih, 2 * iw, 2 * ih),                   # larger than the map
        (-0.5 / scale, -0.5 / scale, 0.5 / scale, 0.5 / scale),  # a cell around the origin
    ]
    rand = []
    for _ in range(12):
        x0, x1 = np.sort(rng.uniform(-0.2 * iw, 1.2 * iw, 2))
        y0, y1 = np.sort(rng.uniform(-0.2 * ih, 1.2 * ih, 2))
        rand.append((x0, y0, x1, y1))
    return np.array(fixed + rand, dtype=np.float32)


def main(out_path: str) -> None:
    maps = [(3, 7, 7, 1.0), (5, 14, 10, 1 / 16), (4, 1, 1, 0.5), (2, 2, 9, 1.0),
            (64, 14, 14, 1 / 16), (8, 16, 16, 1 / 14), (6, 5, 3, 0.25)]
    cases = []
    for c, h, w, scale in maps:
        feat = rng.standard_normal((c, h, w)).astype(np.float32)
        boxes = boxes_for(h, w, scale)
        assert (boxes[:, 2] >= boxes[:, 0]).all() and (boxes[:, 3] >= boxes[:, 1]).all()
        for k in (1, 2, 3, 7):
            for sr in (-1, 0, 1, 2, 3):
                want = roi_align(torch.from_numpy(feat)[None], [torch.from_numpy(boxes)],
                                 output_size=k, spatial_scale=float(np.float32(scale)),
                                 sampling_ratio=sr, aligned=True)
                cases.append((feat, boxes, k, sr, np.float32(scale), want.numpy().astype(np.float32)))
    with open(out_path, "wb") as f:
        f.write(b"RCROI001")
        f.write(struct.pack("<I", len(cases)))
        for feat, boxes, k, sr, scale, want in cases:
            c, h, w = feat.shape
            f.write(struct.pack("<6if", c, h, w, len(boxes), k, sr, scale))
            f.write(feat.tobytes())
            f.write(boxes.tobytes())
            f.write(np.ascontiguousarray(want).tobytes())
    print(f"wrote {len(cases)} cases to {out_path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/roi_align_cases.bin")
