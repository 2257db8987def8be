#!/usr/bin/env python3
"""Reference activations for the C tests (llm.c pattern).

For each reference model: build it with the real library (open_clip 3.3.0 or transformers
CLIPModel) and random weights that touch every tensor, save the checkpoint in its native layout,
convert it with convert/convert.py (subprocess, exactly as a user would), run it in float32 with
forward hooks on the real modules, and write <name>.golden.gguf next to <name>.gguf
(and <name>.<type>.gguf in the weight types of Spec.dtypes for some models).

Usage: python tests/gen_golden.py OUTDIR [--force] [--only NAME ...] [--keep-sources]

Golden file (GGUF, general.architecture = "regionclip.golden"), shapes in PyTorch order:
  in.pixels [B,3,S,S] f32, in.tokens [N,C] i32,
  act.v.embd [B,T,W], act.v.blk.N [B,T,W], act.v.pooled [B,W], out.image [B,E] (not normalized),
  act.t.embd [N,C,W], act.t.blk.N [N,C,W], act.t.pooled [N,W], out.text [N,E] (not normalized),
  out.logit_scale [1] (exp'd, as open_clip's forward returns it);
  metadata golden.model (model file name), golden.texts (string[N]).
"""
from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
CONVERTER = ROOT / "convert" / "convert.py"
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
OPENAI_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_STD = (0.26862954, 0.26130258, 0.27577711)
N_IMAGES = 2

TEXTS = [
    "a photo of a cat",
    "A chest X-ray showing a small left-sided pleural effusion; no pneumothorax.",
    # > 77 tokens: exercises truncation (last kept token becomes EOT)
    "Findings: the cardiomediastinal silhouette is within normal limits for size and contour. "
    "There is a moderate right pleural effusion with adjacent compressive atelectasis of the right "
    "lower lobe. No focal consolidation is seen in the left lung. There is no pneumothorax. Degenerative "
    "changes of the thoracic spine are noted, with mild anterior osteophytes at T7-T9. Impression: "
    "moderate right pleural effusion, recommend clinical correlation and follow-up radiographs in 2 weeks.",
    "Café MRI: T2-weighted 3.5mm slices &amp; <b>ADC</b> map, résumé naïve ÜBER 😀 lesion #42!!",
]


@dataclass
class Spec:
    name: str
    kind: str                           # 'openclip' | 'hf'
    seed: int
    model: str = ""                     # open_clip model name (bundled config)
    cfg_edit: Optional[Callable[[dict], dict]] = None   # open_clip: derive a JSON config from `model`
    preprocess: dict = field(default_factory=dict)      # open_clip preprocess_cfg for the JSON config
    save_as: str = "pt"                 # 'pt' | 'pt-wrapped' | 'safetensors' | 'dir' (open_clip_config.json)
    dtypes: tuple[str, ...] = ()        # other --dtype files written besides f32
    hf_text: dict = field(default_factory=dict)
    hf_vision: dict = field(default_factory=dict)
    image_size: int = 224
    # biomedclip: open_clip CustomTextCLIP = timm ViT + HF BERT (built from `bert`, a BertConfig dict)
    timm_model: str = ""
    bert: dict = field(default_factory=dict)
    embed_dim: int = 512
    context_length: int = 77


def _reduced_l14(cfg: dict) -> dict:
    cfg = json.loads(json.dumps(cfg))
    cfg["vision_cfg"]["layers"] = 4     # ViT-L/14 widths/heads/patch, fewer layers to keep tests fast
    cfg["text_cfg"]["layers"] = 4
    return cfg


