"""The regionclip Python package (python/), installed with pip into a throwaway directory, offline.

Asserts:
  - `pip install --no-build-isolation --no-index --target WORK/site` of a copy of python/ next to
    a copy of regionclip.h succeeds, `import regionclip` loads it from there, and python/ holds
    no copy of the header;
  - README's and docs/python.md's Python examples run;
  - tiny model (tests/gen_tiny.py) against open_clip: tokenize ids (trimmed and padded), encode_text,
    preprocess, encode_image on uint8 gray (HxW, HxWx1), RGB, RGBA and uint16 gray (default and given
    window) arrays; strided, Fortran-order, flipped, big-endian, read-only arrays and PIL images give
    the C-order copy's embedding bit for bit; encode_images equals encode_image per image;
  - golden models (tests/gen_golden.py): tokenize(pad=True) equals in.tokens, encode_text and
    encode_pixels(in.pixels) match open_clip's out.text / out.image within the C golden test's
    final-embedding tolerance (cosine >= 0.99999, max abs <= 1e-4);
  - demo model against `rclip`: regions (align, crop with a margin, templates), zeroshot (with and
    without templates, 8-bit and 16-bit gray with default and given window), vqa (with and without
    boxes) and ground (heatmap's peak pixel, peak patch and range) within rclip's 6 printed decimals;
  - two threads encoding concurrently give bit-identical results to sequential calls, the main
    thread runs Python code while another thread is inside a call (the GIL is released), and a
    finished thread's context is freed;
  - bad input raises: TypeError for float64/float32/int16/bool images and non-str texts, ValueError for
    wrong shapes, windows and modes, regionclip.Error (a RuntimeError) with the library's status and
    message for a missing, truncated or non-GGUF file, bad boxes, a bad margin, an oversized text and
    VQA without a head; a closed model raises ValueError.

usage: python tests/test_python.py RCLIP DEMO.gguf TINY_DIR GOLDEN_DIR WORK_DIR
"""
import gc
import json
import os
import pickle
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

import gguf
import numpy as np
import open_clip
import torch
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from checks import Checks  # noqa: E402
from test_demo import read_record  # noqa: E402

GOLDEN_MODELS = ["vit-b-32", "biomedclip-small"]
check = Checks()


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def close_rows(got: np.ndarray, want: np.ndarray) -> tuple[bool, str]:
    """The C golden test's final-embedding tolerance, per row."""
    if got.shape != want.shape:
        return False, f"shape {got.shape} vs {want.shape}"
    worst = min(cosine(g, w) for g, w in zip(got, want))
    err = float(np.abs(got - want).max())
    return worst >= 0.99999 and err <= 1e-4, f"worst cos {worst:.8f} max abs {err:.2e}"


def window_to_u8(v: np.ndarray, center: float, width: float) -> np.ndarray:
    """The window rc_image documents: clamp((v - (c - w/2)) / w, 0, 1) * 255, rounded half up."""
    x = np.clip((v.astype(np.float64) - (center - width / 2)) / width, 0.0, 1.0) * 255.0
    return np.floor(x + 0.5).astype(np.uint8)


def rclip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RCLIP, *args], capture_output=True, text=True)


def raises(kind: type, fn: Callable[[], Any], what: str, status: str = "") -> None:
    try:
        fn()
    except Exception as e:      # noqa: BLE001 - the type is what is checked
        ok = type(e) is kind and len(str(e)) > 0 and (not status or getattr(e, "status", "") == status)
        check(ok, f"bad input: {what} -> {type(e).__name__}: {str(e)[:90]}")
        return
    check(False, f"bad input: {what} -> no exception")


# ----------------------------------------------------------------------------------------------

def install() -> Any:
    src = WORK / "src"
    for old in (src, WORK / "site"):
        shutil.rmtree(old, ignore_errors=True)
    shutil.copytree(ROOT / "python", src / "python", ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    shutil.copyfile(ROOT / "regionclip.h", src / "regionclip.h")
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-build-isolation", "--no-deps", "--no-index",
                        "--disable-pip-version-check", "-q", "--target", str(WORK / "site"), str(src / "python")],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"pip install --target {WORK / 'site'} {r.stderr.strip()[-300:]}")
    check(not (ROOT / "python" / "regionclip.h").exists(), "python/ holds no copy of regionclip.h")
    if r.returncode != 0:
        return None
    sys.path.insert(0, str(WORK / "site"))
    import regionclip
    check(Path(regionclip.__file__).resolve().is_relative_to((WORK / "site").resolve()),
          f"import regionclip from the install ({regionclip.__file__}, version {regionclip.__version__})")
    return regionclip


