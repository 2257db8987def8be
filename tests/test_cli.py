"""End-to-end test of the rclip CLI on the tiny model against open_clip itself: token ids,
text and image embeddings (PNG, JPEG, 8-bit PGM, 16-bit PGM with its window, RGBA PNG), zero-shot
probabilities, and errors (missing files, corrupt model, bad arguments) that must exit non-zero
with a message on stderr.

usage: python tests/test_cli.py RCLIP RETRIEVAL TINY_DIR [WORDPIECE_DIR]
  TINY_DIR from tests/gen_tiny.py; WORDPIECE_DIR (tests/gen_wordpiece_corpus.py) adds `rclip tokenize`
  on the BERT-family models against open_clip's HFTokenizer.
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
    # scores printed with 4 decimals; stb_image decodes JPEG a few levels away from PIL's libjpeg
    # (measured: 1.6e-4 on this score; 6e-8 when rclip reads PIL's decoding saved as PNG)
    tol = {nm: 5e-4 if nm.endswith(".jpg") else 1e-4 for nm in names}
    serr = max((abs(float(sc) - cos[names.index(Path(p).name)]) - tol[Path(p).name] for _, sc, p in rows),
               default=1.0)
    check(r.returncode == 0 and [p for _, _, p in rows] == want and serr <= 0, "retrieval example ranking", r.stderr.strip())

    (TINY / "corrupt.gguf").write_bytes((TINY / "tiny.gguf").read_bytes()[:5000])
    (TINY / "notimage.png").write_bytes(b"not an image at all")
    for args, what in [(("embed-text", str(TINY / "missing.gguf"), "x"), "missing model"),
                       (("embed-text", str(TINY / "corrupt.gguf"), "x"), "truncated model"),
                       (("embed-image", gguf, str(TINY / "missing.png")), "missing image"),
                       (("embed-image", gguf, str(TINY / "notimage.png")), "undecodable image"),
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
    print(f"cli: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    RCLIP, RETRIEVAL, TINY = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    WORDPIECE = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    main()
