#!/usr/bin/env python3
"""Reference grounding maps (docs/roi.md, "Grounding map") for tests/test_ground.c.

Models with seeded random weights, converted with convert/convert.py (`--roi` for ROI weights,
convert/roi_processor.py), and their Backbone / RoiProcessor from tests/gen_regions.py:

  ground         the small open_clip CLIP of tests/gen_regions.py (image 56, patch 8, G = 7)
  ground-head    the same with a region head (and 4-head fusion, unused here)
  ground-biomed  the small BiomedCLIP-family model of gen_regions.py (timm ViT, 160 px, G = 10)
                 with a region head
For random RGB images of several shapes and random text vectors t of any norm, in torch:
    grid = normalize(head(proj(final-norm patch tokens))) @ normalize(t)
and, independently of the C code's formulation, the map by
    torch.nn.functional.grid_sample(grid, 2 * (X, Y) / S - 1, bilinear, border, align_corners=False)
in float64 at every pixel center mapped through the resize and center crop, OUTSIDE where the
center crop removed the pixel.

  planted        the CLIP above with positional embeddings and every block's residual branches
                 zeroed, so each patch token depends on its own pixels only. A square of one
                 colour is planted in a noise image; t = the projected token of a patch of that
                 colour (torch, from an image of that colour alone), so patches inside the square
                 score 1 by construction. The generator checks that the reference peaks inside.

Usage:  python tests/gen_ground.py OUT_DIR  -> OUT_DIR/VARIANT.gguf, OUT_DIR/VARIANT_cases.bin

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
import torch
import torch.nn.functional as F
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "convert"))
from gen_regions import BIOMED, CONFIG, Backbone, biomed_backbone, clip_backbone_of, convert, random_roi  # noqa: E402
from gen_tiny import random_clip  # noqa: E402
from roi_processor import RoiProcessor  # noqa: E402

OUTSIDE = -2.0
COLOUR = (220, 30, 60)
rng = np.random.default_rng(44)


def geometry(w0: int, h0: int, S: int) -> tuple[int, int, int, int]:
    """torchvision Resize(S) + CenterCrop(S): resized size and crop offsets (docs/roi.md)."""
    if w0 <= h0:
        rw, rh = S, int(S * h0 / w0)
    else:
        rw, rh = int(S * w0 / h0), S
    return rw, rh, int(round((rw - S) / 2.0)), int(round((rh - S) / 2.0))


def patch_vectors(bb: Backbone, roi: RoiProcessor, image: Image.Image) -> torch.Tensor:
    """head(proj(final-norm patch tokens)) -> [N][E] (rows in raster order)."""
    with torch.no_grad():
        return roi.regions(bb.project(bb.tokens(bb.transform(image)[None])))


def reference(bb: Backbone, roi: RoiProcessor, pixels: np.ndarray, text: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    h0, w0 = pixels.shape[:2]
    v = patch_vectors(bb, roi, Image.fromarray(pixels, "RGB"))
    t = torch.from_numpy(text)
    grid = (F.normalize(v, dim=-1) @ F.normalize(t, dim=0)).reshape(bb.G, bb.G)
    rw, rh, left, top = geometry(w0, h0, bb.S)
    ys, xs = np.meshgrid(np.arange(h0) + 0.5, np.arange(w0) + 0.5, indexing="ij")
    X, Y = xs * rw / w0 - left, ys * rh / h0 - top
    coords = torch.from_numpy(np.stack([2 * X / bb.S - 1, 2 * Y / bb.S - 1], axis=-1))[None]   # [1][H0][W0][2]
    up = F.grid_sample(grid.double()[None, None], coords, mode="bilinear", padding_mode="border",
                       align_corners=False)[0, 0].numpy()
    inside = (X >= 0) & (X < bb.S) & (Y >= 0) & (Y < bb.S)
    return grid.numpy(), np.where(inside, up, OUTSIDE).astype(np.float32)


def to_model(square: tuple, w0: int, h0: int, S: int) -> list[float]:
    rw, rh, left, top = geometry(w0, h0, S)
    x0, y0, x1, y1 = square
    return [x0 * rw / w0 - left, y0 * rh / h0 - top, x1 * rw / w0 - left, y1 * rh / h0 - top]


def plant(model: torch.nn.Module) -> None:
    """Each patch token a function of its own pixels: no positions, no residual branches."""
    visual = model.visual
    visual.positional_embedding.zero_()
    for block in visual.transformer.resblocks:
        for layer in (block.attn.out_proj, block.mlp.c_proj):
            layer.weight.zero_()
            layer.bias.zero_()


def check_planted(grid: np.ndarray, up: np.ndarray, square: tuple, square_model: list[float], P: int) -> None:
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
    E, G = cases[0][1].size, cases[0][2].shape[0]
    with open(path, "wb") as f:
        f.write(b"RCGRD001" + struct.pack("<III", E, G, len(cases)))
        for pixels, text, grid, up, square, square_model in cases:
            f.write(struct.pack("<II", pixels.shape[1], pixels.shape[0]))
            f.write(pixels.tobytes())
            for a in (text, grid, up, np.array(square), np.array(square_model)):
                f.write(np.ascontiguousarray(a, dtype=np.float32).tobytes())
    print(f"wrote {len(cases)} cases to {path}")


def exact_cases(bb: Backbone, roi: RoiProcessor, E: int) -> list:
    cases = []
    for w0, h0 in [(56, 56), (80, 56), (50, 90), (123, 77), (300, 200), (41, 41)]:
        pixels = rng.integers(0, 256, (h0, w0, 3), dtype=np.uint8)
        text = (rng.standard_normal(E) * rng.uniform(0.1, 5.0)).astype(np.float32)
        cases.append((pixels, text, *reference(bb, roi, pixels, text), [0.0] * 4, [0.0] * 4))
    return cases


def planted_cases(out_dir: Path) -> list:
    model = random_clip(CONFIG, out_dir, "planted", edit=plant)
    bb, plain = clip_backbone_of(model), RoiProcessor(CONFIG["model_cfg"]["embed_dim"], 1, False, False)
    solid = np.broadcast_to(np.array(COLOUR, np.uint8), (bb.S, bb.S, 3)).copy()
    v = patch_vectors(bb, plain, Image.fromarray(solid, "RGB"))
    assert torch.allclose(v, v[:1].expand_as(v), atol=1e-6), "a solid image gives one token"
    text = (2.5 * v[0]).numpy().astype(np.float32)
    cases = []
    for (w0, h0), square in [((56, 56), (8, 16, 40, 48)), ((56, 56), (27, 5, 53, 30)),
                             ((56, 56), (2, 30, 30, 55)), ((112, 80), (52, 10, 92, 50)),
                             ((60, 150), (10, 50, 45, 85)), ((41, 41), (3, 20, 25, 40)),
                             ((200, 130), (95, 45, 165, 115))]:
        pixels = rng.integers(0, 256, (h0, w0, 3), dtype=np.uint8)
        pixels[square[1]:square[3], square[0]:square[2]] = COLOUR
        grid, up = reference(bb, plain, pixels, text)
        square_model = to_model(square, w0, h0, bb.S)
        check_planted(grid, up, square, square_model, bb.P)
        cases.append((pixels, text, grid, up, list(map(float, square)), square_model))
    return cases


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    done = out_dir / "planted_cases.bin"
    here = Path(__file__).parent
    sources = [Path(__file__), here / "gen_tiny.py", here / "gen_regions.py", here / "gen_golden.py",
               Path("convert/convert.py"), Path("convert/roi_processor.py")]
    if done.exists() and all(done.stat().st_mtime > p.stat().st_mtime for p in sources):
        print(f"ground: {done} up to date")
        return
    E = CONFIG["model_cfg"]["embed_dim"]
    model = random_clip(CONFIG, out_dir, "ground")
    clip = clip_backbone_of(model)
    write_cases(out_dir / "ground_cases.bin", exact_cases(clip, RoiProcessor(E, 1, False, False), E))
    roi = random_roi(E, 4, True, 21)
    convert(out_dir / "ground.pt", ["--config", str(out_dir / "ground_config.json")], roi, out_dir / "ground-head.gguf")
    write_cases(out_dir / "ground-head_cases.bin", exact_cases(clip, roi, E))
    biomed, biomed_src, biomed_args = biomed_backbone(out_dir)
    roi = random_roi(BIOMED.embed_dim, 6, True, 22)
    convert(biomed_src, biomed_args, roi, out_dir / "ground-biomed.gguf")
    write_cases(out_dir / "ground-biomed_cases.bin", exact_cases(biomed, roi, BIOMED.embed_dim))
    write_cases(done, planted_cases(out_dir))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
