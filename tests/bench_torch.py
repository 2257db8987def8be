#!/usr/bin/env python3
"""PyTorch side of `make bench`: the reference timings regionclip is compared with.

Usage: python tests/bench_torch.py MODEL OUTDIR --prepare [--threads T] [--text TEXT ...]
       python tests/bench_torch.py MODEL OUTDIR [--threads T] [--repeats R] [--regions]

--prepare builds MODEL (a key of MODELS) with seeded random weights in its reference library and
writes, into OUTDIR, what the three sides of the benchmark read (kept: later runs reuse all but
the cases):
    MODEL.pt (open_clip) or MODEL.src/ (BiomedCLIP's folder)  the checkpoint torch loads
    MODEL.gguf                      converted with convert/convert.py (tests/bench.c reads it)
    MODEL.{bf16,q8_0,q4_0}.gguf     the same, --dtype TYPE (tests/bench.c times each against the f32 rows)
    MODEL.image.onnx, MODEL.text.onnx  each tower exported with torch.onnx.export (TorchScript
                                    exporter, opset ONNX_OPSET, dynamic batch axis), the graph
                                    taking what the tower's encode function takes (pixels; token
                                    ids, BERT's attention mask `id != pad` computed in the graph)
    MODEL.cases.npz                 every image/text case's input and the output this model gave
                                    for it, keyed "CASE|input" and "CASE|output"
The cases have the shapes tests/bench.c uses: B = 1, 8 random images at the model's size; B copies
of each TEXT tokenized by the model's tokenizer (len = tokens up to and including the end token).
It prints nothing on stdout.

Without --prepare it times, under torch.set_num_threads(T), in a process that built nothing:
    load <ms> ms                    the model read from MODEL.pt / MODEL.src/ as a user does
                                    (open_clip.create_model; median of R loads after one warm-up)
    image B=<n> <ms> ms             encode_image / encode_text under torch.inference_mode() on
    text B=<n> len=<tokens> <ms> ms the inputs of MODEL.cases.npz (median of R runs after one
                                    warm-up run; the warm-up's output must equal the npz's within
                                    TOLERANCE, else it exits 1: the checkpoint is not that model)
    peak RSS <MiB> MiB              ru_maxrss of this process, last (after the region cases)
With --regions (open_clip models), region embeddings of one REGION_W x REGION_H random RGB image
with R = 1, 4, 16 boxes (region_box, the formula tests/bench.c uses), what rc_encode_regions does
(docs/roi.md), preprocessing included on both sides:
    regions align R=<n> <ms> ms   transform(image) -> visual tokens -> roi_align -> mean -> proj
    regions crop R=<n> <ms> ms    transform(image) encoded, then transform(crop_i) of every box
                                  (grown by 0.1, clipped, rounded outward) encoded as one batch
The line format is tests/bench.c's, so tests/bench.sh can pair them.
"""
from __future__ import annotations

import argparse
import gc
import logging
import math
import resource
import statistics
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch

ROOT = Path(__file__).resolve().parent.parent
CONVERTER = ROOT / "convert" / "convert.py"
BATCHES = (1, 8)
BOX_COUNTS = (1, 4, 16)
REGION_W, REGION_H = 640, 480
ONNX_OPSET = 17          # the TorchScript exporter's opsets end at 20; ORT 1.32 runs them all
# (torch.onnx.export's dynamo exporter, torch 2.14's default, needs onnxscript: not in tests/requirements.txt)


@dataclass
class Reference:
    """A reference model ready to time: encoders taking torch tensors, and its tokenizer."""
    encode_image: Callable[[torch.Tensor], torch.Tensor]    # pixels [B,3,S,S] -> [B,E]
    encode_text: Callable[[torch.Tensor], torch.Tensor]     # ids [B,C] -> [B,E]
    tokenize: Callable[[list[str]], torch.Tensor]           # texts -> ids [N,C]
    image_size: int
    n_tokens: Callable[[torch.Tensor], int]                 # ids [C] -> tokens the C side computes
    model: object = None                                    # the open_clip model (region timings)


TYPED = ("bf16", "q8_0", "q4_0")   # also written as MODEL.TYPE.gguf: tests/bench.c times each


