#!/usr/bin/env python3
"""Reference region and fused embeddings (docs/roi.md) for tests/test_regions.c.

Backbones with random weights:
  clip    a small open_clip CLIP (image 56, patch 8, a 7 x 7 grid)
  biomed  open_clip's CustomTextCLIP as BiomedCLIP builds it (timm test_vit at 160 px, patch
          16, a 10 x 10 grid; a small BERT, MLP text projection), saved in the BiomedCLIP layout
and ROI processors (convert/roi_processor.py, seeded random weights) converted with
`convert.py --roi`. Variants: clip without ROI tensors (identity fusion), clip with region head
and 4-head fusion, clip with 1-head fusion and no head, biomed with head and 6-head fusion.

For random RGB images of several shapes (square, wide, tall, needing no resize), with torch
primitives written from docs/roi.md:
  global  = model.encode_image(open_clip's inference transform of the image)
  align   = head(proj(mean_bins roi_align(final-norm patch tokens as [W][G][G], box in model
            pixels, 7, 1/P, sampling_ratio=-1, aligned=True)))
  crop    = head(model.encode_image(transform(image.crop(box grown by 0.1 of its size per
            side, clipped, rounded outward))))
  fused   = RoiProcessor.fuse(global, regions)   (nn.MultiheadAttention, per mode)
with each box clipped to the image, mapped through the resize and center crop, and clipped to
the model's view. Box sets: R = 0, 1, 3, 16, with boxes at the image edges, smaller than a
patch, the whole image, partly outside the image, partly in the part the crop removes.

The clip-roi and biomed-roi processors also hold a VQA head over ANSWERS (convert.py
--vqa-answers); for them VARIANT_vqa.bin holds questions about some of the cases' images and
the reference answer probabilities, softmax(RoiProcessor.answer(fused, encode_text(question))),
for the align- and the crop-mode fused embedding (tests/test_vqa.c).

Usage:  python tests/gen_regions.py OUT_DIR   -> OUT_DIR/VARIANT.gguf, OUT_DIR/VARIANT_cases.bin,
                                                 OUT_DIR/{clip-roi,biomed-roi}_vqa.bin

Case file (little-endian):
    magic b"RCREG002", embed_dim u32, n_cases u32
    per case: width u32, height u32, n_boxes u32, pixels u8[height][width][3],
              boxes f32[n_boxes][4] (original pixels), global f32[E],
              align regions f32[n_boxes][E], align fused f32[E],
              crop regions f32[n_boxes][E] (margin 0.1), crop fused f32[E]
All vectors are before L2 normalization.

VQA file (little-endian):
    magic b"RCVQA001", embed_dim u32, n_answers u32, per answer: n_bytes u32, UTF-8 bytes;
    n_cases u32, per case: width u32, height u32, n_boxes u32, pixels u8[height][width][3],
              boxes f32[n_boxes][4], n_questions u32, per question: n_bytes u32, UTF-8 bytes,
              align probs f32[n_answers], crop probs f32[n_answers]
"""
import json
import math
import struct
import subprocess
import sys
from pathlib import Path
from typing import Callable

import numpy as np
import open_clip
import torch
from PIL import Image
from torchvision.ops import roi_align

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "convert"))
from gen_golden import OPENAI_MEAN, OPENAI_STD, Spec, make_biomedclip  # noqa: E402
from gen_tiny import random_clip  # noqa: E402
from roi_processor import RoiProcessor  # noqa: E402

CONFIG = {
    "model_cfg": {
        "embed_dim": 24,
        "vision_cfg": {"image_size": 56, "layers": 2, "width": 48, "patch_size": 8, "head_width": 24},
        "text_cfg": {"context_length": 77, "vocab_size": 49408, "width": 32, "heads": 2, "layers": 1},
    },
    "preprocess_cfg": {"mean": [0.5, 0.4, 0.3], "std": [0.2, 0.25, 0.3]},
}
BIOMED = Spec("regions-biomed", "biomedclip", 9, save_as="safetensors", timm_model="test_vit", image_size=160,
              bert={"vocab_size": 300, "hidden_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2,
                    "intermediate_size": 64, "max_position_embeddings": 80},
              embed_dim=48, context_length=64)
K = 7
ANSWERS = ["yes", "no", "right upper lobe", "right lower lobe", "a nodule", "ñódulo ✓"]
QUESTIONS = ["is there a nodule?", "where is the lesion?", "what is in the right upper lobe?",
             "¿hay un nódulo en el lóbulo? ✓", "normal"]


