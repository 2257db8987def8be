"""GGUF <-> torch for the trainer: a regionclip GGUF (a converted model or a checkpoint of
`rclip train` / rc_trainer_save) becomes an open_clip CLIP (or, biomedclip family,
train/biomed.py's CustomTextCLIP) plus convert/roi_processor.py's RoiProcessor, named tensor by
tensor with the converter's own mapping (convert.map_openclip_tensors, or read_biomedclip's
names), and a C checkpoint's AdamW moments and update counts become torch.optim.AdamW state.
The trainer's own checkpoints are open_clip / RoiProcessor files that convert/convert.py turns
back into a GGUF."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import gguf
import numpy as np
import open_clip
import torch
from torch import nn
from torchvision.ops import roi_align

from convert import _OC_TRANSPOSED, _ROI_FUSION, _ROI_HEAD, _ROI_VQA, map_openclip_tensors
from roi_processor import RoiProcessor

from train import biomed
from train.recipe import TrainConfig

ROI_NAMES = {**_ROI_HEAD, **_ROI_FUSION, **_ROI_VQA}     # RoiProcessor key -> GGUF name
P = "regionclip."


class ModelError(Exception):
    """A file the trainer cannot use (the message names it and why)."""


@dataclass
class Arch:
    """What must be equal for a checkpoint to continue a model: the open_clip config, the
    preprocessing and the ROI processor's layout."""
    model_cfg: dict
    preprocess_cfg: dict
    roi_heads: int
    roi_parts: tuple[bool, bool]          # region head, fusion
    answers: list[str]
    family: str = "clip"
    text: Optional[dict] = None           # biomedclip: the BERT config and the WordPiece vocabulary

    def describe(self) -> str:
        return json.dumps({"family": self.family, "model_cfg": self.model_cfg, "roi_heads": self.roi_heads,
                           "roi_parts": self.roi_parts, "answers": self.answers,
                           "text": self.text and {"bert": self.text["bert"], "vocab": len(self.text["tokens"])}},
                          sort_keys=True)


@dataclass
class Loaded:
    """A GGUF read for training: architecture, tensors by GGUF name (f32, numpy layout of the
    file), log scale, and for a C checkpoint its configuration, step and optimizer state."""
    arch: Arch
    tensors: dict[str, np.ndarray]
    logit_scale: float
    cfg: Optional[TrainConfig] = None
    step: int = 0
    adam: dict[str, tuple[np.ndarray, np.ndarray, int]] = field(default_factory=dict)   # name -> (m, v, t)


def _kv(reader: gguf.GGUFReader) -> dict[str, Any]:
    return {k: f.contents() for k, f in reader.fields.items() if not k.startswith("GGUF.")}


def _f32(t: Any) -> np.ndarray:
    a = gguf.quants.dequantize(t.data, t.tensor_type)
    return np.ascontiguousarray(a.reshape([int(x) for x in reversed(t.shape)]), dtype=np.float32)


def read_gguf(path: Path) -> Loaded:
    """A regionclip GGUF (clip or biomedclip family) -> Loaded."""
    try:
        reader = gguf.GGUFReader(str(path))
    except Exception as e:  # noqa: BLE001 - any unreadable file is the same problem for the user
        raise ModelError(f"{path}: not a readable GGUF file ({e})") from None
    kv = _kv(reader)
    family = kv.get(P + "family")
    if family not in ("clip", "biomedclip"):
        raise ModelError(f"{path}: family {family!r}: not a regionclip model")
    weights = [t for t in reader.tensors if t.name not in ("logit_scale", "train.adam_m", "train.adam_v",
                                                           "train.param_steps")]
    tensors = {t.name: _f32(t) for t in weights}
    v, t = P + "vision.", P + "text."
    pre = {"mean": [float(x) for x in kv[v + "image_mean"]], "std": [float(x) for x in kv[v + "image_std"]]}
    answers = [str(a) for a in kv.get(P + "vqa.answers", [])]
    roi = (int(kv.get(P + "roi.heads", 0)), ("roi.head.weight" in tensors, "roi.attn_qkv.weight" in tensors))
    if family == "biomedclip":
        try:
            model_cfg, text = biomed.arch_parts(kv, tensors)
        except (ValueError, KeyError) as e:
            raise ModelError(f"{path}: {e}") from None
        return _loaded(reader, kv, weights, tensors, Arch(model_cfg, pre, *roi, answers, family, text))
    vw, tw = int(kv[v + "width"]), int(kv[t + "width"])
    model_cfg: dict[str, Any] = {
        "embed_dim": int(kv[P + "embed_dim"]), "quick_gelu": kv[v + "act"] == "quick_gelu",
        "vision_cfg": {"image_size": int(kv[v + "image_size"]), "layers": int(kv[v + "layers"]), "width": vw,
                       "patch_size": int(kv[v + "patch_size"]), "head_width": vw // int(kv[v + "heads"]),
                       "mlp_ratio": int(kv[v + "mlp_dim"]) / vw},
        "text_cfg": {"context_length": int(kv[t + "context_length"]), "vocab_size": int(kv[t + "vocab_size"]),
                     "width": tw, "heads": int(kv[t + "heads"]), "layers": int(kv[t + "layers"]),
                     "mlp_ratio": int(kv[t + "mlp_dim"]) / tw}}
    for tower, key in (("vision_cfg", v), ("text_cfg", t)):
        eps = float(np.float32(kv[key + "ln_eps"]))
        if abs(eps - 1e-5) > 1e-12:
            model_cfg[tower]["norm_kwargs"] = {"eps": eps}
    if "v.pre_ln.weight" not in tensors:
        model_cfg["vision_cfg"]["no_ln_pre"] = True
    if "t.proj.0.bias" in tensors:
        model_cfg["text_cfg"]["proj_bias"] = True
    return _loaded(reader, kv, weights, tensors, Arch(model_cfg, pre, *roi, answers))


