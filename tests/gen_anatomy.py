#!/usr/bin/env python3
"""A real-anatomy corpus: 2-D slices of an MNI-space T1 brain with AAL atlas regions (docs/data.md).

Sources (read at build time, never copied into the repository): Debian's `mricron-data`
(/usr/share/mricron/templates): the Colin27 T1 `ch2.nii.gz` and the AAL atlas `aal.nii.gz`
(116 labels, names in `aal.nii.txt`), both on the same 1 mm MNI grid. `--t1` may name another
MNI-space T1 (a .nii/.nii.gz, or a wheel holding one: `WHEEL.whl:member`, e.g. nilearn's
MNI152 2009a template); it is resampled onto the atlas grid (trilinear, through both affines).

Per sample: a plane (axial, coronal, sagittal, in turn), a slice position (mm), a view
(rotation +-8 degrees, scale 0.9-1.1, shift; axial and coronal views may be flipped left-right
with every side in the labels swapped, so the image keeps the radiological convention: the
patient's right on the image's left) resampled to a SIZE x SIZE 8-bit image, then an intensity
window and gamma, a smooth bias field and Gaussian noise. Regions: up to 4 atlas structures
(AAL labels grouped into STRUCTURES, each the largest connected piece of the structure in the
slice, at least MIN_AREA pixels), caption "left hippocampus", three hard negatives (the other
side — not on sagittal slices, where the side cannot be seen — and other structures of the same
side, preferring ones in the slice); with probability --lesion a synthetic lesion (a hyper- or
hypointense disk) inside one selected structure, as the first region ("hyperintense lesion in
the left thalamus"; negatives: other side, other structure, other kind). Summary: the plane and
the regions' structures; report: every visible structure and the lesion. VQA: the plane, whether
there is a lesion, its structure and side, whether a structure is visible. Zero-shot labels, one
class per task, `label TASK CLASS` (rclip eval's format): `plane axial|coronal|sagittal`,
`lesion no lesion|hyperintense lesion|hypointense lesion`,
`lesion_site left thalamus` (lesion slices), and per deep structure (hippocampus, amygdala,
thalamus, caudate nucleus, putamen, globus pallidus, insula; either side) `hippocampus
hippocampus|no hippocampus`, `caudate_nucleus ...`; as comments (`# label plane
axial`) with --label-comments, for readers without the `label` keyword; and one comment per
visible structure, `# visible left putamen` (a multi-label "structure present" list).

Splits by slice position, not at random: positions p (mm, along the plane's axis) with
floor((p + 200) / 10) % 5 == 2 (10 mm bands every 50 mm) are held out, training positions keep
3 mm away from them. `--heldout-only` writes only held-out slices (for an unseen brain).

Writes OUT_DIR/images/NNNNN.png, OUT_DIR/train.txt and OUT_DIR/heldout.txt. Deterministic for
a given --seed and sources (same bytes).

usage: python tests/gen_anatomy.py OUT_DIR [--n 300] [--seed 0] [--size 160] [--lesion 0.35]
                                   [--t1 PATH|WHEEL:MEMBER] [--templates DIR] [--heldout-only] [--label-comments]
"""
import argparse
import gzip
import zipfile
from pathlib import Path

import nibabel as nib
import numpy as np
from PIL import Image
from scipy import ndimage

