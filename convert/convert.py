#!/usr/bin/env python3
"""Convert a CLIP checkpoint into a regionclip GGUF weight file (schema: docs/format.md).

Sources:
  open_clip   a state dict (.pt/.pth/.bin/.safetensors, optionally wrapped in {'state_dict': ...}
              with 'module.' prefixes, or an OpenAI TorchScript archive) plus its model config:
              --model NAME (open_clip's bundled model_configs, e.g. ViT-B-32, ViT-B-16-quickgelu)
              or --config FILE (open_clip_config.json layout {"model_cfg": ..., "preprocess_cfg": ...}
              or a bare model config); a directory holding open_clip_config.json + weights works too.
              BiomedCLIP (timm ViT + HF BERT, open_clip's CustomTextCLIP) is the same source: its
              open_clip_config.json names timm_model_name + hf_model_name, and the BERT tokenizer's
              vocab.txt (or tokenizer.json) must sit next to the weights, or be given with --vocab.
  hf          a Hugging Face CLIPModel directory (config.json, model.safetensors or
              pytorch_model.bin, vocab.json + merges.txt, optional preprocessor_config.json).

Usage:
  python convert/convert.py CHECKPOINT -o OUT.gguf [--model NAME | --config FILE] [--vocab FILE] [--dtype f32|f16|bf16|q8_0|q4_0]
                            [--roi ROI_STATE.pt [--vqa-answers ANSWERS.txt]]

--roi adds trained ROI-processor weights (region head, fusion, VQA head; docs/roi.md) from a
state dict of convert/roi_processor.py's RoiProcessor, the PyTorch module that defines their
layout. A VQA head needs its answers: one per line of ANSWERS.txt (UTF-8), in the order of the
head's outputs.

Expected problems (unsupported architecture, missing/unknown/mis-shaped tensors, config that
contradicts the weights) end with one "error:" line and exit status 1, never a traceback.

The code is organised by family: a family reader turns a checkpoint into a `Model` (hyperparameters,
tensors under their GGUF names, tokenizer); `write_gguf` is family independent. `clip` is implemented
for open_clip and HF sources, `biomedclip` (timm ViT + BERT) for open_clip's layout.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import numpy as np

OPENAI_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_STD = (0.26862954, 0.26130258, 0.27577711)
CLIP_VOCAB_SIZE = 49408
SOT_NAME = "<start_of_text>"   # open_clip 3.3.0 SimpleTokenizer names (HF: <|startoftext|>)
EOT_NAME = "<end_of_text>"     # (HF: <|endoftext|>)
F16_MAX = 65504.0


class ConvertError(Exception):
    """An expected problem with the input: reported as one line, exit status 1."""


# ----------------------------------------------------------------------------------------------
# The converted model (family independent)

@dataclass
class VisionParams:
    image_size: int
    patch_size: int
    width: int
    layers: int
    heads: int
    mlp_dim: int
    ln_eps: float
    act: str                      # 'quick_gelu' | 'gelu'
    image_mean: tuple[float, float, float]
    image_std: tuple[float, float, float]


@dataclass
class TextParams:
    arch: str                     # 'causal' | 'bert'
    context_length: int
    vocab_size: int
    width: int
    layers: int
    heads: int
    mlp_dim: int
    ln_eps: float
    act: str
    pool: str                     # 'eot' | 'cls'


@dataclass
class Tokenizer:
    model: str                    # 'clip_bpe' | 'bert_wordpiece'
    tokens: list[str]
    merges: list[str] = field(default_factory=list)


@dataclass
class Model:
    name: str
    family: str                   # 'clip' | 'biomedclip'
    embed_dim: int
    logit_scale: float
    vision: VisionParams
    text: TextParams
    tokenizer: Tokenizer
    tensors: dict[str, np.ndarray]  # GGUF name -> float32 array in PyTorch layout
    notes: list[str] = field(default_factory=list)   # assumptions the user should know about
    roi_heads: int = 0            # attention heads of the ROI fusion (0: no fusion tensors)
    vqa_answers: list[str] = field(default_factory=list)   # the VQA head's answers (none: no head)


# ----------------------------------------------------------------------------------------------
# Loading raw state dicts

def _to_numpy(t: Any) -> np.ndarray:
    import torch
    if not isinstance(t, torch.Tensor):
        raise ConvertError(f"state dict entry of type {type(t).__name__} is not a tensor")
    return t.detach().to(torch.float32).cpu().numpy() if t.is_floating_point() else t.detach().cpu().numpy()


def _is_torchscript(path: Path) -> bool:
    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as z:
        return any(n.endswith("constants.pkl") or n.split("/")[-2:-1] == ["code"] for n in z.namelist())


def load_state_dict(path: Path, trust_pickle: bool = False) -> tuple[dict[str, np.ndarray], bool]:
    """Returns (state dict as float32/int numpy arrays, is_openai_torchscript)."""
    import torch
    if not path.is_file():
        raise ConvertError(f"{path}: no such file")
    jit = False
    if path.suffix == ".safetensors":
        from safetensors.torch import load_file
        try:
            raw: Any = load_file(str(path), device="cpu")
        except Exception as e:  # noqa: BLE001 - corrupt file is an expected problem
            raise ConvertError(f"{path}: cannot read safetensors file: {e}") from None
    elif _is_torchscript(path):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # torch.jit is deprecated, still the only OpenAI reader
                raw = torch.jit.load(str(path), map_location="cpu").state_dict()
        except Exception as e:  # noqa: BLE001
            raise ConvertError(f"{path}: cannot load TorchScript archive: {e}") from None
        jit = True
    else:
        with open(path, "rb") as f:
            magic = f.read(2)
        if not zipfile.is_zipfile(path) and magic[:1] != b"\x80":
            raise ConvertError(f"{path}: cannot load checkpoint: not a PyTorch file (neither zip archive nor pickle)")
        try:
            raw = torch.load(str(path), map_location="cpu", weights_only=not trust_pickle)
        except Exception as e:  # noqa: BLE001
            msg = " ".join(str(e).split())
            if "weights_only" in msg or "Weights only" in msg:
                msg = ("it holds objects other than tensors (weights_only load refused); "
                       "if you trust the file, retry with --trust-pickle")
            raise ConvertError(f"{path}: cannot load checkpoint: {msg[:300]}") from None
    if isinstance(raw, dict) and "state_dict" in raw and isinstance(raw["state_dict"], dict):
        raw = raw["state_dict"]
    if not isinstance(raw, dict) or not raw:
        raise ConvertError(f"{path}: not a state dict (got {type(raw).__name__})")
    sd: dict[str, np.ndarray] = {}
    for k, v in raw.items():
        if not isinstance(k, str):
            raise ConvertError(f"{path}: state dict key {k!r} is not a string")
        if k.startswith("module."):
            k = k[len("module."):]
        sd[k] = _to_numpy(v)
    return sd, jit


def load_hf_weights(d: Path) -> dict[str, np.ndarray]:
    if (d / "model.safetensors").is_file():
        sd, _ = load_state_dict(d / "model.safetensors")
        return sd
    index = d / "model.safetensors.index.json"
    if index.is_file():
        files = sorted(set(json.loads(index.read_text())["weight_map"].values()))
        sd = {}
        for f in files:
            part, _ = load_state_dict(d / f)
            sd.update(part)
        return sd
    if (d / "pytorch_model.bin").is_file():
        sd, _ = load_state_dict(d / "pytorch_model.bin")
        return sd
    raise ConvertError(f"{d}: no model.safetensors, model.safetensors.index.json or pytorch_model.bin")


# ----------------------------------------------------------------------------------------------
# Tensor table: the expected GGUF tensors and shapes for a clip-family model (docs/format.md)

def clip_block_shapes(prefix: str, width: int, mlp_dim: int) -> dict[str, tuple[int, ...]]:
    w, m = width, mlp_dim
    return {
        f"{prefix}.ln1.weight": (w,), f"{prefix}.ln1.bias": (w,),
        f"{prefix}.attn_qkv.weight": (3 * w, w), f"{prefix}.attn_qkv.bias": (3 * w,),
        f"{prefix}.attn_out.weight": (w, w), f"{prefix}.attn_out.bias": (w,),
        f"{prefix}.ln2.weight": (w,), f"{prefix}.ln2.bias": (w,),
        f"{prefix}.mlp_fc.weight": (m, w), f"{prefix}.mlp_fc.bias": (m,),
        f"{prefix}.mlp_proj.weight": (w, m), f"{prefix}.mlp_proj.bias": (w,),
    }


def clip_expected_shapes(v: VisionParams, t: TextParams, embed_dim: int, pre_ln: bool = True,
                         text_proj_bias: bool = False) -> dict[str, tuple[int, ...]]:
    n_pos = (v.image_size // v.patch_size) ** 2 + 1
    s: dict[str, tuple[int, ...]] = {
        "v.patch_embd.weight": (v.width, 3, v.patch_size, v.patch_size),
        "v.class_embd": (v.width,),
        "v.pos_embd": (n_pos, v.width),
    }
    if pre_ln:
        s["v.pre_ln.weight"] = (v.width,)
        s["v.pre_ln.bias"] = (v.width,)
    for i in range(v.layers):
        s.update(clip_block_shapes(f"v.blk.{i}", v.width, v.mlp_dim))
    s["v.post_ln.weight"] = (v.width,)
    s["v.post_ln.bias"] = (v.width,)
    s["v.proj.0.weight"] = (embed_dim, v.width)
    s["t.token_embd.weight"] = (t.vocab_size, t.width)
    s["t.pos_embd"] = (t.context_length, t.width)
    for i in range(t.layers):
        s.update(clip_block_shapes(f"t.blk.{i}", t.width, t.mlp_dim))
    s["t.final_ln.weight"] = (t.width,)
    s["t.final_ln.bias"] = (t.width,)
    s["t.proj.0.weight"] = (embed_dim, t.width)
    if text_proj_bias:
        s["t.proj.0.bias"] = (embed_dim,)
    return s


def check_tensors(tensors: dict[str, np.ndarray], expected: dict[str, tuple[int, ...]],
                  origin: dict[str, str], what: str) -> None:
    """Refuse missing, unexpected and mis-shaped tensors; `origin` maps GGUF name -> checkpoint key."""
    missing = [n for n in expected if n not in tensors]
    extra = [n for n in tensors if n not in expected]
    if missing:
        raise ConvertError(f"{what}: checkpoint lacks {len(missing)} tensor(s) the config requires, e.g. "
                           + ", ".join(missing[:5]))
    if extra:
        raise ConvertError(f"{what}: checkpoint has tensor(s) the config does not explain: "
                           + ", ".join(origin.get(n, n) for n in extra[:5]))
    for n, shape in expected.items():
        got = tuple(tensors[n].shape)
        if got != shape:
            raise ConvertError(f"{what}: {origin.get(n, n)} has shape {list(got)}, the config implies {list(shape)}")
    for n, a in tensors.items():
        if not np.all(np.isfinite(a)):
            raise ConvertError(f"{what}: {origin.get(n, n)} contains NaN or Inf")


# ----------------------------------------------------------------------------------------------
# CLIP BPE vocabulary

def bytes_to_unicode() -> list[str]:
    """open_clip's byte -> unicode table, values in byte-table order (the first 256 vocab entries)."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [chr(c) for c in cs]