def convert_all(source: list[str], gguf: Path) -> None:
    """convert/convert.py SOURCE... into gguf (f32) and gguf's MODEL.TYPE.gguf siblings, each if missing."""
    for dtype, out in [("f32", gguf)] + [(t, gguf.with_suffix(f".{t}.gguf")) for t in TYPED]:
        if not out.exists():
            subprocess.run([sys.executable, str(CONVERTER), *source, "--dtype", dtype, "-o", str(out), "-q"], check=True)


def openclip_reference(open_clip_name: str, seed: int, gguf: Path) -> Reference:
    """An open_clip CLIP model with its own seeded random init; its state dict saved to MODEL.pt
    (next to gguf) and converted to gguf, each if missing."""
    import open_clip
    logging.getLogger().setLevel(logging.ERROR)    # "No pretrained weights loaded": intended
    torch.manual_seed(seed)
    model = open_clip.create_model(open_clip_name, pretrained=None).eval()
    ckpt = gguf.with_suffix(".pt")
    if not ckpt.exists():
        torch.save(model.state_dict(), ckpt.with_suffix(".tmp"))
        ckpt.with_suffix(".tmp").rename(ckpt)
    convert_all([str(ckpt), "--model", open_clip_name], gguf)
    tokenizer = open_clip.get_tokenizer(open_clip_name)
    eot = tokenizer.eot_token_id
    return Reference(model.encode_image, model.encode_text, tokenizer,
                     model.visual.image_size[0], lambda ids: int((ids == eot).nonzero()[0, 0]) + 1, model)


def biomedclip_reference(gguf: Path) -> Reference:
    """open_clip's CustomTextCLIP in BiomedCLIP's configuration (timm ViT-B/16 + PubMedBERT-sized BERT,
    context 256), built and saved like the golden tests' model (tests/gen_golden.py) into MODEL.src/
    (next to gguf); converted if missing."""
    import open_clip
    import gen_golden
    logging.getLogger().setLevel(logging.ERROR)
    spec = next(s for s in gen_golden.SPECS if s.name == "biomedclip")
    src = gguf.resolve().with_suffix(".src")      # its config names the BERT folder by this path
    model = gen_golden.make_biomedclip(spec, src)
    convert_all([str(src)], gguf)
    tokenizer = open_clip.tokenizer.HFTokenizer(str(src / "bert"), context_length=spec.context_length)
    pad = tokenizer.tokenizer.pad_token_id
    return Reference(model.encode_image, model.encode_text, tokenizer, spec.image_size,
                     lambda ids: int((ids != pad).sum()), model)


def openclip_load(open_clip_name: str, gguf: Path) -> torch.nn.Module:
    """Loads MODEL.pt (what openclip_reference saved) as a user loads a checkpoint file."""
    import open_clip
    return open_clip.create_model(open_clip_name, pretrained=str(gguf.with_suffix(".pt"))).eval()


def biomedclip_load(gguf: Path) -> torch.nn.Module:
    """Loads MODEL.src/ (open_clip_config.json + open_clip_pytorch_model.bin) as open_clip loads
    BiomedCLIP's hub folder, but not strict: the file carries BERT's unused pooler, as BiomedCLIP's."""
    import open_clip
    src = gguf.with_suffix(".src")
    model = open_clip.create_model(f"local-dir:{src}", load_weights=False, pretrained_hf=False)
    open_clip.load_checkpoint(model, str(src / "open_clip_pytorch_model.bin"), strict=False)
    return model.eval()


# name -> builder(gguf path) for the models `make bench` knows (also tests/bench_train.py's), and
# name -> loader(gguf path) of what the builder saved; a new model is one entry in each.
MODELS: dict[str, Callable[[Path], Reference]] = {
    "vit-b-32": lambda gguf: openclip_reference("ViT-B-32", 1, gguf),
    "vit-b-16": lambda gguf: openclip_reference("ViT-B-16", 2, gguf),
    "biomedclip": biomedclip_reference,
}
LOADERS: dict[str, Callable[[Path], torch.nn.Module]] = {
    "vit-b-32": lambda gguf: openclip_load("ViT-B-32", gguf),
    "vit-b-16": lambda gguf: openclip_load("ViT-B-16", gguf),
    "biomedclip": biomedclip_load,
}
TOLERANCE = 1e-5     # max |loaded model's output - the built model's| (same library, same inputs)


