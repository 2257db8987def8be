"""The loop: one optimizer step of the recipe (Trainer.step), DDP across torchrun's ranks,
global negatives, rank-0 checkpoints, resume, and the command line (python -m train)."""
from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Optional

import numpy as np
import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data.distributed import DistributedSampler

from train.data import (MAX_NEGATIVES, QUESTIONS_PER_IMAGE, REGIONS_PER_IMAGE, Corpus, ManifestError, Record,
                        collate, negatives_available, parse_manifest)
from train.model import (Batch, Loaded, ModelError, RegionClip, load_torch_checkpoint, read_gguf, save_torch_checkpoint,
                         to_torch)
from train.recipe import (LOG_SCALE_MAX, Embeddings, Stage, TrainConfig, default_recipe, group_of, param_groups,
                          recipe_loss, set_lr, stage_at)

GATHERED = ("g", "captions", "reports", "fused", "regions", "region_captions", "negatives", "vqa_logits", "answers")


class _AllGather(torch.autograd.Function):
    """all_gather whose backward sums every rank's gradient of the gathered tensor and keeps
    this rank's slice: open_clip's gather_with_grad (torch.distributed.nn.all_gather) written
    with all_reduce, which gloo supports."""

    @staticmethod
    def forward(ctx, x: torch.Tensor) -> torch.Tensor:  # type: ignore[override]
        parts = [torch.empty_like(x) for _ in range(dist.get_world_size())]
        dist.all_gather(parts, x.contiguous())
        return torch.stack(parts)

    @staticmethod
    def backward(ctx, grad: torch.Tensor) -> torch.Tensor:  # type: ignore[override]
        grad = grad.contiguous()
        dist.all_reduce(grad)
        return grad[dist.get_rank()]


def gather_rows(x: torch.Tensor) -> torch.Tensor:
    """Every rank's rows of x [n][...] (n may differ), rank after rank, with gradient."""
    n = torch.tensor([x.shape[0]], device=x.device)
    sizes = [torch.zeros_like(n) for _ in range(dist.get_world_size())]
    dist.all_gather(sizes, n)
    counts = [int(s) for s in sizes]
    pad = x.new_zeros((max(counts) - x.shape[0],) + tuple(x.shape[1:]))
    full = _AllGather.apply(torch.cat([x, pad]))
    return torch.cat([full[r, :c] for r, c in enumerate(counts)])


class Trainer:
    """The recipe's optimizer over a RegionClip: AdamW with open_clip's parameter groups, the
    stage's learning rate, freezing, clipping and the clamp, as rc_train_update. With a
    process group of more than one rank the model runs under DDP (rebuilt when the frozen
    groups change, since DDP fixes its parameters at construction) and, with global
    negatives, every contrastive term is computed over all ranks' rows."""

    def __init__(self, model: RegionClip, cfg: TrainConfig, global_negatives: bool = True, bf16: bool = False) -> None:
        if cfg.accum_steps != 1 or cfg.crop_regions:
            raise ModelError("configuration uses accum_steps > 1 or crop_regions, which the PyTorch trainer "
                             "does not implement")
        if not cfg.stages:             # one stage from the top-level fields (rc_train_config)
            cfg.stages = [Stage(cfg.total_steps, cfg.lr, cfg.warmup_steps, cfg.w_global, cfg.w_region, cfg.w_fused,
                                cfg.w_vqa, cfg.frozen)]
        self.model, self.cfg, self.bf16 = model, cfg, bf16
        self.params = model.gguf_params()
        self.opt = torch.optim.AdamW(param_groups([(t, p) for _, t, p, _ in self.params], cfg.weight_decay), lr=0.0,
                                     betas=(cfg.beta1, cfg.beta2), eps=cfg.eps)
        self.step_count = 0
        self.world = dist.get_world_size() if dist.is_initialized() else 1
        self.gather = global_negatives and self.world > 1
        self.frozen: Optional[int] = None
        self.net: torch.nn.Module = model

    def stage(self) -> tuple[Stage, int]:
        """The current step's stage and the step within it."""
        k, i = stage_at(self.cfg, self.step_count)
        return self.cfg.stages[k], i

    def with_regions(self) -> bool:
        s, _ = self.stage()
        return s.w_region > 0 or s.w_fused > 0 or s.w_vqa > 0

    def _freeze(self, frozen: int) -> None:
        if frozen == self.frozen:
            return
        for gname, _, p, _ in self.params:
            p.requires_grad_(not group_of(gname) & frozen)
        if self.world > 1:
            dev = next(self.model.parameters()).device
            self.net = DistributedDataParallel(self.model, device_ids=[dev] if dev.type == "cuda" else None,
                                               find_unused_parameters=True)
        self.frozen = frozen

    def load_c_state(self, loaded: Loaded) -> None:
        """A C checkpoint's AdamW moments, per-tensor update counts and step."""
        for gname, tname, p, part in self.params:
            if gname not in loaded.adam:
                raise ModelError(f"checkpoint has no optimizer state for {gname}")
            m, v, t = loaded.adam[gname]
            if t:
                self.opt.state[p] = {"step": torch.tensor(float(t)), "exp_avg": to_param(tname, m, p, part),
                                     "exp_avg_sq": to_param(tname, v, p, part)}
        self.step_count = loaded.step

    def step(self, batch: Batch) -> list[float]:
        """One optimizer step on this rank's batch -> [loss, global, region, fused, vqa, lr,
        grad_norm] (the loss of the whole global batch with global negatives)."""
        stage, k = self.stage()
        self._freeze(stage.frozen)
        lr = set_lr(self.opt, stage, k)
        self.opt.zero_grad(set_to_none=True)
        p0 = next(self.model.parameters())
        with torch.autocast(device_type=p0.device.type, dtype=torch.bfloat16, enabled=self.bf16 and p0.is_cuda):
            local = self.net(batch.to(p0.device, p0.dtype))
        if self.bf16:
            local = {k2: v.float() if v.is_floating_point() else v for k2, v in local.items()}
        e = {k2: gather_rows(local[k2]) if self.gather else local[k2] for k2 in GATHERED if k2 in local}
        loss, values = recipe_loss(Embeddings(**e), local["scale"], stage)
        loss.backward()
        trained = [p for _, _, p, _ in self.params if p.grad is not None]
        if self.cfg.grad_clip > 0:
            norm = float(torch.nn.utils.clip_grad_norm_(trained, self.cfg.grad_clip, norm_type=2.0))
        else:
            norm = math.sqrt(sum(float((p.grad.double() ** 2).sum()) for p in trained))
        self.opt.step()
        with torch.no_grad():
            self.model.clip.logit_scale.clamp_(0, LOG_SCALE_MAX)
        self.step_count += 1
        return values + [lr, norm]