class Backbone:
    """What the reference needs of a model: its geometry and its encoders, unnormalized."""

    def __init__(self, model: torch.nn.Module, size: int, patch: int, mean: list, std: list,
                 tokens: Callable[[torch.Tensor], torch.Tensor], project: Callable[[torch.Tensor], torch.Tensor],
                 tokenize: Callable[[list[str]], torch.Tensor]):
        self.model, self.S, self.P, self.G = model, size, patch, size // patch
        self.tokenize = tokenize      # texts -> ids [n][context] (the model's reference tokenizer)
        self.transform = open_clip.image_transform(size, is_train=False, mean=mean, std=std)
        self.tokens = tokens          # pixels [1][3][S][S] -> final-norm patch tokens [N][W]
        self.project = project        # pooled width features [R][W] -> [R][E]


def clip_backbone_of(model: open_clip.CLIP, config: dict = CONFIG) -> Backbone:
    """The Backbone of an open_clip CLIP built from config (an open_clip JSON config)."""
    visual = model.visual

    def tokens(pix: torch.Tensor) -> torch.Tensor:
        visual.output_tokens = True
        _, t = visual(pix)                                   # ln_post(x)[:, 1:]
        visual.output_tokens = False
        return t[0]

    vc = config["model_cfg"]["vision_cfg"]
    return Backbone(model, vc["image_size"], vc["patch_size"], config["preprocess_cfg"]["mean"],
                    config["preprocess_cfg"]["std"], tokens, lambda x: x @ visual.proj,
                    open_clip.tokenizer.SimpleTokenizer(context_length=config["model_cfg"]["text_cfg"]["context_length"]))


def load_ground_head(ground_dir: Path) -> tuple:
    """gen_ground.py's ground-head model (the CLIP of ground.pt and the ROI processor of
    ground-head.roi.pt, 4 fusion heads) -> (open_clip model, roi processor, backbone)."""
    cfg = json.loads((ground_dir / "ground_config.json").read_text())
    model = open_clip.CLIP(**cfg["model_cfg"]).eval()
    model.load_state_dict(torch.load(ground_dir / "ground.pt"))
    roi = RoiProcessor(cfg["model_cfg"]["embed_dim"], 4).eval()
    roi.load_state_dict(torch.load(ground_dir / "ground-head.roi.pt"))
    return model, roi, clip_backbone_of(model, cfg)


def clip_backbone(out_dir: Path) -> tuple[Backbone, Path, list[str]]:
    model = random_clip(CONFIG, out_dir, "clip-base")
    return clip_backbone_of(model), out_dir / "clip-base.pt", ["--config", str(out_dir / "clip-base_config.json")]


def biomed_backbone(out_dir: Path) -> tuple[Backbone, Path, list[str]]:
    src = out_dir / "biomed-src"
    src.mkdir(parents=True, exist_ok=True)
    model = make_biomedclip(BIOMED, src)
    visual = model.visual
    bb = Backbone(model, BIOMED.image_size, 16, list(OPENAI_MEAN), list(OPENAI_STD),
                  lambda pix: visual.trunk.forward_features(pix)[0, 1:], visual.head,
                  open_clip.tokenizer.HFTokenizer(str(src / "bert"), context_length=BIOMED.context_length))
    return bb, src, []


def random_roi(embed_dim: int, heads: int, region_head: bool, seed: int, vqa_answers: int = 0) -> RoiProcessor:
    """Seeded weights large enough that attention and gate are far from uniform / one half
    (the VQA head's, drawn last, leave the others as they are without it)."""
    roi = RoiProcessor(embed_dim, heads, region_head=region_head, vqa_answers=vqa_answers)
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in roi.parameters():
            p.copy_(0.3 * torch.randn(p.shape, generator=g))
    return roi.eval()


def model_box(box: np.ndarray, w0: int, h0: int, S: int) -> list[float]:
    """docs/roi.md: clip to the image, map through resize + center crop, clip to [0, S]^2."""
    if w0 <= h0:
        rw, rh = S, int(S * h0 / w0)
    else:
        rw, rh = int(S * w0 / h0), S
    left, top = int(round((rw - S) / 2.0)), int(round((rh - S) / 2.0))
    x0, y0 = max(float(box[0]), 0.0), max(float(box[1]), 0.0)
    x1, y1 = min(float(box[2]), float(w0)), min(float(box[3]), float(h0))
    x0, x1 = x0 * rw / w0 - left, x1 * rw / w0 - left
    y0, y1 = y0 * rh / h0 - top, y1 * rh / h0 - top
    return [max(x0, 0.0), max(y0, 0.0), min(x1, float(S)), min(y1, float(S))]