def check_tiny(rc: Any) -> None:
    cfg = json.loads((TINY / "tiny_config.json").read_text())
    model = open_clip.CLIP(**cfg["model_cfg"]).eval()
    model.load_state_dict(torch.load(TINY / "tiny.pt"))
    pre = cfg["preprocess_cfg"]
    preprocess = open_clip.image_transform(cfg["model_cfg"]["vision_cfg"]["image_size"], is_train=False,
                                           mean=pre["mean"], std=pre["std"])
    tokenizer = open_clip.get_tokenizer("ViT-B-32")
    m = rc.Model(TINY / "tiny.gguf")

    texts = ["a nodule in the right upper lobe", "Normal chest X-ray, no acute findings.", "",
             "Café MRI: T2 3.5mm &amp; <b>ADC</b> résumé 😀 " * 12]
    for text in texts:
        ids = [int(i) for i in tokenizer([text])[0]]
        trimmed = ids[: ids.index(49407) + 1]          # up to the end token
        check(m.tokenize(text) == trimmed and m.tokenize(text, pad=True) == ids, f"tokenize {text[:30]!r} ({len(trimmed)} ids)")
    with torch.inference_mode():
        ref = model.encode_text(tokenizer(texts), normalize=True).numpy()
    ok, detail = close_rows(m.encode_text(texts), ref)
    check(ok, f"encode_text {len(texts)} texts vs open_clip: {detail}")

    rng = np.random.default_rng(0)
    ramp = (np.arange(45 * 33).reshape(45, 33) * 37 % 4000 + 100).astype(np.uint16)
    cases: list[tuple[str, np.ndarray, Any, Image.Image]] = []
    rgb = rng.integers(0, 256, (40, 50, 3), dtype=np.uint8)
    cases.append(("uint8 RGB 40x50x3", rgb, None, Image.fromarray(rgb)))
    gray = rng.integers(0, 256, (37, 61), dtype=np.uint8)
    cases.append(("uint8 gray 37x61", gray, None, Image.fromarray(gray)))
    cases.append(("uint8 gray 37x61x1", gray[:, :, None], None, Image.fromarray(gray)))
    rgba = rng.integers(0, 256, (30, 30, 4), dtype=np.uint8)
    cases.append(("uint8 RGBA 30x30x4", rgba, None, Image.fromarray(rgba, "RGBA")))
    mid, span = (int(ramp.min()) + int(ramp.max())) / 2, int(ramp.max()) - int(ramp.min())
    cases.append(("uint16 gray, default window", ramp, None, Image.fromarray(window_to_u8(ramp, mid, span))))
    cases.append(("uint16 gray, window (1000, 800)", ramp, (1000, 800), Image.fromarray(window_to_u8(ramp, 1000, 800))))
    for what, arr, window, pil in cases:
        with torch.inference_mode():
            want = model.encode_image(preprocess(pil).unsqueeze(0), normalize=True).numpy()
        ok, detail = close_rows(m.encode_image(arr, window=window)[None], want)
        check(ok, f"encode_image {what} vs open_clip: {detail}")
    p = m.preprocess(rgb)
    err = float(np.abs(p - preprocess(Image.fromarray(rgb)).numpy()).max())
    check(err <= 1e-6, f"preprocess vs open_clip's transform: max abs {err:.2e}")

    big = rng.integers(0, 256, (90, 120, 3), dtype=np.uint8)
    big16 = (rng.integers(0, 4096, (64, 80)) * 16).astype(np.uint16)
    layouts = [("crop view (strided rows)", big[10:70, 20:95], None),
               ("every other pixel", big[::2, ::3], None),
               ("Fortran order", np.asfortranarray(big), None),
               ("flipped (negative strides)", big[::-1, ::-1], None),
               ("channels-first transposed", np.ascontiguousarray(big.transpose(2, 0, 1)).transpose(1, 2, 0), None),
               ("uint16 crop view", big16[5:50, 7:70], None),
               ("big-endian uint16", big16.astype(">u2"), (30000, 40000))]
    for what, arr, window in layouts:
        same = np.array_equal(m.encode_image(arr, window=window), m.encode_image(np.array(arr, order="C"), window=window))
        check(same, f"{what}: same embedding as its C-order copy")
    ro = big.copy()
    ro.setflags(write=False)
    check(np.array_equal(m.encode_image(ro), m.encode_image(big)), "read-only array")
    check(np.array_equal(m.encode_image(Image.fromarray(big)), m.encode_image(big)), "a PIL image directly")
    imgs = [rgb, gray, rgba, big]
    batch = m.encode_images(imgs)
    check(all(np.array_equal(batch[k], m.encode_image(im)) for k, im in enumerate(imgs)),
          "encode_images of 4 images equals encode_image of each")
    check_bad_input(rc, m)
    m.close()