def _loaded(reader: gguf.GGUFReader, kv: dict[str, Any], weights: list[Any], tensors: dict[str, np.ndarray],
            arch: Arch) -> Loaded:
    scale_t = next((x for x in reader.tensors if x.name == "logit_scale"), None)
    scale = float(_f32(scale_t).reshape(-1)[0]) if scale_t is not None else float(kv[P + "logit_scale"])
    out = Loaded(arch, tensors, scale, TrainConfig.from_keys(kv), int(kv.get("train.step", 0)))
    if out.cfg is not None:
        out.adam = _c_adam_state(reader, weights + ([scale_t] if scale_t is not None else []))
    return out


def _c_adam_state(reader: gguf.GGUFReader, params: list[Any]) -> dict[str, tuple[np.ndarray, np.ndarray, int]]:
    """rc_trainer_save's optimizer state: train.adam_m / train.adam_v in arena order (the
    data section, so a tensor's slice starts where its data does), train.param_steps in
    byte order of the names."""
    by_name = {t.name: t for t in reader.tensors}
    if not {"train.adam_m", "train.adam_v", "train.param_steps"} <= set(by_name):
        return {}
    m, v = _f32(by_name["train.adam_m"]), _f32(by_name["train.adam_v"])
    steps = _f32(by_name["train.param_steps"])
    base = params[0].data_offset
    order = sorted(t.name for t in params)
    if len(order) != len(steps):
        raise ModelError(f"checkpoint has {len(steps)} update counts for {len(order)} tensors")
    count = dict(zip(order, (int(s) for s in steps)))
    out = {}
    for t in params:
        off, n = (t.data_offset - base) // 4, int(t.n_elements)
        shape = [int(x) for x in reversed(t.shape)]
        out[t.name] = (m[off:off + n].reshape(shape), v[off:off + n].reshape(shape), count[t.name])
    return out


