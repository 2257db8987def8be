#!/usr/bin/env python3
"""Reference grounding maps (docs/roi.md, "Grounding map") for tests/test_ground.c.

Two models, both the small open_clip CLIP of tests/gen_regions.py (image 56, patch 8, G = 7),
with seeded random weights, converted with convert/convert.py:

  ground.gguf   as is. For random RGB images of several shapes and random text vectors t of
                any norm, in torch:
                  grid = normalize(ln_post(last block's patch tokens) @ visual.proj) @ normalize(t)
                and, independently of the C code's formulation, the map by
                  torch.nn.functional.grid_sample(grid, 2 * (X, Y) / S - 1, bilinear, border,
                                                  align_corners=False)   (float64)
                at every pixel center mapped through the resize and center crop, OUTSIDE where
                the center crop removed the pixel.
  planted.gguf  positional embeddings and every block's residual branches zeroed, so each patch
                token depends on its own pixels only. A square of one colour is planted in a
                noise image; t = the projected token of a patch of that colour (torch, from an
                image of that colour alone), so patches inside the square score 1 by
                construction. The generator checks that the reference peaks inside the square.

Usage:  python tests/gen_ground.py OUT_DIR  -> OUT_DIR/{ground,planted}.gguf, OUT_DIR/{ground,planted}_cases.bin

Case file (little-endian):
    magic b"RCGRD001", embed_dim u32, grid side G u32, n_cases u32
    per case: width u32, height u32, pixels u8[height][width][3], text f32[E], grid f32[G][G],
              map f32[height][width] (OUTSIDE = -2 outside the view),
              square f32[4] (x0, y0, x1, y1 in original pixels; zeros when nothing is planted),
              square_model f32[4] (the same square in model pixels)
"""
import struct
import sys
from pathlib import Path

import numpy as np
import open_clip
import torch
import torch.nn.functional as F
from PIL import Image

from gen_regions import CONFIG
from gen_tiny import random_clip

S = CONFIG["model_cfg"]["vision_cfg"]["image_size"]
P = CONFIG["model_cfg"]["vision_cfg"]["patch_size"]
E = CONFIG["model_cfg"]["embed_dim"]
G = S // P
OUTSIDE = -2.0
COLOUR = (220, 30, 60)
rng = np.random.default_rng(44)


def geometry(w0: int, h0: int) -> tuple[int, int, int, int]:
    """torchvision Resize(S) + CenterCrop(S): resized size and crop offsets (docs/roi.md)."""
    if w0 <= h0:
        rw, rh = S, int(S * h0 / w0)
    else:
        rw, rh = int(S * w0 / h0), S
    return rw, rh, int(round((rw - S) / 2.0)), int(round((rh - S) / 2.0))


def transform():
    pre = CONFIG["preprocess_cfg"]
    return open_clip.image_transform(S, is_train=False, mean=pre["mean"], std=pre["std"])


def patch_vectors(model: open_clip.CLIP, image: Image.Image) -> torch.Tensor:
    """ln_post(patch tokens) @ proj -> [N][E] (rows in raster order)."""
    visual = model.visual
    with torch.no_grad():
        visual.output_tokens = True
        _, tokens = visual(transform()(image)[None])
        visual.output_tokens = False
        return tokens[0] @ visual.proj