def to_param(tname: str, a: np.ndarray, p: torch.nn.Parameter, part: Optional[int]) -> torch.Tensor:
    """A GGUF-layout array (an AdamW moment) as a tensor like parameter p."""
    return to_torch(tname, a, p.shape, part).to(p.device, p.dtype).clone()


# ---- the command line ------------------------------------------------------------------

def parse_args(argv: Optional[list[str]]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m train", description="regionclip's progressive recipe on PyTorch "
                                 "(DDP under torchrun); docs/training.md")
    ap.add_argument("model", type=Path, help="initial model: a regionclip GGUF (convert.py output or rclip train checkpoint)")
    ap.add_argument("manifest", type=Path, help="training manifest (docs/data.md)")
    ap.add_argument("-o", "--out", type=Path, required=True, help="checkpoint directory (written by rank 0)")
    ap.add_argument("--steps", default="100,100,50", help="S1,S2,S3 optimizer steps per stage")
    ap.add_argument("--batch", type=int, default=8, help="global batch (split evenly over the ranks)")
    ap.add_argument("--lr", default="1e-4", help="LR (stages LR, LR, LR/10) or L1,L2,L3")
    ap.add_argument("--grad-clip", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--negatives", choices=("global", "local"), default="global",
                    help="contrastive negatives from every rank's rows (open_clip gather_with_grad) or this rank's")
    ap.add_argument("--save-every", type=int, default=0)
    ap.add_argument("--until", type=int, default=0, help="stop after this step (a later --resume continues)")
    ap.add_argument("--resume", type=Path, help="a checkpoint of this trainer (directory) or of rclip train (GGUF)")
    ap.add_argument("--csv", type=Path, help="CSV of every step's losses (rank 0; not --log: torchrun's parser takes it)")
    ap.add_argument("--stop-on-bad", action="store_true", help="a bad manifest record stops the run (default: skipped)")
    ap.add_argument("--bf16", action="store_true", help="bf16 autocast of the forward pass (CUDA only)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads per process (0: torch's default)")
    ap.add_argument("--float64", action="store_true", help="train in float64 (for tests: rounding out of the way)")
    return ap.parse_args(argv)


def _floats(s: str, n: int, what: str) -> list[float]:
    parts = s.split(",")
    if len(parts) != n:
        raise SystemExit(f"error: {what} needs {n} comma-separated values")
    return [float(x) for x in parts]


def _agree(ok: bool, dev: torch.device) -> bool:
    """True on every rank when every rank is ok (all stop together otherwise)."""
    if not dist.is_initialized():
        return ok
    flag = torch.tensor([0 if ok else 1], device=dev)     # NCCL reduces CUDA tensors only
    dist.all_reduce(flag, op=dist.ReduceOp.MAX)
    return int(flag) == 0


