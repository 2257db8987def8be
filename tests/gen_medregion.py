#!/usr/bin/env python3
"""A synthetic MedRegion-style corpus whose answers are known by construction (docs/data.md).

Each image is an 8-bit grayscale "chest scan" (sides 96, 112 or 128 px): noisy background, a
body outline, two dark lung fields, and 1-3 findings of different kinds in different named
locations:

    nodule  bright filled disk              ("bright round nodule")
    cyst    dark filled square              ("dark square cyst")
    mass    bright ring around lung tissue  ("ring-shaped mass")

Locations follow the radiological convention (the patient's right is the image's left): the
right lung field is split into upper / middle / lower lobe thirds, the left one into upper /
lower halves. A finding lies entirely inside its location's zone, so zones never share a
finding.

Per image the manifest (examples/manifest.h format) holds: the summary naming every finding,
a report with sizes and the absent kinds, one region per finding (box = the finding's pixel
bounding box; caption = kind + location) with negative captions naming the same kind in two
wrong locations and a wrong kind in the right location, and VQA pairs "is there a KIND?" ->
yes/no for every kind and "where is the KIND?" -> location for each present kind. Answers come
from the closed set ANSWERS below.

Writes OUT_DIR/images/NNNNN.png, OUT_DIR/train.txt and OUT_DIR/heldout.txt (the last
--heldout fraction of the images). Deterministic for a given --seed (same bytes).

With --labels each record also gets one `label KIND CLASS` line per kind (CLASS "a bright round
nodule" / "no nodule", ...) for rclip eval's zero-shot classification; the images and the
other lines stay the same bytes.

usage: python tests/gen_medregion.py OUT_DIR [--n 300] [--seed 0] [--heldout 0.2] [--labels]
"""
import argparse
from pathlib import Path

import numpy as np
from PIL import Image

KINDS = {"nodule": "bright round nodule", "cyst": "dark square cyst", "mass": "ring-shaped mass"}
# location -> zone (x0, y0, x1, y1) as fractions of the image; the image's left is the patient's right
LOCATIONS = {
    "right upper lobe": (0.15, 0.17, 0.45, 0.37),
    "right middle lobe": (0.15, 0.37, 0.45, 0.57),
    "right lower lobe": (0.15, 0.57, 0.45, 0.77),
    "left upper lobe": (0.55, 0.17, 0.85, 0.47),
    "left lower lobe": (0.55, 0.47, 0.85, 0.77),
}
ANSWERS = ["yes", "no"] + list(LOCATIONS)
SIDES = (96, 112, 128)
RADIUS = {"nodule": (3, 6), "cyst": (4, 7), "mass": (5, 8)}    # half-size range in pixels


def draw_scan(rng: np.random.RandomState, w: int, h: int) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    img = np.full((h, w), 20.0)
    body = ((xx - w / 2) / (0.46 * w)) ** 2 + ((yy - h / 2) / (0.44 * h)) ** 2 <= 1
    img[body] = 100.0
    for cx in (0.30, 0.70):                                     # lung fields
        lung = ((xx - cx * w) / (0.17 * w)) ** 2 + ((yy - 0.47 * h) / (0.33 * h)) ** 2 <= 1
        img[lung] = 45.0
    return img


def draw_finding(img: np.ndarray, kind: str, cx: int, cy: int, r: int) -> tuple:
    """Draws the finding and returns its box (pixel edges) as ints (x0, y0, x1, y1)."""
    h, w = img.shape
    yy, xx = np.mgrid[0:h, 0:w]
    d2 = (xx - cx) ** 2 + (yy - cy) ** 2
    if kind == "nodule":
        img[d2 <= r * r] = 220.0
    elif kind == "cyst":
        img[cy - r:cy + r + 1, cx - r:cx + r + 1] = 5.0
    else:                                                        # ring: 2 px thick
        img[(d2 <= r * r) & (d2 >= (r - 2) * (r - 2))] = 200.0
    return cx - r, cy - r, cx + r + 1, cy + r + 1


