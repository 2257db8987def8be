"""The untrained starting point of the shipped demo model (weights/make_demo.sh).

A small model of the BiomedCLIP family, built by open_clip itself: its CustomTextCLIP with
timm's `test_vit` image tower (160 px, patch 16, width 64, 6 layers) and a 2-layer BERT text
tower (width 64) whose WordPiece vocabulary holds the corpus' own words and characters; plus
convert/roi_processor.py's RoiProcessor (region head, 4-head fusion, VQA head over the corpus'
closed answer set). Weights: every Linear and Conv2d with PyTorch's default initialization, the
rest (embeddings, norms, class token, positions) as open_clip / timm / BERT initialize them,
under a fixed seed; the vocabulary is in a fixed order, so the file is the same bytes on every
run. convert/convert.py turns it into OUT_DIR/init.gguf.

Also the starting point of the anatomy model (weights/make_anatomy.sh, `--name
regionclip-anatomy`): the same architecture, with the anatomy corpus' vocabulary and answers.

usage: python weights/build_demo_init.py CORPUS_DIR OUT_DIR [--seed N] [--name NAME]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "convert"))
from roi_processor import RoiProcessor  # noqa: E402

EMBED, WIDTH, CONTEXT = 64, 64, 64
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def corpus_text(manifest: Path) -> tuple[list[str], list[str]]:
    """Every text of a manifest (summaries, reports, captions, negatives, questions, answers)
    and its distinct VQA answers in order of first appearance."""
    texts, answers = [], []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        key, _, rest = line.partition(" ")
        if key in ("summary", "report", "negative"):
            texts.append(rest)
        elif key == "region":
            texts.append(rest.split(" ", 4)[4])
        elif key == "vqa":
            question, answer = rest.split("\t")
            texts += [question, answer]
            if answer not in answers:
                answers.append(answer)
    return texts, answers


def wordpiece_vocab(texts: list[str], path: Path) -> int:
    """A WordPiece vocabulary in a fixed order: the specials, every character alone and as a
    "##" continuation (so any word of the corpus' alphabet tokenizes), then every word of the
    corpus (BERT's pre-tokenization of the lowercased text), sorted."""
    from tokenizers.pre_tokenizers import BertPreTokenizer
    pre = BertPreTokenizer()
    words = sorted({w for t in texts for w, _ in pre.pre_tokenize_str(t.lower())})
    chars = sorted({c for w in words for c in w})
    vocab = SPECIALS + chars + ["##" + c for c in chars] + [w for w in words if len(w) > 1]
    path.write_text("".join(t + "\n" for t in vocab), encoding="utf-8")
    return len(vocab)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--name", default="regionclip-demo", help="the model's name in the file")
    args = ap.parse_args()
    import open_clip
    from safetensors.torch import save_file
    from transformers import BertConfig

    src, bert = args.out / "init-src", args.out / "init-src" / "bert"
    bert.mkdir(parents=True, exist_ok=True)
    texts, answers = corpus_text(args.corpus / "train.txt")
    vocab_size = wordpiece_vocab(texts, bert / "vocab.txt")
    BertConfig(vocab_size=vocab_size, hidden_size=WIDTH, num_hidden_layers=2, num_attention_heads=4,
               intermediate_size=4 * WIDTH, max_position_embeddings=CONTEXT, type_vocab_size=2).save_pretrained(str(bert))
    (bert / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BertTokenizer", "do_lower_case": True}))
    cfg = {"embed_dim": EMBED,
           "vision_cfg": {"timm_model_name": "test_vit", "timm_model_pretrained": False, "timm_pool": "",
                          "timm_proj": "linear", "image_size": 160},
           "text_cfg": {"hf_model_name": str(bert), "hf_tokenizer_name": str(bert), "hf_proj_type": "mlp",
                        "hf_pooler_type": "cls_last_hidden_state_pooler", "context_length": CONTEXT}}
    torch.manual_seed(args.seed)
    model = open_clip.model.CustomTextCLIP(**{**cfg, "text_cfg": {**cfg["text_cfg"], "hf_model_pretrained": False}})
    for m in model.modules():         # PyTorch's default init: timm's and BERT's N(0, 0.02) is made for
        if isinstance(m, (torch.nn.Linear, torch.nn.Conv2d)):   # width 768; at width 64 it starts collapsed
            m.reset_parameters()
    roi = RoiProcessor(EMBED, 4, vqa_answers=len(answers))
    (src / "open_clip_config.json").write_text(json.dumps({"model_cfg": cfg, "preprocess_cfg": {}}, indent=2))
    (src / "vocab.txt").write_bytes((bert / "vocab.txt").read_bytes())
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(src / "open_clip_model.safetensors"))
    torch.save(roi.state_dict(), args.out / "init-roi.pt")
    (args.out / "answers.txt").write_text("".join(a + "\n" for a in answers), encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "convert" / "convert.py"), str(src), "-o", str(args.out / "init.gguf"),
                    "--roi", str(args.out / "init-roi.pt"), "--vqa-answers", str(args.out / "answers.txt"),
                    "--name", args.name, "-q"], check=True)
    print(f"{args.out / 'init.gguf'}: vocabulary {vocab_size}, {len(answers)} VQA answers")


if __name__ == "__main__":
    main()
