#!/usr/bin/env python3
"""Converter acceptance/refusal tests on tiny models (seconds, no golden files needed).

Every refusal must exit 1 with one 'convert.py: error:' line naming the problem, never a traceback.
Usage: python tests/test_convert.py [--keep DIR]
"""
from __future__ import annotations

import contextlib
import copy
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

import os
import warnings

os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
warnings.filterwarnings("ignore", category=FutureWarning)

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "convert"))
import convert  # noqa: E402

TINY = {"embed_dim": 32,
        "vision_cfg": {"image_size": 32, "patch_size": 8, "width": 64, "layers": 2, "head_width": 32},
        "text_cfg": {"context_length": 16, "vocab_size": 49408, "width": 32, "heads": 2, "layers": 2}}


def run(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = convert.main(args)
    return rc, err.getvalue()


def tiny_model(cfg: dict) -> torch.nn.Module:
    import open_clip
    m = open_clip.model.CLIP(**cfg).eval()
    return m


def write_cfg(d: Path, name: str, cfg: dict, pre: dict | None = None) -> Path:
    p = d / f"{name}.json"
    p.write_text(json.dumps({"model_cfg": cfg, "preprocess_cfg": pre or {}}))
    return p


def main() -> int:
    d = Path(tempfile.mkdtemp(prefix="rc-convert-test-"))
    out = str(d / "out.gguf")
    model = tiny_model(TINY)
    sd = model.state_dict()
    good = d / "tiny.pt"
    torch.save(sd, good)
    cfg = write_cfg(d, "tiny", TINY)

    def saved(name: str, edit: Callable[[dict], None]) -> str:
        s = dict(sd)
        edit(s)
        p = d / name
        torch.save(s, p)
        return str(p)

    def cfg_with(name: str, edit: Callable[[dict], None]) -> str:
        c = copy.deepcopy(TINY)
        edit(c)
        return str(write_cfg(d, name, c))

    # HF tiny dir (for HF refusals)
    from transformers import CLIPConfig, CLIPModel
    hf = d / "hf"
    hcfg = CLIPConfig(projection_dim=32,
                      text_config=dict(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2),
                      vision_config=dict(hidden_size=64, intermediate_size=128, num_hidden_layers=1,
                                         num_attention_heads=2, image_size=32, patch_size=8))
    CLIPModel(hcfg).save_pretrained(str(hf))
    sys.path.insert(0, str(ROOT / "tests"))
    from gen_golden import write_hf_tokenizer
    write_hf_tokenizer(hf)

    def hf_variant(name: str, edit_cfg: Callable[[dict], None] | None = None,
                   edit_vocab: Callable[[dict], None] | None = None) -> str:
        import shutil
        v = d / name
        shutil.copytree(hf, v)
        if edit_cfg:
            c = json.loads((v / "config.json").read_text())
            edit_cfg(c)
            (v / "config.json").write_text(json.dumps(c))
        if edit_vocab:
            voc = json.loads((v / "vocab.json").read_text(encoding="utf-8"))
            edit_vocab(voc)
            (v / "vocab.json").write_text(json.dumps(voc, ensure_ascii=False), encoding="utf-8")
        return str(v)

    def hf_bin() -> str:
        from safetensors.torch import load_file
        v = Path(hf_variant("hf_bin"))
        torch.save(load_file(str(v / "model.safetensors")), v / "pytorch_model.bin")
        (v / "model.safetensors").unlink()
        return str(v)

    # BiomedCLIP layout, tiny: open_clip_config.json + open_clip_pytorch_model.bin (with the stray BERT
    # pooler and position_ids of the hub checkpoint) + vocab.txt, built by the golden generator
    import shutil
    from gen_golden import Spec, build_biomedclip
    bm_bert = {"vocab_size": 300, "hidden_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2,
               "intermediate_size": 48, "max_position_embeddings": 24}
    bm, bm_st = d / "bm", d / "bm_st"
    for where, save_as in ((bm, "bin"), (bm_st, "safetensors")):
        build_biomedclip(Spec("bm-tiny", "biomedclip", 9, save_as=save_as, timm_model="test_vit", image_size=160,
                              bert=bm_bert, embed_dim=16, context_length=16), where)
    bm_bin = bm / "open_clip_pytorch_model.bin"
    assert "text.transformer.pooler.dense.weight" in torch.load(bm_bin), "the tiny checkpoint lacks the stray pooler"

    def bm_variant(name: str, cfg_edit: Callable[[dict], None] | None = None,
                   sd_edit: Callable[[dict], None] | None = None, drop: str = "",
                   vocab_edit: Callable[[list[str]], None] | None = None) -> str:
        v = d / name
        shutil.copytree(bm, v)
        if cfg_edit:
            c = json.loads((v / "open_clip_config.json").read_text())
            cfg_edit(c["model_cfg"])
            (v / "open_clip_config.json").write_text(json.dumps(c))
        if sd_edit:
            s = torch.load(v / bm_bin.name)
            sd_edit(s)
            torch.save(s, v / bm_bin.name)
        if vocab_edit:
            lines = (v / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
            vocab_edit(lines)
            (v / "vocab.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if drop:
            (v / drop).unlink()
        return str(v)

    def hub_tokenizer(c: dict) -> None:   # the tokenizer name is not a local directory
        c["text_cfg"]["hf_tokenizer_name"] = "microsoft/BiomedNLP-BiomedBERT-base-uncased-abstract"

    no_vocab = bm_variant("bm_novocab", hub_tokenizer, drop="vocab.txt")

    # OpenAI TorchScript archive (traced, QuickGELU)
    qcfg = dict(copy.deepcopy(TINY), quick_gelu=True)
    qm = tiny_model(qcfg)
    jit = d / "openai.pt"
    with torch.no_grad():
        traced = torch.jit.trace(qm, (torch.zeros(1, 3, 32, 32), torch.zeros(1, 16, dtype=torch.long)), strict=False)
    traced.save(str(jit))

    garbage = d / "garbage.pt"
    garbage.write_bytes(b"not a checkpoint")

    # ROI processor state dicts (convert/roi_processor.py) for --roi
    from roi_processor import RoiProcessor

    def roi_file(name: str, edit: Callable[[dict], None] | None = None, **kw: Any) -> str:
        r = RoiProcessor(32, 4, **kw).state_dict()
        if edit:
            edit(r)
        p = d / name
        torch.save(r, p)
        return str(p)

    def no_key(k: str) -> Callable[[dict], None]:
        return lambda r: r.pop(k)

    def answers(name: str, text: bytes) -> str:
        p = d / name
        p.write_bytes(text)
        return str(p)

    def resnet(c: dict) -> None:
        c["vision_cfg"]["layers"] = [1, 1, 1, 1]

    def biomed(c: dict) -> None:
        c["vision_cfg"] = {"timm_model_name": "vit_base_patch16_224"}
        c["text_cfg"] = {"hf_model_name": "microsoft/BiomedNLP-PubMedBERT-base-uncased-abstract",
                         "hf_pooler_type": "cls_last_hidden_state_pooler"}

    torch.save(RoiProcessor(48, 4).state_dict(), d / "r48.pt")
    cases: list[tuple[str, list[str], int, str]] = [
        ("open_clip .pt + JSON config", [str(good), "-o", out, "--config", str(cfg)], 0, ""),
        ("open_clip f16", [str(good), "-o", out, "--config", str(cfg), "--dtype", "f16"], 0, ""),
        ("TorchScript + quickgelu config", [str(jit), "-o", out, "--config", str(write_cfg(d, "q", qcfg))], 0, ""),
        ("TorchScript + GELU config", [str(jit), "-o", out, "--config", str(cfg)], 1, "QuickGELU"),
        ("HF dir", [str(hf), "-o", out], 0, ""),
        ("HF dir, pytorch_model.bin", [hf_bin(), "-o", out], 0, ""),
        ("no config", [str(good), "-o", out], 1, "needs its config"),
        ("unknown model name", [str(good), "-o", out, "--model", "ViT-Nope"], 1, "unknown open_clip model"),
        ("config/ckpt width mismatch", [str(good), "-o", out, "--config",
                                        cfg_with("w", lambda c: c["vision_cfg"].update(width=128))], 1, "vision width"),
        ("config/ckpt layers mismatch", [str(good), "-o", out, "--config",
                                         cfg_with("l", lambda c: c["text_cfg"].update(layers=3))], 1, "text layers"),
        ("unknown key", [saved("extra.pt", lambda s: s.update({"visual.foo": torch.zeros(3)})), "-o", out,
                         "--config", str(cfg)], 1, "visual.foo"),
        ("layer scale key", [saved("ls.pt", lambda s: s.update({"visual.transformer.resblocks.0.ls_1.gamma": torch.zeros(64)})),
                             "-o", out, "--config", str(cfg)], 1, "ls_1.gamma"),
        ("missing key", [saved("miss.pt", lambda s: s.pop("transformer.resblocks.1.ln_2.bias")), "-o", out,
                         "--config", str(cfg)], 1, "t.blk.1.ln2.bias"),
        ("shape mismatch", [saved("shape.pt", lambda s: s.update({"visual.ln_post.bias": torch.zeros(65)})), "-o", out,
                            "--config", str(cfg)], 1, "visual.ln_post.bias"),
        ("NaN", [saved("nan.pt", lambda s: s.update({"ln_final.bias": torch.full((32,), float("nan"))})), "-o", out,
                 "--config", str(cfg)], 1, "NaN"),
        ("ModifiedResNet config", [str(good), "-o", out, "--config", cfg_with("rn", resnet)], 1, "ModifiedResNet"),
        ("biomedclip config, CLIP weights", [str(good), "-o", out, "--config", cfg_with("bm", biomed)], 1,
         "not part of a BiomedCLIP model"),
        ("biomedclip dir, .bin, stray pooler ignored", [str(bm), "-o", out], 0, ""),
        ("biomedclip .bin + --config", [str(bm_bin), "-o", out, "--config", str(bm / "open_clip_config.json")], 0, ""),
        ("biomedclip dir, .safetensors", [str(bm_st), "-o", out], 0, ""),
        ("biomedclip f16", [str(bm), "-o", out, "--dtype", "f16"], 0, ""),
        ("biomedclip without vocab.txt", [no_vocab, "-o", out], 1, "vocab.txt"),
        ("biomedclip --vocab", [no_vocab, "-o", out, "--vocab", str(bm / "vocab.txt")], 0, ""),
        ("biomedclip --vocab missing", [no_vocab, "-o", out, "--vocab", str(d / "nope.txt")], 1, "no such file"),
        ("biomedclip without open_clip_config.json", [bm_variant("bm_nocfg", drop="open_clip_config.json"), "-o", out],
         1, "open_clip_config.json"),
        ("biomedclip unknown text key", [bm_variant("bm_key", sd_edit=lambda s: s.update(
            {"text.transformer.encoder.layer.0.foo": torch.zeros(3)})), "-o", out], 1, "layer.0.foo"),
        ("biomedclip missing query", [bm_variant("bm_q", sd_edit=lambda s: s.pop(
            "text.transformer.encoder.layer.0.attention.self.query.bias")), "-o", out], 1, "query"),
        ("biomedclip mean pooler", [bm_variant("bm_mean", lambda c: c["text_cfg"].update(hf_pooler_type="mean_pooler")),
                                    "-o", out], 1, "hf_pooler_type"),
        ("biomedclip context > positions", [bm_variant("bm_ctx", lambda c: c["text_cfg"].update(context_length=25)),
                                            "-o", out], 1, "exceeds"),
        ("timm ViT with register tokens", [bm_variant("bm_reg", lambda c: c["vision_cfg"].update(
            timm_model_name="test_vit2")), "-o", out], 1, "plain ViT"),
        ("vocab.txt size", [bm_variant("bm_vsz", vocab_edit=lambda v: v.pop()), "-o", out], 1, "299 tokens"),
        ("vocab.txt without [CLS]", [bm_variant("bm_cls", vocab_edit=lambda v: v.__setitem__(v.index("[CLS]"), "[C]")),
                                     "-o", out], 1, "[CLS]"),
        ("SigLIP logit bias", [str(good), "-o", out, "--config",
                               cfg_with("sl", lambda c: c.update(init_logit_bias=-10))], 1, "logit bias"),
        ("attention pool", [str(good), "-o", out, "--config",
                            cfg_with("ap", lambda c: c["vision_cfg"].update(attentional_pool=True))], 1, "attentional_pool"),
        ("avg pool", [str(good), "-o", out, "--config",
                      cfg_with("avg", lambda c: c["vision_cfg"].update(pool_type="avg"))], 1, "pool_type"),
        ("non-causal text", [str(good), "-o", out, "--config",
                             cfg_with("nc", lambda c: c["text_cfg"].update(no_causal_mask=True))], 1, "no_causal_mask"),
        ("tokenizer clean mode", [str(good), "-o", out, "--config",
                                  cfg_with("cl", lambda c: c["text_cfg"].update(tokenizer_kwargs={"clean": "canonicalize"}))],
         1, "tokenizer_kwargs"),
        ("garbage file", [str(garbage), "-o", out, "--config", str(cfg)], 1, "not a PyTorch file"),
        ("pickled object", [saved("obj.pt", lambda s: s.update({"args": __import__("argparse").Namespace(a=1)})),
                            "-o", out, "--config", str(cfg)], 1, "--trust-pickle"),
        ("missing file", [str(d / "nope.pt"), "-o", out, "--config", str(cfg)], 1, "no such file"),
        ("HF tanh gelu", [hf_variant("hf_act", lambda c: c["text_config"].update(hidden_act="gelu_new")), "-o", out],
         1, "gelu_new"),
        ("HF vocab structure", [hf_variant("hf_voc", edit_vocab=lambda v: v.update({"!": 5, "&": 0})), "-o", out],
         1, "vocab id"),
        ("--roi head + fusion", [str(good), "-o", out, "--config", str(cfg), "--roi", roi_file("roi.pt")], 0, ""),
        ("--roi head only", [str(good), "-o", out, "--config", str(cfg), "--roi", roi_file("rh.pt", fusion=False)], 0, ""),
        ("--roi fusion only", [str(good), "-o", out, "--config", str(cfg), "--roi",
                               roi_file("rf.pt", region_head=False)], 0, ""),
        ("--roi unknown key", [str(good), "-o", out, "--config", str(cfg), "--roi",
                               roi_file("ru.pt", lambda r: r.update({"attn.foo": torch.zeros(2)}))], 1, "attn.foo"),
        ("--roi partial fusion", [str(good), "-o", out, "--config", str(cfg), "--roi",
                                  roi_file("rp.pt", no_key("gate.bias"))], 1, "gate.bias"),
        ("--roi no num_heads", [str(good), "-o", out, "--config", str(cfg), "--roi",
                                roi_file("rn.pt", no_key("num_heads"))], 1, "num_heads"),
        ("--roi heads not dividing", [str(good), "-o", out, "--config", str(cfg), "--roi",
                                      roi_file("r5.pt", lambda r: r.update(num_heads=torch.tensor(5)))], 1, "divide"),
        ("--roi wrong embed_dim", [str(good), "-o", out, "--config", str(cfg), "--roi",
                                   str(d / "r48.pt")], 1, "embed_dim 32"),
        ("--roi with a VQA head", [str(good), "-o", out, "--config", str(cfg), "--roi", roi_file("rv.pt", vqa_answers=3),
                                   "--vqa-answers", answers("a3.txt", "yes\nno\nleft lobe ✓\n".encode())], 0, ""),
        ("VQA head without answers", [str(good), "-o", out, "--config", str(cfg), "--roi",
                                      roi_file("rv2.pt", vqa_answers=3)], 1, "--vqa-answers"),
        ("VQA answers of wrong count", [str(good), "-o", out, "--config", str(cfg), "--roi", roi_file("rv3.pt", vqa_answers=3),
                                        "--vqa-answers", answers("a2.txt", b"yes\nno\n")], 1, "2 answers"),
        ("VQA answers repeated", [str(good), "-o", out, "--config", str(cfg), "--roi", roi_file("rv4.pt", vqa_answers=3),
                                  "--vqa-answers", answers("ar.txt", b"yes\nno\nyes\n")], 1, "repeats line 1"),
        ("VQA answer blank", [str(good), "-o", out, "--config", str(cfg), "--roi", roi_file("rv5.pt", vqa_answers=3),
                              "--vqa-answers", answers("ab.txt", b"yes\n \nno\n")], 1, "ab.txt:2"),
        ("VQA answers not UTF-8", [str(good), "-o", out, "--config", str(cfg), "--roi", roi_file("rv6.pt", vqa_answers=3),
                                   "--vqa-answers", answers("au.txt", b"yes\n\xff\nno\n")], 1, "not UTF-8"),
        ("VQA partial head", [str(good), "-o", out, "--config", str(cfg), "--roi",
                              roi_file("rv7.pt", no_key("vqa.bias"), vqa_answers=3), "--vqa-answers", str(d / "a3.txt")],
         1, "vqa.bias"),
        ("--vqa-answers without --roi", [str(good), "-o", out, "--config", str(cfg), "--vqa-answers", str(d / "a3.txt")],
         1, "needs --roi"),
        ("HF not clip", [hf_variant("hf_mt", lambda c: c.update(model_type="siglip")), "-o", out], 1, "model_type"),
    ]
    failed = 0
    for label, args, want_rc, want_msg in cases:
        try:
            rc, err = run(args)
        except Exception as e:  # noqa: BLE001 - a traceback is a test failure
            print(f"FAIL {label}: raised {type(e).__name__}: {e}")
            failed += 1
            continue
        ok = rc == want_rc and want_msg in err and (want_rc == 0 or err.startswith("convert.py: error:"))
        ok = ok and err.count("\n") <= 1
        print(f"{'ok  ' if ok else 'FAIL'} {label}: rc={rc} {err.strip()[:140]}")
        failed += not ok
    # the TorchScript archive and the plain state dict of the same model convert to identical tensors
    import gguf
    import numpy as np
    torch.save(qm.state_dict(), d / "q.pt")
    qj = str(write_cfg(d, "q", qcfg))
    a_rc, _ = run([str(jit), "-o", str(d / "a.gguf"), "--config", qj])
    b_rc, _ = run([str(d / "q.pt"), "-o", str(d / "b.gguf"), "--config", qj])
    ta = {t.name: np.array(t.data) for t in gguf.GGUFReader(str(d / "a.gguf")).tensors}
    tb = {t.name: np.array(t.data) for t in gguf.GGUFReader(str(d / "b.gguf")).tensors}
    same = a_rc == b_rc == 0 and ta.keys() == tb.keys() and all(np.array_equal(ta[k], tb[k]) for k in ta)
    failed += not same
    print(f"{'ok  ' if same else 'FAIL'} TorchScript == state dict: {len(ta)} tensors identical")
    # --roi carries the module's tensors unchanged and its head count
    roi = RoiProcessor(32, 4)
    with torch.no_grad():
        for p in roi.parameters():
            p.normal_()
    torch.save(roi.state_dict(), d / "roi_values.pt")
    r_rc, _ = run([str(good), "-o", str(d / "r.gguf"), "--config", str(cfg), "--roi", str(d / "roi_values.pt")])
    reader = gguf.GGUFReader(str(d / "r.gguf"))
    tr = {t.name: np.array(t.data).reshape([int(x) for x in reversed(t.shape)]) for t in reader.tensors}
    heads = reader.fields["regionclip.roi.heads"].parts[-1][0] if "regionclip.roi.heads" in reader.fields else 0
    pairs = {"roi.attn_qkv.weight": roi.attn.in_proj_weight, "roi.attn_out.bias": roi.attn.out_proj.bias,
             "roi.gate.weight": roi.gate.weight, "roi.head.bias": roi.head.bias}
    same = r_rc == 0 and heads == 4 and all(np.array_equal(tr[k], v.detach().numpy()) for k, v in pairs.items())
    failed += not same
    print(f"{'ok  ' if same else 'FAIL'} --roi: tensors equal to the module's, regionclip.roi.heads = {heads}")
    # --vqa-answers: the head's tensors and the answers in order, UTF-8 intact
    vqa = RoiProcessor(32, 4, vqa_answers=3)
    with torch.no_grad():
        for p in vqa.parameters():
            p.normal_()
    torch.save(vqa.state_dict(), d / "vqa_values.pt")
    v_rc, _ = run([str(good), "-o", str(d / "v.gguf"), "--config", str(cfg), "--roi", str(d / "vqa_values.pt"),
                   "--vqa-answers", str(d / "a3.txt")])
    reader = gguf.GGUFReader(str(d / "v.gguf"))
    tv = {t.name: np.array(t.data).reshape([int(x) for x in reversed(t.shape)]) for t in reader.tensors}
    field = reader.fields.get("regionclip.vqa.answers")
    got = [bytes(field.parts[i]).decode() for i in field.data] if field else []
    same = (v_rc == 0 and got == ["yes", "no", "left lobe ✓"] and
            np.array_equal(tv["vqa.head.weight"], vqa.vqa.weight.detach().numpy()) and
            np.array_equal(tv["vqa.head.bias"], vqa.vqa.bias.detach().numpy()))
    failed += not same
    print(f"{'ok  ' if same else 'FAIL'} --vqa-answers: head tensors equal to the module's, answers {got}")
    cases += [("", [], 0, "")] * 3    # the three checks above

    # one real CLI run: exit status and stderr as a user sees them
    r = subprocess.run([sys.executable, str(ROOT / "convert" / "convert.py"), str(d / "nope.pt"), "-o", out,
                        "--model", "ViT-B-32"], capture_output=True, text=True)
    cli_ok = r.returncode == 1 and "Traceback" not in r.stderr and r.stderr.startswith("convert.py: error:")
    print(f"{'ok  ' if cli_ok else 'FAIL'} CLI subprocess: rc={r.returncode} {r.stderr.strip()}")
    failed += not cli_ok
    print(f"{len(cases) + 1 - failed}/{len(cases) + 1} converter tests pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
