"""BiomedCLIP-family files for the trainer: open_clip's CustomTextCLIP (a timm ViT, the
trunk, with a linear head; a Hugging Face BERT with [CLS] pooling and an MLP projection) built
from a GGUF's metadata, its tensors named as convert.read_biomedclip names them (BERT's query,
key and value are one attn_qkv tensor there), the WordPiece tokenizer from the file's vocabulary,
and the checkpoint folder convert.py reads back."""
from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Optional

import numpy as np
import open_clip
import timm
import torch
from torch import nn

from convert import _BERT_BLOCK, _BERT_FIXED, _TIMM_BLOCK, _TIMM_FIXED

QKV = ("query", "key", "value")


def timm_name(v: dict) -> str:
    """A timm VisionTransformer name of exactly these dimensions and input size (convert.py
    builds a BiomedCLIP image tower from a timm name); ValueError if timm has none."""
    want = (v["image_size"], v["patch_size"], v["width"], v["layers"], v["heads"], v["mlp_dim"])
    for name in ["test_vit", "vit_base_patch16_224"] + timm.list_models("vit_*"):
        try:
            with torch.device("meta"):
                t = timm.create_model(name, pretrained=False)
        except Exception:  # noqa: BLE001 - a name this timm cannot build is simply not a candidate
            continue
        b0 = getattr(t, "blocks", [None])[0]
        if b0 is None or not hasattr(t, "patch_embed") or not hasattr(b0, "mlp"):
            continue
        got = (t.patch_embed.img_size[0], t.patch_embed.patch_size[0], t.embed_dim, len(t.blocks),
               b0.attn.num_heads, b0.mlp.fc1.out_features)
        if got == want and type(t).__name__ == "VisionTransformer":
            return name
    raise ValueError(f"no timm VisionTransformer has image {want[0]}, patch {want[1]}, width {want[2]}, "
                     f"{want[3]} layers, {want[4]} heads, MLP {want[5]} (convert.py needs one by name)")


def arch_parts(kv: dict[str, Any], tensors: dict[str, np.ndarray]) -> tuple[dict, dict]:
    """(open_clip model_cfg without paths, BERT config) from a biomedclip GGUF."""
    v, t, P = "regionclip.vision.", "regionclip.text.", "regionclip."
    vis = {k: int(kv[v + k]) for k in ("image_size", "patch_size", "width", "layers", "heads", "mlp_dim")}
    model_cfg = {"embed_dim": int(kv[P + "embed_dim"]),
                 "vision_cfg": {"timm_model_name": timm_name(vis), "timm_model_pretrained": False, "timm_pool": "",
                                "timm_proj": "linear", "timm_proj_bias": "v.proj.0.bias" in tensors,
                                "image_size": vis["image_size"], "patch_size": vis["patch_size"]},
                 "text_cfg": {"hf_proj_type": "mlp" if "t.proj.1.weight" in tensors else "linear",
                              "hf_pooler_type": "cls_last_hidden_state_pooler",
                              "context_length": int(kv[t + "context_length"])}}
    tokens = [str(x) for x in kv["tokenizer.ggml.tokens"]]
    bert = {"vocab_size": int(kv[t + "vocab_size"]), "hidden_size": int(kv[t + "width"]),
            "num_hidden_layers": int(kv[t + "layers"]), "num_attention_heads": int(kv[t + "heads"]),
            "intermediate_size": int(kv[t + "mlp_dim"]), "max_position_embeddings": int(kv[t + "context_length"]),
            "type_vocab_size": int(tensors["t.type_embd"].shape[0]), "layer_norm_eps": float(kv[t + "ln_eps"]),
            "pad_token_id": tokens.index("[PAD]")}
    return model_cfg, {"bert": bert, "tokens": tokens}


def write_bert_dir(d: Path, text: dict) -> None:
    """The BERT config, tokenizer config and vocab.txt HF loads from a folder."""
    from transformers import BertConfig
    d.mkdir(parents=True, exist_ok=True)
    BertConfig(**text["bert"]).save_pretrained(str(d))
    (d / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BertTokenizer", "do_lower_case": True}))
    (d / "vocab.txt").write_text("".join(tok + "\n" for tok in text["tokens"]), encoding="utf-8")


def build(model_cfg: dict, text: dict) -> tuple[nn.Module, Any]:
    """(CustomTextCLIP, open_clip HFTokenizer), built from a temporary BERT folder."""
    with tempfile.TemporaryDirectory(prefix="regionclip-bert-") as tmp:
        d = Path(tmp)
        write_bert_dir(d, text)
        cfg = json.loads(json.dumps(model_cfg))
        cfg["text_cfg"].update({"hf_model_name": str(d), "hf_tokenizer_name": str(d), "hf_model_pretrained": False})
        model = open_clip.model.CustomTextCLIP(**cfg)
        tok = open_clip.tokenizer.HFTokenizer(str(d), context_length=model_cfg["text_cfg"]["context_length"])
    return model, tok


_TEXT_PROJ = {"text.proj.weight": "t.proj.0.weight", "text.proj.0.weight": "t.proj.0.weight",
              "text.proj.2.weight": "t.proj.1.weight"}


def gguf_name(key: str) -> Optional[tuple[str, Optional[int]]]:
    """convert.read_biomedclip's name for a CustomTextCLIP parameter -> (GGUF name, which
    third of it for BERT's query/key/value, else None); None for a tensor it drops."""
    if key.startswith("visual.trunk.") and key[13:] in _TIMM_FIXED:
        return _TIMM_FIXED[key[13:]], None
    m = re.match(r"^visual\.trunk\.blocks\.(\d+)\.(.+)$", key)
    if m and m.group(2) in _TIMM_BLOCK:
        return f"v.blk.{int(m.group(1))}.{_TIMM_BLOCK[m.group(2)]}", None
    if key in ("visual.head.proj.weight", "visual.head.proj.bias"):
        return "v.proj.0." + key.rsplit(".", 1)[1], None
    if key.startswith("text.transformer.") and key[17:] in _BERT_FIXED:
        return _BERT_FIXED[key[17:]], None
    if key in _TEXT_PROJ:
        return _TEXT_PROJ[key], None
    m = re.match(r"^text\.transformer\.encoder\.layer\.(\d+)\.(.+)$", key)
    if m and m.group(2) in _BERT_BLOCK:
        return f"t.blk.{int(m.group(1))}.{_BERT_BLOCK[m.group(2)]}", None
    mq = re.match(r"^attention\.self\.(query|key|value)\.(weight|bias)$", m.group(2)) if m else None
    if mq:
        return f"t.blk.{int(m.group(1))}.attn_qkv.{mq.group(2)}", QKV.index(mq.group(1))
    return None


def save(model: nn.Module, model_cfg: dict, text: dict, pre: dict, tmp: Path, final: Path) -> list[str]:
    """open_clip_model.safetensors, open_clip_config.json (its BERT folder final/bert) and
    vocab.txt in tmp (renamed to final afterwards) -> the convert.py arguments."""
    from safetensors.torch import save_file
    write_bert_dir(tmp / "bert", text)
    shutil.copy(tmp / "bert" / "vocab.txt", tmp / "vocab.txt")
    cfg = json.loads(json.dumps(model_cfg))
    cfg["text_cfg"].update({"hf_model_name": str(final / "bert"), "hf_tokenizer_name": str(final / "bert")})
    (tmp / "open_clip_config.json").write_text(json.dumps({"model_cfg": cfg, "preprocess_cfg": pre}))
    save_file({k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()
               if k != "text.transformer.embeddings.position_ids"}, str(tmp / "open_clip_model.safetensors"))
    return [str(final)]
