#!/usr/bin/env python3
"""Self-check of converted models and golden files, before any C runs.

For every <name>.golden.gguf in DIR (and the model file it names, plus <name>.{f16,bf16,q8_0,q4_0}.gguf):
  1. schema: metadata keys/types of docs/format.md, tensor names/shapes/types from the metadata
     (an independent re-statement of the format.md tables and its "Weight types" rules, not the
     converter's code); tensors read and dequantized by the gguf package (GGUFReader,
     gguf.quants.dequantize);
  2. config: the metadata agrees with the reference config the golden generator used;
  3. tokenizer: CLIP BPE vocabulary structure (bytes, bytes+</w>, merges, specials at 49406/49407);
  4. forward: a float64 NumPy re-implementation of the model, run from the GGUF tensors on the
     golden inputs, matches every golden activation (catches transposes of square matrices, q/k/v
     order, activation and eps mix-ups, which shapes alone cannot); a file of another weight type
     within that type's drift bound (DRIFT, the bound tests/test_golden.c applies too).

Usage: python tests/check_golden.py DIR [--only NAME ...] [--no-forward]
Exit status 0 when everything passes.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

KEYS: dict[str, str] = {   # key -> type: 'str' | 'u32' | 'f32' | 'f32[3]' | 'str[]'
    "general.architecture": "str", "general.name": "str", "regionclip.family": "str",
    "regionclip.embed_dim": "u32", "regionclip.logit_scale": "f32",
    "regionclip.vision.image_size": "u32", "regionclip.vision.patch_size": "u32",
    "regionclip.vision.width": "u32", "regionclip.vision.layers": "u32", "regionclip.vision.heads": "u32",
    "regionclip.vision.mlp_dim": "u32", "regionclip.vision.ln_eps": "f32", "regionclip.vision.act": "str",
    "regionclip.vision.image_mean": "f32[3]", "regionclip.vision.image_std": "f32[3]",
    "regionclip.text.arch": "str", "regionclip.text.context_length": "u32", "regionclip.text.vocab_size": "u32",
    "regionclip.text.width": "u32", "regionclip.text.layers": "u32", "regionclip.text.heads": "u32",
    "regionclip.text.mlp_dim": "u32", "regionclip.text.ln_eps": "f32", "regionclip.text.act": "str",
    "regionclip.text.pool": "str", "tokenizer.ggml.model": "str", "tokenizer.ggml.tokens": "str[]",
    "tokenizer.ggml.merges": "str[]",
}
EMBEDDINGS = {"t.token_embd.weight", "t.pos_embd", "v.pos_embd", "v.class_embd"}
TYPES = ("f16", "bf16", "q8_0", "q4_0")          # the weight types a golden model is also written in
DRIFT = {"f16": 0.999, "bf16": 0.9995, "q8_0": 0.999, "q4_0": 0.95}   # min cosine of every stage


def stored_type(name: str, shape: tuple[int, ...], dtype: str) -> str:
    """format.md "Weight types": vectors and positional tables F32; under f16 the token embedding
    too; a matrix whose rows are not whole blocks of 32 (the 4-D patch kernel) or a table the
    library reads as f32 (type embedding, VQA head) F16 under q8_0/q4_0; the rest in dtype."""
    if dtype == "f32" or len(shape) < 2 or name in EMBEDDINGS - {"t.token_embd.weight"}:
        return "F32"
    if dtype == "f16" and name == "t.token_embd.weight":
        return "F32"
    if dtype in ("q8_0", "q4_0") and (len(shape) != 2 or shape[-1] % 32 or name in ("t.type_embd", "vqa.head.weight")):
        return "F16"
    return dtype.upper()
FAMILIES = {"clip": ("causal", "eot", "clip_bpe"), "biomedclip": ("bert", "cls", "bert_wordpiece")}  # text arch, pool, tok


class CheckError(Exception):
    pass


def read_gguf(path: Path) -> tuple[dict[str, Any], dict[str, tuple[np.ndarray, str]]]:
    import gguf
    r = gguf.GGUFReader(str(path))
    T = gguf.GGUFValueType
    meta: dict[str, Any] = {}
    for k, f in r.fields.items():
        if k.startswith("GGUF."):
            continue
        t = f.types
        kind = {T.STRING: "str", T.UINT32: "u32", T.FLOAT32: "f32"}.get(t[0], t[0].name)
        if t[0] == T.ARRAY:
            kind = {T.STRING: "str[]", T.FLOAT32: "f32[]"}.get(t[1], f"{t[1].name}[]")
        meta[k] = (kind, f.contents())
    tensors = {}
    for t in r.tensors:
        shape = tuple(int(n) for n in reversed(t.shape))
        float_type = t.tensor_type not in (gguf.GGMLQuantizationType.I32,)
        data = gguf.quants.dequantize(t.data, t.tensor_type) if float_type else np.asarray(t.data)
        tensors[t.name] = (data.reshape(shape), t.tensor_type.name)
    return meta, tensors


def expected_tensors(m: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """format.md tensor tables, from the metadata alone."""
    g = lambda k: int(m[k][1])  # noqa: E731
    S, P = g("regionclip.vision.image_size"), g("regionclip.vision.patch_size")
    Wv, Lv, Mv = g("regionclip.vision.width"), g("regionclip.vision.layers"), g("regionclip.vision.mlp_dim")
    C, V = g("regionclip.text.context_length"), g("regionclip.text.vocab_size")
    Wt, Lt, Mt = g("regionclip.text.width"), g("regionclip.text.layers"), g("regionclip.text.mlp_dim")
    E = g("regionclip.embed_dim")

    def block(p: str, w: int, mlp: int) -> dict[str, tuple[int, ...]]:
        return {f"{p}.ln1.weight": (w,), f"{p}.ln1.bias": (w,), f"{p}.attn_qkv.weight": (3 * w, w),
                f"{p}.attn_qkv.bias": (3 * w,), f"{p}.attn_out.weight": (w, w), f"{p}.attn_out.bias": (w,),
                f"{p}.ln2.weight": (w,), f"{p}.ln2.bias": (w,), f"{p}.mlp_fc.weight": (mlp, w),
                f"{p}.mlp_fc.bias": (mlp,), f"{p}.mlp_proj.weight": (w, mlp), f"{p}.mlp_proj.bias": (w,)}

    e: dict[str, tuple[int, ...]] = {"v.patch_embd.weight": (Wv, 3, P, P), "v.class_embd": (Wv,),
                                     "v.pos_embd": ((S // P) ** 2 + 1, Wv),
                                     "v.pre_ln.weight": (Wv,), "v.pre_ln.bias": (Wv,)}
    for i in range(Lv):
        e.update(block(f"v.blk.{i}", Wv, Mv))
    e.update({"v.post_ln.weight": (Wv,), "v.post_ln.bias": (Wv,), "v.proj.0.weight": (E, Wv),
              "t.token_embd.weight": (V, Wt), "t.pos_embd": (C, Wt)})
    for i in range(Lt):
        e.update(block(f"t.blk.{i}", Wt, Mt))
    e.update({"t.final_ln.weight": (Wt,), "t.final_ln.bias": (Wt,), "t.proj.0.weight": (E, Wt)})
    if m["regionclip.family"][1] == "biomedclip":   # timm ViT + BERT (format.md, BERT and timm tables)
        hidden = (Wt + E) // 2
        for k in ("v.pre_ln.weight", "v.pre_ln.bias", "t.final_ln.weight", "t.final_ln.bias"):
            del e[k]
        e.update({"v.patch_embd.bias": (Wv,), "t.type_embd": (m["_n_types"], Wt), "t.embd_ln.weight": (Wt,),
                  "t.embd_ln.bias": (Wt,), "t.proj.0.weight": (hidden, Wt), "t.proj.1.weight": (E, hidden)})
    return e


def check_schema(path: Path, meta: dict[str, Any], tensors: dict[str, tuple[np.ndarray, str]], dtype: str) -> None:
    for k, kind in KEYS.items():
        if k == "tokenizer.ggml.merges" and meta.get("tokenizer.ggml.model", ("", ""))[1] == "bert_wordpiece":
            continue   # WordPiece has no merges
        if k not in meta:
            raise CheckError(f"{path.name}: missing metadata key {k}")
        got = meta[k][0]
        want = "f32[]" if kind == "f32[3]" else kind
        if got != want or (kind == "f32[3]" and len(meta[k][1]) != 3):
            raise CheckError(f"{path.name}: {k} has type {got}, format.md says {kind}")
    extra = set(meta) - set(KEYS)
    if extra:
        raise CheckError(f"{path.name}: metadata keys not in format.md: {sorted(extra)}")
    v = lambda k: meta[k][1]  # noqa: E731
    if v("general.architecture") != "regionclip" or v("regionclip.family") not in FAMILIES:
        raise CheckError(f"{path.name}: architecture/family {v('general.architecture')}/{v('regionclip.family')}")
    if (v("regionclip.text.arch"), v("regionclip.text.pool"), v("tokenizer.ggml.model")) != FAMILIES[v("regionclip.family")]:
        raise CheckError(f"{path.name}: text arch/pool/tokenizer do not match family {v('regionclip.family')}")
    if v("regionclip.vision.image_size") % v("regionclip.vision.patch_size"):
        raise CheckError(f"{path.name}: image_size not a multiple of patch_size")
    for t in ("vision", "text"):
        if v(f"regionclip.{t}.width") % v(f"regionclip.{t}.heads"):
            raise CheckError(f"{path.name}: {t} width not a multiple of heads")
        if v(f"regionclip.{t}.act") not in ("quick_gelu", "gelu"):
            raise CheckError(f"{path.name}: {t}.act {v(f'regionclip.{t}.act')!r}")
    if "t.type_embd" in tensors:   # the number of token types is the one size only the tensor states
        meta = {**meta, "_n_types": tensors["t.type_embd"][0].shape[0]}
    exp = expected_tensors(meta)
    if "v.pre_ln.weight" not in tensors and "v.pre_ln.bias" not in tensors:  # optional pair (no_ln_pre)
        exp.pop("v.pre_ln.weight", None), exp.pop("v.pre_ln.bias", None)
    missing, extra_t = sorted(set(exp) - set(tensors)), sorted(set(tensors) - set(exp))
    if missing or extra_t:
        raise CheckError(f"{path.name}: tensors missing {missing[:5]} unexpected {extra_t[:5]}")
    for name, shape in exp.items():
        a, typ = tensors[name]
        if tuple(a.shape) != shape:
            raise CheckError(f"{path.name}: {name} shape {list(a.shape)} != format.md {list(shape)}")
        want_t = stored_type(name, shape, dtype)
        if typ != want_t:
            raise CheckError(f"{path.name}: {name} stored as {typ}, expected {want_t}")
        if not np.all(np.isfinite(a.astype(np.float32))):
            raise CheckError(f"{path.name}: {name} has NaN/Inf")


def check_wordpiece(path: Path, meta: dict[str, Any]) -> None:
    tokens: list[str] = meta["tokenizer.ggml.tokens"][1]
    if len(tokens) != meta["regionclip.text.vocab_size"][1] or len(set(tokens)) != len(tokens):
        raise CheckError(f"{path.name}: {len(tokens)} tokens (duplicates?) for vocab_size {meta['regionclip.text.vocab_size'][1]}")
    for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]"):
        if t not in tokens:
            raise CheckError(f"{path.name}: WordPiece vocabulary lacks {t}")
    if tokens.index("[PAD]") != 0:
        raise CheckError(f"{path.name}: [PAD] is not id 0 (BertConfig.pad_token_id of the reference)")


def check_tokenizer(path: Path, meta: dict[str, Any]) -> None:
    from open_clip.tokenizer import bytes_to_unicode
    if meta["tokenizer.ggml.model"][1] == "bert_wordpiece":
        return check_wordpiece(path, meta)
    tokens: list[str] = meta["tokenizer.ggml.tokens"][1]
    merges: list[str] = meta["tokenizer.ggml.merges"][1]
    V = meta["regionclip.text.vocab_size"][1]
    if len(tokens) != V or V != 49408:
        raise CheckError(f"{path.name}: {len(tokens)} tokens, vocab_size {V}, CLIP has 49408")
    b = list(bytes_to_unicode().values())
    if tokens[:256] != b or tokens[256:512] != [x + "</w>" for x in b]:
        raise CheckError(f"{path.name}: first 512 tokens are not the byte table (+ '</w>')")
    if len(merges) != V - 512 - 2:
        raise CheckError(f"{path.name}: {len(merges)} merges, expected {V - 514}")
    for i, mg in enumerate(merges):
        parts = mg.split(" ")
        if len(parts) != 2 or tokens[512 + i] != parts[0] + parts[1]:
            raise CheckError(f"{path.name}: merge {i} {mg!r} does not produce token {tokens[512 + i]!r}")
    if tokens[49406:] != ["<start_of_text>", "<end_of_text>"]:
        raise CheckError(f"{path.name}: specials {tokens[49406:]}")
    if len(set(tokens)) != len(tokens):
        raise CheckError(f"{path.name}: duplicate token strings")


def check_config(path: Path, meta: dict[str, Any], spec: Any) -> None:
    """Metadata against the reference config the generator used (independent of the converter)."""
    import open_clip
    v = lambda k: meta[f"regionclip.{k}"][1]  # noqa: E731
    if spec.kind == "openclip":
        cfg = open_clip.get_model_config(spec.model)
        if spec.cfg_edit:
            cfg = spec.cfg_edit(cfg)
        vc, tc = cfg["vision_cfg"], cfg["text_cfg"]
        act = "quick_gelu" if cfg.get("quick_gelu") else "gelu"
        want = {"embed_dim": cfg["embed_dim"], "vision.image_size": vc["image_size"],
                "vision.patch_size": vc["patch_size"], "vision.width": vc["width"], "vision.layers": vc["layers"],
                "vision.heads": vc["width"] // vc.get("head_width", 64), "vision.mlp_dim": 4 * vc["width"],
                "vision.act": act, "text.act": act, "text.width": tc["width"], "text.layers": tc["layers"],
                "text.heads": tc["heads"], "text.mlp_dim": 4 * tc["width"],
                "text.context_length": tc["context_length"], "text.vocab_size": tc["vocab_size"]}
        eps_v = eps_t = 1e-5
        mean = spec.preprocess.get("mean", (0.48145466, 0.4578275, 0.40821073))
        std = spec.preprocess.get("std", (0.26862954, 0.26130258, 0.27577711))
    elif spec.kind == "biomedclip":
        import timm
        import torch
        from transformers import BertConfig
        with torch.device("meta"):
            trunk = timm.create_model(spec.timm_model)
        b = BertConfig(**spec.bert)
        want = {"embed_dim": spec.embed_dim, "vision.image_size": spec.image_size,
                "vision.patch_size": trunk.patch_embed.patch_size[0], "vision.width": trunk.embed_dim,
                "vision.layers": len(trunk.blocks), "vision.heads": trunk.blocks[0].attn.num_heads,
                "vision.mlp_dim": trunk.blocks[0].mlp.fc1.out_features, "vision.act": "gelu", "text.act": b.hidden_act,
                "text.width": b.hidden_size, "text.layers": b.num_hidden_layers, "text.heads": b.num_attention_heads,
                "text.mlp_dim": b.intermediate_size, "text.context_length": spec.context_length,
                "text.vocab_size": b.vocab_size}
        eps_v, eps_t = trunk.norm.eps, b.layer_norm_eps
        mean, std = (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
    else:
        from transformers import CLIPConfig
        c = CLIPConfig(text_config=dict(spec.hf_text), vision_config=dict(spec.hf_vision), projection_dim=512)
        cv, ct = c.vision_config, c.text_config
        want = {"embed_dim": c.projection_dim, "vision.image_size": cv.image_size, "vision.patch_size": cv.patch_size,
                "vision.width": cv.hidden_size, "vision.layers": cv.num_hidden_layers,
                "vision.heads": cv.num_attention_heads, "vision.mlp_dim": cv.intermediate_size,
                "vision.act": cv.hidden_act, "text.act": ct.hidden_act, "text.width": ct.hidden_size,
                "text.layers": ct.num_hidden_layers, "text.heads": ct.num_attention_heads,
                "text.mlp_dim": ct.intermediate_size, "text.context_length": ct.max_position_embeddings,
                "text.vocab_size": ct.vocab_size}
        eps_v, eps_t = cv.layer_norm_eps, ct.layer_norm_eps
        mean, std = (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
    for k, w in want.items():
        if v(k) != w:
            raise CheckError(f"{path.name}: regionclip.{k} = {v(k)!r}, config says {w!r}")
    for k, w in (("vision.ln_eps", eps_v), ("text.ln_eps", eps_t)):
        if not math.isclose(v(k), w, rel_tol=1e-6):
            raise CheckError(f"{path.name}: regionclip.{k} = {v(k)}, config says {w}")
    if not np.allclose(v("vision.image_mean"), mean, atol=1e-7) or not np.allclose(v("vision.image_std"), std, atol=1e-7):
        raise CheckError(f"{path.name}: image mean/std {v('vision.image_mean')} {v('vision.image_std')} != {mean} {std}")


# ----------------------------------------------------------------------------------------------
# float64 reference forward from the GGUF tensors

def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def activation(x: np.ndarray, kind: str) -> np.ndarray:
    if kind == "quick_gelu":
        return x / (1.0 + np.exp(-1.702 * x))
    from scipy.special import erf
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def block(x: np.ndarray, p: dict[str, np.ndarray], pre: str, heads: int, eps: float, act: str, causal: bool,
          key_mask: np.ndarray | None = None) -> np.ndarray:
    """Pre-LN block (CLIP, timm), or post-LN (BERT) when key_mask [B, T] (True = attend) is given."""
    B, T, W = x.shape
    hd = W // heads
    ln = lambda y, i: layer_norm(y, p[f"{pre}.ln{i}.weight"], p[f"{pre}.ln{i}.bias"], eps)  # noqa: E731
    post = key_mask is not None
    h = x if post else ln(x, 1)
    qkv = h @ p[f"{pre}.attn_qkv.weight"].T + p[f"{pre}.attn_qkv.bias"]
    q, k, v = (qkv[..., i * W:(i + 1) * W].reshape(B, T, heads, hd).transpose(0, 2, 1, 3) for i in range(3))
    s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(hd)
    if causal:
        s = s + np.triu(np.full((T, T), -np.inf), 1)
    if post:
        s = s + np.where(key_mask, 0.0, -np.inf)[:, None, None, :]
    s = np.exp(s - s.max(-1, keepdims=True))
    s /= s.sum(-1, keepdims=True)
    o = (s @ v).transpose(0, 2, 1, 3).reshape(B, T, W)
    x = x + o @ p[f"{pre}.attn_out.weight"].T + p[f"{pre}.attn_out.bias"]
    if post:
        x = ln(x, 1)
    h = x if post else ln(x, 2)
    h = activation(h @ p[f"{pre}.mlp_fc.weight"].T + p[f"{pre}.mlp_fc.bias"], act)
    x = x + h @ p[f"{pre}.mlp_proj.weight"].T + p[f"{pre}.mlp_proj.bias"]
    return ln(x, 2) if post else x


def project(h: np.ndarray, p: dict[str, np.ndarray], tower: str, act: str) -> np.ndarray:
    """Projection layers {tower}.proj.k, the tower's activation between them (format.md)."""
    k = 0
    while f"{tower}.proj.{k}.weight" in p:
        if k:
            h = activation(h, act)
        h = h @ p[f"{tower}.proj.{k}.weight"].T + p.get(f"{tower}.proj.{k}.bias", 0.0)
        k += 1
    return h


