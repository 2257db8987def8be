"""Reference gradients and a reference training run for regionclip's training unit
(tests/test_train.c).

For each activation (QuickGELU, GELU) builds a small open_clip CLIP with seeded random weights
(gen_tiny.random_clip: image 32, patch 8, width 64, 2 layers, 4 heads; text width 64, 2 layers,
4 heads, context 16, the real CLIP BPE vocabulary; embed 32; log scale ln(1/0.07) for GELU, 0.002
for QuickGELU so that its trajectory meets the clamp at 0), converts it with convert/convert.py
(the GELU one with random ROI-processor tensors, --roi, that training leaves untouched), and
writes a golden GGUF with

  - grad.*: open_clip's ClipLoss on one batch (4 random images, 4 random id rows) and the
    gradient of every parameter from loss.backward(), computed in float64 and named like the
    converted tensors (convert.map_openclip_tensors; "grad.logit_scale" for the log scale);
  - traj.*: 10 steps of open_clip's training recipe in float64: torch.optim.AdamW with
    open_clip main.py's parameter groups (no decay for ndim < 2, "bn", "ln", "bias",
    "logit_scale"), open_clip_train.scheduler.cosine_lr (warmup 3), clip_grad_norm_ 1.0 and
    the logit-scale clamp after each step; a new batch every step; the loss of every step.

usage: python tests/gen_train.py OUT_DIR
  -> OUT_DIR/train-{quickgelu,gelu}.gguf and OUT_DIR/train-{quickgelu,gelu}.golden.gguf
"""
import math
import os
import sys
from pathlib import Path

import numpy as np
import torch
from open_clip.loss import ClipLoss
from open_clip_train.scheduler import cosine_lr

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "convert"))
from convert import map_openclip_tensors  # noqa: E402
from gen_tiny import random_clip  # noqa: E402
from roi_processor import RoiProcessor  # noqa: E402

BATCH = 4
CONTEXT = 16
STEPS = 10
HYPER = {"lr": 1e-3, "warmup": 3, "weight_decay": 0.1, "beta1": 0.9, "beta2": 0.98, "eps": 1e-6, "grad_clip": 1.0}


def config(quick_gelu: bool) -> dict:
    return {
        "model_cfg": {
            "embed_dim": 32, "quick_gelu": quick_gelu,
            "vision_cfg": {"image_size": 32, "layers": 2, "width": 64, "patch_size": 8, "head_width": 16},
            "text_cfg": {"context_length": CONTEXT, "vocab_size": 49408, "width": 64, "heads": 4, "layers": 2},
        },
        "preprocess_cfg": {"mean": [0.5, 0.4, 0.3], "std": [0.2, 0.25, 0.3]},
    }


def make_batch(gen: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """BATCH random (already normalized) images and id rows: start token, 1..CONTEXT-2 random
    ordinary tokens, end token (the row's largest id, pooled), zero padding. Row 0 fills the
    whole context."""
    pixels = torch.randn(BATCH, 3, 32, 32, generator=gen)
    ids = torch.zeros(BATCH, CONTEXT, dtype=torch.int64)
    for b in range(BATCH):
        n = CONTEXT - 2 if b == 0 else int(torch.randint(1, CONTEXT - 1, (1,), generator=gen))
        ids[b, 0] = 49406
        ids[b, 1:n + 1] = torch.randint(1, 49406, (n,), generator=gen)
        ids[b, n + 1] = 49407
    return pixels, ids


def clip_loss(model: torch.nn.Module, pixels: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
    img = model.encode_image(pixels.double(), normalize=True)
    txt = model.encode_text(ids, normalize=True)
    return ClipLoss()(img, txt, model.logit_scale.exp())


def named_grads(model: torch.nn.Module) -> dict[str, np.ndarray]:
    """Parameter gradients under the converted (GGUF) names."""
    sd = {n: p.grad.detach().numpy() for n, p in model.named_parameters() if n != "logit_scale"}
    grads, _, _ = map_openclip_tensors(sd)
    grads["logit_scale"] = model.logit_scale.grad.detach().numpy().reshape(1)
    return grads


def param_groups(model: torch.nn.Module) -> list[dict]:
    """open_clip_train.main: no weight decay for gains and biases."""
    def exclude(n: str, p: torch.nn.Parameter) -> bool:
        return p.ndim < 2 or "bn" in n or "ln" in n or "bias" in n or "logit_scale" in n
    named = list(model.named_parameters())
    return [{"params": [p for n, p in named if exclude(n, p)], "weight_decay": 0.0},
            {"params": [p for n, p in named if not exclude(n, p)], "weight_decay": HYPER["weight_decay"]}]


def trajectory(model: torch.nn.Module, batches: list) -> tuple[list[float], list[float], list[float]]:
    """open_clip_train.train.train_one_epoch's update, one batch per step."""
    opt = torch.optim.AdamW(param_groups(model), lr=HYPER["lr"], betas=(HYPER["beta1"], HYPER["beta2"]),
                            eps=HYPER["eps"])
    scheduler = cosine_lr(opt, HYPER["lr"], HYPER["warmup"], STEPS)
    losses, lrs, scales = [], [], []
    for step, (pixels, ids) in enumerate(batches):
        lrs.append(scheduler(step))
        opt.zero_grad()
        loss = clip_loss(model, pixels, ids)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), HYPER["grad_clip"], norm_type=2.0)
        opt.step()
        with torch.no_grad():
            model.logit_scale.clamp_(0, math.log(100))
        losses.append(float(loss.detach()))
        scales.append(float(model.logit_scale.detach()))
    return losses, lrs, scales