TEMPLATES = Path("/usr/share/mricron/templates")
PLANES = ("axial", "coronal", "sagittal")
# caption name -> AAL name prefixes (without _L / _R); AAL labels not listed are not used
STRUCTURES = {
    "hippocampus": ["Hippocampus"], "amygdala": ["Amygdala"], "thalamus": ["Thalamus"],
    "caudate nucleus": ["Caudate"], "putamen": ["Putamen"], "globus pallidus": ["Pallidum"],
    "insula": ["Insula"], "precentral gyrus": ["Precentral"], "postcentral gyrus": ["Postcentral"],
    "superior frontal gyrus": ["Frontal_Sup"], "middle frontal gyrus": ["Frontal_Mid"],
    "inferior frontal gyrus": ["Frontal_Inf_Oper", "Frontal_Inf_Tri"],
    "orbitofrontal cortex": ["Frontal_Sup_Orb", "Frontal_Mid_Orb", "Frontal_Inf_Orb", "Frontal_Med_Orb", "Rectus"],
    "medial frontal gyrus": ["Frontal_Sup_Medial"], "supplementary motor area": ["Supp_Motor_Area"],
    "anterior cingulate": ["Cingulum_Ant"], "middle cingulate": ["Cingulum_Mid"], "posterior cingulate": ["Cingulum_Post"],
    "superior temporal gyrus": ["Temporal_Sup"], "middle temporal gyrus": ["Temporal_Mid"],
    "inferior temporal gyrus": ["Temporal_Inf"], "temporal pole": ["Temporal_Pole_Sup", "Temporal_Pole_Mid"],
    "parahippocampal gyrus": ["ParaHippocampal"], "fusiform gyrus": ["Fusiform"], "lingual gyrus": ["Lingual"],
    "calcarine cortex": ["Calcarine"], "cuneus": ["Cuneus"], "occipital cortex": ["Occipital_Sup", "Occipital_Mid", "Occipital_Inf"],
    "precuneus": ["Precuneus"], "superior parietal lobule": ["Parietal_Sup"], "inferior parietal lobule": ["Parietal_Inf"],
    "supramarginal gyrus": ["SupraMarginal"], "angular gyrus": ["Angular"],
    "cerebellar hemisphere": ["Cerebelum"],
}
DEEP = {"hippocampus", "amygdala", "thalamus", "caudate nucleus", "putamen", "globus pallidus", "insula"}
LESIONS = ("hyperintense", "hypointense")
SIDES = ("left", "right")
ANSWERS = ["yes", "no", *PLANES, *SIDES, *STRUCTURES]
MIN_AREA = 40                   # pixels of the largest piece of a structure, at --size 160
FOV = 180.0                     # mm across the square view (the brain is ~140 x 175 x 140 mm)
CENTER = np.array([0.0, -18.0, 8.0])   # mm, MNI: the view's centre for every plane


def load_nifti(spec: str) -> nib.Nifti1Image:
    """A NIfTI file, or WHEEL.whl:MEMBER read out of a wheel (zip) without unpacking it."""
    if ".whl:" in spec:
        wheel, member = spec.split(".whl:", 1)
        data = zipfile.ZipFile(wheel + ".whl").read(member)
        if member.endswith(".gz"):
            data = gzip.decompress(data)
        return nib.Nifti1Image.from_bytes(data)
    return nib.load(spec)


def atlas_groups(names_txt: Path) -> dict[int, tuple[str, str]]:
    """AAL label id -> (side, structure caption name)."""
    groups: dict[int, tuple[str, str]] = {}
    for line in names_txt.read_text().splitlines():
        if len(line.split()) < 2:
            continue
        idx, name = line.split()[:2]
        base, _, side = name.rpartition("_")
        if side not in ("L", "R"):
            continue                       # the vermis: midline, no side
        for caption, prefixes in STRUCTURES.items():
            if any(base == p or (p == "Cerebelum" and base.startswith(p)) for p in prefixes):
                groups[int(idx)] = ("left" if side == "L" else "right", caption)
    return groups


def t1_on_atlas_grid(t1: nib.Nifti1Image, atlas: nib.Nifti1Image) -> np.ndarray:
    """The T1 sampled at the atlas' voxel centres (world coordinates through both affines),
    scaled so the brain's (atlas > 0) 1st and 99th percentiles become 0 and 1."""
    data = np.asanyarray(t1.dataobj).astype(np.float32)
    if t1.shape[:3] != atlas.shape or not np.allclose(t1.affine, atlas.affine):
        ijk = np.indices(atlas.shape, dtype=np.float64).reshape(3, -1)
        vox = np.linalg.inv(t1.affine) @ atlas.affine @ np.vstack([ijk, np.ones(ijk.shape[1])])
        data = ndimage.map_coordinates(data, vox[:3], order=1, cval=0.0).reshape(atlas.shape).astype(np.float32)
    lab = np.asanyarray(atlas.dataobj) > 0
    lo, hi = np.percentile(data[lab], [1, 99])
    return (data - lo) / (hi - lo)