SPECS: list[Spec] = [
    Spec("vit-b-32", "openclip", 1, model="ViT-B-32", save_as="pt-wrapped", dtypes=("f16",)),
    Spec("vit-b-32-quickgelu", "openclip", 2, model="ViT-B-32-quickgelu", save_as="safetensors"),
    Spec("vit-b-16", "openclip", 3, model="ViT-B-16", save_as="pt", dtypes=("bf16", "q8_0", "q4_0")),
    Spec("vit-b-16-quickgelu", "openclip", 4, model="ViT-B-16-quickgelu", save_as="safetensors"),
    Spec("vit-l-14-4l", "openclip", 5, model="ViT-L-14", cfg_edit=_reduced_l14, save_as="dir",
         preprocess={"size": 224, "mean": list(IMAGENET_MEAN), "std": list(IMAGENET_STD),
                     "interpolation": "bicubic", "resize_mode": "shortest"}),
    # HF CLIPModel, ViT-B/32 shapes; towers differ in activation and LN eps to exercise per-tower metadata
    Spec("hf-clip-b-32", "hf", 6, dtypes=("f16",),
         hf_vision={"hidden_act": "gelu", "layer_norm_eps": 1e-6}, hf_text={"hidden_act": "quick_gelu"}),
    # BiomedCLIP's configuration: timm ViT-B/16 + a BERT with PubMedBERT's dimensions, MLP projection,
    # context 256; saved like the hub repository (open_clip_config.json + open_clip_pytorch_model.bin
    # with a stray BERT pooler and position_ids buffer + vocab.txt)
    Spec("biomedclip", "biomedclip", 7, save_as="bin", dtypes=("f16", "bf16", "q8_0", "q4_0"), timm_model="vit_base_patch16_224",
         bert={"vocab_size": 30522, "hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12,
               "intermediate_size": 3072, "max_position_embeddings": 512},
         embed_dim=512, context_length=256),
    # quick variant with odd sizes: timm's test_vit (6 x 64 wide, 2 heads, MLP 192, 160 px) and a 2-layer
    # BERT 80 wide, 5 heads, 3 token types, 1234-token vocab with PubMedBERT's special ids, context 64 of
    # 100 positions; .safetensors
    Spec("biomedclip-small", "biomedclip", 8, save_as="safetensors", timm_model="test_vit", image_size=160,
         bert={"vocab_size": 1234, "hidden_size": 80, "num_hidden_layers": 2, "num_attention_heads": 5,
               "intermediate_size": 200, "max_position_embeddings": 100, "type_vocab_size": 3},
         embed_dim=48, context_length=64),
]
# BERT texts: a fifth, longer than 256 WordPiece tokens, exercises truncation at BiomedCLIP's context
BERT_TEXTS = TEXTS + [" ".join([TEXTS[2]] * 4)]


# ----------------------------------------------------------------------------------------------
# random weights that exercise every tensor

def randomize(model: nn.Module, seed: int) -> None:
    """Overwrite every parameter (seeded): matrices/biases/embeddings N(0, 0.02), LayerNorm weight
    1 + N(0, 0.1) and bias N(0, 0.05), logit_scale U(2, 4) (below ln 100)."""
    g = torch.Generator().manual_seed(seed)
    seen: set[int] = set()
    with torch.no_grad():
        for mod in model.modules():
            for pname, p in mod.named_parameters(recurse=False):
                if id(p) in seen:
                    continue
                seen.add(id(p))
                if isinstance(mod, nn.LayerNorm):
                    std, mean = (0.1, 1.0) if pname == "weight" else (0.05, 0.0)
                    p.copy_(mean + std * torch.randn(p.shape, generator=g))
                elif pname == "logit_scale":
                    p.copy_(2.0 + 2.0 * torch.rand(p.shape, generator=g))
                else:
                    p.copy_(0.02 * torch.randn(p.shape, generator=g))
    n_params = sum(1 for _ in model.parameters())
    assert len(seen) == n_params, "parameter sharing/unvisited parameters"


