"""End-to-end test of the rclip CLI on the tiny model against open_clip itself: token ids,
text and image embeddings (PNG, JPEG, 8-bit PGM, 16-bit PNG with its default and a given window,
RGBA PNG; pydicom's CT and MR test slices as 16-bit PGM and as 16-bit PNG, equal to each other
and to open_clip on the windowed samples), zero-shot probabilities, the retrieval example's
ranking, and errors (missing files, corrupt model, bad arguments, a truncated PGM, a PGM with
maxval 0) that must exit non-zero with a message on stderr.

usage: python tests/test_cli.py RCLIP RETRIEVAL TINY_DIR [WORDPIECE_DIR [GROUND_DIR]]
  TINY_DIR from tests/gen_tiny.py; WORDPIECE_DIR (tests/gen_wordpiece_corpus.py) adds `rclip tokenize`
  on the BERT-family models against open_clip's HFTokenizer; GROUND_DIR (tests/gen_ground.py) adds
  `rclip regions` (both modes, per-box and fused scores) and `rclip heatmap` on its 7 x 7-patch
  model with region head and fusion, against the references of tests/gen_regions.py and
  tests/gen_ground.py.
"""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import open_clip
import torch
from PIL import Image

passed = 0
failed = 0


def check(ok: bool, what: str, detail: str = "") -> None:
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(f"  {'ok  ' if ok else 'FAIL'} {what} {detail}")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RCLIP, *args], capture_output=True, text=True)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def window_to_u8(v: np.ndarray, center: float, width: float) -> np.ndarray:
    """The window rc_image documents: clamp((v - (c - w/2)) / w, 0, 1) * 255, rounded half up."""
    x = np.clip((v.astype(np.float64) - (center - width / 2)) / width, 0.0, 1.0) * 255.0
    return np.floor(x + 0.5).astype(np.uint8)


def check_wordpiece_tokenize() -> None:
    """rclip tokenize on BERT-family models prints open_clip HFTokenizer's ids up to [SEP]."""
    from open_clip.tokenizer import HFTokenizer
    texts = ["A 5mm nodule in the RIGHT upper lobe; caf\u00e9 &amp; [MASK] \u80ba\u7ed3\u8282", "", "x" * 300]
    for name in ("bert", "med"):
        tok = HFTokenizer(str(WORDPIECE / f"vocab_{name}"), context_length=256)
        for text in texts:
            ids = [int(i) for i in tok([text])[0]]
            while ids[-1] == tok.tokenizer.pad_token_id:
                ids.pop()
            r = run("tokenize", str(WORDPIECE / f"wp_{name}.gguf"), text)
            check(r.returncode == 0 and r.stdout.split() == [str(i) for i in ids], f"tokenize ({name}) {text[:30]!r}",
                  r.stderr.strip())


def parse_scores(stdout: str) -> list[tuple[str, list[tuple[str, float, float]]]]:
    """`rclip regions` output -> [(block header, [(text, cosine, probability), ...]), ...]."""
    blocks: list[tuple[str, list[tuple[str, float, float]]]] = []
    for line in stdout.splitlines():
        f = line.split("\t")
        if len(f) == 1:
            blocks.append((line, []))
        elif blocks and len(f) == 3:
            blocks[-1][1].append((f[0], float(f[1]), float(f[2])))
    return blocks