class RegionClip(nn.Module):
    """open_clip CLIP (clip family) or CustomTextCLIP (biomedclip) + RoiProcessor (None
    without ROI tensors), and the tokenizer of its text tower. forward(batch) encodes one
    (local) batch: the embeddings of train.recipe.Embeddings, before any gathering."""

    def __init__(self, arch: Arch) -> None:
        super().__init__()
        self.arch = arch
        if arch.family == "biomedclip":
            self.clip, self.tokenizer = biomed.build(arch.model_cfg, arch.text)
        else:
            self.clip = open_clip.CLIP(**arch.model_cfg)
            self.tokenizer = open_clip.tokenizer.SimpleTokenizer(context_length=arch.model_cfg["text_cfg"]["context_length"])
        has_roi = any(arch.roi_parts) or bool(arch.answers)
        self.roi = RoiProcessor(arch.model_cfg["embed_dim"], max(arch.roi_heads, 1), region_head=arch.roi_parts[0],
                                fusion=arch.roi_parts[1], vqa_answers=len(arch.answers)) if has_roi else None
        self.eval()                          # no dropout: the C trainer has none (docs/training.md)

    def train(self, mode: bool = True) -> "RegionClip":
        return super().train(False)          # always eval() mode, like the C trainer

    def gguf_params(self) -> list[tuple[str, str, nn.Parameter, Optional[int]]]:
        """(GGUF name, torch name, parameter, part) of every trained tensor, in the model's
        order; part k: the parameter is the k-th third (rows) of the GGUF tensor (BERT's
        query, key, value in attn_qkv), else None. Parameters the GGUF does not hold (BERT's
        unused pooler) are left out and never trained."""
        named = [(n, p) for n, p in self.clip.named_parameters() if n != "logit_scale"]
        if self.arch.family == "biomedclip":
            mapped = [(biomed.gguf_name(n), n, p) for n, p in named]
            out = [(m[0], f"clip.{n}", p, m[1]) for m, n, p in mapped if m is not None]
            for m, n, p in mapped:
                if m is None:
                    p.requires_grad_(False)
        else:
            _, origin, _ = map_openclip_tensors({n: p.detach().cpu().numpy() for n, p in named})
            torch_to_gguf = {k: n for n, k in origin.items()}
            out = [(torch_to_gguf[n], f"clip.{n}", p, None) for n, p in named]
        out.append(("logit_scale", "clip.logit_scale", self.clip.logit_scale, None))
        if self.roi is not None:
            out += [(ROI_NAMES[n], f"roi.{n}", p, None) for n, p in self.roi.named_parameters()]
        return out

    def load_tensors(self, loaded: Loaded) -> None:
        """Sets every parameter from loaded's tensors (GGUF layout)."""
        with torch.no_grad():
            for gname, tname, p, part in self.gguf_params():
                if gname == "logit_scale":
                    p.fill_(loaded.logit_scale)
                    continue
                if gname not in loaded.tensors:
                    raise ModelError(f"tensor {gname} missing from the file")
                p.copy_(to_torch(tname, loaded.tensors[gname], p.shape, part))

    def named_arrays(self, values: Optional[dict[nn.Parameter, torch.Tensor]] = None) -> dict[str, np.ndarray]:
        """Every parameter (or values[p]) as float32 numpy under its GGUF name and layout."""
        parts: dict[str, list[np.ndarray]] = {}
        for gname, tname, p, _ in self.gguf_params():          # parts come in order (query, key, value)
            a = (values[p] if values is not None else p).detach().float().cpu().numpy()
            if tname[len("clip."):] in _OC_TRANSPOSED:
                a = a.T
            parts.setdefault(gname, []).append(a)
        out = {n: np.concatenate(a) if len(a) > 1 else a[0] for n, a in parts.items()}
        out["logit_scale"] = out["logit_scale"].reshape(1)
        for n in ("v.class_embd", "v.pos_embd"):     # timm keeps [1][1][W] and [1][N][W]
            if n in out:
                out[n] = out[n].reshape(out[n].shape[-1] if n == "v.class_embd" else out[n].shape[-2:])
        return {n: np.ascontiguousarray(a) for n, a in out.items()}

    def forward(self, batch: "Batch") -> dict[str, torch.Tensor]:
        c = self.clip
        B, S = batch.pixels.shape[0], batch.pixels.shape[-1]
        g, tokens = self.encode_pixels(batch.pixels)
        texts = [batch.ids] + [x for x in (batch.report_ids, batch.region_ids, batch.neg_ids.flatten(0, 1)
                                           if batch.neg_ids is not None else None, batch.question_ids)
                               if x is not None]
        txt = c.encode_text(torch.cat(texts), normalize=True)
        out = {"scale": c.logit_scale.exp(), "g": g, "captions": txt[:B]}   # scale here: DDP sees its use
        o = B
        if batch.report_ids is not None:
            out["reports"], o = txt[o:o + B], o + B
        R = int(batch.boxes.shape[0]) if batch.boxes is not None else 0
        r = g.new_zeros(0, g.shape[1])
        if batch.boxes is not None:
            out["region_captions"], o = txt[o:o + R], o + R
            K = batch.neg_ids.shape[1]
            out["negatives"], o = txt[o:o + R * K].reshape(R, K, txt.shape[1]), o + R * K
            if R:
                r = self.region_vectors(tokens, batch.boxes, batch.n_regions, S)
            out["regions"] = r
        if batch.report_ids is not None or batch.question_ids is not None:
            starts = np.cumsum([0] + list(batch.n_regions)) if batch.boxes is not None else np.zeros(B + 1, dtype=int)
            fused = torch.stack([self.roi.fuse(g[b], r[starts[b]:starts[b + 1]]) if self.roi is not None else g[b]
                                 for b in range(B)])
            out["fused"] = fused
        if batch.question_ids is not None:
            q = txt[o:o + len(batch.question_ids)]
            image_of = torch.repeat_interleave(torch.arange(B), torch.tensor(batch.n_questions)).to(g.device)
            out["vqa_logits"] = self.roi.answer(out["fused"][image_of], q)
            out["answers"] = batch.answers
        return out

    def encode_pixels(self, pixels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(global embeddings g [B][E] before normalization, final-norm patch tokens [B][N][W])."""
        v = self.clip.visual
        if self.arch.family == "biomedclip":
            feats = v.trunk.forward_features(pixels)              # after the final norm
            return v.head(v.trunk.forward_head(feats)), feats[:, 1:]
        v.output_tokens = True
        g, tokens = v(pixels)                                     # tokens: ln_post(x)[:, 1:]
        v.output_tokens = False
        return g, tokens

    def project(self, pooled: torch.Tensor) -> torch.Tensor:
        """The image tower's projection of width features [R][W] -> [R][E]."""
        v = self.clip.visual
        return v.head(pooled) if self.arch.family == "biomedclip" else pooled @ v.proj

    def region_vectors(self, tokens: torch.Tensor, boxes: torch.Tensor, n_regions: list[int], S: int) -> torch.Tensor:
        """Align mode (docs/roi.md): RoIAlign 7 x 7 (adaptive sampling, aligned) of each box
        over the final-norm patch grid at scale 1/P, mean of the bins, visual.proj, the
        region head -> r [R][E]."""
        P = self.arch.model_cfg["vision_cfg"]["patch_size"]
        B, N, W = tokens.shape
        feat = tokens.transpose(1, 2).reshape(B, W, S // P, S // P)
        bins = roi_align(feat, list(boxes.to(feat.dtype).split(list(n_regions))), output_size=7,
                         spatial_scale=1.0 / P, sampling_ratio=-1, aligned=True)
        proj = self.project(bins.mean(dim=(2, 3)))
        return self.roi.regions(proj) if self.roi is not None else proj


def to_torch(tname: str, a: np.ndarray, shape: torch.Size, part: Optional[int] = None) -> torch.Tensor:
    """A GGUF-layout array as the torch parameter tname's tensor (the converter transposes
    CLIP's two projections; part k: the k-th third of the rows, BERT's query/key/value)."""
    if part is not None:
        n = a.shape[0] // 3
        a = a[part * n:(part + 1) * n]
    x = torch.from_numpy(np.array(a.T if tname[len("clip."):] in _OC_TRANSPOSED else a, dtype=np.float32))
    return x.reshape(shape)


@dataclass
class Batch:
    """One (local) step's inputs, as rc_train_batch: images pixels [B][3][S][S] (normalized),
    captions ids [B][C]; optionally reports [B][C], boxes [R][4] in model pixels listed image
    by image (n_regions [B]) with captions [R][C] and negatives [R][K][C], questions [Q][C]
    (n_questions [B]) with answer indices [Q]."""
    pixels: torch.Tensor
    ids: torch.Tensor
    report_ids: Optional[torch.Tensor] = None
    n_regions: list[int] = field(default_factory=list)
    boxes: Optional[torch.Tensor] = None
    region_ids: Optional[torch.Tensor] = None
    neg_ids: Optional[torch.Tensor] = None
    n_questions: list[int] = field(default_factory=list)
    question_ids: Optional[torch.Tensor] = None
    answers: Optional[torch.Tensor] = None

    def to(self, device: torch.device, dtype: torch.dtype = torch.float32) -> "Batch":
        """On device, with floating tensors (pixels, boxes) as dtype."""
        return Batch(**{k: (v.to(device, dtype) if v.is_floating_point() else v.to(device))
                        if isinstance(v, torch.Tensor) else v for k, v in self.__dict__.items()})


def save_torch_checkpoint(model: RegionClip, out: Path, final: Path) -> list[str]:
    """The towers (clip: open_clip state dict model.pt and open_clip_config.json; biomedclip:
    the open_clip folder of train.biomed.save), the ROI processor (roi.pt) and the answers
    (answers.txt) in out/, which the caller renames to final/ -> the convert.py arguments
    that make a GGUF of final/."""
    if model.arch.family == "biomedclip":
        args = biomed.save(model.clip, model.arch.model_cfg, model.arch.text, model.arch.preprocess_cfg, out, final)
    else:
        torch.save({k: v.cpu() for k, v in model.clip.state_dict().items()}, out / "model.pt")
        (out / "open_clip_config.json").write_text(json.dumps({"model_cfg": model.arch.model_cfg,
                                                               "preprocess_cfg": model.arch.preprocess_cfg}))
        args = [str(final / "model.pt"), "--config", str(final / "open_clip_config.json")]
    if model.roi is not None:
        torch.save({k: v.cpu() for k, v in model.roi.state_dict().items()}, out / "roi.pt")
        args += ["--roi", str(final / "roi.pt")]
        if model.arch.answers:
            (out / "answers.txt").write_text("".join(a + "\n" for a in model.arch.answers))
            args += ["--vqa-answers", str(final / "answers.txt")]
    return args


def load_torch_checkpoint(model: RegionClip, d: Path, dev: torch.device) -> None:
    """The weights of a save_torch_checkpoint folder into model."""
    if model.arch.family == "biomedclip":
        from safetensors.torch import load_file
        model.clip.load_state_dict(load_file(str(d / "open_clip_model.safetensors"), device=str(dev)), strict=False)
    else:
        model.clip.load_state_dict(torch.load(d / "model.pt", map_location=dev))
    if model.roi is not None:
        model.roi.load_state_dict(torch.load(d / "roi.pt", map_location=dev))

