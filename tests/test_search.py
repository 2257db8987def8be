"""rclip index / rclip search (docs/search.md) on gen_ground.py's ground-head model. Asserts:
  - index counts added / unchanged / unreadable files in its summary, prints a progress line with
    images/s and ETA, and writes the documented layout (parsed here from docs/search.md's table);
  - search scores and ranking equal numpy's cosine top-k over `rclip embed-image` / `embed-text`
    outputs (scores to 1e-6; the f16 index against numpy's f16 rounding of the same embeddings),
    with and without --template; an image query finds itself at rank 1 with score 1;
  - a --box query ranks by the cosine with the region embedding of gen_regions.py's torch
    reference (to 1e-4);
  - a rerun skips unchanged files, adds new ones, replaces a touched one (one record per path);
  - kill -9 at random points (once a random share of the file is written), then a rerun: the index equals an uninterrupted build byte for byte;
  - a wrong model (other weights, other dimension) is refused by search and index, the index
    file untouched; truncated, corrupt and hostile index files, an empty archive and a query
    image that does not decode each exit 1 with "error:" on stderr (never a signal), and index
    leaves a corrupt file as it is (except a last record running past the end: dropped as torn);
  - `rclip index-export` (f32 and f16 indexes): OUT.npy holds the index's embeddings, OUT.jsonl its
    records in row order, OUT.json its shape and type; regionclip.Index (python/regionclip/_index.py)
    over the export and faiss.IndexFlatIP from Index.to_faiss() give `rclip search`'s top-10 (paths
    equal, scores to 1e-6 and 1e-5); a corrupt index is refused with nothing written;
  - --per-series equals numpy's best record per parent directory; --heatmaps writes, for each
    hit, the PNG `rclip heatmap` writes for that image and text, byte for byte;
  - the README's "Search an archive" commands run and print what it shows;
  - DICOM records carry Series / SOP Instance UID and slice position; --per-series groups by the
    series UID; the text output shows the slice position;
  - search.h's SIMD and scalar top-k (tests/search_topk.c built both ways) equal numpy's top-k
    on random f32 and f16 matrices (ids equal, scores to 1e-6).

usage: python tests/test_search.py RCLIP SEARCH_TOPK SEARCH_TOPK_SCALAR GROUND_DIR TINY_GGUF WORKDIR
       python tests/test_search.py kernels SEARCH_TOPK... SEARCH_TOPK_SCALAR WORKDIR   (the last item only)
"""
import json
import os
import random
import shutil
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks import Checks  # noqa: E402

check = Checks()
if sys.argv[1] != "kernels":
    RCLIP, TOPK, TOPK_SCALAR, GROUND, TINY, WORK = sys.argv[1:3] + [sys.argv[3], Path(sys.argv[4]), sys.argv[5], Path(sys.argv[6])]
    MODEL = str(GROUND / "ground-head.gguf")
    OTHER = str(GROUND / "ground.gguf")          # same dimension, other weights


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RCLIP, *map(str, args)], capture_output=True, text=True)


def vec(*args: str) -> np.ndarray:
    r = run(*args)
    assert r.returncode == 0, r.stderr
    return np.array([float(x) for x in r.stdout.split()], dtype=np.float32)