def check_golden(rc: Any, name: str) -> None:
    r = gguf.GGUFReader(str(GOLDEN / f"{name}.golden.gguf"))
    field = r.fields["golden.texts"]
    texts = [bytes(field.parts[i]).decode() for i in field.data]
    t = {x.name: np.array(x.data) for x in r.tensors}
    with rc.Model(GOLDEN / f"{name}.gguf") as m:
        tok_ok = all(m.tokenize(text, pad=True) == [int(v) for v in t["in.tokens"][i]] for i, text in enumerate(texts))
        check(tok_ok, f"{name}: tokenize(pad=True) equals open_clip's ids for {len(texts)} texts")
        ref = t["out.text"] / np.linalg.norm(t["out.text"], axis=1, keepdims=True)
        ok, detail = close_rows(m.encode_text(texts), ref)
        check(ok, f"{name}: encode_text vs open_clip out.text: {detail}")
        ref = t["out.image"] / np.linalg.norm(t["out.image"], axis=1, keepdims=True)
        ok, detail = close_rows(m.encode_pixels(t["in.pixels"].astype(np.float32)), ref)
        check(ok, f"{name}: encode_pixels(in.pixels) vs open_clip out.image: {detail}")


# ----------------------------------------------------------------------------------------------

def parse_blocks(stdout: str) -> list[tuple[str, dict[str, tuple[float, float]]]]:
    """`rclip regions` -> [(header, {text: (cosine, probability)}), ...]."""
    blocks: list[tuple[str, dict[str, tuple[float, float]]]] = []
    for line in stdout.splitlines():
        f = line.split("\t")
        if len(f) == 1:
            blocks.append((line, {}))
        elif blocks:
            blocks[-1][1][f[0]] = (float(f[1]), float(f[2]))
    return blocks


