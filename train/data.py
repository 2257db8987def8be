"""The training data of docs/data.md for the PyTorch trainer: the manifest (the same format and
the same FILE:LINE messages as examples/manifest.h, for the checks listed in parse_manifest),
open_clip's training augmentation (RandomResizedCrop scale (0.9, 1), bicubic, on PIL) with
the boxes mapped into the view (rc_box_to_view), and the batch of one step as rclip train
builds it (summary, report, up to REGIONS_PER_IMAGE regions with hard negatives, up to
QUESTIONS_PER_IMAGE questions whose answer is in the model's answer set).

Every random choice of a sample comes from a generator seeded by (seed, epoch, record index),
so a record draws the same view in every process layout: one process on a global batch and N
ranks on its slices see the same samples, and a resumed run the same as an uninterrupted one."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import torch
import torchvision.transforms as T
import torchvision.transforms.functional as TF
from PIL import Image

from train.model import Batch

REGIONS_PER_IMAGE, MAX_NEGATIVES, QUESTIONS_PER_IMAGE = 4, 3, 2     # examples/train.h TRAIN_*


@dataclass
class Region:
    box: tuple[float, float, float, float]
    caption: str
    negatives: list[str] = field(default_factory=list)


@dataclass
class Record:
    path: Path
    summary: str
    report: Optional[str]
    regions: list[Region]
    vqa: list[tuple[str, str]]
    line: int


class ManifestError(Exception):
    """Problems of a manifest, each "FILE:LINE: message"."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _image_size(path: Path) -> tuple[int, int]:
    with Image.open(path) as im:
        im.load()
        return im.size


def parse_manifest(path: Path, stop_on_bad: bool = False,
                   image_size: Callable[[Path], tuple[int, int]] = _image_size) -> tuple[list[Record], list[str]]:
    """-> (usable records, problems as "FILE:LINE: message"). Checks: unknown keywords, a
    second image/summary/report, empty texts, negative before region, vqa without exactly one
    tab, region numbers (missing, not finite, inverted or empty), records without image or
    summary, unreadable images, boxes outside the image, invalid UTF-8. A bad record is
    skipped; stop_on_bad stops at the first problem."""
    problems: list[str] = []
    records: list[Record] = []
    cur: Optional[dict] = None
    bad = False

    def problem(line: int, msg: str) -> None:
        nonlocal bad
        problems.append(f"{path}:{line}: {msg}")
        bad = True

    def finish() -> None:
        nonlocal cur, bad
        if cur is not None:
            if "image" not in cur:
                problem(cur["line"], "record without an image (every record starts with 'image PATH')")
            elif "summary" not in cur:
                problem(cur["line"], f"record for {cur['image']} has no summary")
            else:
                img = cur["image"] if Path(cur["image"]).is_absolute() else path.parent / cur["image"]
                try:
                    w, h = image_size(img)
                except (OSError, ValueError) as e:
                    problem(cur["line"], f"cannot read image {img}: {e}")
                    w = h = 0
                for r, line in cur["regions"]:
                    x0, y0, x1, y1 = r.box
                    if w and not (0 <= x0 and 0 <= y0 and x1 <= w and y1 <= h):
                        problem(line, f"box {x0:.9g} {y0:.9g} {x1:.9g} {y1:.9g} lies (partly) outside the "
                                      f"{w}x{h} image {img}")
                if not bad:
                    records.append(Record(img, cur["summary"], cur.get("report"), [r for r, _ in cur["regions"]],
                                          cur["vqa"], cur["line"]))
        cur, bad = None, False

    raw = path.read_bytes()
    for n, line_bytes in enumerate(raw.split(b"\n"), 1):
        if stop_on_bad and problems:
            break
        try:
            line = line_bytes.decode("utf-8").rstrip("\r").strip(" \t")
        except UnicodeDecodeError as e:
            if cur is None:
                cur = {"line": n, "regions": [], "vqa": []}
            problem(n, f"invalid UTF-8 at byte {e.start + 1} of the line")
            continue
        if not line:
            finish()
            continue
        if line.startswith("#"):
            continue
        if cur is None:
            cur = {"line": n, "regions": [], "vqa": []}
        kw, _, value = line.partition(" ")
        kw2, _, value2 = line.partition("\t")
        if len(kw2) < len(kw):
            kw, value = kw2, value2
        value = value.strip(" \t")
        if kw in ("image", "summary", "report"):
            if kw in cur:
                problem(n, f"second '{kw}' in one record (missing blank line between records?)")
            elif not value:
                problem(n, "empty image path" if kw == "image" else f"empty {kw}")
            else:
                cur[kw] = value
        elif kw == "region":
            parts = value.split(None, 4)
            names = ("x0", "y0", "x1", "y1")
            try:
                nums = [float(parts[k]) for k in range(4)]
            except (IndexError, ValueError):
                problem(n, "region needs 'x0 y0 x1 y1 caption' with four numbers")
                continue
            if not all(math.isfinite(x) for x in nums):
                problem(n, f"region: {names[next(k for k, x in enumerate(nums) if not math.isfinite(x))]} "
                           "is NaN or infinite")
            elif len(parts) < 5 or not parts[4].strip():
                problem(n, "region has an empty caption")
            elif nums[0] >= nums[2] or nums[1] >= nums[3]:
                problem(n, f"region box {' '.join(f'{x:.9g}' for x in nums)} is inverted or empty "
                           "(need x0 < x1, y0 < y1)")
            else:
                cur["regions"].append((Region((nums[0], nums[1], nums[2], nums[3]), parts[4].strip()), n))
        elif kw == "negative":
            if not cur["regions"]:
                problem(n, "'negative' before any 'region' of the record")
            elif not value:
                problem(n, "empty negative caption")
            else:
                cur["regions"][-1][0].negatives.append(value)
        elif kw == "vqa":
            if value.count("\t") != 1:
                problem(n, "vqa needs QUESTION<TAB>ANSWER (exactly one tab)")
            else:
                q, a = (x.strip(" ") for x in value.split("\t"))
                if not q or not a:
                    problem(n, "vqa with an empty question or answer")
                else:
                    cur["vqa"].append((q, a))
        else:
            problem(n, f"unknown keyword '{kw}' (image, summary, report, region, negative, vqa, or # comment)")
    if not (stop_on_bad and problems):
        finish()
    return records, problems