def make_images(root: Path, n: int, seed: int) -> list[Path]:
    """n varied images (gradients, blobs, noise) in three series directories."""
    rng = np.random.default_rng(seed)
    paths = []
    for i in range(n):
        h, w = int(rng.integers(40, 90)), int(rng.integers(40, 90))
        yy, xx = np.mgrid[0:h, 0:w]
        img = np.zeros((h, w, 3))
        for c in range(3):
            img[..., c] = rng.uniform(0, 255) * (xx / w) ** rng.uniform(0.3, 3) + rng.uniform(0, 255) * (yy / h)
        cy, cx, r = rng.uniform(0, h), rng.uniform(0, w), rng.uniform(5, 30)
        img[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = rng.uniform(0, 255, 3)
        img += rng.normal(0, rng.uniform(0, 40), img.shape)
        p = root / f"series{i % 3}" / f"img{i:03d}.png"
        p.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(p)
        paths.append(p)
    return paths


def parse_index(path: Path) -> tuple[dict, list[dict]]:
    """The layout of docs/search.md, read independently of search.h."""
    b = path.read_bytes()
    assert b[:8] == b"RCIDX001"
    dim, dtype, mhash, zero = struct.unpack_from("<IIQQ", b, 8)
    head = {"dim": dim, "dtype": dtype, "hash": mhash}
    recs, off, eb = [], 32, 2 if dtype == 1 else 4
    while off < len(b):
        magic, plen, size, mtime, w, h, frame, sl, il, pos = struct.unpack_from("<4sIQqiiiHHd", b, off)
        assert magic == b"RCRE"
        o = off + 48
        p = b[o:o + plen].decode(); o += plen
        series, inst = b[o:o + sl].decode(), b[o + sl:o + sl + il].decode(); o += sl + il
        emb = np.frombuffer(b[o:o + dim * eb], dtype=np.float16 if dtype == 1 else np.float32).astype(np.float32)
        o += dim * eb
        recs.append({"path": p, "series": series, "instance": inst, "pos": pos, "size": size, "mtime": mtime, "w": w, "h": h, "frame": frame, "emb": emb,
                     "sum": struct.unpack_from("<Q", b, o)[0], "bytes": b[off:o]})
        off = o + 8
    return head, recs


def fnv_words(data: bytes) -> int:
    """docs/search.md's checksum: four FNV-1a 64 lanes over 8-byte words, tail bytes into lane 0."""
    m, prime = (1 << 64) - 1, 1099511628211
    lanes = [14695981039104346037] * 4
    n8 = len(data) // 8 * 8
    words = np.frombuffer(data[:n8], "<u8")
    for i, w in enumerate(words.tolist()):
        lanes[i % 4] = ((lanes[i % 4] ^ w) * prime) & m
    for c in data[n8:]:
        lanes[0] = ((lanes[0] ^ c) * prime) & m
    h = lanes[0]
    for x in lanes[1:]:
        h = ((h ^ x) * prime) & m
    return h


def search_json(*args: str) -> tuple[subprocess.CompletedProcess, list[dict]]:
    r = run("search", *args, "--json")
    return r, json.loads(r.stdout) if r.returncode == 0 else []


def is_error(r: subprocess.CompletedProcess) -> bool:
    return r.returncode == 1 and r.stderr.startswith("error:") or "\nerror:" in r.stderr and r.returncode == 1


def check_dicom_series(work: Path) -> None:
    """Two DICOM series (pydicom) in one directory, slices shuffled on disk: the records carry the
    Series / SOP Instance UID and the slice position (Image Position along the normal); --per-series
    groups by the UID, not the directory."""
    import pydicom
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid
    work.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(4)
    want = {}
    for s in range(2):
        series = generate_uid()
        for k in range(3):
            ds = Dataset()
            ds.file_meta = FileMetaDataset()
            ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
            ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
            ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
            ds.SOPClassUID, ds.SOPInstanceUID, ds.Modality = SecondaryCaptureImageStorage, ds.file_meta.MediaStorageSOPInstanceUID, "CT"
            ds.SeriesInstanceUID = series
            ds.ImageOrientationPatient = [0, 1, 0, 0, 0, -1]             # sagittal: normal (-1, 0, 0)
            ds.ImagePositionPatient = [12.5 + 2.5 * k, -3, 7]
            ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
            ds.Rows, ds.Columns, ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 48, 40, 8, 8, 7, 0
            ds.PixelData = rng.integers(0, 256, (48, 40), dtype=np.uint8).tobytes()
            path = work / f"{rng.integers(1 << 30):010d}.dcm"
            ds.save_as(path, enforce_file_format=True)
            want[str(path)] = (series, ds.SOPInstanceUID, -(12.5 + 2.5 * k))
    idx = work / "d.idx"
    r = run("index", MODEL, "-o", idx, work)
    _, recs = parse_index(idx)
    got = {x["path"]: (x["series"], x["instance"], x["pos"]) for x in recs}
    check(r.returncode == 0 and got == want, "index: DICOM Series / SOP Instance UID and slice position in each record")
    r, hits = search_json(idx, MODEL, "a nodule", "--per-series")
    check(sorted((h["series"], h["slices"]) for h in hits) == sorted((s, 3) for s in {v[0] for v in want.values()}),
          "--per-series: DICOM files grouped by Series Instance UID (two series in one directory)")
    r = run("search", idx, MODEL, "a nodule", "--top", "1")
    pos = want[r.stdout.split("\t")[2].strip()][2] if r.returncode == 0 else None
    check(r.returncode == 0 and r.stdout.rstrip("\n").endswith(f"\tslice {pos:g}"), "search: prints the slice position")


def load_index_module():
    """python/regionclip/_index.py by path (the package's __init__ also loads the C library)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "regionclip_index", Path(__file__).resolve().parent.parent / "python" / "regionclip" / "_index.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod           # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def check_export(idx: Path, order: list[str], kind: str) -> None:
    import faiss
    E = np.stack([x["emb"] for x in parse_index(idx)[1]])
    out = WORK / f"export-{kind}"
    r = run("index-export", idx, out)
    emb = np.load(f"{out}.npy") if r.returncode == 0 else np.zeros(0)
    recs = [json.loads(x) for x in Path(f"{out}.jsonl").read_text().splitlines()] if r.returncode == 0 else []
    meta = json.loads(Path(f"{out}.json").read_text()) if r.returncode == 0 else {}
    check(emb.dtype == (np.float16 if kind == "f16" else np.float32) and emb.shape == E.shape and
          (emb.astype(np.float32) == E).all() and [x["path"] for x in recs] == order and
          meta.get("records") == len(order) and meta.get("dtype") == kind,
          f"index-export {kind}: .npy rows are the index's embeddings, .jsonl its records in row order, .json its shape")
    index = load_index_module().Index(out)
    flat = index.to_faiss()
    for text in ("a nodule in the right upper lobe", "normal lungs"):
        q = vec("embed-text", MODEL, text)
        _, hits = search_json(idx, MODEL, text, "--top", "10")
        mine = index.search(q, 10)
        fs, fi = flat.search(q[None, :].astype(np.float32), 10)
        same = ([h["path"] for h in hits] == [h.record["path"] for h in mine] == [order[i] for i in fi[0]] and
                max(abs(h["score"] - m.score) for h, m in zip(hits, mine)) <= 1e-6 and
                float(np.abs(fs[0] - [m.score for m in mine]).max()) <= 1e-5)
        check(same, f"export {kind}: regionclip.Index.search and faiss.IndexFlatIP (to_faiss) give rclip search's top-10 "
                    f"for {text!r}")
    bad = WORK / "export-bad.idx"
    data = bytearray(idx.read_bytes())
    data[60] ^= 0xFF
    bad.write_bytes(bytes(data))
    r = run("index-export", bad, WORK / "export-bad")
    check(is_error(r) and "corrupt" in r.stderr and not list(WORK.glob("export-bad.*[!x]")),
          f"index-export of a corrupt {kind} index: error, nothing written")


def check_kernels(exes: list[str], work: Path) -> None:
    """search.h's top-k in each build of tests/search_topk.c (the last: the scalar one) against numpy."""
    work.mkdir(parents=True, exist_ok=True)
    rng3 = np.random.default_rng(2)
    for dtype, n, dim in (("f32", 5000, 512), ("f16", 5000, 512), ("f16", 3001, 77), ("f32", 999, 24)):
        m = rng3.standard_normal((n, dim)).astype(np.float32)
        m /= np.linalg.norm(m, axis=1, keepdims=True)
        m[100] = m[200]                                              # a tie: lower id first
        qv = m[100] + 0.1 * rng3.standard_normal(dim).astype(np.float32)
        qv = (qv / np.linalg.norm(qv)).astype(np.float32)
        stored = m.astype(np.float16) if dtype == "f16" else m
        (work / "m.raw").write_bytes(stored.tobytes())
        (work / "q.raw").write_bytes(qv.tobytes())
        ref = stored.astype(np.float64) @ qv.astype(np.float64)
        want = [int(i) for i in np.argsort(-ref, kind="stable")[:10]]
        for exe in exes:
            r = subprocess.run([exe, dtype, str(n), str(dim), "10", str(work / "m.raw"), str(work / "q.raw")],
                               capture_output=True, text=True)
            rows = [ln.split("\t") for ln in r.stdout.splitlines() if "\t" in ln]
            ids, sc = [int(a) for a, _ in rows], np.array([float(x) for _, x in rows])
            kern = r.stdout.split()[-1] if r.stdout else "?"
            check(r.returncode == 0 and ids == want and np.abs(sc - ref[want]).max() <= 1e-6 and
                  (exe != exes[-1] or kern == "scalar"),
                  f"top-10 {dtype} {n}x{dim}: {Path(exe).name} ({kern} kernel) equals numpy (ids, scores to 1e-6)")


def main() -> int:
    if sys.argv[1] == "kernels":
        check_kernels(sys.argv[2:-1], Path(sys.argv[-1]))
        return check.summary("search kernels")
    shutil.rmtree(WORK, ignore_errors=True)
    arch = WORK / "archive"
    paths = make_images(arch, 30, 1)
    (arch / "series1" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    (arch / "series2" / "notes.txt").write_text("not an image\n")
    idx = WORK / "a.idx"

    # 1. build; summary and progress line; layout; checksums
    r = run("index", MODEL, "-o", idx, arch)
    check(r.returncode == 0 and f"{len(paths)} added, 0 unchanged, 2 unreadable; {len(paths)} records" in r.stdout,
          f"index: summary counts added and unreadable ({r.stdout.strip()})")
    check("images/s" in r.stderr and "ETA" in r.stderr and "broken.png" in r.stderr and "notes.txt" in r.stderr,
          "index: progress line with images/s and ETA; unreadable files named on stderr")
    head, recs = parse_index(idx)
    mhash = fnv_words(Path(MODEL).read_bytes())
    check(head == {"dim": 24, "dtype": 0, "hash": mhash}, "index: header (dim, f32, weights hash) as documented")
    order = sorted(str(p) for p in paths)
    check([x["path"] for x in recs] == order, "index: records in the directory walk's sorted order")
    check(all(fnv_words(x["bytes"]) == x["sum"] for x in recs), "index: every record's checksum as documented")
    st_ok = all(x["size"] == os.stat(x["path"]).st_size and x["mtime"] == os.stat(x["path"]).st_mtime_ns and
                (x["w"], x["h"]) == Image.open(x["path"]).size for x in recs)
    check(st_ok, "index: per-record size, mtime (ns), width and height")

    # 2. against numpy over embed-image / embed-text
    E = np.stack([vec("embed-image", MODEL, p) for p in order])
    err = max(float(np.abs(x["emb"] - e).max()) for x, e in zip(recs, E))
    check(err <= 1e-7, f"index: f32 embeddings equal rclip embed-image's (printed to 8 digits; max diff {err:.1e})")
    for text, tmpl in [("a nodule in the right upper lobe", None), ("pleural effusion", "a chest x-ray showing {}")]:
        q = vec("embed-text", MODEL, tmpl.replace("{}", text) if tmpl else text)
        ref = E @ q
        want = np.argsort(-ref, kind="stable")[:7]
        pre = ["--template", tmpl] if tmpl else []
        r = subprocess.run([RCLIP, *pre, "search", str(idx), MODEL, text, "--top", "7", "--json"], capture_output=True, text=True)
        hits = json.loads(r.stdout) if r.returncode == 0 else []
        check([h["path"] for h in hits] == [order[i] for i in want] and
              max(abs(h["score"] - ref[i]) for h, i in zip(hits, want)) <= 1e-6,
              f"search text {'with template' if tmpl else ''}: ranking and scores equal numpy top-7")
    r = run("search", idx, MODEL, "pleural effusion", "--top", "3")
    lines = [ln.split("\t") for ln in r.stdout.splitlines()]
    check(r.returncode == 0 and [ln[0] for ln in lines] == ["1", "2", "3"] and all(len(ln) == 3 for ln in lines),
          "search: text output rank<TAB>score<TAB>path")
    for k in (0, 17):
        r, hits = search_json(idx, MODEL, "--image", order[k], "--top", "5")
        ref = E @ E[k]
        check(bool(hits) and hits[0]["path"] == order[k] and abs(hits[0]["score"] - 1) <= 1e-6 and
              [h["path"] for h in hits] == [order[i] for i in np.argsort(-ref, kind="stable")[:5]],
              f"search --image: finds itself at rank 1 with score 1, rest as numpy (image {k})")

    # 3. region query against the torch reference
    import gen_regions
    _, roi, bb = gen_regions.load_ground_head(GROUND)
    pixels = np.asarray(Image.open(order[4]).convert("RGB"))
    box = np.array([[8, 6, 36, 30]], dtype=np.float32)
    _, align, _, _, _ = gen_regions.reference(bb, roi, pixels, box)
    qr = align[0] / np.linalg.norm(align[0])
    ref = E @ qr
    r, hits = search_json(idx, MODEL, "--image", order[4], "--box", "8,6,36,30", "--top", str(len(order)))
    got = {h["path"]: h["score"] for h in hits}
    err = max(abs(got.get(p, 9) - ref[i]) for i, p in enumerate(order))
    gaps_ok = all(hits[j]["score"] >= hits[j + 1]["score"] for j in range(len(hits) - 1))
    check(len(hits) == len(order) and err <= 1e-4 and gaps_ok,
          f"search --image --box: scores = cosine with the torch region embedding (max err {err:.1e})")

    # 4. f16 index against numpy's f16 rounding
    idx16 = WORK / "a16.idx"
    r = run("index", MODEL, "-o", idx16, "--f16", arch)
    h16, recs16 = parse_index(idx16)
    E16 = E.astype(np.float16).astype(np.float32)
    check(r.returncode == 0 and h16["dtype"] == 1 and all((x["emb"] == e).all() for x, e in zip(recs16, E16)),
          "index --f16: embeddings are numpy's float16 rounding of embed-image's")
    q = vec("embed-text", MODEL, "normal lungs")
    ref = E16 @ q
    r, hits = search_json(idx16, MODEL, "normal lungs", "--top", "10")
    want = np.argsort(-ref, kind="stable")[:10]
    check([h["path"] for h in hits] == [order[i] for i in want] and
          max(abs(h["score"] - ref[i]) for h, i in zip(hits, want)) <= 1e-6, "search f16: equals numpy over f16 rows")
    r = run("index", MODEL, "-o", idx16, arch)
    check(is_error(r) and "f16" in r.stderr, "index: appending f32 to an f16 index is refused")

    # 4b. export: numpy, regionclip.Index and FAISS give rclip search's top-k
    check_export(idx, order, "f32")
    check_export(idx16, order, "f16")

    # 5. rerun: unchanged skipped, new added, touched replaced
    before = idx.read_bytes()
    r = run("index", MODEL, "-o", idx, arch)
    check(r.returncode == 0 and f"0 added, {len(paths)} unchanged, 2 unreadable" in r.stdout and idx.read_bytes() == before,
          "index rerun: every file unchanged, nothing written")
    new = make_images(WORK / "more", 2, 9)
    r = run("index", MODEL, "-o", idx, arch, WORK / "more")
    _, recs = parse_index(idx)
    check(r.returncode == 0 and "2 added" in r.stdout and len(recs) == len(paths) + 2 and
          idx.read_bytes()[:len(before)] == before, "index: new files appended, old records kept")
    t = os.stat(order[3]).st_mtime_ns + 10 ** 9
    os.utime(order[3], ns=(t, t))
    r = run("index", MODEL, "-o", idx, arch)
    _, recs = parse_index(idx)
    names = [x["path"] for x in recs]
    check(r.returncode == 0 and "1 added" in r.stdout and len(recs) == len(paths) + 2 and names.count(order[3]) == 1 and
          [x["mtime"] for x in recs if x["path"] == order[3]] == [t], "index: a touched file's record replaced, not duplicated")
    lst = WORK / "list.txt"
    lst.write_text(f"{order[0]}\n{order[1]}\n{order[0]}\n")
    r = run("index", MODEL, "-o", WORK / "l.idx", f"@{lst}")
    check(r.returncode == 0 and "2 added" in r.stdout and [x["path"] for x in parse_index(WORK / "l.idx")[1]] == order[:2],
          "index @LIST: the listed paths, a repeated one once")

    # 6. kill -9 at random points, rerun: equal to an uninterrupted build
    big = WORK / "big"
    make_images(big, 150, 3)
    full = WORK / "full.idx"
    run("index", MODEL, "-o", full, "--batch", "24", big)
    full_size = full.stat().st_size
    rng = random.Random(7)
    results, torn, cut = [], 0, 0
    for trial in range(6):
        part = WORK / f"kill{trial}.idx"
        p = subprocess.Popen([RCLIP, "index", MODEL, "-o", str(part), "--batch", "24", str(big)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        target = rng.uniform(0.05, 0.9) * full_size         # kill once this much is written
        while p.poll() is None and (not part.exists() or part.stat().st_size < target):
            time.sleep(0.0005)
        p.send_signal(signal.SIGKILL)
        p.wait()
        if part.exists():
            try:
                cut += len(parse_index(part)[1]) < 150
            except (AssertionError, struct.error, ValueError):   # a record cut inside its embedding
                torn += 1
                cut += 1
        r = run("index", MODEL, "-o", part, "--batch", "24", big)
        results.append(r.returncode == 0 and part.read_bytes() == full.read_bytes())
    torn_file = WORK / "torn.idx"
    torn_file.write_bytes(full.read_bytes()[:32 + 7 * (len(full.read_bytes()) - 32) // 150 + 50])
    r = run("index", MODEL, "-o", torn_file, "--batch", "24", big)
    check(r.returncode == 0 and "torn" in r.stderr and torn_file.read_bytes() == full.read_bytes(),
          "index over a file cut inside a record: the torn record dropped, the rest rebuilt byte-identical")
    check(all(results) and cut >= 3, f"kill -9 at 6 random points + rerun: byte-identical to an uninterrupted build "
                                     f"({results}; {cut} killed mid-run, {torn} of them with a torn record)")

    # 7. wrong model, corrupt files, bad queries
    snapshot = idx.read_bytes()
    r = run("search", idx, OTHER, "x")
    check(is_error(r) and "another model" in r.stderr, "search with other weights: refused")
    r = run("index", OTHER, "-o", idx, arch)
    check(is_error(r) and "another model" in r.stderr and idx.read_bytes() == snapshot, "index with other weights: refused, file untouched")
    r = run("search", idx, TINY, "x")
    check(is_error(r) and "dimension" in r.stderr, "search with a model of another dimension: refused")
    b = snapshot
    _, recs = parse_index(idx)
    r0 = len(recs[0]["bytes"]) + 8
    cases = {
        "empty file": b"",
        "10 bytes": b[:10],
        "bad magic": b"RCIDX002" + b[8:],
        "dtype 7": b[:12] + struct.pack("<I", 7) + b[16:],
        "dimension 0": b[:8] + struct.pack("<I", 0) + b[12:],
        "dimension 2^31": b[:8] + struct.pack("<I", 1 << 31) + b[12:],
        "reserved bytes set": b[:24] + b"\1" + b[25:],
        "truncated mid-record": b[:32 + r0 + 20],
        "byte flipped in an embedding": b[:32 + r0 - 20] + bytes([b[32 + r0 - 20] ^ 1]) + b[32 + r0 - 19:],
        "path length 2^32-1": b[:36] + b"\xff\xff\xff\xff" + b[40:],
        "garbage after the records": b + os.urandom(5000),
        "header only (empty archive)": b[:32],
    }
    # a record with a valid checksum but lengths running past the end
    rec = bytearray(recs[0]["bytes"])
    struct.pack_into("<HH", rec, 36, 65535, 65535)
    cases["valid checksum, lengths past the end"] = b[:32] + bytes(rec) + struct.pack("<Q", fnv_words(bytes(rec)))
    rng2 = np.random.default_rng(11)
    for k in range(20):                                        # random byte damage
        m = bytearray(b)
        for pos in rng2.integers(0, len(m), 1 + k % 4):
            m[pos] = int(rng2.integers(0, 256))
        if bytes(m) != b:
            cases[f"random damage {k}"] = bytes(m)
    bad = []
    for name, data in cases.items():
        f = WORK / "bad.idx"
        f.write_bytes(data)
        r = run("search", f, MODEL, "x")
        if not is_error(r):
            bad.append(f"{name}: rc {r.returncode} {r.stderr.strip()[:80]}")
        if name not in ("truncated mid-record", "header only (empty archive)", "valid checksum, lengths past the end"):
            r = run("index", MODEL, "-o", f, arch)
            if r.returncode != 1 or f.read_bytes() != data:
                bad.append(f"index over {name}: rc {r.returncode}")
    check(not bad, f"{len(cases)} corrupt/hostile index files: search exits 1 with an error; index refuses and leaves "
                   f"them ({bad})")
    r = run("search", WORK / "missing.idx", MODEL, "x")
    check(is_error(r), "search: a missing index file")
    r = run("search", idx, MODEL, "--image", arch / "series1" / "broken.png")
    check(is_error(r) and "broken.png" in r.stderr, "search: a query image that does not decode")
    empty = WORK / "empty"
    empty.mkdir()
    r = run("index", MODEL, "-o", WORK / "e.idx", empty)
    check(is_error(r) and not (WORK / "e.idx").exists(), "index: an empty archive is an error, no file written")
    for args in (["x", "--image", order[0]], [], ["--box", "1,2,3,4", "x"], ["x", "--top", "0"], ["x", "--frobnicate"]):
        r = run("search", idx, MODEL, *args)
        check(r.returncode in (1, 2) and "error" in r.stderr or "usage" in r.stderr, f"search: bad arguments {args}")

    # 8. --per-series and --heatmaps
    _, recs = parse_index(idx)
    names = [x["path"] for x in recs]
    Em = np.stack([x["emb"] for x in recs])
    q = vec("embed-text", MODEL, "a nodule in the right upper lobe")
    sc = Em @ q
    best: dict[str, int] = {}
    for i, n in enumerate(names):
        s = os.path.dirname(n)
        if s not in best or sc[i] > sc[best[s]]:
            best[s] = i
    want = sorted(best.items(), key=lambda kv: -sc[kv[1]])
    r, hits = search_json(idx, MODEL, "a nodule in the right upper lobe", "--per-series")
    check([(h["series"], h["path"]) for h in hits] == [(s, names[i]) for s, i in want] and
          all(h["slices"] == sum(os.path.dirname(n) == h["series"] for n in names) for h in hits) and
          max(abs(h["score"] - sc[i]) for h, (_, i) in zip(hits, want)) <= 1e-6,
          f"--per-series: each series' best record, series by best score ({len(hits)} series)")
    hm = WORK / "heat"
    r, hits = search_json(idx, MODEL, "a nodule in the right upper lobe", "--top", "3", "--heatmaps", hm)
    same = []
    for k, h in enumerate(hits):
        ref = WORK / f"ref{k}.png"
        run("heatmap", MODEL, h["path"], "a nodule in the right upper lobe", ref)
        same.append((hm / f"{k + 1}.png").read_bytes() == ref.read_bytes() if (hm / f"{k + 1}.png").exists() else False)
    check(r.returncode == 0 and len(same) == 3 and all(same), "--heatmaps: DIR/RANK.png equal `rclip heatmap`'s, byte for byte")

    check_kernels([TOPK, TOPK_SCALAR], WORK)
    check_dicom_series(WORK / "dicom")

    # 10. the README's "Search an archive" commands, from the repository's root
    root = Path(__file__).resolve().parents[1]
    text = (root / "README.md").read_text().split("## Search an archive", 1)[1]
    block = text.split("```sh\n", 1)[1].split("```", 1)[0].replace("\\\n", " ")
    shown = text.split("```\n")[2]
    (root / "build" / "demo.idx").unlink(missing_ok=True)
    outs = []
    for line in block.splitlines():
        if line.startswith("./rclip "):
            r = subprocess.run(line.replace("./rclip", str(Path(RCLIP).resolve()), 1), shell=True, cwd=root,
                               capture_output=True, text=True)
            outs.append((r.returncode, r.stdout))
    check(len(outs) == 4 and all(rc == 0 for rc, _ in outs) and outs[1][1] == shown and
          (root / "build" / "demo-heat" / "1.png").exists(),
          "README 'Search an archive': every command succeeds, the second prints what the README shows")
    return check.summary("search")


if __name__ == "__main__":
    sys.exit(main())