def check_demo(rc: Any) -> None:
    rec = read_record(WEIGHTS / "demo-scan.txt")
    png = WEIGHTS / rec["image"]
    scan = np.asarray(Image.open(png))
    m = rc.Model(DEMO)
    boxes = [[float(v) for v in g["box"].split(",")] for g in rec["regions"]]
    box_args = [a for g in rec["regions"] for a in ("--box", g["box"])]
    texts = list(dict.fromkeys([g["caption"] for g in rec["regions"]] + rec["regions"][0]["negatives"]))
    templates = ["a scan with {}.", "{}"]
    tmpl_args = [a for tp in templates for a in ("--template", tp)]
    for mode, margin, tmpl in (("align", 0.1, None), ("crop", 0.1, None), ("crop", 0.35, None), ("align", 0.1, templates)):
        r = rclip(*(tmpl_args if tmpl else []), "regions", str(DEMO), str(png), *box_args, "--mode", mode,
                  "--margin", str(margin), *texts)
        got = m.regions(scan, boxes, texts, mode=mode, margin=margin, templates=tmpl)
        blocks = parse_blocks(r.stdout) if r.returncode == 0 else []
        rows = [(got.cosine[k], got.probs[k]) for k in range(len(boxes))] + [(got.fused_cosine, got.fused_probs)]
        err = 1.0 if len(blocks) != len(rows) or blocks[-1][0] != "image (fused)" else 0.0
        for (_, scores), (cos, probs) in zip(blocks, rows):
            for k, text in enumerate(texts):
                c, p = scores.get(text, (9.0, 9.0))
                err = max(err, abs(c - float(cos[k])), abs(p - float(probs[k])))
        check(r.returncode == 0 and err <= 1e-5 and got.embeddings.shape == (len(boxes), m.info.embed_dim),
              f"regions mode={mode} margin={margin}{' templates' if tmpl else ''}: {len(boxes)} boxes x "
              f"{len(texts)} texts + fused vs rclip, max err {err:.1e} {r.stderr.strip()}")

    summary = rec["summary"]
    labels = [summary, "no finding", summary.replace("right", "left"), summary.replace("nodule", "mass")]
    scan16 = scan.astype(np.uint16) * 201 + 1000
    png16 = WORK / "scan16.png"
    Image.fromarray(scan16).save(png16)
    for what, img, path, window, tmpl in (("8-bit", scan, png, None, None), ("8-bit, templates", scan, png, None, templates),
                                          ("16-bit, default window", scan16, png16, None, None),
                                          ("16-bit, window 20000,30000", scan16, png16, (20000, 30000), None)):
        pre = (["--window", f"{window[0]},{window[1]}"] if window else []) + (tmpl_args if tmpl else [])
        r = rclip(*pre, "zeroshot", str(DEMO), str(path), *labels)
        want = dict(line.rsplit("\t", 1) for line in r.stdout.splitlines()) if r.returncode == 0 else {}
        got = m.zeroshot(img, labels, templates=tmpl, window=window)
        err = max((abs(float(want.get(lab, 9)) - float(p)) for lab, p in zip(labels, got)), default=1.0)
        check(r.returncode == 0 and err <= 1e-5 and abs(float(got.sum()) - 1) < 1e-5,
              f"zeroshot {what}: {len(labels)} labels vs rclip, max err {err:.1e} {r.stderr.strip()}")

    for question, _ in rec["vqa"][:3]:
        for with_boxes, mode in ((False, "align"), (True, "align"), (True, "crop")):
            args = (box_args if with_boxes else []) + ["--mode", mode]
            r = rclip("vqa", str(DEMO), str(png), *args, question)
            want = {a: float(p) for a, p in (line.rsplit("\t", 1) for line in r.stdout.splitlines())} if r.returncode == 0 else {}
            got = m.vqa(scan, question, boxes if with_boxes else None, mode=mode)
            err = max((abs(want.get(a, 9) - p) for a, p in got), default=1.0)
            in_order = [p for _, p in got] == sorted((p for _, p in got), reverse=True)
            check(r.returncode == 0 and sorted(want) == sorted(m.answers) == sorted(a for a, _ in got) and err <= 1e-5
                  and in_order, f"vqa {question!r} {'boxes, ' + mode if with_boxes else 'no boxes'}: "
                                f"{len(got)} answers vs rclip, max err {err:.1e}")

    for text, tmpl in ((rec["regions"][1]["caption"], None), ("dark square cyst", templates)):
        out = WORK / "heat.png"
        r = rclip(*(tmpl_args if tmpl else []), "heatmap", str(DEMO), str(png), text, str(out))
        lines = {f[0]: f[1:] for f in (line.split("\t") for line in r.stdout.splitlines())}
        mp, grid = m.ground(scan, text, templates=tmpl, grid=True)
        G = m.info.image_size // m.info.patch_size
        flat = np.where(np.isnan(mp), -np.inf, mp).ravel()
        peak, gpeak = int(np.argmax(flat)), int(np.argmax(grid.ravel()))
        want_peak, want_patch, want_range = lines.get("peak", []), lines.get("peak patch", []), lines.get("range", [])
        ok = (r.returncode == 0 and mp.shape == scan.shape and grid.shape == (G, G) and np.isnan(mp).any()
              and want_peak[:2] == [str(peak % mp.shape[1]), str(peak // mp.shape[1])]
              and abs(float(want_peak[2]) - flat[peak]) <= 1e-5
              and want_patch[:2] == [str(gpeak % G), str(gpeak // G)] and abs(float(want_patch[2]) - grid.max()) <= 1e-5
              and abs(float(want_range[0]) - np.nanmin(mp)) <= 1e-5 and abs(float(want_range[1]) - np.nanmax(mp)) <= 1e-5)
        check(ok, f"ground {text!r}{' templates' if tmpl else ''} vs rclip heatmap: peak {want_peak}, patch {want_patch}, "
                  f"range {want_range}; python peak ({peak % mp.shape[1]}, {peak // mp.shape[1]}) {flat[peak]:.6f}")
    check_threads(m, scan)
    m.close()


def check_threads(m: Any, scan: np.ndarray) -> None:
    rng = np.random.default_rng(7)
    images = [scan, rng.integers(0, 256, (150, 130, 3), dtype=np.uint8)]
    texts = [["a bright round nodule", "no finding"], ["dark square cyst in the right lower lobe"]]
    boxes = [[29, 64, 42, 77], [65, 63, 76, 74]]

    def work(k: int) -> list[np.ndarray]:
        return [m.encode_image(images[k]), m.encode_text(texts[k]),
                m.regions(images[0], boxes, texts[k], mode="crop" if k else "align").fused_embedding,
                m.ground(images[k], texts[k][0])]

    want = [work(0), work(1)]
    rounds = 4
    results: list[list[list[np.ndarray]]] = [[], []]
    start = threading.Barrier(2)

    def run(k: int) -> None:
        start.wait()
        for _ in range(rounds):
            results[k].append(work(k))

    threads = [threading.Thread(target=run, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    same = all(len(results[k]) == rounds and all(
        all(np.array_equal(a, b, equal_nan=True) for a, b in zip(res, want[k])) for res in results[k]) for k in range(2))
    check(same, f"2 threads x {rounds} rounds (image, texts, regions, ground) equal sequential calls bit for bit")
    # While a thread is inside a long call, the main thread keeps running Python code; a call
    # holding the GIL would stop it for the whole call (ctypes.PyDLL: none in the middle halves).
    pixels = np.repeat(m.preprocess(scan)[None], 64, 0)
    spans: list[tuple[float, float]] = []
    ticks: list[float] = []
    done = threading.Event()

    def long_calls() -> None:
        for _ in range(3):
            t0 = time.perf_counter()
            m.encode_pixels(pixels)
            spans.append((t0, time.perf_counter()))
        done.set()

    worker = threading.Thread(target=long_calls)
    worker.start()
    while not done.is_set():
        ticks.append(time.perf_counter())
    worker.join()
    inside = [sum(1 for t in ticks if a + (b - a) / 4 < t < b - (b - a) / 4) for a, b in spans]
    check(all(n > 0 for n in inside), f"the main thread runs during another thread's calls (GIL released): "
                                      f"{inside} loop turns in the middle half of 3 calls of {[f'{b - a:.3f}' for a, b in spans]} s")
    gc.collect()
    check(len(m._contexts) == 1, f"the finished threads' contexts are freed ({len(m._contexts)} left: the main thread's)")


# ----------------------------------------------------------------------------------------------

def check_bad_input(rc: Any, m: Any) -> None:
    img = np.zeros((20, 30, 3), np.uint8)
    raises(TypeError, lambda: m.encode_image(np.zeros((20, 30, 3))), "float64 image")
    raises(TypeError, lambda: m.encode_image(np.zeros((20, 30), np.float32)), "float32 image")
    raises(TypeError, lambda: m.encode_image(np.zeros((20, 30), np.int16)), "int16 image")
    raises(TypeError, lambda: m.encode_image(np.zeros((20, 30), bool)), "bool image")
    raises(TypeError, lambda: m.encode_image(np.zeros((20, 30, 3), np.uint16)), "uint16 RGB image")
    raises(TypeError, lambda: m.encode_image([[1, 2], [3, 4]]), "a list of ints (int64)")
    raises(ValueError, lambda: m.encode_image(np.zeros(30, np.uint8)), "1-D array")
    raises(ValueError, lambda: m.encode_image(np.zeros((2, 20, 30, 3), np.uint8)), "4-D array")
    raises(ValueError, lambda: m.encode_image(np.zeros((20, 30, 2), np.uint8)), "2 channels")
    raises(ValueError, lambda: m.encode_image(np.zeros((0, 30, 3), np.uint8)), "0 rows")
    raises(ValueError, lambda: m.encode_image(np.zeros((1, 70000), np.uint8)), "a side over 65535")
    raises(ValueError, lambda: m.encode_image(img, window=(100, 50)), "window on a uint8 image")
    raises(ValueError, lambda: m.encode_image(np.zeros((9, 9), np.uint16), window=(100, 0)), "window width 0")
    raises(ValueError, lambda: m.encode_image(np.zeros((9, 9), np.uint16), window=(float("nan"), 10)), "NaN window")
    raises(TypeError, lambda: m.encode_image(np.zeros((9, 9), np.uint16), window=5), "window not a pair")
    raises(TypeError, lambda: m.encode_pixels(np.zeros((1, 3, 32, 32))), "float64 pixels")
    raises(ValueError, lambda: m.encode_pixels(np.zeros((1, 3, 31, 32), np.float32)), "pixels of the wrong size")
    raises(rc.Error, lambda: m.encode_pixels(np.full((1, 3, 32, 32), np.nan, np.float32)), "NaN pixels", "RC_ERR_VALUE")
    raises(TypeError, lambda: m.encode_text([1, 2]), "texts of ints")
    raises(TypeError, lambda: m.tokenize(42), "tokenize(42)")
    raises(ValueError, lambda: m.encode_text(["a\0b"]), "text with a NUL")
    raises(ValueError, lambda: m.tokenize("bad \udcff utf8"), "lone surrogate (not UTF-8)")
    raises(rc.Error, lambda: m.encode_text(["x" * ((1 << 20) + 1)]), "text over RC_TEXT_MAX_BYTES", "RC_ERR_TOO_LONG")
    raises(ValueError, lambda: m.zeroshot(img, []), "zeroshot without labels")
    raises(rc.Error, lambda: m.regions(img, [[40, 2, 50, 10]], ["x"]), "box outside the image", "RC_ERR_VALUE")
    raises(rc.Error, lambda: m.regions(img, [[10, 2, 5, 10]], ["x"]), "inverted box", "RC_ERR_VALUE")
    raises(rc.Error, lambda: m.regions(img, [[float("nan"), 2, 5, 10]], ["x"]), "NaN box", "RC_ERR_VALUE")
    raises(ValueError, lambda: m.regions(img, [[1, 2, 3]], ["x"]), "box of 3 numbers")
    raises(ValueError, lambda: m.regions(img, [[1, 2, 9, 9]], ["x"], mode="zoom"), "mode 'zoom'")
    raises(rc.Error, lambda: m.regions(img, [[1, 2, 9, 9]], ["x"], mode="crop", margin=-1), "margin -1", "RC_ERR_VALUE")
    raises(rc.Error, lambda: m.vqa(img, "is there a nodule?"), "vqa on a model without a VQA head", "RC_ERR_MISSING")
    raises(rc.Error, lambda: rc.Model(WORK / "missing.gguf"), "nonexistent model file", "RC_ERR_IO")
    (WORK / "truncated.gguf").write_bytes((TINY / "tiny.gguf").read_bytes()[:5000])
    raises(rc.Error, lambda: rc.Model(WORK / "truncated.gguf"), "truncated GGUF (mmap)", "RC_ERR_TRUNCATED")
    raises(rc.Error, lambda: rc.Model(WORK / "truncated.gguf", mmap=False), "truncated GGUF (read)", "RC_ERR_TRUNCATED")
    (WORK / "notgguf.gguf").write_bytes(b"this is not a model file at all")
    raises(rc.Error, lambda: rc.Model(WORK / "notgguf.gguf"), "not a GGUF file", "RC_ERR_MAGIC")
    check(issubclass(rc.Error, RuntimeError), "regionclip.Error is a RuntimeError")
    try:
        rc.Model(WORK / "notgguf.gguf")
    except rc.Error as e:
        back = pickle.loads(pickle.dumps(e))
        check(str(back) == str(e) and back.status == e.status == "RC_ERR_MAGIC", f"an Error pickles: {back}")
    with rc.Model(TINY / "tiny.gguf") as other:
        other.encode_text(["x"])
    raises(ValueError, lambda: other.encode_text(["x"]), "a closed model")
    other.close()                                   # twice is fine


def check_examples() -> None:
    """README's Python example and docs/python.md's first one run as written with the install."""
    for doc, after in ((ROOT / "README.md", "## Use it from Python"), (ROOT / "docs" / "python.md", "## Example")):
        text = doc.read_text(encoding="utf-8")
        body = text[text.find(after):] if after in text else ""
        code = body.split("```python\n", 1)[1].split("```", 1)[0] if "```python\n" in body else ""
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(WORK / "site")})
        check(bool(code) and r.returncode == 0, f"{doc.relative_to(ROOT)}: the Python example under '{after}' runs "
                                                f"{r.stderr.strip()[-200:]}")


def main() -> int:
    rc = install()
    if rc is None:
        return check.summary("python")
    check_examples()
    check_tiny(rc)
    for name in GOLDEN_MODELS:
        check_golden(rc, name)
    check_demo(rc)
    return check.summary("python")


if __name__ == "__main__":
    RCLIP, DEMO, TINY, GOLDEN, WORK = sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5])
    WEIGHTS = DEMO.parent
    sys.exit(main())
