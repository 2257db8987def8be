"""Reference gradients and a reference training run for regionclip's training unit
(tests/test_train.c).

Three small models with seeded random weights, converted with convert/convert.py:
  - train-gelu / train-quickgelu: open_clip CLIPs (gen_tiny.random_clip: image 32, patch 8,
    width 64, 2 layers, 4 heads; text width 64, 2 layers, 4 heads, context 16, the real CLIP BPE
    vocabulary; embed 32). Log scale ln(1/0.07) for GELU, 0.002 for QuickGELU so that its
    trajectory meets the clamp at 0. The GELU file also holds random ROI-processor tensors
    (--roi), which training must leave untouched.
  - train-biomed: BiomedCLIP's layout (timm ViT + BERT, see biomed_case), with a ROI processor.
For each, a golden GGUF with
  - grad.*: open_clip's ClipLoss on one batch (4 random images, 4 random id rows) and the
    gradient of every parameter from loss.backward(), computed in float64 and named like the
    converted tensors (by the converter's own mapping; "grad.logit_scale" for the log scale);
  - traj.*: 10 steps of open_clip's training recipe in float64: torch.optim.AdamW with
    open_clip main.py's parameter groups (no decay for ndim < 2, "bn", "ln", "bias",
    "logit_scale"), open_clip_train.scheduler.cosine_lr (warmup 3), clip_grad_norm_ 1.0 and
    the logit-scale clamp after each step; a new batch every step; the loss of every step, and
    every parameter after the last step (final.*).

usage: python tests/gen_train.py OUT_DIR
  -> OUT_DIR/train-{gelu,quickgelu,biomed}.gguf, OUT_DIR/train-*.golden.gguf, train-gelu.{f16,q8_0}.gguf
"""
import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np
import torch
import torch.nn.functional as F
from open_clip.loss import ClipLoss
from open_clip_train.scheduler import cosine_lr

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "convert"))
from convert import _ROI_FUSION, _ROI_HEAD, _ROI_VQA, map_openclip_tensors, read_biomedclip  # noqa: E402
from gen_golden import CONVERTER, Spec, make_biomedclip  # noqa: E402
from gen_regions import random_roi  # noqa: E402
from gen_tiny import random_clip  # noqa: E402
from torchvision.ops import roi_align  # noqa: E402
from roi_processor import RoiProcessor  # noqa: E402
from train.recipe import info_nce, param_groups  # noqa: E402  (the PyTorch trainer's recipe)

BATCH = 4
REGIONS = [2, 0, 3, 1]          # boxes per image of the region step (R = 6)
REGION_NEG = 2                  # negative captions per box
QUESTIONS = [1, 0, 2, 1]        # VQA questions per image of the region step (Q = 4)
VQA_ANSWERS = ["yes", "no", "right upper lobe", "left lower lobe", "nodule"]
REGION_WEIGHTS = (1.0, 0.5, 0.7, 0.8)   # w_global, w_region, w_fused, w_vqa
STAGES = [(3, 1e-3, 1), (4, 5e-4, 2), (2, 1e-4, 0)]   # progressive schedule: (steps, lr, warmup)


def stage_lrs() -> list[float]:
    """The learning rate of every optimizer step of STAGES, each stage its own open_clip
    cosine_lr, and one step past the end (the last stage continues)."""
    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.0)
    lrs = []
    for k, (steps, lr, warmup) in enumerate(STAGES):
        schedule = cosine_lr(opt, lr, warmup, steps)
        lrs += [schedule(i) for i in range(steps + (k == len(STAGES) - 1))]
    return lrs
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


def random_ids(gen: torch.Generator, rows: int, start: int, end: int, pad: int, words: tuple[int, int]) -> torch.Tensor:
    """rows id rows: start token, 1..CONTEXT-2 random ordinary tokens (ids in [words[0],
    words[1])), end token, padding; row 0 fills the whole context. CLIP: start/end 49406/49407
    (the end token is the largest id, pooled), pad 0; BERT: [CLS] (pooled) and [SEP], [PAD]."""
    ids = torch.full((rows, CONTEXT), pad, dtype=torch.int64)
    for b in range(rows):
        n = CONTEXT - 2 if b == 0 else int(torch.randint(1, CONTEXT - 1, (1,), generator=gen))
        ids[b, 0] = start
        ids[b, 1:n + 1] = torch.randint(words[0], words[1], (n,), generator=gen)
        ids[b, n + 1] = end
    return ids


