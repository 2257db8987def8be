"""The recipe of docs/training.md in torch: the losses, open_clip's parameter groups, the
per-stage warmup + cosine, freezing groups, and the configuration the C trainer stores in its
checkpoints (keys train.cfg.*). tests/gen_train.py uses the same functions for its goldens."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Optional

import torch
import torch.nn.functional as F
from open_clip_train.scheduler import cosine_lr

# rc_train_config.frozen bits (regionclip.h RC_GROUP_*)
GROUP_IMAGE, GROUP_TEXT, GROUP_PROJ, GROUP_LOGIT_SCALE, GROUP_ROI, GROUP_VQA = 1, 2, 4, 8, 16, 32
LOG_SCALE_MAX = math.log(100)


def group_of(gguf_name: str) -> int:
    """The freezing group of a tensor by its GGUF name, as rc__train_table assigns it."""
    if gguf_name == "logit_scale":
        return GROUP_LOGIT_SCALE
    if gguf_name.startswith(("v.proj.", "t.proj.")):
        return GROUP_PROJ
    if gguf_name.startswith("v."):
        return GROUP_IMAGE
    if gguf_name.startswith("t."):
        return GROUP_TEXT
    return GROUP_VQA if gguf_name.startswith("vqa.") else GROUP_ROI


@dataclass
class Stage:
    """rc_train_stage: steps, peak lr, warmup, loss weights, frozen groups."""
    steps: int
    lr: float
    warmup_steps: int
    w_global: float = 1.0
    w_region: float = 0.0
    w_fused: float = 0.0
    w_vqa: float = 0.0
    frozen: int = 0


@dataclass
class TrainConfig:
    """rc_train_config with its defaults (rc_train_config_default); checkpoint keys
    train.cfg.NAME and train.cfg.stage.K.NAME."""
    max_batch: int = 8
    lr: float = 5e-4
    warmup_steps: int = 10000
    total_steps: int = 100000
    weight_decay: float = 0.2
    beta1: float = 0.9
    beta2: float = 0.98
    eps: float = 1e-6
    grad_clip: float = 0.0
    accum_steps: int = 1
    frozen: int = 0
    max_regions: int = 0
    max_negatives: int = 0
    crop_regions: int = 0
    w_global: float = 1.0
    w_region: float = 1.0
    w_fused: float = 1.0
    max_questions: int = 0
    w_vqa: float = 1.0
    stages: list[Stage] = field(default_factory=list)

    @staticmethod
    def from_keys(kv: dict[str, float]) -> Optional["TrainConfig"]:
        """From a checkpoint's metadata (None when it has no train.cfg.* keys)."""
        if "train.cfg.n_stages" not in kv:
            return None
        c = TrainConfig()
        for f in fields(TrainConfig):
            if f.name != "stages":
                setattr(c, f.name, type(getattr(c, f.name))(kv[f"train.cfg.{f.name}"]))
        for k in range(int(kv["train.cfg.n_stages"])):
            p = f"train.cfg.stage.{k}."
            c.stages.append(Stage(*(type(getattr(Stage(0, 0.0, 0), f.name))(kv[p + f.name]) for f in fields(Stage))))
        return c

    def to_keys(self) -> dict[str, float]:
        out: dict[str, float] = {f"train.cfg.{f.name}": getattr(self, f.name) for f in fields(self) if f.name != "stages"}
        out["train.cfg.n_stages"] = len(self.stages)
        for k, s in enumerate(self.stages):
            out.update({f"train.cfg.stage.{k}.{f.name}": getattr(s, f.name) for f in fields(s)})
        return out


def default_recipe(steps: tuple[int, int, int], lrs: tuple[float, float, float], batch: int, grad_clip: float,
                   max_negatives: int, regions_per_image: int, questions_per_image: int) -> TrainConfig:
    """rclip train's three stages (examples/train.h train_config): 1 L_global; 2 adds the
    region, fused and VQA losses with both towers frozen; 3 everything; warmup a tenth."""
    c = TrainConfig(max_batch=batch, grad_clip=grad_clip, max_regions=batch * regions_per_image,
                    max_negatives=max_negatives, max_questions=batch * questions_per_image)
    for k in range(3):
        w = 1.0 if k else 0.0
        c.stages.append(Stage(steps[k], lrs[k], steps[k] // 10, 1.0, w, w, w,
                              GROUP_IMAGE | GROUP_TEXT if k == 1 else 0))
    return c