def region_box(i: int) -> tuple[float, float, float, float]:
    """Box i of the region cases, as tests/bench.c's region_box."""
    side = 96.0 + i * 13 % 64
    x0, y0 = float(i * 37 % (REGION_W - 160)), float(i * 53 % (REGION_H - 160))
    return x0, y0, x0 + side, y0 + side


def region_timings(model, size: int, repeats: int) -> None:
    """Prints `regions MODE R=<n> <ms> ms` for align and crop modes (docs/roi.md)."""
    import numpy as np
    import open_clip
    from PIL import Image
    from torchvision.ops import roi_align
    visual = model.visual
    transform = open_clip.image_transform(size, is_train=False)
    image = Image.fromarray(np.random.default_rng(1).integers(0, 256, (REGION_H, REGION_W, 3), dtype=np.uint8))
    patch = visual.patch_size[0]
    grid = size // patch
    rw, rh = int(size * REGION_W / REGION_H), size              # landscape: short side is the height
    left, top = int(round((rw - size) / 2.0)), int(round((rh - size) / 2.0))

    def align(boxes: list) -> torch.Tensor:
        visual.output_tokens = True
        _, tokens = visual(transform(image)[None])
        visual.output_tokens = False
        feat = tokens[0].reshape(grid, grid, -1).permute(2, 0, 1)[None]
        mb = torch.tensor([[max(x0 * rw / REGION_W - left, 0.0), max(y0 * rh / REGION_H - top, 0.0),
                            min(x1 * rw / REGION_W - left, size), min(y1 * rh / REGION_H - top, size)]
                           for x0, y0, x1, y1 in boxes])
        bins = roi_align(feat, [mb], output_size=7, spatial_scale=1.0 / patch, sampling_ratio=-1, aligned=True)
        return bins.mean(dim=(2, 3)) @ visual.proj

    def crop(boxes: list) -> torch.Tensor:
        model.encode_image(transform(image)[None])
        crops = []
        for x0, y0, x1, y1 in boxes:
            mx, my = 0.1 * (x1 - x0), 0.1 * (y1 - y0)
            crops.append(transform(image.crop((math.floor(max(x0 - mx, 0)), math.floor(max(y0 - my, 0)),
                                               math.ceil(min(x1 + mx, REGION_W)), math.ceil(min(y1 + my, REGION_H))))))
        return model.encode_image(torch.stack(crops))

    for name, fn in (("align", align), ("crop", crop)):
        for n in BOX_COUNTS:
            boxes = [region_box(i) for i in range(n)]
            print(f"regions {name} R={n} {median_ms(lambda: fn(boxes), repeats):.2f} ms", flush=True)


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    return timed(fn, repeats)[0]


def timed(fn: Callable[[], object], repeats: int) -> tuple[float, object]:
    """The median ms of `repeats` calls of fn after one warm-up call, and what the warm-up returned."""
    first = fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), first


def timed_load(load: Callable[[], torch.nn.Module], repeats: int) -> tuple[float, torch.nn.Module]:
    """The median ms of `repeats` loads after one warm-up load, and the last model; each model is
    dropped (and collected) before the next load, so one is alive at a time."""
    times, model = [], None
    for i in range(repeats + 1):
        model = None
        gc.collect()
        t0 = time.perf_counter()
        model = load()
        if i:
            times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), model


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0     # Linux: KiB


class Tower(torch.nn.Module):
    """One encoder as a module, for torch.onnx.export; the model is a submodule, so its weights
    become the graph's initializers."""
    def __init__(self, model: torch.nn.Module, encode: Callable[[torch.Tensor], torch.Tensor]) -> None:
        super().__init__()
        self.model = model
        self.encode = encode

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.encode(x)