def forward(meta: dict[str, Any], p: dict[str, np.ndarray], pixels: np.ndarray, tokens: np.ndarray) -> dict[str, np.ndarray]:
    v = lambda k: meta[f"regionclip.{k}"][1]  # noqa: E731
    out: dict[str, np.ndarray] = {}
    B, P, W = pixels.shape[0], v("vision.patch_size"), v("vision.width")
    g = v("vision.image_size") // P
    patches = pixels.reshape(B, 3, g, P, g, P).transpose(0, 2, 4, 1, 3, 5).reshape(B, g * g, 3 * P * P)
    x = patches @ p["v.patch_embd.weight"].reshape(W, -1).T + p.get("v.patch_embd.bias", 0.0)
    x = np.concatenate([np.broadcast_to(p["v.class_embd"], (B, 1, W)), x], 1) + p["v.pos_embd"]
    if "v.pre_ln.weight" in p:
        x = layer_norm(x, p["v.pre_ln.weight"], p["v.pre_ln.bias"], v("vision.ln_eps"))
    out["act.v.embd"] = x
    for i in range(v("vision.layers")):
        x = block(x, p, f"v.blk.{i}", v("vision.heads"), v("vision.ln_eps"), v("vision.act"), False)
        out[f"act.v.blk.{i}"] = x
    pooled = layer_norm(x[:, 0], p["v.post_ln.weight"], p["v.post_ln.bias"], v("vision.ln_eps"))
    out["act.v.pooled"] = pooled
    out["out.image"] = project(pooled, p, "v", v("vision.act"))

    bert = v("text.arch") == "bert"
    x = p["t.token_embd.weight"][tokens] + p["t.pos_embd"]
    key_mask = None
    if bert:   # token type 0, embedding LayerNorm, attention mask id != [PAD]
        x = layer_norm(x + p["t.type_embd"][0], p["t.embd_ln.weight"], p["t.embd_ln.bias"], v("text.ln_eps"))
        key_mask = tokens != meta["tokenizer.ggml.tokens"][1].index("[PAD]")
    out["act.t.embd"] = x
    for i in range(v("text.layers")):
        x = block(x, p, f"t.blk.{i}", v("text.heads"), v("text.ln_eps"), v("text.act"), not bert, key_mask)
        out[f"act.t.blk.{i}"] = x
    if bert:
        pooled = x[:, 0]
    else:
        eot = tokens.argmax(-1)
        pooled = layer_norm(x[np.arange(len(tokens)), eot], p["t.final_ln.weight"], p["t.final_ln.bias"], v("text.ln_eps"))
    out["act.t.pooled"] = pooled
    out["out.text"] = project(pooled, p, "t", v("text.act"))
    out["out.logit_scale"] = np.array([math.exp(v("logit_scale"))])
    return out