def clip_vocab_from_merges(merge_lines: list[str]) -> Tokenizer:
    """Build the vocabulary exactly as open_clip 3.3.0's SimpleTokenizer does.
    `merge_lines` is the BPE file split on '\\n' (first line is the version header)."""
    merges = [tuple(m.split()) for m in merge_lines[1:49152 - 256 - 2 + 1]]
    for i, m in enumerate(merges):
        if len(m) != 2:
            raise ConvertError(f"BPE merges line {i + 2} is not 'a b': {' '.join(m)!r}")
    base = bytes_to_unicode()
    vocab = base + [b + "</w>" for b in base] + ["".join(m) for m in merges] + [SOT_NAME, EOT_NAME]
    return Tokenizer(model="clip_bpe", tokens=vocab, merges=[f"{a} {b}" for a, b in merges])


def openclip_bpe_tokenizer() -> Tokenizer:
    from open_clip.tokenizer import default_bpe
    with gzip.open(default_bpe()) as f:
        lines = f.read().decode("utf-8").split("\n")
    tok = clip_vocab_from_merges(lines)
    if len(tok.tokens) != CLIP_VOCAB_SIZE:
        raise ConvertError(f"open_clip BPE file yields {len(tok.tokens)} tokens, expected {CLIP_VOCAB_SIZE}")
    return tok


def hf_clip_tokenizer(d: Path) -> Tokenizer:
    """vocab.json + merges.txt (or tokenizer.json) of a HF CLIP tokenizer; specials renamed to
    open_clip's names at the same ids, everything else checked to have open_clip's structure."""
    if (d / "vocab.json").is_file() and (d / "merges.txt").is_file():
        enc: dict[str, int] = json.loads((d / "vocab.json").read_text(encoding="utf-8"))
        lines = (d / "merges.txt").read_text(encoding="utf-8").split("\n")
        # HF CLIPTokenizer: merges.read().strip().split('\n')[1:49152-256-2+1]
        lines = (d / "merges.txt").read_text(encoding="utf-8").strip().split("\n")
    elif (d / "tokenizer.json").is_file():
        tj = json.loads((d / "tokenizer.json").read_text(encoding="utf-8"))
        enc = dict(tj["model"]["vocab"])
        raw = tj["model"]["merges"]
        lines = ["#version"] + [m if isinstance(m, str) else " ".join(m) for m in raw]
    else:
        raise ConvertError(f"{d}: no vocab.json + merges.txt (or tokenizer.json) for the tokenizer")
    n = len(enc)
    ids = sorted(enc.values())
    if ids != list(range(n)):
        raise ConvertError(f"{d}: tokenizer vocab ids are not 0..{n - 1} without gaps")
    by_id = [""] * n
    for s, i in enc.items():
        by_id[i] = s
    hf_specials = {"<|startoftext|>": SOT_NAME, "<|endoftext|>": EOT_NAME}
    if by_id[n - 2:] != list(hf_specials):
        raise ConvertError(f"{d}: the last two vocab entries are {by_id[n - 2:]}, expected "
                           f"['<|startoftext|>', '<|endoftext|>'] (CLIP BPE layout)")
    ref = clip_vocab_from_merges(lines)
    n_merges = n - 512 - 2
    if len(ref.merges) < n_merges:
        raise ConvertError(f"{d}: merges.txt has {len(ref.merges)} merges, vocab needs {n_merges}")
    tokens = ref.tokens[:512 + n_merges] + [SOT_NAME, EOT_NAME]
    for i in range(n - 2):
        if by_id[i] != tokens[i]:
            raise ConvertError(f"{d}: vocab id {i} is {by_id[i]!r}, the CLIP BPE layout (byte chars, "
                               f"byte chars + '</w>', merges in rank order) gives {tokens[i]!r}")
    return Tokenizer(model="clip_bpe", tokens=tokens, merges=ref.merges[:n_merges])


# ----------------------------------------------------------------------------------------------
# open_clip source

_OPENCLIP_TOP_KEYS = {"embed_dim", "vision_cfg", "text_cfg", "quick_gelu", "custom_text", "cast_dtype",
                      "init_logit_scale", "init_logit_bias", "nonscalar_logit_scale", "output_dict",
                      "multimodal_cfg"}