def stage_at(cfg: TrainConfig, step: int) -> tuple[int, int]:
    """The index of the stage of optimizer step `step` (0-based) and the step within it; past
    the end the last stage continues."""
    start = 0
    for k, s in enumerate(cfg.stages):
        if step < start + s.steps or k == len(cfg.stages) - 1:
            return k, step - start
        start += s.steps
    raise ValueError("configuration without stages")


def set_lr(opt: torch.optim.Optimizer, stage: Stage, step_in_stage: int) -> float:
    """open_clip_train's cosine_lr of the stage, assigned to every parameter group."""
    return cosine_lr(opt, stage.lr, stage.warmup_steps, stage.steps)(step_in_stage)


def param_groups(named: list[tuple[str, torch.nn.Parameter]], weight_decay: float) -> list[dict]:
    """open_clip_train.main: no weight decay for gains and biases."""
    def exclude(n: str, p: torch.nn.Parameter) -> bool:
        return p.ndim < 2 or "bn" in n or "ln" in n or "bias" in n or "logit_scale" in n
    return [{"params": [p for n, p in named if exclude(n, p)], "weight_decay": 0.0},
            {"params": [p for n, p in named if not exclude(n, p)], "weight_decay": weight_decay}]


def info_nce(a: torch.Tensor, b: torch.Tensor, scale: torch.Tensor, neg: Optional[torch.Tensor] = None) -> torch.Tensor:
    """docs/training.md: pairs (a_i, b_i); rows also against a_i's own negatives neg[i][K];
    columns over the a's only. neg None is open_clip's ClipLoss."""
    logits = scale * a @ b.T
    rows = logits if neg is None else torch.cat([logits, scale * torch.einsum("ie,ike->ik", a, neg)], 1)
    labels = torch.arange(len(a), device=a.device)
    return (F.cross_entropy(rows, labels) + F.cross_entropy(logits.T, labels)) / 2


@dataclass
class Embeddings:
    """What the losses of one step need (gathered over ranks for global negatives): g [B][E]
    global image embeddings and fused [B][E] (before normalization), captions / reports [B][E],
    regions r [R][E] (before normalization), their captions [R][E] and negatives [R][K][E]
    (texts L2-normalized), VQA logits [Q][A] with answers [Q]. None: not in this step."""
    g: torch.Tensor
    captions: torch.Tensor
    reports: Optional[torch.Tensor] = None
    fused: Optional[torch.Tensor] = None
    regions: Optional[torch.Tensor] = None
    region_captions: Optional[torch.Tensor] = None
    negatives: Optional[torch.Tensor] = None
    vqa_logits: Optional[torch.Tensor] = None
    answers: Optional[torch.Tensor] = None


def recipe_loss(e: Embeddings, scale: torch.Tensor, stage: Stage) -> tuple[torch.Tensor, list[float]]:
    """w_global L_global + w_region L_region + w_fused L_fused + w_vqa L_vqa over the terms the
    step has -> (total, [total, global, region, fused, vqa] as floats, 0 for an absent term)."""
    t = info_nce(F.normalize(e.g, dim=-1), e.captions, scale)
    terms, values = [stage.w_global * t], [float(t.detach()), 0.0, 0.0, 0.0]
    if e.regions is not None and len(e.regions):
        t = info_nce(F.normalize(e.regions, dim=-1), e.region_captions, scale, e.negatives)
        terms.append(stage.w_region * t)
        values[1] = float(t.detach())
    if e.fused is not None:
        t = info_nce(F.normalize(e.fused, dim=-1), e.reports, scale)
        terms.append(stage.w_fused * t)
        values[2] = float(t.detach())
    if e.vqa_logits is not None and len(e.vqa_logits):
        t = F.cross_entropy(e.vqa_logits, e.answers)
        terms.append(stage.w_vqa * t)
        values[3] = float(t.detach())
    total = sum(terms[1:], terms[0])
    return total, [float(total.detach())] + values