def compare(path: Path, ref: dict[str, tuple[np.ndarray, str]], got: dict[str, np.ndarray], dtype: str) -> str:
    worst_cos, worst_abs, worst_rel = 1.0, 0.0, 0.0
    for name, (r, _) in ref.items():
        if name.startswith("in."):
            continue
        if name not in got:
            raise CheckError(f"{path.name}: golden tensor {name} not produced by the reference forward")
        a, b = r.astype(np.float64).reshape(-1), got[name].reshape(-1)
        if a.shape != b.shape:
            raise CheckError(f"{path.name}: {name} shape {r.shape} vs {got[name].shape}")
        abs_err = float(np.abs(a - b).max())
        rel = abs_err / max(float(np.abs(a).max()), 1e-12)
        cos = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))
        worst_cos, worst_abs, worst_rel = min(worst_cos, cos), max(worst_abs, abs_err), max(worst_rel, rel)
        if dtype != "f32":
            ok = cos >= DRIFT[dtype]
        else:
            ok = cos >= 0.99999 and rel <= 1e-4
        if not ok:
            raise CheckError(f"{path.name}: {name} differs from golden: max abs {abs_err:.3g} (rel {rel:.3g}), cos {cos:.7f}")
    return f"min cos {worst_cos:.7f}, max abs {worst_abs:.2e}, max rel {worst_rel:.2e}"