def crop_box(box: np.ndarray, w0: int, h0: int, margin: float = float(np.float32(0.1))) -> tuple:
    """docs/roi.md crop mode: grow by margin * size per side (as float32), clip, round outward."""
    x0, y0, x1, y1 = (float(v) for v in box)
    mx, my = margin * (x1 - x0), margin * (y1 - y0)
    g = [float(v) for v in np.array([x0 - mx, y0 - my, x1 + mx, y1 + my], dtype=np.float32)]
    return (math.floor(max(g[0], 0.0)), math.floor(max(g[1], 0.0)),
            math.ceil(min(g[2], float(w0))), math.ceil(min(g[3], float(h0))))


def boxes_for(w0: int, h0: int, r: int, S: int, rng: np.random.Generator) -> np.ndarray:
    """Fixed boxes, then random ones that keep some area in the model's view (align mode)."""
    fixed = [
        (0, 0, w0, h0),                                   # the whole image
        (0, 0, w0 / 4, h0 / 3),                           # top-left corner, edges touching
        (w0 * 0.7, h0 * 0.6, w0, h0),                     # bottom-right corner
        (w0 * 0.43, h0 * 0.51, w0 * 0.43 + 2.5, h0 * 0.51 + 3.0),  # smaller than a patch
        (-10, -7, w0 * 0.5, h0 * 0.4),                    # partly outside the image
        (w0 * 0.3, h0 * 0.2, w0 + 25, h0 + 9),            # partly outside, far side
        (w0 * 0.2, h0 * 0.25, w0 * 0.65, h0 * 0.9),
    ]
    rand = []
    while len(fixed) + len(rand) < r:
        x0, x1 = np.sort(rng.uniform(0, w0, 2))
        y0, y1 = np.sort(rng.uniform(0, h0, 2))
        m = model_box(np.array([x0, y0, x1, y1]), w0, h0, S)
        if x1 - x0 > 0.5 and y1 - y0 > 0.5 and m[0] < m[2] and m[1] < m[3]:
            rand.append((x0, y0, x1, y1))
    return np.array((fixed + rand)[:r], dtype=np.float32).reshape(r, 4)


def reference(bb: Backbone, roi: RoiProcessor, pixels: np.ndarray, boxes: np.ndarray) -> list[np.ndarray]:
    """[global, align regions, align fused, crop regions, crop fused], unnormalized."""
    h0, w0 = pixels.shape[:2]
    image = Image.fromarray(pixels, "RGB")
    with torch.no_grad():
        pix = bb.transform(image)[None]
        global_ = bb.model.encode_image(pix)[0]                              # [E]
        E = global_.numel()
        align = crop = torch.zeros(0, E)
        if len(boxes):
            feat = bb.tokens(pix).reshape(bb.G, bb.G, -1).permute(2, 0, 1).contiguous()   # [W][G][G]
            mb = torch.tensor([model_box(b, w0, h0, bb.S) for b in boxes], dtype=torch.float32)
            bins = roi_align(feat[None], [mb], output_size=K, spatial_scale=1.0 / bb.P,
                             sampling_ratio=-1, aligned=True)                # [R][W][K][K]
            align = roi.regions(bb.project(bins.mean(dim=(2, 3))))          # [R][E]
            crops = torch.cat([bb.transform(image.crop(crop_box(b, w0, h0)))[None] for b in boxes])
            crop = roi.regions(bb.model.encode_image(crops))                 # [R][E]
        out = [global_, align, roi.fuse(global_, align), crop, roi.fuse(global_, crop)]
    return [t.numpy().astype(np.float32) for t in out]


def u32_text(s: str) -> bytes:
    return struct.pack("<I", len(s.encode())) + s.encode()