def make_batch(gen: torch.Generator, image_size: int, *id_args) -> tuple[torch.Tensor, torch.Tensor]:
    """BATCH random (already normalized) images and their random_ids rows."""
    pixels = torch.randn(BATCH, 3, image_size, image_size, generator=gen)
    return pixels, random_ids(gen, BATCH, *id_args)


def clip_loss(model: torch.nn.Module, pixels: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
    img = model.encode_image(pixels.double(), normalize=True)
    txt = model.encode_text(ids, normalize=True)
    return ClipLoss()(img, txt, model.logit_scale.exp())


def clip_names(sd: dict[str, torch.Tensor]) -> dict[str, np.ndarray]:
    """Per-parameter tensors (gradients or values) of an open_clip CLIP under the converted
    (GGUF) names."""
    out, _, _ = map_openclip_tensors({n: a.numpy() for n, a in sd.items() if n != "logit_scale"})
    out["logit_scale"] = sd["logit_scale"].numpy().reshape(1)
    return out


def biomed_names(sd: dict[str, torch.Tensor], src: Path) -> dict[str, np.ndarray]:
    """The same for a BiomedCLIP-layout CustomTextCLIP: the converter's own mapping
    (convert.read_biomedclip) run on a checkpoint of the tensors."""
    from safetensors.torch import save_file
    tmp = src.parent / (src.name + "-tensors")
    tmp.mkdir(exist_ok=True)
    shutil.copy(src / "open_clip_config.json", tmp)
    shutil.copy(src / "vocab.txt", tmp)
    save_file({n: a.float().contiguous() for n, a in sd.items()}, str(tmp / "open_clip_model.safetensors"))
    conf = json.loads((tmp / "open_clip_config.json").read_text())
    m = read_biomedclip(tmp / "open_clip_model.safetensors", conf["model_cfg"], conf["preprocess_cfg"],
                        "tensors", None, False)
    out = {n: np.asarray(a, dtype=np.float32) for n, a in m.tensors.items()}
    out["logit_scale"] = np.array([m.logit_scale], dtype=np.float32)
    shutil.rmtree(tmp)
    return out


def trajectory(model: torch.nn.Module, step_losses: list[Callable[[], torch.Tensor]],
               extra: Optional[torch.nn.Module] = None) -> tuple[list[float], list[float], list[float]]:
    """open_clip_train.train.train_one_epoch's update, one loss per step, over the model's
    parameters and extra's (the ROI processor). zero_grad() sets grads to None, so a module a
    step does not use is skipped by clipping and AdamW."""
    named = list(model.named_parameters()) + (list(extra.named_parameters()) if extra is not None else [])
    opt = torch.optim.AdamW(param_groups(named, HYPER["weight_decay"]), lr=HYPER["lr"],
                            betas=(HYPER["beta1"], HYPER["beta2"]), eps=HYPER["eps"])
    scheduler = cosine_lr(opt, HYPER["lr"], HYPER["warmup"], STEPS)
    losses, lrs, scales = [], [], []
    for step, step_loss in enumerate(step_losses):
        lrs.append(scheduler(step))
        opt.zero_grad()
        loss = step_loss()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for _, p in named], HYPER["grad_clip"], norm_type=2.0)
        opt.step()
        with torch.no_grad():
            model.logit_scale.clamp_(0, math.log(100))
        losses.append(float(loss.detach()))
        scales.append(float(model.logit_scale.detach()))
    return losses, lrs, scales


@dataclass
class Backbone:
    """What the region reference needs of a model: image side S, patch P, random_ids' token
    arguments, and (global embedding [B][E], final-norm patch tokens [B][N][W]) of pixels,
    and the vision projection of pooled width features."""
    S: int
    P: int
    id_args: tuple
    encode: Callable[[torch.Tensor], tuple[torch.Tensor, torch.Tensor]]
    project: Callable[[torch.Tensor], torch.Tensor]