def generate(out_dir: Path, quick_gelu: bool) -> str:
    import gguf
    stem = "train-quickgelu" if quick_gelu else "train-gelu"
    # GELU starts at open_clip's initial scale; QuickGELU just above the clamp's lower bound,
    # which the trajectory then reaches (the scale's gradient pushes it down in this setup)
    init_scale = 0.002 if quick_gelu else math.log(1 / 0.07)
    # the GELU model also carries ROI-processor tensors, which training must leave alone
    roi_args = []
    if not quick_gelu:
        torch.manual_seed(7)
        roi_file = out_dir / f"{stem}.roi.pt"
        torch.save(RoiProcessor(32, 4).state_dict(), roi_file)
        roi_args = ["--roi", str(roi_file)]
    model = random_clip(config(quick_gelu), out_dir, stem, logit_scale=init_scale, convert_args=roi_args)
    model = model.double().train()
    initial = {k: v.clone() for k, v in model.state_dict().items()}
    gen = torch.Generator().manual_seed(20261128 + quick_gelu)
    pixels, ids = make_batch(gen)
    loss = clip_loss(model, pixels, ids)
    loss.backward()
    grads = named_grads(model)
    model.zero_grad()
    batches = [make_batch(gen) for _ in range(STEPS)]
    model.load_state_dict(initial)
    losses, lrs, scales = trajectory(model, batches)

    path = out_dir / f"{stem}.golden.gguf"
    w = gguf.GGUFWriter(str(path) + ".tmp", "regionclip.golden")
    for k, v in HYPER.items():
        w.add_float32(f"train.{k}", float(v))
    w.add_uint32("train.steps", STEPS)
    w.add_tensor("in.pixels", pixels.numpy().astype(np.float32))
    w.add_tensor("in.ids", ids.numpy().astype(np.int32))
    w.add_tensor("loss", np.array([float(loss.detach())], dtype=np.float32))
    for name, g in grads.items():
        w.add_tensor(f"grad.{name}", np.ascontiguousarray(g.astype(np.float32)))
    w.add_tensor("traj.pixels", torch.cat([b[0] for b in batches]).numpy().astype(np.float32))  # [STEPS*BATCH][3][S][S]
    w.add_tensor("traj.ids", torch.stack([b[1] for b in batches]).numpy().astype(np.int32))
    w.add_tensor("traj.loss", np.array(losses, dtype=np.float32))
    w.add_tensor("traj.lr", np.array(lrs, dtype=np.float32))
    w.add_tensor("traj.logit_scale", np.array(scales, dtype=np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    os.replace(str(path) + ".tmp", path)
    return (f"{stem}: loss {float(loss.detach()):.6f}, {len(grads)} gradients, trajectory "
            f"{losses[0]:.5f} -> {losses[-1]:.5f} -> {path.name}")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)
    here = Path(__file__).resolve().parent
    sources = [here / "gen_train.py", here / "gen_tiny.py", here.parent / "convert" / "convert.py"]
    for quick_gelu in (True, False):
        stem = "train-quickgelu" if quick_gelu else "train-gelu"
        outs = [out_dir / f"{stem}.gguf", out_dir / f"{stem}.golden.gguf"]
        newest = max(p.stat().st_mtime for p in sources)
        if all(o.exists() and o.stat().st_mtime > newest for o in outs):
            print(f"{stem}: up to date")
            continue
        print(generate(out_dir, quick_gelu))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/train"))
