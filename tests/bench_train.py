#!/usr/bin/env python3
"""PyTorch side of the training row of `make bench`: the step `tests/bench.c --train` times.

Usage: python tests/bench_train.py MODEL OUTDIR --threads T --repeats R --text TEXT

MODEL is a key of tests/bench_torch.py's MODELS (its model, seeded, and OUTDIR/MODEL.gguf, converted
if missing, so both sides start from the same weights). One step, as open_clip's training loop does
it in float32: B = 8 random images and B copies of TEXT, encode both towers, open_clip's ClipLoss
(exp(logit_scale) * image @ text.T, mean of the two cross-entropies), backward, AdamW step (open_clip's
two parameter groups), logit-scale clamp. The model stays in eval() mode (no dropout), as the C trainer
has none. Prints `train B=8 len=<tokens> <ms> ms` (median after one warm-up step) and images/s on stderr.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import torch

import bench_torch

B = 8


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", choices=sorted(bench_torch.MODELS))
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--threads", type=int, default=torch.get_num_threads())
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--text", required=True)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    args.outdir.mkdir(parents=True, exist_ok=True)
    ref = bench_torch.MODELS[args.model](args.outdir / f"{args.model}.gguf")
    model = ref.model
    params = [p for p in model.parameters() if p.requires_grad]
    no_decay = [p for n, p in model.named_parameters()
                if p.ndim < 2 or "bn" in n or "ln" in n or "bias" in n or "logit_scale" in n]
    ids_no_decay = {id(p) for p in no_decay}
    opt = torch.optim.AdamW([{"params": no_decay, "weight_decay": 0.0},
                             {"params": [p for p in params if id(p) not in ids_no_decay], "weight_decay": 0.2}],
                            lr=1e-5, betas=(0.9, 0.98), eps=1e-6)
    gen = torch.Generator().manual_seed(1)
    pixels = torch.rand(B, 3, ref.image_size, ref.image_size, generator=gen) - 0.5
    ids = ref.tokenize([args.text]).repeat(B, 1)
    labels = torch.arange(B)

    def step() -> float:
        opt.zero_grad(set_to_none=True)
        img = torch.nn.functional.normalize(ref.encode_image(pixels), dim=-1)
        txt = torch.nn.functional.normalize(ref.encode_text(ids), dim=-1)
        logits = model.logit_scale.exp() * img @ txt.T
        loss = (torch.nn.functional.cross_entropy(logits, labels) +
                torch.nn.functional.cross_entropy(logits.T, labels)) / 2
        loss.backward()
        opt.step()
        with torch.no_grad():
            model.logit_scale.clamp_(0, math.log(100))
        return loss.item()

    ms = bench_torch.median_ms(step, args.repeats)
    print(f"train B={B} len={ref.n_tokens(ids[0])} {ms:.2f} ms", flush=True)
    print(f"torch: {B * 1e3 / ms:.2f} images/s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