def make_images(size: int, mean: tuple, std: tuple, seed: int) -> torch.Tensor:
    """Synthetic non-square RGB images (gradients, shapes, noise) through open_clip's eval preprocess."""
    from PIL import Image, ImageDraw
    import open_clip
    rng = np.random.default_rng(seed)
    tf = open_clip.image_transform(size, is_train=False, mean=mean, std=std)
    out = []
    for i, (w, h) in enumerate([(320, 256), (200, 300)][:N_IMAGES]):
        yy, xx = np.mgrid[0:h, 0:w]
        base = np.stack([xx / w * 255, yy / h * 255, (xx + yy) / (w + h) * 255], -1)
        img = np.clip(base + rng.normal(0, 20, base.shape), 0, 255).astype(np.uint8)
        im = Image.fromarray(img, "RGB")
        d = ImageDraw.Draw(im)
        d.ellipse([w // 4, h // 4, w // 2 + 10 * i, h // 2 + 20], fill=(200, 30, 60 + 80 * i))
        d.rectangle([w // 2, h // 2, w - 20, h - 30], outline=(10, 240, 20), width=5)
        out.append(tf(im))
    return torch.stack(out)


# ----------------------------------------------------------------------------------------------
# hooks

class Capture:
    def __init__(self) -> None:
        self.acts: dict[str, torch.Tensor] = {}
        self.handles: list[Any] = []

    def _store(self, name: str, x: Any) -> None:
        if isinstance(x, (tuple, list)):
            x = x[0]
        self.acts[name] = x.detach().float().clone()

    def pre(self, module: nn.Module, name: str) -> None:
        def hook(_m: nn.Module, args: tuple, kwargs: dict) -> None:
            self._store(name, args[0] if args else kwargs["hidden_states"])
        self.handles.append(module.register_forward_pre_hook(hook, with_kwargs=True))

    def post(self, module: nn.Module, name: str) -> None:
        def hook(_m: nn.Module, _args: Any, out: Any) -> None:
            self._store(name, out)
        self.handles.append(module.register_forward_hook(hook))

    def remove(self) -> None:
        for h in self.handles:
            h.remove()


def tower_hooks(cap: Capture, tower: str, blocks: nn.ModuleList, final_ln: nn.Module) -> None:
    cap.pre(blocks[0], f"act.{tower}.embd")
    for i, b in enumerate(blocks):
        cap.post(b, f"act.{tower}.blk.{i}")
    cap.post(final_ln, f"act.{tower}.final_ln")


def pooled_from(acts: dict[str, torch.Tensor], tokens: torch.Tensor) -> None:
    v = acts.pop("act.v.final_ln")
    acts["act.v.pooled"] = v[:, 0] if v.ndim == 3 else v
    t = acts.pop("act.t.final_ln")
    acts["act.t.pooled"] = t[torch.arange(t.shape[0]), tokens.argmax(dim=-1)] if t.ndim == 3 else t


def _features(x: Any) -> torch.Tensor:
    return x if isinstance(x, torch.Tensor) else x.pooler_output


# ----------------------------------------------------------------------------------------------
# per-source builders: return (model, run(pixels, tokens) -> acts, context_length, mean, std)

def openclip_runner(model: nn.Module, vision: tuple[nn.ModuleList, nn.Module],
                    text: tuple[nn.ModuleList, nn.Module]) -> Callable:
    """run(pixels, tokens) -> activations of an open_clip model through encode_image/encode_text;
    each tower is (blocks, module whose output is pooled: final norm or pooler)."""
    def run(pixels: torch.Tensor, tokens: torch.Tensor) -> dict[str, torch.Tensor]:
        cap = Capture()
        tower_hooks(cap, "v", *vision)
        tower_hooks(cap, "t", *text)
        return with_outputs(cap, model, model.encode_image(pixels), model.encode_text(tokens))
    return run


def with_outputs(cap: Capture, model: nn.Module, image: torch.Tensor, text: torch.Tensor) -> dict[str, torch.Tensor]:
    """Stops capturing; the captured activations plus the final embeddings and exp(logit_scale)."""
    cap.remove()
    acts = cap.acts
    acts["out.image"] = image.float()
    acts["out.text"] = text.float()
    acts["out.logit_scale"] = model.logit_scale.exp().reshape(1).float()
    return acts


def build_openclip(spec: Spec, src: Path) -> tuple[Path, list[str], Callable, int, tuple, tuple]:
    import open_clip
    from safetensors.torch import save_file
    cfg = open_clip.get_model_config(spec.model)
    assert cfg is not None, spec.model
    if spec.cfg_edit:
        cfg = spec.cfg_edit(cfg)
    model = open_clip.model.CLIP(**cfg)
    randomize(model, spec.seed)
    model.eval()
    sd = {k: v.contiguous() for k, v in model.state_dict().items()}
    src.mkdir(parents=True, exist_ok=True)
    conv_args: list[str]
    if spec.save_as == "dir":
        (src / "open_clip_config.json").write_text(json.dumps({"model_cfg": cfg, "preprocess_cfg": spec.preprocess}, indent=2))
        save_file(sd, str(src / "open_clip_model.safetensors"))
        ckpt, conv_args = src, []
    elif spec.save_as == "safetensors":
        ckpt = src / "model.safetensors"
        save_file(sd, str(ckpt))
        conv_args = ["--model", spec.model]
    elif spec.save_as == "pt-wrapped":   # training-checkpoint layout: {'state_dict': {'module.' + k}}
        ckpt = src / "epoch_1.pt"
        torch.save({"epoch": 1, "name": spec.name, "state_dict": {"module." + k: v for k, v in sd.items()}}, ckpt)
        conv_args = ["--model", spec.model]
    else:
        ckpt = src / "model.pt"
        torch.save(sd, ckpt)
        conv_args = ["--model", spec.model]
    mean = tuple(spec.preprocess.get("mean", OPENAI_MEAN))
    std = tuple(spec.preprocess.get("std", OPENAI_STD))

    run = openclip_runner(model, (model.visual.transformer.resblocks, model.visual.ln_post),
                          (model.transformer.resblocks, model.ln_final))
    return ckpt, conv_args, run, model.context_length, mean, std


def write_hf_tokenizer(d: Path) -> None:
    """vocab.json + merges.txt from open_clip's BPE file, with HF's special-token names."""
    import gzip
    from open_clip.tokenizer import bytes_to_unicode, default_bpe
    lines = gzip.open(default_bpe()).read().decode("utf-8").split("\n")
    merges = [tuple(m.split()) for m in lines[1:49152 - 256 - 2 + 1]]
    vocab = list(bytes_to_unicode().values())
    vocab = vocab + [v + "</w>" for v in vocab] + ["".join(m) for m in merges] + ["<|startoftext|>", "<|endoftext|>"]
    (d / "vocab.json").write_text(json.dumps({t: i for i, t in enumerate(vocab)}, ensure_ascii=False), encoding="utf-8")
    (d / "merges.txt").write_text("#version: 0.2\n" + "\n".join(f"{a} {b}" for a, b in merges) + "\n", encoding="utf-8")


def build_hf(spec: Spec, src: Path) -> tuple[Path, list[str], Callable, int, tuple, tuple]:
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel
    cfg = CLIPConfig(text_config=dict(spec.hf_text), vision_config=dict(spec.hf_vision), projection_dim=512)
    model = CLIPModel(cfg)
    randomize(model, spec.seed)
    model.eval()
    src.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(src))
    CLIPImageProcessor().save_pretrained(str(src))
    write_hf_tokenizer(src)
    mean, std = OPENAI_MEAN, OPENAI_STD

    def run(pixels: torch.Tensor, tokens: torch.Tensor) -> dict[str, torch.Tensor]:
        cap = Capture()
        tower_hooks(cap, "v", model.vision_model.encoder.layers, model.vision_model.post_layernorm)
        tower_hooks(cap, "t", model.text_model.encoder.layers, model.text_model.final_layer_norm)
        # no attention_mask: open_clip semantics (causal mask only), what the C library implements
        return with_outputs(cap, model, _features(model.get_image_features(pixel_values=pixels)),
                            _features(model.get_text_features(input_ids=tokens)))

    return src, [], run, int(cfg.text_config.max_position_embeddings), mean, std


def write_bert_vocab(path: Path, size: int, specials_first: bool) -> None:
    """A deterministic WordPiece vocab.txt of `size` lines. Specials in bert-base-uncased's layout ([PAD] 0,
    [unused0..98] 1..99, [UNK] 100, [CLS] 101, [SEP] 102, [MASK] 103) or, with specials_first, in
    PubMedBERT's ([PAD] [UNK] [CLS] [SEP] [MASK] = 0..4); then characters, '##' characters, the words of
    the golden texts (lower-cased, accents stripped) and '##' pieces of them, then filler 'zq...' words."""
    import unicodedata
    chars = [chr(c) for c in range(33, 127) if not chr(c).isupper()] + list("éüïñß😀中")
    words: list[str] = []
    for t in TEXTS:
        t = unicodedata.normalize("NFD", t.lower())
        t = "".join(c for c in t if unicodedata.category(c) != "Mn")
        for w in "".join(c if c.isalnum() else " " for c in t).split():
            words += [w, "##" + w[len(w) // 2:]] if len(w) > 3 else [w]
    vocab = ["[PAD]"] + [f"[unused{i}]" for i in range(99)] + ["[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    if specials_first:
        vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    vocab += chars + ["##" + c for c in chars] + words
    vocab = list(dict.fromkeys(vocab))[:size]
    n = 0
    while len(vocab) < size:
        vocab.append(f"zq{n}")
        n += 1
    path.write_text("\n".join(vocab) + "\n", encoding="utf-8")


def build_biomedclip(spec: Spec, src: Path) -> tuple[Path, list[str], Callable, int, tuple, tuple]:
    """open_clip's own CustomTextCLIP from a BiomedCLIP-style config (see make_biomedclip)."""
    model = make_biomedclip(spec, src)
    # the pooler's output is the [CLS] row of the last layer: act.t.pooled
    run = openclip_runner(model, (model.visual.trunk.blocks, model.visual.trunk.norm),
                          (model.text.transformer.encoder.layer, model.text.pooler))
    return src, [], run, spec.context_length, OPENAI_MEAN, OPENAI_STD


def make_biomedclip(spec: Spec, src: Path) -> nn.Module:
    """Writes a BiomedCLIP-layout checkpoint folder to src and returns open_clip's CustomTextCLIP for it
    (eval mode). The HF text tower is built from a local BertConfig directory (src/bert, what
    hf_model_name resolves to), so nothing is downloaded."""
    import open_clip
    from safetensors.torch import save_file
    from transformers import BertConfig
    bert_dir = src / "bert"
    bert_dir.mkdir(parents=True, exist_ok=True)
    BertConfig(**spec.bert).save_pretrained(str(bert_dir))
    (bert_dir / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BertTokenizer",
                                                                "do_lower_case": True}))
    write_bert_vocab(bert_dir / "vocab.txt", spec.bert["vocab_size"], specials_first=spec.name.endswith("small"))
    cfg = {"embed_dim": spec.embed_dim,
           "vision_cfg": {"timm_model_name": spec.timm_model, "timm_model_pretrained": False, "timm_pool": "",
                          "timm_proj": "linear", "image_size": spec.image_size},
           "text_cfg": {"hf_model_name": str(bert_dir), "hf_tokenizer_name": str(bert_dir), "hf_proj_type": "mlp",
                        "hf_pooler_type": "cls_last_hidden_state_pooler", "context_length": spec.context_length}}
    model = open_clip.model.CustomTextCLIP(**{**cfg, "text_cfg": {**cfg["text_cfg"], "hf_model_pretrained": False}})
    randomize(model, spec.seed)
    model.eval()
    sd = {k: v.contiguous() for k, v in model.state_dict().items()}
    g = torch.Generator().manual_seed(spec.seed + 100)   # what older checkpoints carry besides the model
    W = spec.bert["hidden_size"]
    sd["text.transformer.pooler.dense.weight"] = 0.02 * torch.randn(W, W, generator=g)
    sd["text.transformer.pooler.dense.bias"] = 0.02 * torch.randn(W, generator=g)
    sd["text.transformer.embeddings.position_ids"] = torch.arange(spec.bert["max_position_embeddings"])[None]
    (src / "open_clip_config.json").write_text(json.dumps({"model_cfg": cfg, "preprocess_cfg": {
        "mean": list(OPENAI_MEAN), "std": list(OPENAI_STD)}}, indent=2))
    shutil.copy(bert_dir / "vocab.txt", src / "vocab.txt")
    if spec.save_as == "bin":
        torch.save(sd, src / "open_clip_pytorch_model.bin")
    else:
        save_file(sd, str(src / "open_clip_model.safetensors"))
    return model


def check_hf_tokenizer(src: Path, texts: list[str], tokens: torch.Tensor) -> str:
    """HF's CLIPTokenizer on the written vocab must give open_clip's ids up to EOT."""
    from transformers import CLIPTokenizer
    tok = CLIPTokenizer(str(src / "vocab.json"), str(src / "merges.txt"))
    bad = 0
    for i, t in enumerate(texts):
        # open_clip html-unescapes (twice) before tokenizing, HF's CLIPTokenizer does not
        ids = tok(html.unescape(html.unescape(t)), truncation=True, max_length=tokens.shape[1])["input_ids"]
        ref = tokens[i].tolist()
        n = ref.index(max(ref)) + 1
        if ids[:n] != ref[:n]:
            bad += 1
    return "HF CLIPTokenizer ids agree (after html.unescape)" if bad == 0 else f"HF tokenizer DIFFERS on {bad} text(s)"


# ----------------------------------------------------------------------------------------------
# golden writer

def write_golden(path: Path, model_file: str, texts: list[str], pixels: torch.Tensor, tokens: torch.Tensor,
                 acts: dict[str, torch.Tensor], n_v: int, n_t: int) -> None:
    import gguf
    w = gguf.GGUFWriter(str(path) + ".tmp", "regionclip.golden")
    w.add_string("golden.model", model_file)
    w.add_array("golden.texts", texts)
    order = ["act.v.embd"] + [f"act.v.blk.{i}" for i in range(n_v)] + ["act.v.pooled", "out.image",
             "act.t.embd"] + [f"act.t.blk.{i}" for i in range(n_t)] + ["act.t.pooled", "out.text", "out.logit_scale"]
    if set(order) != set(acts):
        raise RuntimeError(f"captured {sorted(set(acts) ^ set(order))} unexpectedly")
    w.add_tensor("in.pixels", pixels.numpy().astype(np.float32))
    w.add_tensor("in.tokens", tokens.numpy().astype(np.int32))
    for name in order:
        a = acts[name].numpy().astype(np.float32)
        if not np.all(np.isfinite(a)):
            raise RuntimeError(f"{name} has NaN/Inf")
        w.add_tensor(name, np.ascontiguousarray(a))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    os.replace(str(path) + ".tmp", path)


def start_convert(ckpt: Path, args: list[str], out: Path, dtype: str) -> tuple[list[str], subprocess.Popen]:
    """Run convert/convert.py as a user would (in the background while the reference runs)."""
    cmd = [sys.executable, str(CONVERTER), str(ckpt), "-o", str(out), "--dtype", dtype, "-q"] + args
    return cmd, subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish_convert(job: tuple[list[str], subprocess.Popen]) -> None:
    cmd, proc = job
    _, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"converter failed: {' '.join(cmd)}\n{err}")


def generate(spec: Spec, outdir: Path, keep_sources: bool) -> str:
    import open_clip
    t0 = time.time()
    torch.manual_seed(spec.seed)
    src = outdir / "src" / spec.name
    builder = {"openclip": build_openclip, "hf": build_hf, "biomedclip": build_biomedclip}[spec.kind]
    ckpt, conv_args, run, ctx, mean, std = builder(spec, src)
    model_file = outdir / f"{spec.name}.gguf"
    jobs = [start_convert(ckpt, conv_args, model_file, "f32")]
    for dtype in spec.dtypes:
        jobs.append(start_convert(ckpt, conv_args, outdir / f"{spec.name}.{dtype}.gguf", dtype))

    texts = TEXTS
    if spec.kind == "biomedclip":   # open_clip's HFTokenizer over the written vocab, as BiomedCLIP runs
        texts = BERT_TEXTS
        tokens = open_clip.tokenizer.HFTokenizer(str(src / "bert"), context_length=ctx)(texts)
    else:
        tokens = open_clip.tokenizer.SimpleTokenizer(context_length=ctx)(texts)
    pixels = make_images(spec.image_size, mean, std, spec.seed)
    extra = ""
    if spec.kind == "hf":
        extra = ", " + check_hf_tokenizer(src, TEXTS, tokens)
    with torch.inference_mode():
        acts = run(pixels, tokens)
    pooled_from(acts, tokens)
    n_v = sum(1 for k in acts if k.startswith("act.v.blk."))
    n_t = sum(1 for k in acts if k.startswith("act.t.blk."))
    golden = outdir / f"{spec.name}.golden.gguf"
    write_golden(golden, model_file.name, texts, pixels, tokens.to(torch.int32), acts, n_v, n_t)
    for job in jobs:
        finish_convert(job)
    if not keep_sources:
        shutil.rmtree(src)
    img, txt = acts["out.image"], acts["out.text"]
    return (f"{spec.name}: {spec.kind} L_v={n_v} L_t={n_t} T_v={acts['act.v.embd'].shape[1]} "
            f"|image|={img.norm(dim=-1).mean():.3f} |text|={txt.norm(dim=-1).mean():.3f} "
            f"max|act|={max(float(a.abs().max()) for k, a in acts.items() if k.startswith('act.')):.1f} "
            f"scale={float(acts['out.logit_scale'][0]):.3f} -> {golden.name} "
            f"({golden.stat().st_size / 2**20:.1f} MiB), {model_file.name} ({model_file.stat().st_size / 2**20:.0f} MiB)"
            f"{extra} [{time.time() - t0:.1f}s]")


def up_to_date(spec: Spec, outdir: Path) -> bool:
    outs = [outdir / f"{spec.name}.gguf", outdir / f"{spec.name}.golden.gguf"]
    outs += [outdir / f"{spec.name}.{dtype}.gguf" for dtype in spec.dtypes]
    if not all(p.is_file() for p in outs):
        return False
    newest_input = max(Path(__file__).stat().st_mtime, CONVERTER.stat().st_mtime)
    return min(p.stat().st_mtime for p in outs) > newest_input


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", help="output directory, e.g. build/golden")
    ap.add_argument("--force", action="store_true", help="regenerate even if outputs are up to date")
    ap.add_argument("--only", nargs="*", help="model names to generate (default: all)")
    ap.add_argument("--keep-sources", action="store_true", help="keep the native checkpoints in OUTDIR/src/")
    ap.add_argument("--list", action="store_true", help="list the model names and exit")
    args = ap.parse_args()
    if args.list:
        print("\n".join(s.name for s in SPECS))
        return 0
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    specs = [s for s in SPECS if not args.only or s.name in args.only]
    unknown = set(args.only or []) - {s.name for s in SPECS}
    if unknown:
        print(f"gen_golden.py: unknown model(s) {sorted(unknown)}; known: {[s.name for s in SPECS]}", file=sys.stderr)
        return 1
    t0 = time.time()
    for spec in specs:
        if not args.force and up_to_date(spec, outdir):
            print(f"{spec.name}: up to date")
            continue
        print(generate(spec, outdir, args.keep_sources), flush=True)
    print(f"done in {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