def is_heldout(p: float) -> bool:
    return int(np.floor((p + 200) / 10)) % 5 == 2


def near_heldout(p: float) -> bool:
    return any(is_heldout(p + d) for d in (-3, 0, 3))


def view(vol: np.ndarray, lab: np.ndarray, inv_aff: np.ndarray, plane: int, pos: float, size: int,
         angle: float, scale: float, shift: np.ndarray, flip: bool) -> tuple[np.ndarray, np.ndarray]:
    """The slice at world position pos along the plane's axis, as seen on screen: image column
    u to the image's right, row v down. Axial: u = patient's left (x up), v = posterior (y
    down); coronal: u = x, v = inferior (z down); sagittal: u = posterior (y down), v = z down."""
    h = FOV / size
    c = (np.arange(size) - (size - 1) / 2) * h
    U, V = np.meshgrid(c, c)              # U[v, u], V[v, u]: mm on screen
    a = np.deg2rad(angle)
    us = (np.cos(a) * U - np.sin(a) * V) / scale + shift[0]
    vs = (np.sin(a) * U + np.cos(a) * V) / scale + shift[1]
    if flip:
        us = -us
    world = np.empty((3, size, size))
    if plane == 0:                        # axial: z = pos
        world[0], world[1] = CENTER[0] - us, CENTER[1] - vs      # radiological: image left = patient right (+x)
        world[2] = pos
    elif plane == 1:                      # coronal: y = pos
        world[0], world[2] = CENTER[0] - us, CENTER[2] - vs
        world[1] = pos
    else:                                 # sagittal: x = pos, anterior on the image's left
        world[1], world[2] = CENTER[1] - us, CENTER[2] - vs
        world[0] = pos
    pts = np.vstack([world.reshape(3, -1), np.ones(size * size)])
    vox = (inv_aff @ pts)[:3]
    img = ndimage.map_coordinates(vol, vox, order=1, cval=0.0).reshape(size, size)
    labels = ndimage.map_coordinates(lab, vox, order=0, cval=0).reshape(size, size)
    return img, labels


def pieces(labels: np.ndarray, groups: dict[int, tuple[str, str]], flip: bool, min_area: int) -> dict:
    """(side, structure) -> (mask of its largest connected piece, box) for the visible ones."""
    out = {}
    members: dict[tuple[str, str], list[int]] = {}
    for idx, (side, name) in groups.items():
        if flip:
            side = "right" if side == "left" else "left"
        members.setdefault((side, name), []).append(idx)
    for key in sorted(members):
        mask = np.isin(labels, members[key])
        if mask.sum() < min_area:
            continue
        comp, n = ndimage.label(mask)
        sizes = ndimage.sum(mask, comp, range(1, n + 1))
        k = int(np.argmax(sizes)) + 1
        if sizes[k - 1] < min_area:
            continue
        piece = comp == k
        ys, xs = np.nonzero(piece)
        out[key] = (piece, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1))
    return out


def order_key(key: tuple[str, str]) -> tuple[int, int]:
    side, name = key
    return list(STRUCTURES).index(name), SIDES.index(side)


def text(key: tuple[str, str]) -> str:
    return f"{key[0]} {key[1]}"


def negatives(rng: np.random.RandomState, key: tuple[str, str], present: list, plane: str, prefix: str = "") -> list[str]:
    """Three hard negatives of a region caption: the other side (not on sagittal slices), then
    other structures of the same side, those in the slice first."""
    side, name = key
    out = []
    if plane != "sagittal":
        out.append(prefix + text(("right" if side == "left" else "left", name)))
    here = [n for s, n in present if s == side and n != name]
    elsewhere = [n for n in STRUCTURES if n != name and n not in here]
    others = list(rng.permutation(here)) + list(rng.permutation(elsewhere))
    for n in others:
        if len(out) == 3:
            break
        out.append(prefix + text((side, n)))
    return out