def check_regions_heatmap() -> None:
    """rclip regions and heatmap on gen_ground.py's ground-head model (image 56, patch 8, region
    head and 4-head fusion) against the references of gen_regions.py and gen_ground.py."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "convert"))
    import gen_ground
    import gen_regions
    model, roi, bb = gen_regions.load_ground_head(GROUND)
    gguf = str(GROUND / "ground-head.gguf")
    tokenizer = open_clip.get_tokenizer("ViT-B-32")
    texts = ["a nodule in the right upper lobe", "pleural effusion", "normal lungs"]
    with torch.inference_mode():
        t = model.encode_text(tokenizer(texts), normalize=True)
    scale = float(model.logit_scale.detach().exp())
    rng = np.random.default_rng(5)
    pixels = rng.integers(0, 256, (70, 97, 3), dtype=np.uint8)          # wide: the crop removes columns
    Image.fromarray(pixels).save(GROUND / "cli.png")
    boxes = np.array([[3, 4, 40, 50], [50.5, 10, 90, 66], [20, 30, 24, 33]], dtype=np.float32)
    _, align, align_fused, crop, crop_fused = gen_regions.reference(bb, roi, pixels, boxes)
    box_args = sum((["--box", ",".join(f"{v:g}" for v in b)] for b in boxes), [])
    for mode, regs, fused in (("align", align, align_fused), ("crop", crop, crop_fused)):
        r = run("regions", gguf, str(GROUND / "cli.png"), *box_args, "--mode", mode, *texts)
        blocks = parse_scores(r.stdout) if r.returncode == 0 else []
        err, order_ok = 0.0, len(blocks) == len(boxes) + 1 and blocks[-1][0] == "image (fused)"
        for (header, rows), emb in zip(blocks, list(regs) + [fused]):
            e = torch.from_numpy(emb) / float(np.linalg.norm(emb))
            cos = (t @ e).numpy()
            probs = (scale * t @ e).softmax(-1).numpy()
            order_ok &= [row[0] for row in rows] == [texts[i] for i in np.argsort(-probs, kind="stable")]
            for text, c, p in rows:
                k = texts.index(text)
                err = max(err, abs(c - cos[k]), abs(p - probs[k]))
        check(r.returncode == 0 and order_ok and err <= 1e-4 and blocks[0][0].startswith("box 0 (3,4,40,50)"),
              f"regions --mode {mode}: {len(boxes)} boxes x {len(texts)} texts + fused",
              f"max err {err:.2e} {r.stderr.strip()}")

    # heatmap: PNG of the input's size, coloured inside the view, peak = the reference's argmax
    out = GROUND / "cli_heat.png"
    out.unlink(missing_ok=True)
    r = run("heatmap", gguf, str(GROUND / "cli.png"), texts[0], str(out), "--alpha", "0.5")
    grid, up = gen_ground.reference(bb, roi, pixels, t[0].numpy())
    lines = {f[0]: f[1:] for f in (line.split("\t") for line in r.stdout.splitlines())}
    ok = r.returncode == 0 and out.exists()
    heat = np.asarray(Image.open(out).convert("RGB")) if ok else np.zeros((1, 1, 3), np.uint8)
    check(ok and heat.shape == pixels.shape, "heatmap writes a PNG of the input size", r.stderr.strip())
    if heat.shape == pixels.shape:
        body = slice(0, pixels.shape[0] * 3 // 4)                        # above the colour-scale strip
        seen = up[body] != gen_ground.OUTSIDE
        changed = (heat[body] != pixels[body]).any(-1)
        check(changed[seen].mean() > 0.95 and not changed[~seen].any(),
              "heatmap colours the view, leaves the cropped-away pixels", f"{changed[seen].mean():.3f} changed in view")
    row, col = np.unravel_index(np.argmax(grid), grid.shape)
    got = lines.get("peak patch", ["-1", "-1", "nan"])
    check(got[:2] == [str(col), str(row)] and abs(float(got[2]) - grid.max()) <= 1e-4, "heatmap peak patch",
          f"got {got}, reference ({col}, {row}) {grid.max():.6f}")
    got = lines.get("peak", ["0", "0", "nan"])
    px, py = int(got[0]), int(got[1])
    check(abs(up[py, px] - up.max()) <= 1e-5 and abs(float(got[2]) - up.max()) <= 1e-4, "heatmap peak pixel",
          f"got {got}, reference max {up.max():.6f} at {np.unravel_index(np.argmax(up), up.shape)[::-1]}")

    png = str(GROUND / "cli.png")
    for args, what in [(("regions", gguf, png, "--box", "1,2,3", "x"), "regions: bad box syntax"),
                       (("regions", gguf, png, "--box", "1,2,3,4x", "x"), "regions: trailing garbage in a box"),
                       (("regions", gguf, png, "--box", "200,2,300,40", "x"), "regions: box outside the image"),
                       (("regions", gguf, png, "--box", "40,2,30,40", "x"), "regions: inverted box"),
                       (("regions", gguf, png, "--box", "0,0,5,40", "x"), "regions: align box outside the view"),
                       (("regions", gguf, png, "--box", "1,2,30,40", "--mode", "zoom", "x"), "regions: bad mode"),
                       (("regions", gguf, png, "--box", "1,2,30,40", "--margin", "-1", "--mode", "crop", "x"),
                        "regions: negative margin"),
                       (("regions", gguf, png, "x"), "regions: no box"),
                       (("regions", gguf, png, "--box", "1,2,30,40"), "regions: no text"),
                       (("heatmap", gguf, png, "x"), "heatmap: no output path"),
                       (("heatmap", gguf, png, "x", str(GROUND / "h.png"), "--alpha", "2"), "heatmap: bad alpha"),
                       (("heatmap", gguf, png, "x", str(GROUND / "no" / "such" / "dir.png")), "heatmap: unwritable")]:
        r = run(*args)
        check(r.returncode not in (0,) and r.returncode < 128 and len(r.stderr.strip()) > 0, f"error: {what}",
              r.stderr.strip()[:80])


def main() -> None:
    cfg = json.loads((TINY / "tiny_config.json").read_text())
    model = open_clip.CLIP(**cfg["model_cfg"]).eval()
    model.load_state_dict(torch.load(TINY / "tiny.pt"))
    pre = cfg["preprocess_cfg"]
    preprocess = open_clip.image_transform(32, is_train=False, mean=pre["mean"], std=pre["std"])
    tokenizer = open_clip.get_tokenizer("ViT-B-32")
    gguf = str(TINY / "tiny.gguf")

    texts = ["a nodule in the right upper lobe", "Normal chest X-ray, no acute findings.", ""]
    for text in texts:
        ids = tokenizer([text])[0]
        want = " ".join(str(int(i)) for i in ids[: int((ids != 0).sum())])
        r = run("tokenize", gguf, text)
        check(r.returncode == 0 and r.stdout.strip() == want, f"tokenize {text!r}", r.stderr.strip())
        with torch.inference_mode():
            ref = model.encode_text(tokenizer([text]), normalize=True)[0].numpy()
        r = run("embed-text", gguf, text)
        got = np.array([float(x) for x in r.stdout.split()]) if r.returncode == 0 else np.zeros_like(ref)
        c = cosine(got, ref) if got.shape == ref.shape else -1.0
        check(c >= 0.99999 and np.abs(got - ref).max() <= 1e-4, f"embed-text {text!r}", f"cos {c:.7f}")

    rng = np.random.default_rng(0)
    images: dict[str, Image.Image] = {}
    rgb = Image.fromarray(rng.integers(0, 256, (40, 50, 3), dtype=np.uint8))
    rgb.save(TINY / "rgb.png"); images["rgb.png"] = rgb
    rgb.save(TINY / "rgb.jpg", quality=90); images["rgb.jpg"] = Image.open(TINY / "rgb.jpg")
    gray = Image.fromarray(rng.integers(0, 256, (37, 61), dtype=np.uint8))
    gray.save(TINY / "gray.pgm"); images["gray.pgm"] = gray
    rgba = Image.fromarray(rng.integers(0, 256, (30, 30, 4), dtype=np.uint8), "RGBA")
    rgba.save(TINY / "rgba.png"); images["rgba.png"] = rgba
    ramp = (np.arange(45 * 33).reshape(45, 33) * 37 % 4000 + 100).astype(np.uint16)
    Image.fromarray(ramp).save(TINY / "gray16.png")
    images["gray16.png"] = Image.fromarray(window_to_u8(ramp, (ramp.min() + ramp.max()) / 2, ramp.max() - ramp.min()))
    windowed = {"gray16.png": ("1000,800", window_to_u8(ramp, 1000, 800))}
    for name, img in images.items():
        with torch.inference_mode():
            ref = model.encode_image(preprocess(img).unsqueeze(0), normalize=True)[0].numpy()
        r = run("embed-image", gguf, str(TINY / name))
        got = np.array([float(x) for x in r.stdout.split()]) if r.returncode == 0 else np.zeros_like(ref)
        c = cosine(got, ref) if got.shape == ref.shape else -1.0
        check(c >= 0.99999, f"embed-image {name}", f"cos {c:.7f} {r.stderr.strip()}")
    for name, (window, u8) in windowed.items():
        with torch.inference_mode():
            ref = model.encode_image(preprocess(Image.fromarray(u8)).unsqueeze(0), normalize=True)[0].numpy()
        r = run("--window", window, "embed-image", gguf, str(TINY / name))
        got = np.array([float(x) for x in r.stdout.split()]) if r.returncode == 0 else np.zeros_like(ref)
        c = cosine(got, ref) if got.shape == ref.shape else -1.0
        check(c >= 0.99999, f"embed-image --window {window} {name}", f"cos {c:.7f} {r.stderr.strip()}")

    # real 16-bit slices as a C program gets them: big-endian PGM (maxval = the largest sample)
    # and 16-bit PNG of the same samples; both read as raw samples, default window min..max
    from pydicom import dcmread
    from pydicom.data import get_testdata_file
    for dcm in ("CT_small.dcm", "MR_small.dcm"):
        raw = dcmread(get_testdata_file(dcm)).pixel_array.astype(np.int64)
        raw = (raw - raw.min()).astype(np.uint16)
        pgm, png = TINY / f"{dcm[:-4]}_16.pgm", TINY / f"{dcm[:-4]}_16.png"
        h, w = raw.shape
        pgm.write_bytes(f"P5\n{w} {h}\n{int(raw.max())}\n".encode() + raw.astype(">u2").tobytes())
        Image.fromarray(raw).save(png)
        u8 = window_to_u8(raw, (int(raw.min()) + int(raw.max())) / 2, int(raw.max()) - int(raw.min()))
        with torch.inference_mode():
            ref = model.encode_image(preprocess(Image.fromarray(u8)).unsqueeze(0), normalize=True)[0].numpy()
        got = {}
        for f in (pgm, png):
            r = run("embed-image", gguf, str(f))
            got[f.suffix] = np.array([float(x) for x in r.stdout.split()]) if r.returncode == 0 else np.zeros_like(ref)
            c = cosine(got[f.suffix], ref) if got[f.suffix].shape == ref.shape else -1.0
            check(c >= 0.99999, f"embed-image {f.name} (pydicom {dcm})", f"cos {c:.7f} {r.stderr.strip()}")
        diff = np.abs(got[".pgm"] - got[".png"]).max()
        check(diff <= 1e-6, f"{dcm}: 16-bit PGM and 16-bit PNG embed alike", f"max diff {diff:.2e}")

    labels = ["nodule", "effusion", "normal"]
    templates = ["a chest x-ray showing {}.", "{}"]
    with torch.inference_mode():
        img = model.encode_image(preprocess(images["rgb.png"]).unsqueeze(0), normalize=True)
        t = model.encode_text(tokenizer([tp.format(l) for l in labels for tp in templates]), normalize=True)
        cls = t.reshape(len(labels), len(templates), -1).mean(1)
        cls = cls / cls.norm(dim=-1, keepdim=True)
        probs = (model.logit_scale.exp() * img @ cls.T).softmax(-1)[0].numpy()
    args = sum((["--template", tp] for tp in templates), [])
    r = run(*args, "zeroshot", gguf, str(TINY / "rgb.png"), *labels)
    rows = [line.split("\t") for line in r.stdout.strip().splitlines()]
    got = {lab: float(p) for lab, p in rows} if r.returncode == 0 else {}
    order_ok = [lab for lab, _ in rows] == [labels[i] for i in np.argsort(-probs, kind="stable")]
    err = max(abs(got.get(lab, -1) - float(p)) for lab, p in zip(labels, probs))
    check(r.returncode == 0 and order_ok and err <= 1e-4, "zeroshot with a prompt ensemble", f"max prob err {err:.2e}")

    # the retrieval example ranks images by cosine with the query, like torch does
    names = ["rgb.png", "gray.pgm", "rgba.png", "rgb.jpg"]
    with torch.inference_mode():
        q = model.encode_text(tokenizer(["a nodule"]), normalize=True)[0]
        emb = torch.cat([model.encode_image(preprocess(images[nm]).unsqueeze(0), normalize=True) for nm in names])
        cos = (emb @ q).numpy()
    r = subprocess.run([RETRIEVAL, gguf, "a nodule", *[str(TINY / nm) for nm in names]], capture_output=True, text=True)
    rows = [line.split("\t") for line in r.stdout.strip().splitlines()]
    want = [str(TINY / names[i]) for i in np.argsort(-cos, kind="stable")]
    # scores printed with 4 decimals; JPEG is decoded by libjpeg-turbo as PIL decodes it
    serr = max((abs(float(sc) - cos[names.index(Path(p).name)]) - 1e-4 for _, sc, p in rows), default=1.0)
    check(r.returncode == 0 and [p for _, _, p in rows] == want and serr <= 0, "retrieval example ranking", r.stderr.strip())

    (TINY / "corrupt.gguf").write_bytes((TINY / "tiny.gguf").read_bytes()[:5000])
    (TINY / "notimage.png").write_bytes(b"not an image at all")
    (TINY / "short.pgm").write_bytes(b"P5\n100 100\n255\n" + bytes(50))
    (TINY / "maxval0.pgm").write_bytes(b"P5\n4 4\n0\n" + bytes(16))
    for args, what in [(("embed-text", str(TINY / "missing.gguf"), "x"), "missing model"),
                       (("embed-text", str(TINY / "corrupt.gguf"), "x"), "truncated model"),
                       (("embed-image", gguf, str(TINY / "missing.png")), "missing image"),
                       (("embed-image", gguf, str(TINY / "notimage.png")), "undecodable image"),
                       (("embed-image", gguf, str(TINY / "short.pgm")), "PGM with 50 of 10000 pixel bytes"),
                       (("embed-image", gguf, str(TINY / "maxval0.pgm")), "PGM with maxval 0"),
                       (("tokenize", gguf, "bad \udcff utf8"), "invalid UTF-8 argument"),
                       (("frobnicate", gguf, "x"), "unknown command"),
                       (("--window", "abc", "embed-image", gguf, str(TINY / "gray16.png")), "bad window")]:
        try:
            r = subprocess.run([RCLIP, *args], capture_output=True)
            ok = r.returncode != 0 and len(r.stderr.strip()) > 0 and r.returncode < 128
            check(ok, f"error: {what}", r.stderr.decode(errors="replace").strip()[:80])
        except UnicodeEncodeError:
            r = subprocess.run([RCLIP.encode(), *[a.encode("utf-8", "surrogateescape") for a in args]], capture_output=True)
            ok = r.returncode != 0 and len(r.stderr.strip()) > 0 and r.returncode < 128
            check(ok, f"error: {what}", r.stderr.decode(errors="replace").strip()[:80])
    if WORDPIECE:
        check_wordpiece_tokenize()
    if GROUND:
        check_regions_heatmap()
    print(f"cli: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    RCLIP, RETRIEVAL, TINY = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    WORDPIECE = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    GROUND = Path(sys.argv[5]) if len(sys.argv) > 5 else None
    main()
