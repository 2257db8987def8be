#!/usr/bin/env python3
"""PyTorch side of `make bench`: the reference timings regionclip is compared with.

Usage: python tests/bench_torch.py MODEL OUTDIR [--threads T] [--repeats R] [--text TEXT ...] [--regions]

Builds MODEL (a key of MODELS) with seeded random weights in its reference library, converts it
with convert/convert.py into OUTDIR/MODEL.gguf (kept: later runs reuse it), then times the
reference encoders under torch.inference_mode() with torch.set_num_threads(T) and prints one
line per case, in the same format as tests/bench.c so tests/bench.sh can pair them:
    image B=<n> <ms> ms
    text B=<n> len=<tokens> <ms> ms
Each time is the median of R repeats after one warm-up run. Inputs have the shapes bench.c
uses: B random images at the model's size; B copies of each text, tokenized by the model's
tokenizer (len = tokens up to and including the end token).
With --regions (open_clip models), region embeddings of one REGION_W x REGION_H random RGB image
with R = 1, 4, 16 boxes (region_box, the formula tests/bench.c uses), what rc_encode_regions does
(docs/roi.md), preprocessing included on both sides:
    regions align R=<n> <ms> ms   transform(image) -> visual tokens -> roi_align -> mean -> proj
    regions crop R=<n> <ms> ms    transform(image) encoded, then transform(crop_i) of every box
                                  (grown by 0.1, clipped, rounded outward) encoded as one batch
"""
from __future__ import annotations

import argparse
import logging
import math
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch

ROOT = Path(__file__).resolve().parent.parent
CONVERTER = ROOT / "convert" / "convert.py"
BATCHES = (1, 8)
BOX_COUNTS = (1, 4, 16)
REGION_W, REGION_H = 640, 480


@dataclass
class Reference:
    """A reference model ready to time: encoders taking torch tensors, and its tokenizer."""
    encode_image: Callable[[torch.Tensor], torch.Tensor]    # pixels [B,3,S,S] -> [B,E]
    encode_text: Callable[[torch.Tensor], torch.Tensor]     # ids [B,C] -> [B,E]
    tokenize: Callable[[list[str]], torch.Tensor]           # texts -> ids [N,C]
    image_size: int
    n_tokens: Callable[[torch.Tensor], int]                 # ids [C] -> tokens the C side computes
    model: object = None                                    # the open_clip model (region timings)


def openclip_reference(open_clip_name: str, seed: int, gguf: Path) -> Reference:
    """An open_clip CLIP model with its own seeded random init; converted to gguf if missing."""
    import open_clip
    logging.getLogger().setLevel(logging.ERROR)    # "No pretrained weights loaded": intended
    torch.manual_seed(seed)
    model = open_clip.create_model(open_clip_name, pretrained=None).eval()
    if not gguf.exists():
        ckpt = gguf.with_suffix(".pt")
        torch.save(model.state_dict(), ckpt)
        subprocess.run([sys.executable, str(CONVERTER), str(ckpt), "--model", open_clip_name,
                        "-o", str(gguf), "-q"], check=True)
        ckpt.unlink()
    tokenizer = open_clip.get_tokenizer(open_clip_name)
    eot = tokenizer.eot_token_id
    return Reference(model.encode_image, model.encode_text, tokenizer,
                     model.visual.image_size[0], lambda ids: int((ids == eot).nonzero()[0, 0]) + 1, model)


def biomedclip_reference(gguf: Path) -> Reference:
    """open_clip's CustomTextCLIP in BiomedCLIP's configuration (timm ViT-B/16 + PubMedBERT-sized BERT,
    context 256), built and saved like the golden tests' model (tests/gen_golden.py); converted if missing."""
    import open_clip
    import gen_golden
    logging.getLogger().setLevel(logging.ERROR)
    spec = next(s for s in gen_golden.SPECS if s.name == "biomedclip")
    src = gguf.with_suffix(".src")
    model = gen_golden.make_biomedclip(spec, src)
    if not gguf.exists():
        subprocess.run([sys.executable, str(CONVERTER), str(src), "-o", str(gguf), "-q"], check=True)
    tokenizer = open_clip.tokenizer.HFTokenizer(str(src / "bert"), context_length=spec.context_length)
    pad = tokenizer.tokenizer.pad_token_id
    return Reference(model.encode_image, model.encode_text, tokenizer, spec.image_size,
                     lambda ids: int((ids != pad).sum()), model)