def export_onnx(ref: Reference, outdir: Path, name: str, cases: dict[str, tuple[torch.Tensor, torch.Tensor]]) -> None:
    """OUTDIR/NAME.{image,text}.onnx, each exported unless present, from the first case of its tower
    (the first text has padding, so BERT's mask is traced as used)."""
    for tower, encode in (("image", ref.encode_image), ("text", ref.encode_text)):
        path = outdir / f"{name}.{tower}.onnx"
        if path.exists():
            continue
        example = next(x for case, (x, _) in cases.items() if case.split()[0] == tower).clone()
        tmp = path.with_suffix(".tmp")
        fastpath = torch.backends.mha.get_fastpath_enabled()
        torch.backends.mha.set_fastpath_enabled(False)    # its fused op has no ONNX export
        try:
            with torch.no_grad(), warnings.catch_warnings():
                warnings.simplefilter("ignore")    # TracerWarnings; bench_ort.py checks B = 1 and 8
                torch.onnx.export(Tower(ref.model, encode), (example,), str(tmp), dynamo=False,
                                  opset_version=ONNX_OPSET, input_names=["input"], output_names=["embedding"],
                                  dynamic_axes={"input": {0: "batch"}, "embedding": {0: "batch"}})
        finally:
            torch.backends.mha.set_fastpath_enabled(fastpath)
        tmp.rename(path)


def prepare(name: str, outdir: Path, texts: list[str]) -> None:
    """--prepare: the checkpoint, gguf and ONNX towers (each if missing) and MODEL.cases.npz."""
    import numpy as np
    ref = MODELS[name](outdir / f"{name}.gguf")
    gen = torch.Generator().manual_seed(1)
    cases: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}     # case -> (input, output)
    with torch.inference_mode():
        for b in BATCHES:
            pixels = torch.rand(b, 3, ref.image_size, ref.image_size, generator=gen) - 0.5
            cases[f"image B={b}"] = pixels, ref.encode_image(pixels)
        for text in texts:
            ids = ref.tokenize([text])
            for b in BATCHES:
                batch = ids.repeat(b, 1)
                cases[f"text B={b} len={ref.n_tokens(ids[0])}"] = batch, ref.encode_text(batch)
    export_onnx(ref, outdir, name, cases)
    arrays = {}
    for case, (x, y) in cases.items():
        arrays[f"{case}|input"], arrays[f"{case}|output"] = x.numpy(), y.numpy()
    tmp = outdir / f"{name}.cases.tmp"
    with open(tmp, "wb") as f:
        np.savez(f, **arrays)
    tmp.rename(outdir / f"{name}.cases.npz")


def time_cases(name: str, outdir: Path, repeats: int, regions: bool) -> int:
    """The timing run: load, every case of MODEL.cases.npz (checked), regions, peak RSS."""
    import numpy as np
    import open_clip   # noqa: F401  (imported before the loads are timed, as onnxruntime is)
    logging.getLogger().setLevel(logging.ERROR)
    gguf = outdir / f"{name}.gguf"
    data = np.load(outdir / f"{name}.cases.npz")

    load_ms, model = timed_load(lambda: LOADERS[name](gguf), repeats)
    print(f"load {load_ms:.2f} ms", flush=True)
    with torch.inference_mode():
        for case in (k[:-len("|input")] for k in data.files if k.endswith("|input")):
            x = torch.from_numpy(data[f"{case}|input"])
            encode = model.encode_image if case.startswith("image") else model.encode_text
            ms, out = timed(lambda: encode(x), repeats)
            err = float((out - torch.from_numpy(data[f"{case}|output"])).abs().max())
            if not err <= TOLERANCE:
                print(f"bench_torch: {name} {case}: the model loaded from {outdir}/{name}.* differs from the "
                      f"one built by 'bench_torch.py --prepare' by {err:.3g} (limit {TOLERANCE}); delete "
                      f"{outdir}/{name}.* to rebuild", file=sys.stderr)
                return 1
            print(f"{case} {ms:.2f} ms", flush=True)
        if regions:
            region_timings(model, model.visual.image_size[0], repeats)
    print(f"peak RSS {peak_rss_mib():.0f} MiB", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", choices=sorted(MODELS))
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--prepare", action="store_true", help="build and write the files the timing runs read")
    ap.add_argument("--threads", type=int, default=torch.get_num_threads())
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--text", action="append", default=[], help="a text case (--prepare; repeatable)")
    ap.add_argument("--regions", action="store_true", help="also time region embeddings (open_clip models)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.prepare:
        prepare(args.model, args.outdir, args.text)
        return 0
    return time_cases(args.model, args.outdir, args.repeats, args.regions)


if __name__ == "__main__":
    sys.exit(main())