def make_record(rng: np.random.RandomState, index: int, out: Path, vol: np.ndarray, lab: np.ndarray,
                inv_aff: np.ndarray, groups: dict, extent: np.ndarray, heldout: bool, size: int,
                p_lesion: float, label: str) -> str:
    plane = index % 3
    pname = PLANES[plane]
    axis = (2, 1, 0)[plane]
    lo, hi = extent[axis]
    while True:                                     # a position of the wanted split
        pos = float(rng.randint(int(lo) + 6, int(hi) - 5))
        if (is_heldout(pos) if heldout else not near_heldout(pos)):
            break
    angle, scale = rng.uniform(-8, 8), rng.uniform(0.9, 1.1)
    shift = rng.uniform(-6, 6, 2)
    flip = plane != 2 and rng.rand() < 0.5
    img, labels = view(vol, lab, inv_aff, plane, pos, size, angle, scale, shift, flip)
    min_area = int(round(MIN_AREA * (size / 160) ** 2))
    vis = pieces(labels, groups, flip, min_area)
    keys = sorted(vis, key=order_key)
    weights = np.array([3.0 if n in DEEP else 1.0 for _, n in keys])
    chosen = [] if not keys else [keys[i] for i in rng.choice(len(keys), min(len(keys), 4 if rng.rand() < 0.5 else 3),
                                                               replace=False, p=weights / weights.sum())]
    chosen.sort(key=order_key)
    lesion = None
    if chosen and rng.rand() < p_lesion:
        target = chosen[int(rng.randint(len(chosen)))]
        r = float(rng.uniform(2.5, 4.5)) * size / 160
        dist = ndimage.distance_transform_edt(vis[target][0])
        ys, xs = np.nonzero(dist >= min(r, dist.max()))
        k = int(rng.randint(len(ys)))
        cy, cx = float(ys[k]), float(xs[k])
        kind = LESIONS[int(rng.randint(2))]
        yy, xx = np.mgrid[0:size, 0:size]
        disk = np.clip(r + 0.5 - np.hypot(xx - cx, yy - cy), 0.0, 1.0)      # anti-aliased edge
        img = img * (1 - disk) + disk * (1.35 if kind == "hyperintense" else 0.05)
        box = (max(0, int(np.floor(cx - r))), max(0, int(np.floor(cy - r))),
               min(size, int(np.ceil(cx + r)) + 1), min(size, int(np.ceil(cy + r)) + 1))
        lesion = (kind, target, box, 2 * r * FOV / size)
    # intensity: window, gamma, bias field, noise
    w_lo, w_hi, gamma = rng.uniform(-0.05, 0.1), rng.uniform(0.95, 1.3), rng.uniform(0.8, 1.25)
    x = np.clip((img - w_lo) / (w_hi - w_lo), 0, None) ** gamma
    yy, xx = np.mgrid[0:size, 0:size] / (size - 1) - 0.5
    coef = rng.uniform(-0.25, 0.25, 5)
    x = x * np.exp(coef[0] * xx + coef[1] * yy + coef[2] * xx * yy + coef[3] * xx * xx + coef[4] * yy * yy)
    x = x + rng.normal(0.0, rng.uniform(0.0, 0.04), x.shape)
    name = f"images/{index:05d}.png"
    Image.fromarray(np.clip(np.rint(x * 255), 0, 255).astype(np.uint8), mode="L").save(out / name)

    lines = [f"image {name}"]
    named = [text(k) for k in chosen]
    summary = f"{pname} mri slice with the " + (", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else
                                                 named[0] if named else "no labelled structure")
    if lesion:
        summary += f"; {lesion[0]} lesion in the {text(lesion[1])}"
    lines.append("summary " + summary)
    report = [f"t1-weighted {pname} slice at {'zyx'[plane]} = {int(pos)} mm."]
    report.append("visible: " + ", ".join(text(k) for k in keys[:10]) + "." if keys else "no labelled structure.")
    report.append(f"a {lesion[0]} lesion of {lesion[3]:.0f} mm in the {text(lesion[1])}." if lesion else "no lesion.")
    lines.append("report " + " ".join(report))
    lines.append(f"{label}plane {pname}")
    lines.append(f"{label}lesion {lesion[0] + ' lesion' if lesion else 'no lesion'}")
    if lesion:
        lines.append(f"{label}lesion_site {text(lesion[1])}")
    for name in sorted(DEEP, key=list(STRUCTURES).index):       # "structure present", deep grey matter
        seen = any((side, name) in vis for side in SIDES)
        lines.append(f"{label}{name.replace(' ', '_')} {name if seen else 'no ' + name}")
    lines += [f"# visible {text(k)}" for k in keys]
    if lesion:
        kind, target, (x0, y0, x1, y1), _ = lesion
        lines.append(f"region {x0} {y0} {x1} {y1} {kind} lesion in the {text(target)}")
        neg = negatives(rng, target, keys, pname, f"{kind} lesion in the ")[:2]
        other = LESIONS[1 - LESIONS.index(kind)]
        lines += [f"negative {n}" for n in neg] + [f"negative {other} lesion in the {text(target)}"]
    for k in chosen:
        x0, y0, x1, y1 = vis[k][1]
        lines.append(f"region {x0} {y0} {x1} {y1} {text(k)}")
        lines += [f"negative {n}" for n in negatives(rng, k, keys, pname)]
    lines.append(f"vqa which plane is this slice?\t{pname}")
    lines.append(f"vqa is there a lesion?\t{'yes' if lesion else 'no'}")
    if lesion:
        lines.append(f"vqa which structure holds the lesion?\t{lesion[1][1]}")
        if plane != 2:
            lines.append(f"vqa which side is the lesion on?\t{lesion[1][0]}")
    if keys:
        k = keys[int(rng.randint(len(keys)))]
        lines.append(f"vqa is the {text(k)} visible?\tyes")
    absent = [(s, n) for n in STRUCTURES for s in SIDES if (s, n) not in vis]
    if absent:
        k = absent[int(rng.randint(len(absent)))]
        lines.append(f"vqa is the {text(k)} visible?\tno")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=300, help="slices (train + held out, or held out only)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--size", type=int, default=160)
    ap.add_argument("--lesion", type=float, default=0.35, help="probability of a synthetic lesion per slice")
    ap.add_argument("--templates", type=Path, default=TEMPLATES)
    ap.add_argument("--t1", help="T1 volume in MNI space (default: Colin27, TEMPLATES/ch2.nii.gz)")
    ap.add_argument("--heldout-only", action="store_true", help="only held-out slice positions (heldout.txt)")
    ap.add_argument("--label-comments", action="store_true",
                    help="zero-shot labels as comments, `# label TASK CLASS` (default: `label TASK CLASS` lines)")
    args = ap.parse_args()
    (args.out_dir / "images").mkdir(parents=True, exist_ok=True)
    atlas = nib.load(args.templates / "aal.nii.gz")
    groups = atlas_groups(args.templates / "aal.nii.txt")
    t1_spec = args.t1 or str(args.templates / "ch2.nii.gz")
    vol = t1_on_atlas_grid(load_nifti(t1_spec), atlas)
    lab = np.asanyarray(atlas.dataobj).astype(np.int32)
    ijk = np.argwhere(lab > 0)
    corners = atlas.affine[:3, :3] @ np.array([ijk.min(0), ijk.max(0)]).T + atlas.affine[:3, 3:]
    extent = np.sort(corners, axis=1)                 # world mm range of the labelled brain per axis
    inv_aff = np.linalg.inv(atlas.affine)
    label = "# label " if args.label_comments else "label "
    rng = np.random.RandomState(args.seed)
    train, held = [], []
    for i in range(args.n):
        h = args.heldout_only or rng.rand() < 0.2
        (held if h else train).append(make_record(rng, i, args.out_dir, vol, lab, inv_aff, groups, extent, h,
                                                  args.size, args.lesion, label))
    source = Path(t1_spec.split(":")[-1]).name
    header = (f"# real-anatomy corpus (tests/gen_anatomy.py --n {args.n} --seed {args.seed} --size {args.size}): "
              f"{source} + AAL\n# vqa answers: {' | '.join(ANSWERS)}\n")
    parts = [("heldout.txt", held)] if args.heldout_only else [("train.txt", train), ("heldout.txt", held)]
    for name, part in parts:
        (args.out_dir / name).write_text(header + "\n" + "\n".join(part))
    print(f"{args.n} slices of {source} ({len(train)} train, {len(held)} held out) -> {args.out_dir}")


if __name__ == "__main__":
    main()