def clip_backbone(model: torch.nn.Module) -> Backbone:
    def encode(pix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        model.visual.output_tokens = True
        g, tokens = model.visual(pix)                            # tokens: ln_post(x)[:, 1:]
        model.visual.output_tokens = False
        return g, tokens
    return Backbone(32, 8, (49406, 49407, 0, (1, 49406)), encode, lambda x: x @ model.visual.proj)


def biomed_backbone(model: torch.nn.Module) -> Backbone:
    trunk = model.visual.trunk
    return Backbone(160, 16, (2, 3, 0, (5, 300)),
                    lambda pix: (model.encode_image(pix), trunk.forward_features(pix)[:, 1:]), model.visual.head)


def region_inputs(gen: torch.Generator, bb: Backbone) -> dict[str, torch.Tensor]:
    """The region step's batch: captions, reports, REGIONS boxes per image (among them the
    whole view and a box smaller than a patch) with a caption and REGION_NEG negatives each,
    random crops for crop mode, QUESTIONS questions per image with random answer indices."""
    S, id_args = bb.S, bb.id_args
    pixels, ids = make_batch(gen, S, *id_args)
    R = sum(REGIONS)
    x = {"pixels": pixels, "ids": ids, "report_ids": random_ids(gen, BATCH, *id_args),
         "region_ids": random_ids(gen, R, *id_args), "neg_ids": random_ids(gen, R * REGION_NEG, *id_args)}
    lo = torch.rand(R, 2, generator=gen) * (S - 4)
    size = 1 + torch.rand(R, 2, generator=gen) * (S - 1 - lo)
    x["boxes"] = torch.cat([lo, lo + size], 1)
    x["boxes"][0] = torch.tensor([0.0, 0.0, S, S])
    x["boxes"][1] = torch.tensor([13.3, 5.1, 14.2, 6.0])
    x["crop_pixels"] = torch.randn(R, 3, S, S, generator=gen)     # crop mode: the boxes' crops
    x["question_ids"] = random_ids(gen, sum(QUESTIONS), *id_args)
    x["answers"] = torch.randint(0, len(VQA_ANSWERS), (sum(QUESTIONS),), generator=gen)
    return x


def region_loss(model: torch.nn.Module, roi: RoiProcessor, bb: Backbone, x: dict[str, torch.Tensor],
                crop: bool = False) -> tuple[torch.Tensor, list]:
    """docs/training.md: w_global L_global + w_region L_region + w_fused L_fused + w_vqa L_vqa,
    align-mode regions (torchvision roi_align 7 x 7, adaptive sampling, aligned, mean of the
    bins, visual.proj, roi.head) or crop-mode regions (roi.head(encode_image(crop))), roi.fuse,
    and the VQA head roi.answer(fused image, question) with cross-entropy.
    -> (total, [the four terms])."""
    S, P, B, R, Q = bb.S, bb.P, BATCH, sum(REGIONS), sum(QUESTIONS)
    g, tokens = bb.encode(x["pixels"].double())
    scale = model.logit_scale.exp()
    txt = model.encode_text(torch.cat([x["ids"], x["report_ids"], x["region_ids"], x["neg_ids"], x["question_ids"]]),
                            normalize=True)
    feat = tokens.transpose(1, 2).reshape(B, -1, S // P, S // P)
    bins = roi_align(feat, list(x["boxes"].double().split(REGIONS)), output_size=7, spatial_scale=1.0 / P,
                     sampling_ratio=-1, aligned=True)
    r = roi.regions(model.encode_image(x["crop_pixels"].double()) if crop else bb.project(bins.mean(dim=(2, 3))))
    starts = np.cumsum([0] + REGIONS)
    fused = torch.stack([roi.fuse(g[b], r[starts[b]:starts[b + 1]]) for b in range(B)])
    o_q = 2 * B + R + R * REGION_NEG
    image_of_question = torch.repeat_interleave(torch.arange(B), torch.tensor(QUESTIONS))
    terms = [info_nce(F.normalize(g, dim=-1), txt[:B], scale),
             info_nce(F.normalize(r, dim=-1), txt[2 * B:2 * B + R], scale, txt[2 * B + R:o_q].reshape(R, REGION_NEG, -1)),
             info_nce(F.normalize(fused, dim=-1), txt[B:2 * B], scale),
             F.cross_entropy(roi.answer(fused[image_of_question], txt[o_q:o_q + Q]), x["answers"])]
    return sum(w * t for w, t in zip(REGION_WEIGHTS, terms)), terms


def region_golden(model: torch.nn.Module, roi: RoiProcessor, bb: Backbone, gen: torch.Generator,
                  gguf_names: Callable) -> dict[str, np.ndarray]:
    """The region step's inputs, loss terms and every gradient (model and ROI processor), the
    same in crop mode, then 3 AdamW steps from the same weights: region step, global-only step
    (the ROI processor gets no gradient, so AdamW skips it), region step -> region.*, rgrad.*,
    crop.loss, cgrad.*, rfinal.* tensors."""
    x = region_inputs(gen, bb)
    roi_names = {**_ROI_HEAD, **_ROI_FUSION, **_ROI_VQA}

    def named(values: Callable[[torch.nn.Parameter], torch.Tensor]) -> dict[str, np.ndarray]:
        out = gguf_names({n: values(p) for n, p in model.named_parameters()})
        out.update({roi_names[n]: values(p).numpy() for n, p in roi.named_parameters()})
        return out

    initial = ({k: v.clone() for k, v in model.state_dict().items()}, {k: v.clone() for k, v in roi.state_dict().items()})
    model.zero_grad()
    roi.zero_grad()
    total, terms = region_loss(model, roi, bb, x)
    total.backward()
    grads = named(lambda p: p.grad.detach().clone())
    model.zero_grad()
    roi.zero_grad()
    crop_total, crop_terms = region_loss(model, roi, bb, x, crop=True)
    crop_total.backward()
    crop_grads = named(lambda p: p.grad.detach().clone())
    trajectory(model, [lambda: region_loss(model, roi, bb, x)[0], lambda: clip_loss(model, x["pixels"], x["ids"]),
                       lambda: region_loss(model, roi, bb, x)[0]], extra=roi)
    final = named(lambda p: p.detach().clone())   # load_state_dict below writes in place
    model.load_state_dict(initial[0])
    roi.load_state_dict(initial[1])
    model.zero_grad()
    out = {f"region.{k}": v.numpy().astype(np.float32 if v.is_floating_point() else np.int32) for k, v in x.items()}
    out["region.n_regions"] = np.array(REGIONS, dtype=np.int32)
    out["region.n_questions"] = np.array(QUESTIONS, dtype=np.int32)
    out["region.loss"] = np.array([float(total.detach())] + [float(t.detach()) for t in terms], dtype=np.float32)
    out.update({f"rgrad.{n}": np.asarray(a, dtype=np.float32) for n, a in grads.items()})
    out.update({f"rfinal.{n}": np.asarray(a, dtype=np.float32) for n, a in final.items()})
    out["crop.loss"] = np.array([float(crop_total.detach())] + [float(t.detach()) for t in crop_terms], dtype=np.float32)
    out.update({f"cgrad.{n}": np.asarray(a, dtype=np.float32) for n, a in crop_grads.items()})
    return out


@dataclass
class Case:
    model: torch.nn.Module
    names: Callable[[dict[str, torch.Tensor]], dict[str, np.ndarray]]   # per-parameter tensors -> GGUF names
    roi: Optional[RoiProcessor]       # the ROI processor in the converted file (region goldens)
    bb: Backbone


def roi_file(out_dir: Path, stem: str, seed: int) -> tuple[RoiProcessor, list[str]]:
    """A random ROI processor (region head, 4-head fusion, VQA head over VQA_ANSWERS) saved
    for convert.py --roi --vqa-answers."""
    roi = random_roi(32, 4, True, seed=seed, vqa_answers=len(VQA_ANSWERS))
    path, answers = out_dir / f"{stem}.roi.pt", out_dir / f"{stem}.answers.txt"
    torch.save(roi.state_dict(), path)
    answers.write_text("\n".join(VQA_ANSWERS) + "\n")
    return roi, ["--roi", str(path), "--vqa-answers", str(answers)]


def clip_case(out_dir: Path, stem: str) -> Case:
    """An open_clip CLIP (QuickGELU for train-quickgelu, else GELU; the GELU one with a ROI
    processor)."""
    quick_gelu = stem == "train-quickgelu"
    # GELU starts at open_clip's initial scale; QuickGELU just above the clamp's lower bound,
    # which the trajectory then reaches (the scale's gradient pushes it down in this setup)
    init_scale = 0.002 if quick_gelu else math.log(1 / 0.07)
    roi, roi_args = roi_file(out_dir, stem, 7) if not quick_gelu else (None, [])
    model = random_clip(config(quick_gelu), out_dir, stem, edit=lambda m: m.logit_scale.fill_(init_scale),
                        convert_args=roi_args)
    for dtype in ("f16", "q8_0") if not quick_gelu else ():   # the same checkpoint, other weight types
        subprocess.run([sys.executable, str(CONVERTER), str(out_dir / f"{stem}.pt"), "--config",
                        str(out_dir / f"{stem}_config.json"), "-o", str(out_dir / f"{stem}.{dtype}.gguf"),
                        "--dtype", dtype, "-q"] + roi_args, check=True)
    return Case(model, clip_names, roi, clip_backbone(model))


def biomed_case(out_dir: Path, stem: str) -> Case:
    """A small BiomedCLIP layout (gen_golden.make_biomedclip: timm test_vit at its 160 px, patch 16,
    width 64, 6 layers, 2 heads, patch bias, no pre-LN; BERT width 48, 2 layers, 4 heads, post-LN,
    vocabulary of 300 with [PAD] [UNK] [CLS] [SEP] = 0..3; MLP text projection 48 -> 40 -> GELU
    -> 32) with a ROI processor, converted from its checkpoint folder."""
    src = out_dir / f"{stem}-src"
    spec = Spec(f"{stem}-small", "biomedclip", 9, save_as="safetensors", timm_model="test_vit", image_size=160,
                bert={"vocab_size": 300, "hidden_size": 48, "num_hidden_layers": 2, "num_attention_heads": 4,
                      "intermediate_size": 96, "max_position_embeddings": 32, "type_vocab_size": 2},
                embed_dim=32, context_length=CONTEXT)
    model = make_biomedclip(spec, src)
    roi, roi_args = roi_file(out_dir, stem, 11)
    subprocess.run([sys.executable, str(CONVERTER), str(src), "-o", str(out_dir / f"{stem}.gguf"), "-q"] + roi_args,
                   check=True)
    return Case(model, lambda sd: biomed_names(sd, src), roi, biomed_backbone(model))


CASES: dict[str, Callable[[Path, str], Case]] = {
    "train-quickgelu": clip_case, "train-gelu": clip_case, "train-biomed": biomed_case}


def generate(out_dir: Path, stem: str) -> str:
    import gguf
    case = CASES[stem](out_dir, stem)
    gguf_names, roi, bb = case.names, case.roi, case.bb
    # eval(): no dropout. The C unit has none, and BERT's config enables 0.1 by default
    model = case.model.double().eval()

    def batch(g: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
        return make_batch(g, bb.S, *bb.id_args)

    initial = {k: v.clone() for k, v in model.state_dict().items()}
    gen = torch.Generator().manual_seed(20261128 + len(stem))
    pixels, ids = batch(gen)
    loss = clip_loss(model, pixels, ids)
    loss.backward()
    grads = gguf_names({n: p.grad.detach() for n, p in model.named_parameters()})
    model.zero_grad()
    region = region_golden(model, roi.double(), bb, gen, gguf_names) if roi is not None else {}
    batches = [batch(gen) for _ in range(STEPS)]
    model.load_state_dict(initial)
    losses, lrs, scales = trajectory(model, [lambda b=b: clip_loss(model, *b) for b in batches])
    final = gguf_names({n: p.detach() for n, p in model.named_parameters()})

    path = out_dir / f"{stem}.golden.gguf"
    w = gguf.GGUFWriter(str(path) + ".tmp", "regionclip.golden")
    for k, v in HYPER.items():
        w.add_float32(f"train.{k}", float(v))
    w.add_uint32("train.steps", STEPS)
    w.add_uint32("stages.n", len(STAGES))
    for k, (steps, lr, warmup) in enumerate(STAGES):
        w.add_uint32(f"stages.{k}.steps", steps)
        w.add_float32(f"stages.{k}.lr", lr)
        w.add_uint32(f"stages.{k}.warmup", warmup)
    w.add_tensor("stages.lr", np.array(stage_lrs(), dtype=np.float32))
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
    for name, a in final.items():
        w.add_tensor(f"final.{name}", np.ascontiguousarray(a.astype(np.float32)))
    for name, a in region.items():
        w.add_tensor(name, np.ascontiguousarray(a))
    if region:
        w.add_uint32("region.n_neg", REGION_NEG)
        for k, v in zip(("w_global", "w_region", "w_fused", "w_vqa"), REGION_WEIGHTS):
            w.add_float32(f"region.{k}", v)
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
    sources = [here / "gen_train.py", here / "gen_tiny.py", here / "gen_golden.py", here.parent / "convert" / "convert.py",
               here.parent / "convert" / "roi_processor.py", here.parent / "train" / "recipe.py"]
    for stem in CASES:
        outs = [out_dir / f"{stem}.gguf", out_dir / f"{stem}.golden.gguf"]
        newest = max(p.stat().st_mtime for p in sources)
        if all(o.exists() and o.stat().st_mtime > newest for o in outs):
            print(f"{stem}: up to date")
            continue
        print(generate(out_dir, stem))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/train"))