def _say(rank: int, world: int, msg: str) -> None:
    print(f"[rank {rank}] {msg}" if world > 1 else msg, file=sys.stderr, flush=True)


def _load_resume(path: Path, model_arch: str) -> tuple[Optional[Loaded], Optional[dict]]:
    """A checkpoint to continue -> (a C checkpoint GGUF read, None) or (None, this trainer's
    trainer.pt of a checkpoint directory). Refused when its architecture is not the model's."""
    if path.is_dir():
        state = torch.load(path / "trainer.pt", map_location="cpu", weights_only=False)
        if state["arch"] != model_arch:
            raise ModelError(f"{path}: checkpoint of another architecture than the model:\n  checkpoint "
                             f"{state['arch']}\n  model      {model_arch}")
        return None, state
    loaded = read_gguf(path)
    if loaded.arch.describe() != model_arch:
        raise ModelError(f"{path}: checkpoint of another architecture than the model:\n  checkpoint "
                         f"{loaded.arch.describe()}\n  model      {model_arch}")
    if loaded.cfg is None:
        raise ModelError(f"{path}: not a checkpoint (no train.cfg.* keys: a plain model or an --export)")
    return loaded, None


def save_checkpoint(trainer: Trainer, out: Path, args: argparse.Namespace) -> None:
    """Rank 0: out/ holds model.pt, open_clip_config.json, roi.pt, answers.txt (convert.py's
    inputs; convert.txt its arguments) and trainer.pt (optimizer, step, configuration);
    written to out.tmp and renamed."""
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    conv = save_torch_checkpoint(trainer.model, tmp, out)
    (tmp / "convert.txt").write_text(" ".join(conv) + "\n")
    torch.save({"step": trainer.step_count, "optimizer": trainer.opt.state_dict(), "cfg": trainer.cfg,
                "arch": trainer.model.arch.describe(), "seed": args.seed, "batch": args.batch,
                "negatives": args.negatives}, tmp / "trainer.pt")
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    tmp.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    world, rank = int(os.environ.get("WORLD_SIZE", "1")), int(os.environ.get("RANK", "0"))
    cuda = torch.cuda.is_available()
    if args.threads:
        torch.set_num_threads(args.threads)
    if world > 1:
        if cuda:
            torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")))
        dist.init_process_group("nccl" if cuda else "gloo", timeout=timedelta(minutes=10))
    dev = torch.device("cuda", torch.cuda.current_device()) if cuda else torch.device("cpu")
    try:
        return _run(args, world, rank, dev)
    finally:
        if dist.is_initialized():
            dist.destroy_process_group()


@dataclass
class Inputs:
    """What a run starts from, read (and checked) on every rank."""
    loaded: Loaded                       # the MODEL argument
    model: RegionClip
    records: list[Record]
    resume_c: Optional[Loaded]           # --resume of an rclip train checkpoint
    resume_t: Optional[dict]             # --resume of this trainer's checkpoint (its trainer.pt)


def _read_inputs(args: argparse.Namespace, world: int, rank: int) -> Inputs:
    if args.batch % world or args.batch // world < 1:
        raise ModelError(f"--batch {args.batch} is not a multiple of the {world} ranks")
    loaded = read_gguf(args.model)
    model = RegionClip(loaded.arch)
    model.load_tensors(loaded)
    records, problems = parse_manifest(args.manifest, args.stop_on_bad)
    for p in problems:
        _say(rank, world, p)
    if args.stop_on_bad and problems:
        raise ManifestError(problems)
    if len(records) < args.batch:
        raise ManifestError([f"{args.manifest}: {len(records)} usable records, fewer than the batch {args.batch}"])
    resume_c, resume_t = _load_resume(args.resume, loaded.arch.describe()) if args.resume else (None, None)
    return Inputs(loaded, model, records, resume_c, resume_t)


def _make_trainer(args: argparse.Namespace, inp: Inputs, dev: torch.device) -> Trainer:
    """The trainer at the run's start: the recipe of the arguments, or the configuration,
    weights and optimizer state of the checkpoint resumed."""
    steps = [int(x) for x in _floats(args.steps, 3, "--steps")]
    lrs = _floats(args.lr, 3, "--lr") if "," in args.lr else [float(args.lr)] * 2 + [float(args.lr) / 10]
    cfg = default_recipe((steps[0], steps[1], steps[2]), (lrs[0], lrs[1], lrs[2]), args.batch, args.grad_clip,
                         MAX_NEGATIVES, REGIONS_PER_IMAGE, QUESTIONS_PER_IMAGE)
    model = inp.model.to(dev, torch.float64 if args.float64 else torch.float32)
    if inp.resume_c is not None:
        model.load_tensors(inp.resume_c)
        trainer = Trainer(model, inp.resume_c.cfg, args.negatives == "global", args.bf16)
        trainer.load_c_state(inp.resume_c)
    elif inp.resume_t is not None:
        load_torch_checkpoint(model, args.resume, dev)
        trainer = Trainer(model, inp.resume_t["cfg"], args.negatives == "global", args.bf16)
        trainer.opt.load_state_dict(inp.resume_t["optimizer"])
        trainer.step_count = inp.resume_t["step"]
    else:
        trainer = Trainer(model, cfg, args.negatives == "global", args.bf16)
    return trainer