def reference(model: open_clip.CLIP, pixels: np.ndarray, text: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    h0, w0 = pixels.shape[:2]
    v = patch_vectors(model, Image.fromarray(pixels, "RGB"))
    t = torch.from_numpy(text)
    grid = (F.normalize(v, dim=-1) @ F.normalize(t, dim=0)).reshape(G, G)
    rw, rh, left, top = geometry(w0, h0)
    ys, xs = np.meshgrid(np.arange(h0) + 0.5, np.arange(w0) + 0.5, indexing="ij")
    X, Y = xs * rw / w0 - left, ys * rh / h0 - top
    coords = torch.from_numpy(np.stack([2 * X / S - 1, 2 * Y / S - 1], axis=-1))[None]   # [1][H0][W0][2]
    up = F.grid_sample(grid.double()[None, None], coords, mode="bilinear", padding_mode="border",
                       align_corners=False)[0, 0].numpy()
    inside = (X >= 0) & (X < S) & (Y >= 0) & (Y < S)
    return grid.numpy(), np.where(inside, up, OUTSIDE).astype(np.float32)


def to_model(square: tuple, w0: int, h0: int) -> list[float]:
    rw, rh, left, top = geometry(w0, h0)
    x0, y0, x1, y1 = square
    return [x0 * rw / w0 - left, y0 * rh / h0 - top, x1 * rw / w0 - left, y1 * rh / h0 - top]


def plant(model: open_clip.CLIP) -> None:
    """Each patch token a function of its own pixels: no positions, no residual branches."""
    visual = model.visual
    visual.positional_embedding.zero_()
    for block in visual.transformer.resblocks:
        for layer in (block.attn.out_proj, block.mlp.c_proj):
            layer.weight.zero_()
            layer.bias.zero_()


def check_planted(grid: np.ndarray, up: np.ndarray, square: tuple, square_model: list[float]) -> None:
    """The construction works on the reference itself: peaks inside, inside >> outside."""
    row, col = np.unravel_index(np.argmax(grid), grid.shape)
    cx, cy = (col + 0.5) * P, (row + 0.5) * P
    assert square_model[0] <= cx <= square_model[2] and square_model[1] <= cy <= square_model[3], "grid peak"
    y, x = np.unravel_index(np.argmax(up), up.shape)
    assert square[0] <= x + 0.5 <= square[2] and square[1] <= y + 0.5 <= square[3], "map peak"
    ys, xs = np.meshgrid(np.arange(up.shape[0]) + 0.5, np.arange(up.shape[1]) + 0.5, indexing="ij")
    inside = (xs >= square[0]) & (xs <= square[2]) & (ys >= square[1]) & (ys <= square[3])
    seen = up != OUTSIDE
    gap = up[inside & seen].mean() - up[~inside & seen].mean()
    assert gap >= 0.5, f"inside - outside mean {gap:.3f}"
    print(f"  planted {up.shape[1]}x{up.shape[0]} square {square}: peak {grid.max():.6f}, "
          f"inside - outside mean {gap:.3f}")


def write_cases(path: Path, cases: list) -> None:
    with open(path, "wb") as f:
        f.write(b"RCGRD001" + struct.pack("<III", E, G, len(cases)))
        for pixels, text, grid, up, square, square_model in cases:
            f.write(struct.pack("<II", pixels.shape[1], pixels.shape[0]))
            f.write(pixels.tobytes())
            for a in (text, grid, up, np.array(square), np.array(square_model)):
                f.write(np.ascontiguousarray(a, dtype=np.float32).tobytes())
    print(f"wrote {len(cases)} cases to {path}")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    done = out_dir / "planted_cases.bin"
    sources = [Path(__file__), Path(__file__).with_name("gen_tiny.py"), Path(__file__).with_name("gen_regions.py"),
               Path("convert/convert.py")]
    if done.exists() and all(done.stat().st_mtime > p.stat().st_mtime for p in sources):
        print(f"ground: {done} up to date")
        return
    model = random_clip(CONFIG, out_dir, "ground")
    cases = []
    for w0, h0 in [(56, 56), (80, 56), (50, 90), (123, 77), (300, 200), (41, 41)]:
        pixels = rng.integers(0, 256, (h0, w0, 3), dtype=np.uint8)
        text = (rng.standard_normal(E) * rng.uniform(0.1, 5.0)).astype(np.float32)
        cases.append((pixels, text, *reference(model, pixels, text), [0.0] * 4, [0.0] * 4))
    write_cases(out_dir / "ground_cases.bin", cases)

    model = random_clip(CONFIG, out_dir, "planted", edit=plant)
    solid = np.broadcast_to(np.array(COLOUR, np.uint8), (S, S, 3)).copy()
    v = patch_vectors(model, Image.fromarray(solid, "RGB"))
    assert torch.allclose(v, v[:1].expand_as(v), atol=1e-6), "a solid image gives one token"
    text = (2.5 * v[0]).numpy().astype(np.float32)
    cases = []
    for (w0, h0), square in [((56, 56), (8, 16, 40, 48)), ((56, 56), (27, 5, 53, 30)),
                             ((56, 56), (2, 30, 30, 55)), ((112, 80), (52, 10, 92, 50)),
                             ((60, 150), (10, 50, 45, 85)), ((41, 41), (3, 20, 25, 40)),
                             ((200, 130), (95, 45, 165, 115))]:
        pixels = rng.integers(0, 256, (h0, w0, 3), dtype=np.uint8)
        pixels[square[1]:square[3], square[0]:square[2]] = COLOUR
        grid, up = reference(model, pixels, text)
        square_model = to_model(square, w0, h0)
        check_planted(grid, up, square, square_model)
        cases.append((pixels, text, grid, up, list(map(float, square)), square_model))
    write_cases(done, cases)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