@dataclass
class Sample:
    """One record drawn for a step: its augmented view and texts."""
    pixels: torch.Tensor                   # [3][S][S]
    summary: str
    report: str
    boxes: list[tuple[float, float, float, float]]
    regions: list[Region]
    questions: list[tuple[str, int]]       # (question, answer index)


def box_to_view(box: tuple[float, float, float, float], top: int, left: int, h: int, w: int,
                S: int) -> Optional[tuple[float, float, float, float]]:
    """rc_box_to_view: the box in pixels of the S x S view of rectangle (left, top, w, h),
    clipped to [0, S]; None when nothing of it is left."""
    x0, x1 = ((c - left) * S / w for c in (box[0], box[2]))
    y0, y1 = ((c - top) * S / h for c in (box[1], box[3]))
    x0, y0, x1, y1 = (min(max(c, 0.0), float(S)) for c in (x0, y0, x1, y1))
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


class Corpus:
    """The records of a manifest with their decoded images, drawn into Samples."""

    def __init__(self, records: list[Record], image_size: int, mean: list[float], std: list[float],
                 answers: list[str]) -> None:
        self.records = records
        self.images = [Image.open(r.path) for r in records]
        for im in self.images:
            im.load()
        self.S, self.mean, self.std = image_size, mean, std
        self.answer_index = {a: k for k, a in enumerate(answers)}

    def __len__(self) -> int:
        return len(self.records)

    def sample(self, index: int, seed: int, epoch: int, with_regions: bool) -> Sample:
        rec, img, S = self.records[index], self.images[index], self.S
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed((seed * 1_000_003 + epoch) * 1_000_003 + index)
            top, left, h, w = T.RandomResizedCrop.get_params(img, scale=(0.9, 1.0), ratio=(3 / 4, 4 / 3))
            picks = torch.randint(0, max(len(rec.vqa), 1), (QUESTIONS_PER_IMAGE,)).tolist()
        view = TF.resized_crop(img, top, left, h, w, [S, S], interpolation=T.InterpolationMode.BICUBIC).convert("RGB")
        pixels = TF.normalize(TF.to_tensor(view), self.mean, self.std)
        boxes, regions, questions = [], [], []
        for region in rec.regions if with_regions else []:
            if len(boxes) == REGIONS_PER_IMAGE:
                break
            b = box_to_view(region.box, top, left, h, w, S)
            if b is not None:
                boxes.append(b)
                regions.append(region)
        for k in picks if with_regions and rec.vqa and self.answer_index else []:
            q, a = rec.vqa[k]
            if a in self.answer_index:
                questions.append((q, self.answer_index[a]))
        return Sample(pixels, rec.summary, rec.report or rec.summary, boxes, regions, questions)


def negatives_available(samples: list[Sample]) -> int:
    """The negatives every box of these samples can give (at most MAX_NEGATIVES), as rclip
    train takes the smallest count of the step."""
    return min([MAX_NEGATIVES] + [len(r.negatives) for s in samples for r in s.regions])


def collate(samples: list[Sample], n_neg: int, with_regions: bool, has_vqa: bool,
            tokenize: Callable[[list[str]], torch.Tensor]) -> Batch:
    """A Batch of samples with n_neg negatives per box. With regions, boxes and questions are
    always present (possibly empty), so every rank gathers the same set of tensors."""
    C = int(tokenize(["x"]).shape[1])
    b = Batch(torch.stack([s.pixels for s in samples]), tokenize([s.summary for s in samples]))
    if not with_regions:
        return b
    regions = [r for s in samples for r in s.regions]
    b.report_ids = tokenize([s.report for s in samples])
    b.n_regions = [len(s.boxes) for s in samples]
    b.boxes = torch.tensor([x for s in samples for x in s.boxes], dtype=torch.float32).reshape(-1, 4)
    b.region_ids = tokenize([r.caption for r in regions]) if regions else torch.zeros(0, C, dtype=torch.long)
    negs = [n for r in regions for n in r.negatives[:n_neg]]
    b.neg_ids = (tokenize(negs) if negs else torch.zeros(0, C, dtype=torch.long)).reshape(len(regions), n_neg, C)
    if has_vqa:
        qs = [q for s in samples for q in s.questions]
        b.n_questions = [len(s.questions) for s in samples]
        b.question_ids = tokenize([q for q, _ in qs]) if qs else torch.zeros(0, C, dtype=torch.long)
        b.answers = torch.tensor([a for _, a in qs], dtype=torch.long)
    return b