def _run(args: argparse.Namespace, world: int, rank: int, dev: torch.device) -> int:
    # everything that can be wrong with the inputs is found on every rank, then agreed on
    err: Optional[str] = None
    try:
        inp = _read_inputs(args, world, rank)
    except (ModelError, ManifestError, OSError, RuntimeError, KeyError, ValueError) as e:
        err = str(e) if not isinstance(e, ManifestError) else "stopped at a problem of the manifest"
    if not _agree(err is None, dev):
        _say(rank, world, f"error: {err}" if err else "error: stopped because another rank failed")
        return 1
    trainer = _make_trainer(args, inp, dev)
    _loop(args, trainer, inp, world, rank)
    return 0


def _loop(args: argparse.Namespace, trainer: Trainer, inp: Inputs, world: int, rank: int) -> None:
    """Steps until the schedule's end (or --until): this rank's slice of the step's global
    batch from the DistributedSampler's epoch permutation, progress and CSV from rank 0,
    checkpoints every --save-every steps and at the end."""
    arch, cfg, model = inp.loaded.arch, trainer.cfg, trainer.model
    dev = next(model.parameters()).device
    corpus = Corpus(inp.records, arch.model_cfg["vision_cfg"]["image_size"], arch.preprocess_cfg["mean"],
                    arch.preprocess_cfg["std"], arch.answers)
    tokenizer = model.tokenizer
    sampler = DistributedSampler(range(len(corpus)), num_replicas=world, rank=rank, shuffle=True, seed=args.seed,
                                 drop_last=True)
    local_batch = args.batch // world
    per_epoch = len(sampler) // local_batch
    total = sum(s.steps for s in cfg.stages)
    if args.until:
        total = min(total, args.until)
    append = bool(trainer.step_count) and args.csv is not None and args.csv.exists() and args.csv.stat().st_size > 0
    log = open(args.csv, "a" if append else "w") if args.csv and rank == 0 else None
    if log and not append:
        log.write("step,stage,loss,loss_global,loss_region,loss_fused,loss_vqa,lr,grad_norm,logit_scale\n")
    t0, first = time.time(), trainer.step_count
    while trainer.step_count < total:
        step = trainer.step_count
        epoch, j = divmod(step, per_epoch)
        sampler.set_epoch(epoch)
        indices = list(sampler)[j * local_batch:(j + 1) * local_batch]
        with_regions = trainer.with_regions()
        samples = [corpus.sample(i, args.seed, epoch, with_regions) for i in indices]
        n_neg = torch.tensor([negatives_available(samples)], device=dev)
        if dist.is_initialized():
            dist.all_reduce(n_neg, op=dist.ReduceOp.MIN)
        batch = collate(samples, int(n_neg), with_regions, bool(arch.answers) and model.roi is not None, tokenizer)
        v = trainer.step(batch)
        stage_no = stage_at(cfg, step)[0] + 1
        scale = float(model.clip.logit_scale.detach().exp())
        if rank == 0:
            rate = (step + 1 - first) * args.batch / max(time.time() - t0, 1e-9)
            print(f"stage {stage_no}  step {step + 1}/{total}  loss {v[0]:.4f} (global {v[1]:.4f} region {v[2]:.4f} "
                  f"fused {v[3]:.4f} vqa {v[4]:.4f})  lr {v[5]:.2e}  {rate:.1f} img/s", file=sys.stderr, flush=True)
            if log:
                log.write(f"{step + 1},{stage_no}," + ",".join(f"{x:.9g}" for x in v) + f",{scale:.9g}\n")
                log.flush()
        if args.save_every and (step + 1) % args.save_every == 0 and step + 1 < total and rank == 0:
            save_checkpoint(trainer, args.out, args)
    if rank == 0:
        save_checkpoint(trainer, args.out, args)
        print(f"wrote {args.out} ({trainer.step_count} steps); to GGUF: python convert/convert.py "
              f"$(cat {args.out}/convert.txt) -o MODEL.gguf", file=sys.stderr)
    if log:
        log.close()
    if dist.is_initialized():
        dist.barrier()