def resolve_openclip_config(model: Optional[str], config: Optional[Path], ckpt: Path) -> tuple[dict, dict, str]:
    """Returns (model_cfg, preprocess_cfg, model name)."""
    if model and config:
        raise ConvertError("give --model or --config, not both")
    pre: dict = {}
    if config is None and model is None:
        cand = (ckpt if ckpt.is_dir() else ckpt.parent) / "open_clip_config.json"
        if not cand.is_file():
            raise ConvertError("an open_clip checkpoint needs its config: --model NAME (e.g. ViT-B-32, "
                               "ViT-B-16-quickgelu) or --config open_clip_config.json")
        config = cand
    if config is not None:
        try:
            j = json.loads(config.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ConvertError(f"{config}: cannot read JSON config: {e}") from None
        cfg = j.get("model_cfg", j)
        pre = j.get("preprocess_cfg", {}) or {}
        if model:
            name = model
        elif config.name == "open_clip_config.json":
            name = config.resolve().parent.name
        else:
            name = config.stem
        return cfg, pre, name
    assert model is not None
    name = model
    if name.startswith("hf-hub:"):
        raise ConvertError("hf-hub: model names need the network; download open_clip_config.json and use --config")
    import open_clip
    cfg = open_clip.get_model_config(name)
    if cfg is None:
        raise ConvertError(f"unknown open_clip model name {name!r} (see open_clip.list_models())")
    return cfg, pre, name


def _square(v: Any, what: str) -> int:
    if isinstance(v, (list, tuple)):
        if len(v) != 2 or v[0] != v[1]:
            raise ConvertError(f"{what} {v} is not square; only square inputs are supported")
        v = v[0]
    if not isinstance(v, int) or v <= 0:
        raise ConvertError(f"{what} {v!r} is not a positive integer")
    return v


def _eps(norm_kwargs: Optional[dict], what: str) -> float:
    if not norm_kwargs:
        return 1e-5
    extra = set(norm_kwargs) - {"eps"}
    if extra:
        raise ConvertError(f"{what}.norm_kwargs {sorted(extra)} not supported (only eps)")
    return float(norm_kwargs.get("eps", 1e-5))


def _refuse_flags(cfg: dict, flags: dict[str, Any], what: str) -> None:
    """Refuse any config flag set to something other than its plain-CLIP value (None counts as unset)."""
    for k, plain in flags.items():
        if cfg.get(k) is not None and cfg[k] != plain:
            raise ConvertError(f"{what}.{k}={cfg[k]!r} is not supported (regionclip runs the plain CLIP "
                               f"{'ViT' if what == 'vision_cfg' else 'causal text transformer'})")


def openclip_preprocess(pre: dict, image_size: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Checks an open_clip preprocess_cfg against what regionclip implements; returns (mean, std)."""
    size = pre.get("size", image_size)
    if _square(size, "preprocess_cfg.size") != image_size:
        raise ConvertError(f"preprocess_cfg.size {size} differs from vision_cfg.image_size {image_size}")
    for k, want in (("mode", "RGB"), ("interpolation", "bicubic"), ("resize_mode", "shortest")):
        if pre.get(k, want) != want:
            raise ConvertError(f"preprocess_cfg.{k}={pre[k]!r} not supported (regionclip implements {want!r})")
    mean = tuple(float(x) for x in pre.get("mean", OPENAI_MEAN))
    std = tuple(float(x) for x in pre.get("std", OPENAI_STD))
    if len(mean) != 3 or len(std) != 3 or min(std) <= 0:
        raise ConvertError(f"preprocess_cfg mean {mean} / std {std} must be 3 values, std > 0")
    return mean, std


def openclip_params(cfg: dict, pre: dict) -> tuple[VisionParams, TextParams, int, bool, bool]:
    """Hyperparameters from an open_clip model config -> (vision, text, embed_dim, ln_pre, text_proj_bias)."""
    unknown = set(cfg) - _OPENCLIP_TOP_KEYS
    if unknown:
        raise ConvertError(f"model config has keys this converter does not know: {sorted(unknown)}")
    if cfg.get("multimodal_cfg"):
        raise ConvertError("CoCa models (multimodal_cfg) are not supported")
    if cfg.get("init_logit_bias") is not None:
        raise ConvertError("models with a logit bias (SigLIP, init_logit_bias) are not supported")
    vc: dict = dict(cfg.get("vision_cfg") or {})
    tc: dict = dict(cfg.get("text_cfg") or {})
    if vc.get("timm_model_name"):
        raise ConvertError(f"timm image tower {vc['timm_model_name']!r} without a HF text tower: only the "
                           "biomedclip pairing (timm ViT + BERT, text_cfg.hf_model_name) is supported")
    if isinstance(vc.get("layers"), (list, tuple)):
        raise ConvertError("ModifiedResNet image towers (vision_cfg.layers is a list) are not supported; ViT only")
    if tc.get("hf_model_name"):
        raise ConvertError(f"HF text towers ({tc['hf_model_name']!r}) are not supported yet; causal CLIP text only")
    _refuse_flags(vc, {"ls_init_value": None, "attentional_pool": False, "pool_type": "tok",
                       "act_kwargs": None, "block_type": "default", "qk_norm": False,
                       "scaled_cosine_attn": False, "scale_heads": False, "scale_attn_inner": False,
                       "scale_attn": False, "scale_fc": False, "input_patchnorm": False}, "vision_cfg")
    _refuse_flags(tc, {"ls_init_value": None, "embed_cls": False, "no_causal_mask": False,
                       "pool_type": "argmax", "proj_type": "linear", "act_kwargs": None,
                       "block_type": "default", "qk_norm": False, "scaled_cosine_attn": False,
                       "scale_heads": False, "scale_attn_inner": False, "scale_attn": False,
                       "scale_fc": False, "hf_tokenizer_name": None, "tokenizer_mode": None}, "text_cfg")
    if vc.get("pos_embed_type", "learnable") not in ("learnable", "sin_cos_2d"):
        raise ConvertError(f"vision_cfg.pos_embed_type={vc['pos_embed_type']!r} is not supported")
    tk = tc.get("tokenizer_kwargs") or {}
    if set(tk) - {"clean"} or tk.get("clean", "lower") != "lower":
        raise ConvertError(f"text_cfg.tokenizer_kwargs={tk} not supported (the C tokenizer implements "
                           "open_clip's default clean='lower')")
    act = "quick_gelu" if cfg.get("quick_gelu", False) else "gelu"

    image_size = _square(vc.get("image_size", 224), "vision_cfg.image_size")
    patch_size = _square(vc.get("patch_size", 16), "vision_cfg.patch_size")
    if image_size % patch_size:
        raise ConvertError(f"image_size {image_size} is not a multiple of patch_size {patch_size}")
    vw = int(vc.get("width", 768))
    head_width = int(vc.get("head_width", 64))
    if vw % head_width:
        raise ConvertError(f"vision width {vw} is not a multiple of head_width {head_width}")
    mean, std = openclip_preprocess(pre, image_size)
    vision = VisionParams(image_size=image_size, patch_size=patch_size, width=vw,
                          layers=int(vc.get("layers", 12)), heads=vw // head_width,
                          mlp_dim=int(vw * float(vc.get("mlp_ratio", 4.0))),
                          ln_eps=_eps(vc.get("norm_kwargs"), "vision_cfg"), act=act,
                          image_mean=mean, image_std=std)  # type: ignore[arg-type]
    tw = int(tc.get("width", 512))
    th = int(tc.get("heads", 8))
    if tw % th:
        raise ConvertError(f"text width {tw} is not a multiple of heads {th}")
    text = TextParams(arch="causal", context_length=int(tc.get("context_length", 77)),
                      vocab_size=int(tc.get("vocab_size", CLIP_VOCAB_SIZE)), width=tw,
                      layers=int(tc.get("layers", 12)), heads=th,
                      mlp_dim=int(tw * float(tc.get("mlp_ratio", 4.0))),
                      ln_eps=_eps(tc.get("norm_kwargs"), "text_cfg"), act=act, pool="eot")
    embed_dim = int(cfg.get("embed_dim", 512))
    return vision, text, embed_dim, not vc.get("no_ln_pre", False), bool(tc.get("proj_bias", False))


_OC_BLOCK = {"ln_1.weight": "ln1.weight", "ln_1.bias": "ln1.bias",
             "attn.in_proj_weight": "attn_qkv.weight", "attn.in_proj_bias": "attn_qkv.bias",
             "attn.out_proj.weight": "attn_out.weight", "attn.out_proj.bias": "attn_out.bias",
             "ln_2.weight": "ln2.weight", "ln_2.bias": "ln2.bias",
             "mlp.c_fc.weight": "mlp_fc.weight", "mlp.c_fc.bias": "mlp_fc.bias",
             "mlp.c_proj.weight": "mlp_proj.weight", "mlp.c_proj.bias": "mlp_proj.bias"}
_OC_FIXED = {"visual.conv1.weight": "v.patch_embd.weight", "visual.class_embedding": "v.class_embd",
             "visual.positional_embedding": "v.pos_embd", "visual.ln_pre.weight": "v.pre_ln.weight",
             "visual.ln_pre.bias": "v.pre_ln.bias", "visual.ln_post.weight": "v.post_ln.weight",
             "visual.ln_post.bias": "v.post_ln.bias",
             "token_embedding.weight": "t.token_embd.weight", "positional_embedding": "t.pos_embd",
             "ln_final.weight": "t.final_ln.weight", "ln_final.bias": "t.final_ln.bias",
             "text_projection.weight": "t.proj.0.weight", "text_projection.bias": "t.proj.0.bias"}
_OC_TRANSPOSED = {"visual.proj": "v.proj.0.weight", "text_projection": "t.proj.0.weight"}
_OC_IGNORED = {"attn_mask", "input_resolution", "context_length", "vocab_size"}
_OC_TEXT_PREFIXES = ("transformer.", "token_embedding.", "positional_embedding", "ln_final.", "text_projection")


def map_openclip_tensors(sd: dict[str, np.ndarray]) -> tuple[dict[str, np.ndarray], dict[str, str], Optional[float]]:
    """OpenAI/open_clip key names -> GGUF names. Returns (tensors, origin, logit_scale)."""
    out: dict[str, np.ndarray] = {}
    origin: dict[str, str] = {}
    logit_scale: Optional[float] = None
    blk = re.compile(r"^(visual\.)?transformer\.resblocks\.(\d+)\.(.+)$")

    def put(name: str, key: str, a: np.ndarray) -> None:
        if name in out:
            raise ConvertError(f"checkpoint keys {origin[name]} and {key} both map to {name}")
        out[name] = a
        origin[name] = key

    for key0, a in sd.items():
        key = key0
        # CustomTextCLIP layout: text tower under 'text.'
        if key.startswith("text.") and key[5:].startswith(_OC_TEXT_PREFIXES):
            key = key[5:]
        if key in _OC_IGNORED:
            continue
        if key == "logit_scale":
            if a.size != 1:
                raise ConvertError(f"logit_scale has shape {list(a.shape)}, expected a scalar")
            logit_scale = float(a.reshape(-1)[0])
            continue
        if key in _OC_FIXED:
            put(_OC_FIXED[key], key0, a)
            continue
        if key in _OC_TRANSPOSED:
            if a.ndim != 2:
                raise ConvertError(f"{key0} has shape {list(a.shape)}, expected [width, embed_dim]")
            put(_OC_TRANSPOSED[key], key0, np.ascontiguousarray(a.T))
            continue
        m = blk.match(key)
        if m and m.group(3) in _OC_BLOCK:
            tower = "v" if m.group(1) else "t"
            put(f"{tower}.blk.{int(m.group(2))}.{_OC_BLOCK[m.group(3)]}", key0, a)
            continue
        if key.startswith("visual.") and ("attnpool" in key or key.startswith("visual.layer")):
            raise ConvertError(f"{key0}: ModifiedResNet / attention-pool image towers are not supported; ViT only")
        raise ConvertError(f"checkpoint key {key0!r} {list(a.shape)} is not part of a CLIP ViT model "
                           "(unknown key; refusing to drop it silently)")
    return out, origin, logit_scale


def read_openclip(ckpt: Path, model: Optional[str], config: Optional[Path], trust_pickle: bool,
                  vocab: Optional[Path] = None) -> Model:
    cfg, pre, name = resolve_openclip_config(model, config, ckpt)
    if ckpt.is_dir():
        cands = [ckpt / n for n in ("open_clip_model.safetensors", "open_clip_pytorch_model.safetensors",
                                    "open_clip_pytorch_model.bin", "model.safetensors", "pytorch_model.bin")]
        found = [c for c in cands if c.is_file()]
        if not found:
            raise ConvertError(f"{ckpt}: no open_clip weights file found in the directory")
        ckpt = found[0]
    if (cfg.get("text_cfg") or {}).get("hf_model_name"):
        return read_biomedclip(ckpt, cfg, pre, name, vocab, trust_pickle)
    vision, text, embed_dim, pre_ln, text_proj_bias = openclip_params(cfg, pre)
    sd, jit = load_state_dict(ckpt, trust_pickle)
    if jit and vision.act != "quick_gelu":
        raise ConvertError("this is an OpenAI TorchScript archive (trained with QuickGELU) but the config "
                           "selects GELU; use the -quickgelu model name (e.g. ViT-B-32-quickgelu)")
    tensors, origin, logit_scale = map_openclip_tensors(sd)
    if logit_scale is None:
        raise ConvertError("checkpoint has no logit_scale")
    # derive what the weights say and compare with the config (clear messages before the table check)
    derived = {"vision width": (tensors.get("v.patch_embd.weight"), 0, vision.width),
               "patch size": (tensors.get("v.patch_embd.weight"), 3, vision.patch_size),
               "embed_dim": (tensors.get("v.proj.0.weight"), 0, embed_dim),
               "text width": (tensors.get("t.token_embd.weight"), 1, text.width),
               "vocab_size": (tensors.get("t.token_embd.weight"), 0, text.vocab_size),
               "context_length": (tensors.get("t.pos_embd"), 0, text.context_length)}
    for what, (a, dim, want) in derived.items():
        if a is not None and a.ndim > dim and a.shape[dim] != want:
            raise ConvertError(f"config/checkpoint mismatch: config {what} = {want}, checkpoint has {a.shape[dim]}")
    for tower, p in (("v", vision), ("t", text)):
        n = len({k.split(".")[2] for k in tensors if k.startswith(f"{tower}.blk.")})
        if n != p.layers:
            raise ConvertError(f"config/checkpoint mismatch: config {'vision' if tower == 'v' else 'text'} "
                               f"layers = {p.layers}, checkpoint has {n}")
    if "v.pre_ln.weight" not in tensors and pre_ln:
        raise ConvertError("checkpoint has no visual.ln_pre but the config does not set no_ln_pre")
    expected = clip_expected_shapes(vision, text, embed_dim, pre_ln, text_proj_bias)
    check_tensors(tensors, expected, origin, str(ckpt))
    tensors = {n: tensors[n] for n in expected}  # file order = docs/format.md order
    if text.vocab_size != CLIP_VOCAB_SIZE:
        raise ConvertError(f"text vocab_size {text.vocab_size} does not match open_clip's BPE vocabulary "
                           f"({CLIP_VOCAB_SIZE} tokens)")
    return Model(name=name, family="clip", embed_dim=embed_dim, logit_scale=logit_scale, vision=vision,
                 text=text, tokenizer=openclip_bpe_tokenizer(), tensors=tensors)


# ----------------------------------------------------------------------------------------------
# BiomedCLIP source: open_clip CustomTextCLIP = timm ViT ('visual.trunk.*', 'visual.head.proj')
# + Hugging Face BERT ('text.transformer.*', 'text.proj.*'), a WordPiece vocab.txt beside it

BERT_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]")
_BIOMED_TOP_KEYS = {"embed_dim", "vision_cfg", "text_cfg", "quick_gelu", "custom_text", "cast_dtype",
                    "init_logit_scale"}
_TIMM_FIXED = {"cls_token": "v.class_embd", "pos_embed": "v.pos_embd", "patch_embed.proj.weight": "v.patch_embd.weight",
               "patch_embed.proj.bias": "v.patch_embd.bias", "norm.weight": "v.post_ln.weight",
               "norm.bias": "v.post_ln.bias"}
_TIMM_BLOCK = {"norm1.weight": "ln1.weight", "norm1.bias": "ln1.bias", "attn.qkv.weight": "attn_qkv.weight",
               "attn.qkv.bias": "attn_qkv.bias", "attn.proj.weight": "attn_out.weight",
               "attn.proj.bias": "attn_out.bias", "norm2.weight": "ln2.weight", "norm2.bias": "ln2.bias",
               "mlp.fc1.weight": "mlp_fc.weight", "mlp.fc1.bias": "mlp_fc.bias",
               "mlp.fc2.weight": "mlp_proj.weight", "mlp.fc2.bias": "mlp_proj.bias"}
_BERT_FIXED = {"embeddings.word_embeddings.weight": "t.token_embd.weight",
               "embeddings.position_embeddings.weight": "t.pos_embd",
               "embeddings.token_type_embeddings.weight": "t.type_embd",
               "embeddings.LayerNorm.weight": "t.embd_ln.weight", "embeddings.LayerNorm.bias": "t.embd_ln.bias"}
_BERT_BLOCK = {"attention.output.dense.weight": "attn_out.weight", "attention.output.dense.bias": "attn_out.bias",
               "attention.output.LayerNorm.weight": "ln1.weight", "attention.output.LayerNorm.bias": "ln1.bias",
               "intermediate.dense.weight": "mlp_fc.weight", "intermediate.dense.bias": "mlp_fc.bias",
               "output.dense.weight": "mlp_proj.weight", "output.dense.bias": "mlp_proj.bias",
               "output.LayerNorm.weight": "ln2.weight", "output.LayerNorm.bias": "ln2.bias"}
# BERT's pooler (dense + tanh) is unused with [CLS] last-hidden-state pooling; position_ids is a buffer
_BERT_IGNORED = re.compile(r"^text\.transformer\.(pooler\.dense\.(weight|bias)|embeddings\.position_ids)$")


def timm_vision_params(vc: dict, pre: dict) -> tuple[VisionParams, bool]:
    """The timm ViT named by vision_cfg.timm_model_name, built on the meta device (no weights, no
    download) to read its architecture; refuses every option the C ViT does not run.
    Returns (params, projection has a bias)."""
    try:
        import timm
        import torch
    except ImportError:
        raise ConvertError("timm image towers need the timm package (pip install timm)") from None
    name = vc["timm_model_name"]
    for k, want in (("timm_pool", ""), ("timm_proj", "linear")):
        if vc.get(k, want) not in (want, "token" if k == "timm_pool" else want):
            raise ConvertError(f"vision_cfg.{k}={vc[k]!r} not supported (class-token pooling, linear projection)")
    try:
        with torch.device("meta"):
            trunk = timm.create_model(name, pretrained=False)
    except Exception as e:  # noqa: BLE001 - unknown name or incompatible timm
        raise ConvertError(f"timm cannot build {name!r}: {e}") from None
    from timm.models.vision_transformer import VisionTransformer
    if type(trunk) is not VisionTransformer:
        raise ConvertError(f"timm model {name!r} is a {type(trunk).__name__}; only plain VisionTransformer is supported")
    b0 = trunk.blocks[0]
    flavour = {
        "class token first": trunk.cls_token is not None and trunk.num_prefix_tokens == 1 and not trunk.no_embed_class,
        "class-token pooling": trunk.global_pool == "token" and trunk.attn_pool is None,
        "no pre-norm / fc-norm": all(isinstance(x, torch.nn.Identity) for x in (trunk.norm_pre, trunk.fc_norm,
                                                                                 trunk.patch_embed.norm)),
        "LayerNorm everywhere": all(isinstance(x, torch.nn.LayerNorm) and x.bias is not None
                                    for x in (b0.norm1, b0.norm2, trunk.norm)),
        "plain blocks": all(isinstance(x, torch.nn.Identity) for x in (b0.ls1, b0.ls2, b0.attn.q_norm, b0.attn.k_norm,
                                                                        b0.attn.norm)),
        "erf GELU MLP": type(b0.mlp).__name__ == "Mlp" and isinstance(b0.mlp.act, torch.nn.GELU)
                        and b0.mlp.act.approximate == "none",
    }
    bad = [k for k, ok in flavour.items() if not ok]
    if bad:
        raise ConvertError(f"timm model {name!r} differs from the plain ViT regionclip runs: needs {', '.join(bad)}")
    image_size = _square(vc.get("image_size", trunk.patch_embed.img_size[0]), "vision_cfg.image_size")
    if tuple(trunk.patch_embed.img_size) != (image_size, image_size):
        raise ConvertError(f"vision_cfg.image_size {image_size} differs from {name}'s input size "
                           f"{tuple(trunk.patch_embed.img_size)} (position embeddings would be resampled)")
    patch = _square(tuple(trunk.patch_embed.patch_size), "timm patch_size")
    mean, std = openclip_preprocess(pre, image_size)
    vision = VisionParams(image_size=image_size, patch_size=patch, width=trunk.embed_dim, layers=len(trunk.blocks),
                          heads=b0.attn.num_heads, mlp_dim=b0.mlp.fc1.out_features, ln_eps=float(trunk.norm.eps),
                          act="gelu", image_mean=mean, image_std=std)  # type: ignore[arg-type]
    return vision, bool(vc.get("timm_proj_bias", False))


def bert_config(tc: dict, width: int, notes: list[str]) -> dict:
    """The BERT config open_clip would load for text_cfg.hf_model_name: its config.json when the name is
    a local directory, else BERT-base conventions (head size 64, eps 1e-12, erf GELU, [PAD] = 0)."""
    d = Path(tc["hf_model_name"])
    if (d / "config.json").is_file():
        try:
            c = json.loads((d / "config.json").read_text(encoding="utf-8"))
        except ValueError as e:
            raise ConvertError(f"{d / 'config.json'}: {e}") from None
    else:
        notes.append(f"{tc['hf_model_name']} is not a local directory with config.json; assumed BERT's "
                     f"conventions: heads = width/64 = {width // 64}, LayerNorm eps 1e-12, gelu, [PAD] id 0")
        c = {"model_type": "bert", "num_attention_heads": max(1, width // 64)}
    c = {"hidden_act": "gelu", "layer_norm_eps": 1e-12, "position_embedding_type": "absolute", **c}
    if c.get("model_type") != "bert":
        raise ConvertError(f"text tower model_type {c.get('model_type')!r} is not supported (bert only)")
    for k, want in (("hidden_act", "gelu"), ("position_embedding_type", "absolute")):
        if c[k] != want:
            raise ConvertError(f"text tower {k}={c[k]!r} not supported ({want!r})")
    return c


def wordpiece_vocab(paths: list[Path]) -> Tokenizer:
    """vocab.txt (one token a line, id = line number) or a tokenizer.json with a WordPiece model."""
    for p in paths:
        if p.name == "vocab.txt" or p.suffix == ".txt":
            if p.is_file():
                lines = p.read_text(encoding="utf-8").split("\n")
                if lines and lines[-1] == "":
                    lines.pop()
                return Tokenizer(model="bert_wordpiece", tokens=[t.rstrip("\r") for t in lines])
        elif p.is_file():
            model = json.loads(p.read_text(encoding="utf-8")).get("model", {})
            if model.get("type") != "WordPiece":
                raise ConvertError(f"{p}: tokenizer model {model.get('type')!r} is not WordPiece")
            by_id = sorted((i, t) for t, i in model["vocab"].items())
            if [i for i, _ in by_id] != list(range(len(by_id))):
                raise ConvertError(f"{p}: vocab ids are not 0..{len(by_id) - 1} without gaps")
            return Tokenizer(model="bert_wordpiece", tokens=[t for _, t in by_id])
    raise ConvertError("a BERT text tower needs its WordPiece vocabulary: put the tokenizer's vocab.txt (or "
                       "tokenizer.json) next to the checkpoint or pass --vocab vocab.txt; looked for "
                       + ", ".join(str(p) for p in paths))


def read_biomedclip(ckpt: Path, cfg: dict, pre: dict, name: str, vocab: Optional[Path], trust_pickle: bool) -> Model:
    unknown = set(cfg) - _BIOMED_TOP_KEYS
    if unknown:
        raise ConvertError(f"model config has keys this converter does not know: {sorted(unknown)}")
    vc: dict = dict(cfg.get("vision_cfg") or {})
    tc: dict = dict(cfg["text_cfg"])
    if not vc.get("timm_model_name"):
        raise ConvertError("a HF text tower is supported only with a timm ViT image tower (the biomedclip pairing)")
    pooler = tc.get("hf_pooler_type", "mean_pooler")   # open_clip's default
    if pooler != "cls_last_hidden_state_pooler":
        raise ConvertError(f"text_cfg.hf_pooler_type={pooler!r} not supported (BiomedCLIP's "
                           "'cls_last_hidden_state_pooler': the [CLS] row of the last layer)")
    proj_type = tc.get("hf_proj_type", "mlp")
    if proj_type not in ("mlp", "linear"):
        raise ConvertError(f"text_cfg.hf_proj_type={proj_type!r} not supported (mlp or linear)")
    vision, v_proj_bias = timm_vision_params(vc, pre)
    embed_dim = int(cfg.get("embed_dim", 512))

    sd, _ = load_state_dict(ckpt, trust_pickle)
    tensors: dict[str, np.ndarray] = {}
    origin: dict[str, str] = {}
    qkv: dict[str, dict[str, np.ndarray]] = {}
    logit_scale: Optional[float] = None
    vblk = re.compile(r"^visual\.trunk\.blocks\.(\d+)\.(.+)$")
    tblk = re.compile(r"^text\.transformer\.encoder\.layer\.(\d+)\.(.+)$")
    for key, a in sd.items():
        if _BERT_IGNORED.match(key):
            continue
        if key == "logit_scale":
            logit_scale = float(a.reshape(-1)[0])
            continue
        gname = None
        m = vblk.match(key)
        if key.startswith("visual.trunk.") and key[13:] in _TIMM_FIXED:
            gname = _TIMM_FIXED[key[13:]]
            a = a.reshape(a.shape[-1]) if gname == "v.class_embd" else (a[0] if gname == "v.pos_embd" else a)
        elif m and m.group(2) in _TIMM_BLOCK:
            gname = f"v.blk.{int(m.group(1))}.{_TIMM_BLOCK[m.group(2)]}"
        elif key in ("visual.head.proj.weight", "visual.head.proj.bias"):
            gname = "v.proj.0." + key.rsplit(".", 1)[1]
        elif key.startswith("text.transformer.") and key[17:] in _BERT_FIXED:
            gname = _BERT_FIXED[key[17:]]
        elif key in ("text.proj.weight", "text.proj.0.weight", "text.proj.2.weight"):
            gname = {"text.proj.weight": "t.proj.0.weight", "text.proj.0.weight": "t.proj.0.weight",
                     "text.proj.2.weight": "t.proj.1.weight"}[key]
        else:
            m = tblk.match(key)
            mq = re.match(r"^attention\.self\.(query|key|value)\.(weight|bias)$", m.group(2)) if m else None
            if m and m.group(2) in _BERT_BLOCK:
                gname = f"t.blk.{int(m.group(1))}.{_BERT_BLOCK[m.group(2)]}"
            elif m and mq:
                qkv.setdefault(f"t.blk.{int(m.group(1))}.attn_qkv.{mq.group(2)}", {})[mq.group(1)] = a
                continue
        if gname is None:
            raise ConvertError(f"checkpoint key {key!r} {list(a.shape)} is not part of a BiomedCLIP model "
                               "(unknown key; refusing to drop it silently)")
        if gname in tensors:
            raise ConvertError(f"checkpoint keys {origin[gname]} and {key} both map to {gname}")
        tensors[gname], origin[gname] = a, key
    for gname, parts in qkv.items():
        if set(parts) != {"query", "key", "value"}:
            layer, kind = gname.split(".")[2], gname.rsplit(".", 1)[1]
            raise ConvertError("checkpoint lacks " + ", ".join(
                f"text.transformer.encoder.layer.{layer}.attention.self.{q}.{kind}"
                for q in sorted({"query", "key", "value"} - set(parts))))
        tensors[gname] = np.concatenate([parts["query"], parts["key"], parts["value"]], axis=0)
        origin[gname] = gname.replace("attn_qkv", "attention.self.{query,key,value}")
    if logit_scale is None:
        raise ConvertError("checkpoint has no logit_scale")

    tok = tensors.get("t.token_embd.weight")
    pos = tensors.get("t.pos_embd")
    if tok is None or pos is None or tok.ndim != 2 or pos.ndim != 2:
        raise ConvertError("checkpoint lacks the BERT embeddings (text.transformer.embeddings.*)")
    width = int(tok.shape[1])
    notes: list[str] = []
    bc = bert_config(tc, width, notes)
    context = int(tc.get("context_length", 77))
    if not 0 < context <= pos.shape[0]:
        raise ConvertError(f"text_cfg.context_length {context} exceeds the {pos.shape[0]} position embeddings")
    tensors["t.pos_embd"] = pos[:context]
    mlp = tensors.get("t.blk.0.mlp_fc.weight")
    text = TextParams(arch="bert", context_length=context, vocab_size=int(tok.shape[0]), width=width,
                      layers=len({k.split(".")[2] for k in tensors if k.startswith("t.blk.")}),
                      heads=int(bc["num_attention_heads"]), mlp_dim=int(mlp.shape[0]) if mlp is not None else 0,
                      ln_eps=float(bc["layer_norm_eps"]), act="gelu", pool="cls")
    if text.width % text.heads:
        raise ConvertError(f"text width {text.width} is not a multiple of {text.heads} heads")
    proj_w0 = tensors.get("t.proj.0.weight")
    hidden = (width + embed_dim) // 2
    expected = clip_expected_shapes(vision, text, embed_dim, pre_ln=False)
    expected["v.patch_embd.bias"] = (vision.width,)
    if v_proj_bias:
        expected["v.proj.0.bias"] = (embed_dim,)
    del expected["t.final_ln.weight"], expected["t.final_ln.bias"]
    expected.update({"t.type_embd": (int(tensors["t.type_embd"].shape[0]) if "t.type_embd" in tensors else 2, width),
                     "t.embd_ln.weight": (width,), "t.embd_ln.bias": (width,)})
    if proj_type == "mlp":
        expected["t.proj.0.weight"] = (hidden, width)
        expected["t.proj.1.weight"] = (embed_dim, hidden)
    if proj_w0 is not None and proj_type == "linear" and "t.proj.1.weight" in tensors:
        raise ConvertError("text_cfg.hf_proj_type is 'linear' but the checkpoint has text.proj.2 (an MLP)")
    check_tensors(tensors, expected, origin, str(ckpt))
    tensors = {n: tensors[n] for n in expected}

    if vocab and not vocab.is_file():
        raise ConvertError(f"--vocab {vocab}: no such file")
    search = [vocab] if vocab else []
    for d in dict.fromkeys([ckpt.parent, Path(tc.get("hf_tokenizer_name") or tc["hf_model_name"])]):
        search += [d / "vocab.txt", d / "tokenizer.json"]
    tokenizer = wordpiece_vocab(search)
    for d in dict.fromkeys([ckpt.parent, Path(tc.get("hf_tokenizer_name") or tc["hf_model_name"])]):
        tcfg = d / "tokenizer_config.json"
        if tcfg.is_file() and json.loads(tcfg.read_text(encoding="utf-8")).get("do_lower_case", True) is False:
            raise ConvertError(f"{tcfg}: do_lower_case is false; regionclip's WordPiece is the uncased BERT tokenizer")
    missing = [t for t in BERT_SPECIALS if t not in tokenizer.tokens]
    if missing:
        raise ConvertError(f"the WordPiece vocabulary lacks {missing}")
    if len(tokenizer.tokens) != text.vocab_size:
        raise ConvertError(f"the WordPiece vocabulary has {len(tokenizer.tokens)} tokens, the checkpoint's word "
                           f"embeddings {text.vocab_size}")
    if tokenizer.tokens.index("[PAD]") != int(bc.get("pad_token_id", 0)):
        raise ConvertError(f"[PAD] is token {tokenizer.tokens.index('[PAD]')} but the BERT config's pad_token_id "
                           f"is {bc.get('pad_token_id', 0)} (the attention mask would differ)")
    return Model(name=name, family="biomedclip", embed_dim=embed_dim, logit_scale=logit_scale, vision=vision,
                 text=text, tokenizer=tokenizer, tensors=tensors, notes=notes)


# ----------------------------------------------------------------------------------------------
# Hugging Face CLIPModel source

_HF_TEXT_DEFAULTS = {"vocab_size": 49408, "hidden_size": 512, "intermediate_size": 2048, "num_hidden_layers": 12,
                     "num_attention_heads": 8, "max_position_embeddings": 77, "hidden_act": "quick_gelu",
                     "layer_norm_eps": 1e-5}
_HF_VISION_DEFAULTS = {"hidden_size": 768, "intermediate_size": 3072, "num_hidden_layers": 12,
                       "num_attention_heads": 12, "num_channels": 3, "image_size": 224, "patch_size": 32,
                       "hidden_act": "quick_gelu", "layer_norm_eps": 1e-5}
_HF_ACTS = {"quick_gelu": "quick_gelu", "gelu": "gelu"}
_HF_BLOCK = {"layer_norm1.weight": "ln1.weight", "layer_norm1.bias": "ln1.bias",
             "self_attn.out_proj.weight": "attn_out.weight", "self_attn.out_proj.bias": "attn_out.bias",
             "layer_norm2.weight": "ln2.weight", "layer_norm2.bias": "ln2.bias",
             "mlp.fc1.weight": "mlp_fc.weight", "mlp.fc1.bias": "mlp_fc.bias",
             "mlp.fc2.weight": "mlp_proj.weight", "mlp.fc2.bias": "mlp_proj.bias"}
_HF_FIXED = {"vision_model.embeddings.patch_embedding.weight": "v.patch_embd.weight",
             "vision_model.embeddings.class_embedding": "v.class_embd",
             "vision_model.embeddings.position_embedding.weight": "v.pos_embd",
             "vision_model.pre_layrnorm.weight": "v.pre_ln.weight", "vision_model.pre_layrnorm.bias": "v.pre_ln.bias",
             "vision_model.post_layernorm.weight": "v.post_ln.weight",
             "vision_model.post_layernorm.bias": "v.post_ln.bias",
             "visual_projection.weight": "v.proj.0.weight",
             "text_model.embeddings.token_embedding.weight": "t.token_embd.weight",
             "text_model.embeddings.position_embedding.weight": "t.pos_embd",
             "text_model.final_layer_norm.weight": "t.final_ln.weight",
             "text_model.final_layer_norm.bias": "t.final_ln.bias",
             "text_projection.weight": "t.proj.0.weight"}
_HF_IGNORED = {"vision_model.embeddings.position_ids", "text_model.embeddings.position_ids"}


def _hf_act(cfg: dict, what: str) -> str:
    a = cfg["hidden_act"]
    if a not in _HF_ACTS:
        raise ConvertError(f"{what}.hidden_act={a!r} not supported (quick_gelu or gelu)")
    return _HF_ACTS[a]


def read_hf(d: Path) -> Model:
    try:
        cfg = json.loads((d / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ConvertError(f"{d}/config.json: {e}") from None
    if cfg.get("model_type") != "clip":
        raise ConvertError(f"{d}: model_type {cfg.get('model_type')!r} is not 'clip' (CLIPModel only)")
    tc = {**_HF_TEXT_DEFAULTS, **(cfg.get("text_config") or {})}
    vc = {**_HF_VISION_DEFAULTS, **(cfg.get("vision_config") or {})}
    if vc["num_channels"] != 3:
        raise ConvertError(f"vision num_channels {vc['num_channels']} not supported (3)")
    mean, std = OPENAI_MEAN, OPENAI_STD
    image_size = int(vc["image_size"])
    pp = d / "preprocessor_config.json"
    if pp.is_file():
        p = json.loads(pp.read_text(encoding="utf-8"))
        mean = tuple(float(x) for x in p.get("image_mean", mean))  # type: ignore[assignment]
        std = tuple(float(x) for x in p.get("image_std", std))  # type: ignore[assignment]
        crop = p.get("crop_size", image_size)
        crop = crop.get("height", image_size) if isinstance(crop, dict) else crop
        if crop != image_size or p.get("do_center_crop", True) is False:
            raise ConvertError(f"preprocessor_config.json crop {p.get('crop_size')} does not match image_size {image_size}")
        short = p.get("size", image_size)
        short = short.get("shortest_edge", image_size) if isinstance(short, dict) else short
        if short != image_size or p.get("do_resize", True) is False:
            raise ConvertError(f"preprocessor_config.json resizes the shortest edge to {p.get('size')}, "
                               f"regionclip resizes to image_size {image_size} then center-crops")
        if p.get("resample", 3) != 3:
            raise ConvertError(f"preprocessor_config.json resample={p['resample']} is not bicubic (3)")
    for what, c in (("vision_config", vc), ("text_config", tc)):
        if int(c["hidden_size"]) % int(c["num_attention_heads"]):
            raise ConvertError(f"{what}.hidden_size is not a multiple of num_attention_heads")
    vision = VisionParams(image_size=image_size, patch_size=int(vc["patch_size"]), width=int(vc["hidden_size"]),
                          layers=int(vc["num_hidden_layers"]), heads=int(vc["num_attention_heads"]),
                          mlp_dim=int(vc["intermediate_size"]), ln_eps=float(vc["layer_norm_eps"]),
                          act=_hf_act(vc, "vision_config"), image_mean=mean, image_std=std)  # type: ignore[arg-type]
    if vision.image_size % vision.patch_size:
        raise ConvertError(f"image_size {vision.image_size} is not a multiple of patch_size {vision.patch_size}")
    text = TextParams(arch="causal", context_length=int(tc["max_position_embeddings"]),
                      vocab_size=int(tc["vocab_size"]), width=int(tc["hidden_size"]),
                      layers=int(tc["num_hidden_layers"]), heads=int(tc["num_attention_heads"]),
                      mlp_dim=int(tc["intermediate_size"]), ln_eps=float(tc["layer_norm_eps"]),
                      act=_hf_act(tc, "text_config"), pool="eot")
    embed_dim = int(cfg.get("projection_dim", 512))

    sd = load_hf_weights(d)
    tensors: dict[str, np.ndarray] = {}
    origin: dict[str, str] = {}
    qkv: dict[str, dict[str, np.ndarray]] = {}
    logit_scale: Optional[float] = None
    blk = re.compile(r"^(vision_model|text_model)\.encoder\.layers\.(\d+)\.(.+)$")
    for key, a in sd.items():
        if key in _HF_IGNORED:
            continue
        if key == "logit_scale":
            logit_scale = float(a.reshape(-1)[0])
            continue
        if key in _HF_FIXED:
            tensors[_HF_FIXED[key]] = a
            origin[_HF_FIXED[key]] = key
            continue
        m = blk.match(key)
        if m:
            prefix = f"{'v' if m.group(1) == 'vision_model' else 't'}.blk.{int(m.group(2))}"
            rest = m.group(3)
            if rest in _HF_BLOCK:
                tensors[f"{prefix}.{_HF_BLOCK[rest]}"] = a
                origin[f"{prefix}.{_HF_BLOCK[rest]}"] = key
                continue
            mq = re.match(r"^self_attn\.([qkv])_proj\.(weight|bias)$", rest)
            if mq:
                qkv.setdefault(f"{prefix}.attn_qkv.{mq.group(2)}", {})[mq.group(1)] = a
                continue
        raise ConvertError(f"checkpoint key {key!r} {list(a.shape)} is not part of a CLIPModel "
                           "(unknown key; refusing to drop it silently)")
    for name, parts in qkv.items():
        if set(parts) != {"q", "k", "v"}:
            raise ConvertError(f"{name}: missing {sorted({'q', 'k', 'v'} - set(parts))}_proj")
        shapes = {p.shape for p in parts.values()}
        if len(shapes) != 1:
            raise ConvertError(f"{name}: q/k/v projections differ in shape {sorted(shapes)}")
        tensors[name] = np.concatenate([parts["q"], parts["k"], parts["v"]], axis=0)
        origin[name] = name.replace("attn_qkv", "self_attn.{q,k,v}_proj")
    if logit_scale is None:
        raise ConvertError("checkpoint has no logit_scale")
    expected = clip_expected_shapes(vision, text, embed_dim, pre_ln=True)
    check_tensors(tensors, expected, origin, str(d))
    tensors = {n: tensors[n] for n in expected}
    return Model(name=cfg.get("_name_or_path") or d.name, family="clip", embed_dim=embed_dim,
                 logit_scale=logit_scale, vision=vision, text=text, tokenizer=hf_clip_tokenizer(d),
                 tensors=tensors)


# ----------------------------------------------------------------------------------------------
# ROI processor weights (convert/roi_processor.py's state dict -> roi.* tensors, docs/roi.md)

_ROI_HEAD = {"head.weight": "roi.head.weight", "head.bias": "roi.head.bias"}
_ROI_FUSION = {"attn.in_proj_weight": "roi.attn_qkv.weight", "attn.in_proj_bias": "roi.attn_qkv.bias",
               "attn.out_proj.weight": "roi.attn_out.weight", "attn.out_proj.bias": "roi.attn_out.bias",
               "gate.weight": "roi.gate.weight", "gate.bias": "roi.gate.bias"}
_ROI_VQA = {"vqa.weight": "vqa.head.weight", "vqa.bias": "vqa.head.bias"}


def read_answers(path: Path) -> list[str]:
    """One answer per line (UTF-8, trailing newline optional), non-empty, distinct, <= 1024 bytes."""
    try:
        lines = path.read_bytes().decode("utf-8").split("\n")
    except UnicodeDecodeError as e:
        raise ConvertError(f"{path}: not UTF-8 ({e})") from None
    if lines and lines[-1] == "":
        lines.pop()
    for i, a in enumerate(lines, 1):
        if not a.strip() or len(a.encode()) > 1024 or "\0" in a or "\r" in a:
            raise ConvertError(f"{path}:{i}: an answer must be 1..1024 bytes, not blank, without NUL or CR")
    seen: dict[str, int] = {}
    for i, a in enumerate(lines, 1):
        if a in seen:
            raise ConvertError(f"{path}:{i}: answer '{a}' repeats line {seen[a]}")
        seen[a] = i
    return lines


def add_roi(m: Model, path: Path, trust_pickle: bool, answers: Optional[Path] = None) -> None:
    """Adds the region head, fusion and VQA tensors of a RoiProcessor state dict to m (the VQA
    head's answers from the answers file)."""
    sd, _ = load_state_dict(path, trust_pickle)
    e = m.embed_dim
    parts = (_ROI_HEAD, _ROI_FUSION, _ROI_VQA)
    unknown = sorted(set(sd) - set(_ROI_HEAD) - set(_ROI_FUSION) - set(_ROI_VQA) - {"num_heads"})
    if unknown:
        raise ConvertError(f"{path}: not a RoiProcessor state dict (unknown keys: {', '.join(unknown[:5])})")
    for part in parts:
        present = [k for k in part if k in sd]
        if present and len(present) != len(part):
            missing = sorted(set(part) - set(present))
            raise ConvertError(f"{path}: incomplete ROI weights, missing {', '.join(missing)}")
    n_answers = int(sd["vqa.weight"].shape[0]) if "vqa.weight" in sd else 0
    expected = {"head.weight": (e, e), "head.bias": (e,), "attn.in_proj_weight": (3 * e, e),
                "attn.in_proj_bias": (3 * e,), "attn.out_proj.weight": (e, e), "attn.out_proj.bias": (e,),
                "gate.weight": (e, 2 * e), "gate.bias": (e,), "vqa.weight": (n_answers, 2 * e), "vqa.bias": (n_answers,)}
    for k, a in sd.items():
        if k != "num_heads" and tuple(a.shape) != expected[k]:
            raise ConvertError(f"{path}: {k} has shape {tuple(a.shape)}, expected {expected[k]} (embed_dim {e})")
        if k != "num_heads":
            m.tensors[{**_ROI_HEAD, **_ROI_FUSION, **_ROI_VQA}[k]] = a.astype(np.float32)
    if "attn.in_proj_weight" in sd:
        heads = int(sd["num_heads"]) if "num_heads" in sd else 0
        if heads < 1 or e % heads:
            raise ConvertError(f"{path}: num_heads {heads} must be >= 1 and divide embed_dim {e}")
        m.roi_heads = heads
    if not any(k in sd for k in expected):
        raise ConvertError(f"{path}: holds no ROI weights")
    if n_answers and answers is None:
        raise ConvertError(f"{path}: has a VQA head with {n_answers} answers; give them with --vqa-answers")
    if answers is not None:
        m.vqa_answers = read_answers(answers)
        if len(m.vqa_answers) != n_answers:
            raise ConvertError(f"{answers}: {len(m.vqa_answers)} answers, the VQA head of {path} has {n_answers}")


# ----------------------------------------------------------------------------------------------
# GGUF writer (family independent)

# ----------------------------------------------------------------------------------------------
# Weight types (docs/format.md "Weight types"): which tensor is stored how, and the encoders

DTYPES = ("f32", "f16", "bf16", "q8_0", "q4_0")
QK = 32                                            # weights per Q8_0 / Q4_0 block (ggml's QK8_0, QK4_0)
F32_ALWAYS = {"t.pos_embd", "v.pos_embd", "v.class_embd"}
FLOAT_ONLY = {"t.type_embd", "vqa.head.weight"}    # the library binds these as f32 tables


def storage_type(name: str, a: np.ndarray, dtype: str) -> str:
    """The type tensor `name` is written in under --dtype: vectors and positional tables f32;
    the token embedding f32 under f16 (as before bf16/q types existed), dtype under the others;
    a quantized dtype falls back to f16 where blocks of 32 cannot run along the rows (the 4-D
    patch kernel, rows not a multiple of 32, FLOAT_ONLY tables)."""
    if a.ndim < 2 or name in F32_ALWAYS or dtype == "f32":
        return "f32"
    if dtype == "f16" and name == "t.token_embd.weight":
        return "f32"
    if dtype in ("q8_0", "q4_0") and (a.ndim != 2 or a.shape[-1] % QK or name in FLOAT_ONLY):
        return "f16"
    return dtype


def round_half_away(x: np.ndarray) -> np.ndarray:
    """C's roundf: halves away from zero."""
    return np.sign(x) * np.floor(np.abs(x) + np.float32(0.5))


def encode_bf16(a: np.ndarray) -> np.ndarray:
    """float32 -> bfloat16 bits, round to nearest even; NaN stays a (quiet) NaN."""
    u = np.ascontiguousarray(a, dtype=np.float32).view(np.uint32).astype(np.uint64)
    rounded = (u + 0x7FFF + ((u >> 16) & 1)) >> 16
    nan = (u & 0x7FFFFFFF) > 0x7F800000
    return np.where(nan, (u >> 16) | 0x40, rounded).astype(np.uint16)


def encode_q8_0(a: np.ndarray) -> np.ndarray:
    """[rows][cols] -> [rows][cols/32 * 34] bytes: per block d = max|x| / 127 (f16), q = roundf(x / d)."""
    blocks = np.ascontiguousarray(a, dtype=np.float32).reshape(-1, QK)
    d = np.abs(blocks).max(axis=1, keepdims=True) / np.float32(127)
    inv = np.divide(np.float32(1), d, out=np.zeros_like(d), where=d != 0)
    q = round_half_away(blocks * inv).astype(np.int8)
    out = np.concatenate([d.astype("<f2").view(np.uint8), q.view(np.uint8)], axis=1)
    return out.reshape(a.shape[0], -1)


def encode_q4_0(a: np.ndarray) -> np.ndarray:
    """[rows][cols] -> [rows][cols/32 * 18] bytes: per block m = the value of largest magnitude
    (first on ties), d = m / -8 (f16), q = min(15, trunc(x / d + 8.5)); weights 0..15 in the low
    nibbles, 16..31 in the high ones."""
    blocks = np.ascontiguousarray(a, dtype=np.float32).reshape(-1, QK)
    m = np.take_along_axis(blocks, np.abs(blocks).argmax(axis=1)[:, None], axis=1)
    d = m / np.float32(-8)
    inv = np.divide(np.float32(1), d, out=np.zeros_like(d), where=d != 0)
    q = np.minimum(np.trunc(blocks * inv + np.float32(8.5)), 15).astype(np.uint8)
    packed = q[:, :QK // 2] | (q[:, QK // 2:] << 4)
    out = np.concatenate([d.astype("<f2").view(np.uint8), packed], axis=1)
    return out.reshape(a.shape[0], -1)


def encode(name: str, a: np.ndarray, kind: str) -> tuple[np.ndarray, Any]:
    """(array to write, raw ggml type or None) for tensor `name` stored as `kind`."""
    import gguf
    T = gguf.GGMLQuantizationType
    if kind in ("f16", "q8_0", "q4_0") and float(np.abs(a).max(initial=0.0)) > F16_MAX:
        raise ConvertError(f"{name}: values exceed the f16 range (scales and f16 weights); convert with --dtype f32 or bf16")
    if kind == "f32":
        return np.ascontiguousarray(a, dtype=np.float32), None
    if kind == "f16":
        return np.ascontiguousarray(a, dtype=np.float16), None
    if kind == "bf16":
        bits = encode_bf16(a)
        return bits.view(np.uint8).reshape(*a.shape[:-1], a.shape[-1] * 2), T.BF16
    if kind == "q8_0":
        return encode_q8_0(a), T.Q8_0
    return encode_q4_0(a), T.Q4_0


def write_gguf(m: Model, out: Path, dtype: str) -> None:
    import gguf
    if len(m.tokenizer.tokens) != m.text.vocab_size:
        raise ConvertError(f"tokenizer has {len(m.tokenizer.tokens)} tokens, text vocab_size is {m.text.vocab_size}")
    tmp = out.with_name(out.name + ".tmp")
    w = gguf.GGUFWriter(str(tmp), "regionclip")
    w.add_name(m.name)
    p = "regionclip."
    w.add_string(p + "family", m.family)
    w.add_uint32(p + "embed_dim", m.embed_dim)
    w.add_float32(p + "logit_scale", m.logit_scale)
    v, t = m.vision, m.text
    def tower_keys(q: str, tower: Any) -> None:   # what both towers have, in the file's key order
        for key in ("width", "layers", "heads", "mlp_dim"):
            w.add_uint32(q + key, getattr(tower, key))
        w.add_float32(q + "ln_eps", tower.ln_eps)
        w.add_string(q + "act", tower.act)
    w.add_uint32(p + "vision.image_size", v.image_size)
    w.add_uint32(p + "vision.patch_size", v.patch_size)
    tower_keys(p + "vision.", v)
    w.add_array(p + "vision.image_mean", [float(x) for x in v.image_mean])
    w.add_array(p + "vision.image_std", [float(x) for x in v.image_std])
    w.add_string(p + "text.arch", t.arch)
    w.add_uint32(p + "text.context_length", t.context_length)
    w.add_uint32(p + "text.vocab_size", t.vocab_size)
    tower_keys(p + "text.", t)
    w.add_string(p + "text.pool", t.pool)
    if m.roi_heads:
        w.add_uint32(p + "roi.heads", m.roi_heads)
    if m.vqa_answers:
        w.add_array(p + "vqa.answers", m.vqa_answers)
    w.add_tokenizer_model(m.tokenizer.model)
    w.add_token_list(m.tokenizer.tokens)
    if m.tokenizer.merges:
        w.add_token_merges(m.tokenizer.merges)
    for name, a in m.tensors.items():
        data, raw = encode(name, a, storage_type(name, a, dtype))
        w.add_tensor(name, data, raw_dtype=raw)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    os.replace(tmp, out)


# ----------------------------------------------------------------------------------------------
# Command line

def detect_source(ckpt: Path) -> str:
    if ckpt.is_dir():
        cfg = ckpt / "config.json"
        if cfg.is_file() and not (ckpt / "open_clip_config.json").is_file():
            return "hf"
        return "openclip"
    return "openclip"


def convert(args: argparse.Namespace) -> Model:
    ckpt = Path(args.checkpoint)
    if not ckpt.exists():
        raise ConvertError(f"{ckpt}: no such file or directory")
    source = args.source or detect_source(ckpt)
    readers: dict[str, Callable[[], Model]] = {
        "openclip": lambda: read_openclip(ckpt, args.model, Path(args.config) if args.config else None,
                                          args.trust_pickle, Path(args.vocab) if args.vocab else None),
        "hf": lambda: read_hf(ckpt),
    }
    if source == "hf" and (args.model or args.config):
        raise ConvertError("--model/--config apply to open_clip checkpoints; a HF directory carries config.json")
    m = readers[source]()
    if args.name:
        m.name = args.name
    if args.vqa_answers and not args.roi:
        raise ConvertError("--vqa-answers needs --roi (the VQA head's weights)")
    if args.roi:
        add_roi(m, Path(args.roi), args.trust_pickle, Path(args.vqa_answers) if args.vqa_answers else None)
    write_gguf(m, Path(args.output), args.dtype)
    return m


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Convert open_clip / Hugging Face CLIP checkpoints to regionclip GGUF.")
    ap.add_argument("checkpoint", help="open_clip weights file (or dir with open_clip_config.json), or HF CLIPModel dir")
    ap.add_argument("-o", "--output", required=True, help="output .gguf path")
    ap.add_argument("--model", help="open_clip model name resolving a bundled config, e.g. ViT-B-32, ViT-B-16-quickgelu")
    ap.add_argument("--config", help="open_clip JSON config ({'model_cfg':..., 'preprocess_cfg':...} or bare model cfg)")
    ap.add_argument("--vocab", help="biomedclip: the BERT tokenizer's vocab.txt (default: found next to the checkpoint)")
    ap.add_argument("--roi", help="ROI processor weights: a state dict of convert/roi_processor.py's RoiProcessor")
    ap.add_argument("--vqa-answers", help="the VQA head's answers, one per line (UTF-8), in output order")
    ap.add_argument("--source", choices=("openclip", "hf"), help="force the source kind (default: detected)")
    ap.add_argument("--dtype", choices=DTYPES, default="f32",
                    help="storage of the weight matrices (docs/format.md 'Weight types': norms, biases, "
                         "positional tables stay f32)")
    ap.add_argument("--name", help="general.name to store (default: model name)")
    ap.add_argument("--trust-pickle", action="store_true",
                    help="allow full pickle loading of .pt/.bin checkpoints (runs code from the file)")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    try:
        m = convert(args)
    except ConvertError as e:
        print(f"convert.py: error: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"convert.py: error: {e}", file=sys.stderr)
        return 1
    for note in m.notes:
        print(f"convert.py: note: {note}", file=sys.stderr)
    if not args.quiet:
        n = sum(a.size for a in m.tensors.values())
        size = Path(args.output).stat().st_size
        print(f"{args.output}: {m.family} {m.name}, vision {m.vision.width}x{m.vision.layers} "
              f"p{m.vision.patch_size}/{m.vision.image_size} {m.vision.act}, text {m.text.width}x{m.text.layers}, "
              f"E={m.embed_dim}, {len(m.tensors)} tensors, {n / 1e6:.1f}M params, {args.dtype}, "
              f"{size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