def make_record(rng: np.random.RandomState, index: int, out: Path, labels: bool = False) -> str:
    w, h = int(rng.choice(SIDES)), int(rng.choice(SIDES))
    img = draw_scan(rng, w, h)
    n = int(rng.randint(1, 4))
    kinds = list(rng.permutation(list(KINDS))[:n])
    locs = list(rng.permutation(list(LOCATIONS))[:n])
    findings = []
    for kind, loc in zip(kinds, locs):
        zx0, zy0, zx1, zy1 = LOCATIONS[loc]
        lo, hi = RADIUS[kind]
        r = int(rng.randint(lo, hi + 1))
        x_lo, x_hi = int(np.ceil(zx0 * w)) + r, int(np.floor(zx1 * w)) - r - 1
        y_lo, y_hi = int(np.ceil(zy0 * h)) + r, int(np.floor(zy1 * h)) - r - 1
        assert x_lo <= x_hi and y_lo <= y_hi, (w, h, loc, r)
        cx, cy = int(rng.randint(x_lo, x_hi + 1)), int(rng.randint(y_lo, y_hi + 1))
        findings.append((kind, loc, 2 * r + 1, draw_finding(img, kind, cx, cy, r)))
    img += rng.normal(0.0, 6.0, img.shape)
    name = f"images/{index:05d}.png"
    Image.fromarray(np.clip(np.rint(img), 0, 255).astype(np.uint8), mode="L").save(out / name)

    names = [f"{kind} in the {loc}" for kind, loc, _, _ in findings]
    absent = [k for k in KINDS if k not in kinds]
    lines = [f"image {name}", "summary " + " and ".join(names)]
    report = [f"chest scan {w}x{h}."]
    report += [f"a {KINDS[kind]} of {size} px in the {loc}." for kind, loc, size, _ in findings]
    report += [f"no {k}." for k in absent]
    lines.append("report " + " ".join(report))
    for kind, loc, _, (x0, y0, x1, y1) in findings:
        lines.append(f"region {x0} {y0} {x1} {y1} {KINDS[kind]} in the {loc}")
        wrong_locs = [l for l in LOCATIONS if l != loc]
        for l in rng.permutation(wrong_locs)[:2]:
            lines.append(f"negative {KINDS[kind]} in the {l}")
        wrong_kind = str(rng.choice([k for k in KINDS if k != kind]))
        lines.append(f"negative {KINDS[wrong_kind]} in the {loc}")
    for k in KINDS:
        lines.append(f"vqa is there a {k}?\t{'yes' if k in kinds else 'no'}")
    for kind, loc, _, _ in findings:
        lines.append(f"vqa where is the {kind}?\t{loc}")
        assert loc in ANSWERS
    for k in KINDS if labels else ():      # zero-shot classification (rclip eval): is the kind present?
        lines.append(f"label {k} {'a ' + KINDS[k] if k in kinds else 'no ' + k}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--heldout", type=float, default=0.2)
    ap.add_argument("--labels", action="store_true", help="also 'label KIND a KIND-PHRASE | no KIND' lines")
    args = ap.parse_args()
    (args.out_dir / "images").mkdir(parents=True, exist_ok=True)
    rng = np.random.RandomState(args.seed)
    records = [make_record(rng, i, args.out_dir, args.labels) for i in range(args.n)]
    n_held = int(round(args.n * args.heldout))
    header = (f"# synthetic MedRegion-style corpus (tests/gen_medregion.py --n {args.n} --seed {args.seed})\n"
              f"# vqa answers: {' | '.join(ANSWERS)}\n")
    for name, part in (("train.txt", records[:args.n - n_held]), ("heldout.txt", records[args.n - n_held:])):
        (args.out_dir / name).write_text(header + "\n" + "\n".join(part))
    print(f"{args.n} images ({args.n - n_held} train, {n_held} held out) -> {args.out_dir}")


if __name__ == "__main__":
    main()