def check_tokens(golden: Path, texts: list[str], tokens: np.ndarray, meta: dict[str, Any]) -> None:
    """CLIP: open_clip's tokenizer gives the golden ids. BERT (the vocabulary the ids came from is
    written only into the model): [CLS] first, one [SEP] then [PAD]s; one text is truncated."""
    if meta["tokenizer.ggml.model"][1] == "bert_wordpiece":
        vocab: list[str] = meta["tokenizer.ggml.tokens"][1]
        cls, sep, pad = (vocab.index(t) for t in ("[CLS]", "[SEP]", "[PAD]"))
        for t in tokens:
            n = int((t != pad).sum())
            if t[0] != cls or t[n - 1] != sep or (t == sep).sum() != 1 or (t[n:] != pad).any():
                raise CheckError(f"{golden.name}: in.tokens row is not [CLS] ... [SEP] [PAD]...")
        end = sep
    else:
        import open_clip
        ref_tok = open_clip.tokenizer.SimpleTokenizer(context_length=tokens.shape[1])(texts).numpy()
        if not np.array_equal(ref_tok, tokens):
            raise CheckError(f"{golden.name}: in.tokens differ from open_clip's tokenizer on golden.texts")
        end = 49407
    if not any(t[-1] == end and (t == end).sum() == 1 for t in tokens):
        raise CheckError(f"{golden.name}: no truncated text (end token in the last slot) among the inputs")