# name -> builder(gguf path) for the models `make bench` knows; a new model is one entry.
MODELS: dict[str, Callable[[Path], Reference]] = {
    "vit-b-32": lambda gguf: openclip_reference("ViT-B-32", 1, gguf),
    "vit-b-16": lambda gguf: openclip_reference("ViT-B-16", 2, gguf),
    "biomedclip": biomedclip_reference,
}


def region_box(i: int) -> tuple[float, float, float, float]:
    """Box i of the region cases, as tests/bench.c's region_box."""
    side = 96.0 + i * 13 % 64
    x0, y0 = float(i * 37 % (REGION_W - 160)), float(i * 53 % (REGION_H - 160))
    return x0, y0, x0 + side, y0 + side


def region_timings(model, size: int, repeats: int) -> None:
    """Prints `regions MODE R=<n> <ms> ms` for align and crop modes (docs/roi.md)."""
    import numpy as np
    import open_clip
    from PIL import Image
    from torchvision.ops import roi_align
    visual = model.visual
    transform = open_clip.image_transform(size, is_train=False)
    image = Image.fromarray(np.random.default_rng(1).integers(0, 256, (REGION_H, REGION_W, 3), dtype=np.uint8))
    patch = visual.patch_size[0]
    grid = size // patch
    rw, rh = int(size * REGION_W / REGION_H), size              # landscape: short side is the height
    left, top = int(round((rw - size) / 2.0)), int(round((rh - size) / 2.0))

    def align(boxes: list) -> torch.Tensor:
        visual.output_tokens = True
        _, tokens = visual(transform(image)[None])
        visual.output_tokens = False
        feat = tokens[0].reshape(grid, grid, -1).permute(2, 0, 1)[None]
        mb = torch.tensor([[max(x0 * rw / REGION_W - left, 0.0), max(y0 * rh / REGION_H - top, 0.0),
                            min(x1 * rw / REGION_W - left, size), min(y1 * rh / REGION_H - top, size)]
                           for x0, y0, x1, y1 in boxes])
        bins = roi_align(feat, [mb], output_size=7, spatial_scale=1.0 / patch, sampling_ratio=-1, aligned=True)
        return bins.mean(dim=(2, 3)) @ visual.proj

    def crop(boxes: list) -> torch.Tensor:
        model.encode_image(transform(image)[None])
        crops = []
        for x0, y0, x1, y1 in boxes:
            mx, my = 0.1 * (x1 - x0), 0.1 * (y1 - y0)
            crops.append(transform(image.crop((math.floor(max(x0 - mx, 0)), math.floor(max(y0 - my, 0)),
                                               math.ceil(min(x1 + mx, REGION_W)), math.ceil(min(y1 + my, REGION_H))))))
        return model.encode_image(torch.stack(crops))

    for name, fn in (("align", align), ("crop", crop)):
        for n in BOX_COUNTS:
            boxes = [region_box(i) for i in range(n)]
            print(f"regions {name} R={n} {median_ms(lambda: fn(boxes), repeats):.2f} ms", flush=True)


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()   # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", choices=sorted(MODELS))
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--threads", type=int, default=torch.get_num_threads())
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--text", action="append", default=[], help="a text to time (repeatable)")
    ap.add_argument("--regions", action="store_true", help="also time region embeddings (open_clip models)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    args.outdir.mkdir(parents=True, exist_ok=True)
    ref = MODELS[args.model](args.outdir / f"{args.model}.gguf")
    gen = torch.Generator().manual_seed(1)
    with torch.inference_mode():
        for b in BATCHES:
            pixels = torch.rand(b, 3, ref.image_size, ref.image_size, generator=gen) - 0.5
            ms = median_ms(lambda: ref.encode_image(pixels), args.repeats)
            print(f"image B={b} {ms:.2f} ms", flush=True)
        for text in args.text:
            ids = ref.tokenize([text])
            for b in BATCHES:
                batch = ids.repeat(b, 1)
                ms = median_ms(lambda: ref.encode_text(batch), args.repeats)
                print(f"text B={b} len={ref.n_tokens(ids[0])} {ms:.2f} ms", flush=True)
        if args.regions and ref.model is not None:
            region_timings(ref.model, ref.image_size, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