def write_vqa(out_dir: Path, name: str, bb: Backbone, roi: RoiProcessor, cases: list) -> None:
    """VARIANT_vqa.bin: questions about the first cases' images (QUESTIONS rotated per case)."""
    with torch.no_grad():
        q_emb = bb.model.encode_text(bb.tokenize(QUESTIONS))                       # [n][E]
    E = q_emb.shape[1]
    with open(out_dir / f"{name}_vqa.bin", "wb") as f:
        f.write(b"RCVQA001" + struct.pack("<II", E, len(ANSWERS)) + b"".join(u32_text(a) for a in ANSWERS))
        f.write(struct.pack("<I", 4))
        for c, (pixels, boxes, vectors) in enumerate(cases[:4]):
            asked = [(c + k) % len(QUESTIONS) for k in range(1 + c % 3)]
            f.write(struct.pack("<III", pixels.shape[1], pixels.shape[0], len(boxes)) + pixels.tobytes())
            f.write(boxes.astype(np.float32).tobytes() + struct.pack("<I", len(asked)))
            for k in asked:
                f.write(u32_text(QUESTIONS[k]))
                for fused in (vectors[2], vectors[4]):                              # align, crop
                    with torch.no_grad():
                        logits = roi.answer(torch.from_numpy(fused), q_emb[k])
                    f.write(torch.softmax(logits.double(), -1).numpy().astype(np.float32).tobytes())
    print(f"{name}: wrote VQA cases")


def write_variant(out_dir: Path, name: str, bb: Backbone, roi: RoiProcessor, rng: np.random.Generator) -> None:
    cases = []
    for (w0, h0), r in [((56, 56), 0), ((80, 56), 3), ((50, 90), 16), ((123, 77), 1),
                        ((56, 56), 16), ((300, 200), 3), ((41, 41), 16), ((130, 112), 0)]:
        pixels = rng.integers(0, 256, (h0, w0, 3), dtype=np.uint8)
        boxes = boxes_for(w0, h0, r, bb.S, rng)
        cases.append((pixels, boxes, reference(bb, roi, pixels, boxes)))
    E = cases[0][2][0].size
    with open(out_dir / f"{name}_cases.bin", "wb") as f:
        f.write(b"RCREG002" + struct.pack("<II", E, len(cases)))
        for pixels, boxes, vectors in cases:
            f.write(struct.pack("<III", pixels.shape[1], pixels.shape[0], len(boxes)))
            f.write(pixels.tobytes())
            f.write(boxes.astype(np.float32).tobytes())
            for v in vectors:
                f.write(v.tobytes())
    print(f"{name}: wrote {len(cases)} cases")
    if roi.vqa is not None:
        write_vqa(out_dir, name, bb, roi, cases)


def convert(ckpt: Path, args: list[str], roi: RoiProcessor, out: Path) -> None:
    roi_file, answers = out.with_suffix(".roi.pt"), out.with_suffix(".answers.txt")
    torch.save(roi.state_dict(), roi_file)
    answers.write_text("\n".join(ANSWERS) + "\n", encoding="utf-8")
    vqa = ["--vqa-answers", str(answers)] if roi.vqa is not None else []
    subprocess.run([sys.executable, "convert/convert.py", str(ckpt), *args, "--roi", str(roi_file), *vqa,
                    "-o", str(out), "-q"], check=True)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    done = out_dir / "biomed-roi_cases.bin"
    sources = [Path(__file__), Path(__file__).with_name("gen_tiny.py"), Path(__file__).with_name("gen_golden.py"),
               Path("convert/convert.py"), Path("convert/roi_processor.py")]
    if done.exists() and all(done.stat().st_mtime > p.stat().st_mtime for p in sources):
        print(f"regions: {out_dir} up to date")
        return
    rng = np.random.default_rng(4)
    clip, clip_ckpt, clip_args = clip_backbone(out_dir)
    E = CONFIG["model_cfg"]["embed_dim"]
    plain = RoiProcessor(E, 1, region_head=False, fusion=False)       # no roi.* tensors: identity fusion
    (out_dir / "clip.gguf").write_bytes((out_dir / "clip-base.gguf").read_bytes())
    write_variant(out_dir, "clip", clip, plain, rng)
    for name, roi in [("clip-roi", random_roi(E, 4, True, 11, len(ANSWERS))), ("clip-fusion", random_roi(E, 1, False, 12))]:
        convert(clip_ckpt, clip_args, roi, out_dir / f"{name}.gguf")
        write_variant(out_dir, name, clip, roi, rng)
    biomed, biomed_src, biomed_args = biomed_backbone(out_dir)
    roi = random_roi(BIOMED.embed_dim, 6, True, 13, len(ANSWERS))
    convert(biomed_src, biomed_args, roi, out_dir / "biomed-roi.gguf")
    write_variant(out_dir, "biomed-roi", biomed, roi, rng)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