def check_one(golden: Path, spec: Any, do_forward: bool) -> list[str]:
    lines = []
    gmeta, gt = read_gguf(golden)
    model_name = gmeta["golden.model"][1]
    texts = gmeta["golden.texts"][1]
    pixels, tokens = gt["in.pixels"][0].astype(np.float64), gt["in.tokens"][0].astype(np.int64)
    if gt["in.tokens"][1] != "I32" or len(texts) != tokens.shape[0]:
        raise CheckError(f"{golden.name}: in.tokens type {gt['in.tokens'][1]} / {len(texts)} texts")
    files = [(golden.parent / model_name, "f32")]
    check_tokens(golden, texts, tokens, read_gguf(files[0][0])[0])
    for dtype in TYPES:
        other = golden.parent / model_name.replace(".gguf", f".{dtype}.gguf")
        if other.is_file():
            files.append((other, dtype))
    for path, dtype in files:
        meta, tensors = read_gguf(path)
        check_schema(path, meta, tensors, dtype)
        check_tokenizer(path, meta)
        if spec is not None:
            check_config(path, meta, spec)
        n_v, n_t = meta["regionclip.vision.layers"][1], meta["regionclip.text.layers"][1]
        want = ({"act.v.embd", "act.v.pooled", "out.image", "act.t.embd", "act.t.pooled", "out.text",
                 "out.logit_scale", "in.pixels", "in.tokens"} | {f"act.v.blk.{i}" for i in range(n_v)}
                | {f"act.t.blk.{i}" for i in range(n_t)})
        if set(gt) != want:
            raise CheckError(f"{golden.name}: tensors {sorted(set(gt) ^ want)} unexpected/missing")
        msg = f"{path.name}: schema, tokenizer{', config' if spec is not None else ''} ok"
        if do_forward:
            p = {k: a.astype(np.float64) for k, (a, _) in tensors.items()}
            got = forward(meta, p, pixels, tokens)
            msg += f"; forward vs golden ({dtype}): {compare(golden, gt, got, dtype)}"
        lines.append(msg)
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", help="directory written by gen_golden.py")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--no-forward", action="store_true", help="skip the NumPy reference forward")
    args = ap.parse_args()
    try:
        from gen_golden import SPECS
        specs = {s.name: s for s in SPECS}
    except ImportError:
        specs = {}
    goldens = sorted(Path(args.dir).glob("*.golden.gguf"))
    if args.only:
        goldens = [g for g in goldens if g.name[:-len(".golden.gguf")] in args.only]
    if not goldens:
        print(f"check_golden.py: no *.golden.gguf in {args.dir}", file=sys.stderr)
        return 1
    failed = 0
    for g in goldens:
        name = g.name[:-len(".golden.gguf")]
        try:
            for line in check_one(g, specs.get(name), not args.no_forward):
                print(f"ok   {line}")
        except CheckError as e:
            print(f"FAIL {e}")
            failed += 1
    print(f"{len(goldens) - failed}/{len(goldens)} golden sets pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
