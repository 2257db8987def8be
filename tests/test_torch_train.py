"""The PyTorch trainer (train/) against the C trainer and against itself under torchrun.

usage: python tests/test_torch_train.py CHECK ...
  equiv MODEL.gguf TRAIN_STEPS_BIN RCLIP CORPUS_DIR OUT_DIR
  ddp MODEL.gguf CORPUS_DIR OUT_DIR [TRAINER_FLAG...]      (e.g. --float64)
  roundtrip RCLIP DDP_OUT_DIR CORPUS_DIR OUT_DIR            (after ddp)
  badinput MODEL.gguf OTHER_ARCH.gguf C_CKPT.gguf TORCH_CKPT_DIR CORPUS_DIR OUT_DIR   (after equiv, ddp)
Each prints its checks and "N passed, M failed".
"""
from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from train.model import Batch, RegionClip, read_gguf  # noqa: E402
from train.recipe import GROUP_IMAGE, GROUP_TEXT, TrainConfig  # noqa: E402
from train.trainer import Trainer  # noqa: E402

RESULTS = [0, 0]


def check(ok: bool, what: str) -> None:
    RESULTS[0 if ok else 1] += 1
    print(f"{'ok  ' if ok else 'FAIL'} {what}", flush=True)


def rel(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a.astype(np.float64) - b) / max(np.linalg.norm(b.astype(np.float64)), 1e-30))


def worst_tensor(mine: dict[str, np.ndarray], ref: dict[str, np.ndarray]) -> tuple[str, float]:
    """The tensor of ref (every one must be in mine) farthest from mine, relative."""
    errs = {n: rel(mine[n].reshape(-1), ref[n].reshape(-1)) if n in mine else float("inf") for n in ref}
    n = max(errs, key=lambda k: errs[k])
    return n, errs[n]


# ---- 1. equivalence with the C trainer ---------------------------------------------------

B, CTX, REGIONS, QUESTIONS, K = 4, 16, [2, 0, 3, 1], [1, 0, 2, 1], 2
STAGE1, STAGE2 = 4, 6


def fixed_batches(S: int, answers: int, id_args: tuple) -> list[Batch]:
    """STAGE1 global-only batches, then STAGE2 batches with reports, REGIONS boxes per image
    (K negatives each) and QUESTIONS questions per image: random normalized pixels, random
    id rows (gen_train.random_ids: start, words, end token, padding), random boxes inside
    the image."""
    from gen_train import random_ids
    gen = torch.Generator().manual_seed(20261207)
    ids: Callable[[int], torch.Tensor] = lambda n: random_ids(gen, n, *id_args)
    out = []
    for step in range(STAGE1 + STAGE2):
        b = Batch(torch.randn(B, 3, S, S, generator=gen), ids(B))
        if step >= STAGE1:
            R, Q = sum(REGIONS), sum(QUESTIONS)
            lo = torch.rand(R, 2, generator=gen) * (S - 4)
            size = 1 + torch.rand(R, 2, generator=gen) * (S - 1 - lo)
            b.report_ids, b.n_regions, b.boxes = ids(B), list(REGIONS), torch.cat([lo, lo + size], 1)
            b.region_ids, b.neg_ids = ids(R), ids(R * K).reshape(R, K, CTX)
            b.n_questions, b.question_ids = list(QUESTIONS), ids(Q)
            b.answers = torch.randint(0, answers, (Q,), generator=gen)
        out.append(b)
    return out


def write_batches(path: Path, batches: list[Batch], cfg: TrainConfig, S: int) -> None:
    """tests/train_steps.c's input format."""
    i32 = lambda *v: struct.pack(f"<{len(v)}i", *v)  # noqa: E731
    f32 = lambda *v: struct.pack(f"<{len(v)}f", *v)  # noqa: E731
    arr = lambda t, dt: np.ascontiguousarray(t.numpy(), dtype=dt).tobytes()  # noqa: E731
    parts = [i32(0x42544352, len(batches), S, CTX, len(cfg.stages), cfg.max_batch, cfg.max_regions,
                 cfg.max_negatives, cfg.max_questions), f32(cfg.grad_clip, cfg.weight_decay)]
    for s in cfg.stages:
        parts += [i32(s.steps, s.warmup_steps, s.frozen), f32(s.lr, s.w_global, s.w_region, s.w_fused, s.w_vqa)]
    for b in batches:
        R = 0 if b.boxes is None else len(b.boxes)
        Q = 0 if b.question_ids is None else len(b.question_ids)
        parts += [i32(B, R, K if R else 0, Q, int(b.report_ids is not None)), arr(b.pixels, "<f4"), arr(b.ids, "<i4")]
        if b.report_ids is not None:
            parts.append(arr(b.report_ids, "<i4"))
        if R:
            parts += [i32(*b.n_regions), arr(b.boxes, "<f4"), arr(b.region_ids, "<i4"), arr(b.neg_ids, "<i4")]
        if Q:
            parts += [i32(*b.n_questions), arr(b.question_ids, "<i4"), arr(b.answers, "<i4")]
    path.write_bytes(b"".join(parts))


def equiv(model_path: Path, train_steps: Path, rclip: Path, corpus: Path, out: Path) -> None:
    """Asserts, for 10 steps crossing stage 1 (global only) -> stage 2 (region, fused and VQA
    losses, image and text towers frozen): each step's loss and terms of the PyTorch trainer
    within 1e-4 relative of the C trainer's (same initial GGUF, same batches, the stages read
    from the C checkpoint's train.cfg.*); every parameter after step 10 within 1e-4 relative;
    the same for a PyTorch run resumed from the C checkpoint of step 5 (moments, update
    counts and step taken from it); python -m train --resume of that checkpoint on a manifest
    runs steps 6..10 in stage 2 with the C schedule's learning rates; a checkpoint of rclip
    train (step 3 of 2,2,2) continued by python -m train runs steps 4..6 with the stages and
    learning rates of rclip train's uninterrupted run."""
    from train.recipe import Stage
    out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)
    loaded = read_gguf(model_path)
    S = loaded.arch.model_cfg["vision_cfg"]["image_size"]
    cfg = TrainConfig(max_batch=B, grad_clip=1.0, weight_decay=0.1, max_regions=sum(REGIONS), max_negatives=K,
                      max_questions=sum(QUESTIONS),
                      stages=[Stage(STAGE1, 1e-3, 1, 1.0, 0.0, 0.0, 0.0, 0),
                              Stage(STAGE2, 5e-4, 2, 1.0, 0.5, 0.7, 0.8, GROUP_IMAGE | GROUP_TEXT)])
    if loaded.arch.family == "biomedclip":        # [CLS] ... [SEP] [PAD]..., ordinary words after the specials
        tokens = loaded.arch.text["tokens"]
        id_args = (tokens.index("[CLS]"), tokens.index("[SEP]"), tokens.index("[PAD]"), (5, len(tokens)))
    else:
        id_args = (49406, 49407, 0, (1, 49406))
    batches = fixed_batches(S, len(loaded.arch.answers), id_args)
    write_batches(out / "batches.bin", batches, cfg, S)
    run = subprocess.run([str(train_steps), str(model_path), str(out / "batches.bin"), str(out / "c"), "5", "10"],
                         capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    print(run.stderr, end="")
    check(run.returncode == 0, "C trainer ran the 10 steps")
    if run.returncode:
        return
    c_terms = [[float(x) for x in line.split()[3:12:2]] for line in run.stdout.splitlines()]
    c_terms_lr = [float(line.split()[13]) for line in run.stdout.splitlines()]
    c10 = read_gguf(out / "c.step10.gguf")
    got, given = c10.cfg.to_keys(), cfg.to_keys()
    check(got.keys() == given.keys() and all(np.float32(got[k]) == np.float32(given[k]) for k in given),
          "the C checkpoint's configuration (train.cfg.*) reads back as the one given (in float32)")
    ref = dict(c10.tensors, logit_scale=np.array([c10.logit_scale], dtype=np.float32))

    def run_torch(start: int, init: Path, resume: bool) -> None:
        src = read_gguf(init)
        model = RegionClip(src.arch)
        model.load_tensors(src)
        trainer = Trainer(model, c10.cfg)
        if resume:
            trainer.load_c_state(src)
        what = f"from the C checkpoint of step {start}" if resume else "from the initial GGUF"
        worst = 0.0
        for k in range(start, len(batches)):
            v = trainer.step(batches[k])
            err = max(abs(a - c) / max(abs(c), 1e-12) for a, c in zip(v[:5], c_terms[k]) if c or a)
            worst = max(worst, err)
            print(f"  step {k + 1}: torch {v[0]:.7f} C {c_terms[k][0]:.7f} (terms rel {err:.2e}, lr {v[5]:.3g})")
        check(worst <= 1e-4, f"{what}: losses and terms of steps {start + 1}..10 within 1e-4 of C's (worst {worst:.2e})")
        name, err = worst_tensor(model.named_arrays(), ref)
        check(err <= 1e-4, f"{what}: all {len(ref)} parameters after step 10 within 1e-4 of C's "
                           f"(worst {name} {err:.2e})")

    run_torch(0, model_path, False)
    run_torch(5, out / "c.step5.gguf", True)
    cli = out / "cli"
    subprocess.run(["rm", "-rf", str(cli), str(cli) + ".csv"])
    if run_trainer([sys.executable, "-m", "train", str(model_path), str(corpus / "train.txt"), "-o", str(cli),
                    "--csv", str(cli) + ".csv", "--batch", "4", "--resume", str(out / "c.step5.gguf"), "--threads", "1"],
                   "python -m train --resume c.step5.gguf (the C checkpoint) on the manifest"):
        rows = log_rows(Path(str(cli) + ".csv"))
        check(rows[:, 0].tolist() == [6, 7, 8, 9, 10] and (rows[:, 1] == 2).all() and
              np.allclose(rows[:, 7], [c_terms_lr[k] for k in range(5, 10)], rtol=1e-6),
              "it continues at step 6 in stage 2 and ends at the C configuration's 10 steps, with its learning rates")
    # a checkpoint of rclip train itself (stopped with --until 3 of 2,2,2 steps) continued by python -m train
    rc = {k: out / f"rclip-{k}" for k in ("part", "full", "cont")}
    subprocess.run(["rm", "-rf"] + [str(p) for p in rc.values()] + [f"{p}.csv" for p in rc.values()])
    for k, extra in (("part", ["--until", "3"]), ("full", [])):
        run_trainer([str(rclip.resolve()), "train", str(model_path), str(corpus / "train.txt"), "-o", f"{rc[k]}.gguf",
                     "--steps", "2,2,2", "--batch", "4", "--lr", "1e-3", "--log", f"{rc[k]}.csv"] + extra,
                    f"rclip train --steps 2,2,2 {' '.join(extra)}")
    if run_trainer([sys.executable, "-m", "train", str(model_path), str(corpus / "train.txt"), "-o", str(rc["cont"]),
                    "--csv", f"{rc['cont']}.csv", "--batch", "4", "--resume", f"{rc['part']}.gguf", "--threads", "1"],
                   "python -m train --resume of rclip train's checkpoint of step 3"):
        rows, full = log_rows(Path(f"{rc['cont']}.csv")), log_rows(Path(f"{rc['full']}.csv"))
        check(rows[:, 0].tolist() == [4, 5, 6] and rows[:, 1].tolist() == full[3:, 1].tolist() and
              np.allclose(rows[:, 7], full[3:, 7], rtol=1e-6),
              "it runs steps 4..6 with the stages and learning rates of rclip train's uninterrupted run")


# ---- 2. torchrun: 2 ranks = 1 process; kill + resume ----------------------------------------

TORCHRUN = [sys.executable, "-m", "torch.distributed.run"]
RUN_ARGS = ["--steps", "2,2,2", "--batch", "8", "--lr", "1e-3", "--grad-clip", "1.0", "--seed", "5", "--threads", "1"]


EXTRA: list[str] = []     # trainer flags every run of a check gets (ddp ... --float64)


def trainer_cmd(procs: int, model: Path, manifest: Path, out: Path, *extra: str) -> list[str]:
    launch = TORCHRUN + [f"--nproc_per_node={procs}", "--master_port", str(29500 + os.getpid() % 1000 + procs),
                         "-m", "train"] if procs else [sys.executable, "-m", "train"]
    return launch + [str(model), str(manifest), "-o", str(out), "--csv", str(out) + ".csv"] + RUN_ARGS + \
        EXTRA + list(extra)


def run_trainer(cmd: list[str], what: str) -> bool:
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    if r.returncode:
        print(r.stdout[-3000:], r.stderr[-3000:])
    check(r.returncode == 0, what)
    return r.returncode == 0


def log_rows(path: Path) -> np.ndarray:
    return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def ckpt_arrays(out: Path) -> dict[str, np.ndarray]:
    if (out / "model.pt").exists():                  # clip family; biomedclip: an open_clip folder
        sd = torch.load(out / "model.pt", map_location="cpu")
    else:
        from safetensors.torch import load_file
        sd = load_file(str(out / "open_clip_model.safetensors"))
    sd.update({f"roi.{k}": v for k, v in torch.load(out / "roi.pt", map_location="cpu").items() if k != "num_heads"})
    return {k: v.numpy() for k, v in sd.items() if v.is_floating_point()}


def compare_runs(a: Path, b: Path, what: str, tol: float) -> None:
    la, lb = log_rows(Path(str(a) + ".csv")), log_rows(Path(str(b) + ".csv"))
    same_steps = la.shape == lb.shape and (la[:, 0] == lb[:, 0]).all()
    err = float(np.max(np.abs(la[:, 2:7] - lb[:, 2:7]) / np.maximum(np.abs(lb[:, 2:7]), 1e-12))) if same_steps else 1.0
    check(same_steps and err <= tol, f"{what}: losses of every step within {tol:g} (worst {err:.2e}, "
                                     f"{len(lb)} steps)")
    name, err = worst_tensor(ckpt_arrays(a), ckpt_arrays(b))
    check(err <= tol, f"{what}: every parameter within {tol:g} (worst {name} {err:.2e})")


def children(pid: int) -> list[int]:
    """The running processes whose parent is pid."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def ddp(model: Path, corpus: Path, out: Path) -> None:
    """Asserts: torchrun --nproc_per_node=2 (gloo) on a global batch of 8 with global
    negatives gives every step's losses and every final parameter within 1e-5 of one process
    on the same 8, across the three stages; with local negatives the losses differ by more
    than 1e-3; a 2-rank run killed (SIGKILL) after a checkpoint
    and resumed from it ends with the uninterrupted run's losses and parameters (1e-5)."""
    out.mkdir(parents=True, exist_ok=True)
    if not (run_trainer(trainer_cmd(0, model, corpus / "train.txt", out / "one"), "one process, 6 steps over 3 stages") and
            run_trainer(trainer_cmd(2, model, corpus / "train.txt", out / "two"), "torchrun --nproc_per_node=2, same run")):
        return
    compare_runs(out / "two", out / "one", "2 ranks vs 1 process", 1e-5)
    if run_trainer(trainer_cmd(2, model, corpus / "train.txt", out / "local", "--negatives", "local"),
                   "torchrun --nproc_per_node=2 --negatives local"):
        la, lb = log_rows(out / "local.csv"), log_rows(out / "one.csv")
        diff = float(np.max(np.abs(la[:, 2] - lb[:, 2])))
        check(diff > 1e-3, f"with local negatives the losses differ from one process on 8 (by {diff:.3f}): "
                           "the comparison sees where the negatives come from")
    killed = out / "killed"
    for p in (killed, Path(str(killed) + ".csv")):
        subprocess.run(["rm", "-rf", str(p)])
    proc = subprocess.Popen(trainer_cmd(2, model, corpus / "train.txt", killed, "--save-every", "2"), cwd=ROOT,
                            env={**os.environ, "OMP_NUM_THREADS": "1"}, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while not (killed / "trainer.pt").exists() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.005)
    ranks = children(proc.pid)                      # torchrun starts each rank in its own session
    for pid in ranks + [proc.pid]:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait()
    while any(alive(pid) for pid in ranks):
        time.sleep(0.01)
    step = int(torch.load(killed / "trainer.pt", weights_only=False)["step"]) if (killed / "trainer.pt").exists() else 0
    check(0 < step < 6, f"run killed after its checkpoint of step {step} (of 6)")
    rows = log_rows(Path(str(killed) + ".csv"))
    np.savetxt(Path(str(killed) + ".csv"), rows[rows[:, 0] <= step], delimiter=",", header="resumed", fmt="%.9g")
    if run_trainer(trainer_cmd(2, model, corpus / "train.txt", killed, "--resume", str(killed)), "resumed with torchrun"):
        compare_runs(killed, out / "two", "killed + resumed vs uninterrupted", 1e-5)


# ---- 3. round trip: the torchrun checkpoint -> convert.py -> rclip ------------------------

TEXTS = ["bright round nodule in the right upper lobe", "dark square cyst in the left lower lobe", "no finding"]
BOXES = [(20.0, 30.0, 60.0, 70.0), (5.5, 8.0, 40.25, 90.0)]
QUESTION = "is there a nodule?"


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def rclip_blocks(out: str) -> list[dict[str, float]]:
    """rclip regions' output: per block (box 0, box 1, ..., image (fused)) text -> cosine."""
    blocks: list[dict[str, float]] = []
    for line in out.splitlines():
        if "\t" not in line:
            blocks.append({})
        else:
            text, cos, _ = line.split("\t")
            blocks[-1][text] = float(cos)
    return blocks


def roundtrip(rclip: Path, ckpt: Path, corpus: Path, out: Path) -> None:
    """Asserts: the torchrun run's checkpoint converts with convert.py (its convert.txt
    arguments); rclip on that GGUF gives the PyTorch model's image embedding (embed-image),
    text embeddings (embed-text), per-box and fused region cosines (regions, 2 boxes x 3
    texts) and VQA probabilities (vqa) with cosine >= 0.99999 between rclip's and torch's
    vectors and max abs difference <= 1e-4."""
    import open_clip
    from PIL import Image
    from gen_regions import model_box
    from train.model import load_torch_checkpoint
    out.mkdir(parents=True, exist_ok=True)
    gguf_path = out / "roundtrip.gguf"
    conv = subprocess.run([sys.executable, str(ROOT / "convert" / "convert.py")] + (ckpt / "convert.txt").read_text().split()
                          + ["-o", str(gguf_path), "-q"], capture_output=True, text=True)
    print(conv.stderr[-2000:], end="")
    check(conv.returncode == 0, f"convert.py $(cat {ckpt}/convert.txt) -> {gguf_path.name}")
    if conv.returncode:
        return
    torch.set_num_threads(1)
    model = RegionClip(read_gguf(gguf_path).arch)
    load_torch_checkpoint(model, ckpt, torch.device("cpu"))
    arch = model.arch
    S = arch.model_cfg["vision_cfg"]["image_size"]
    image = corpus / "images" / "00001.png"
    pil = Image.open(image)
    pre = open_clip.image_transform(S, is_train=False, mean=arch.preprocess_cfg["mean"], std=arch.preprocess_cfg["std"])
    tok = model.tokenizer
    run = lambda *a: subprocess.run([str(rclip.resolve()), *a], capture_output=True, text=True, check=True).stdout  # noqa: E731
    with torch.no_grad():
        g, tokens = model.encode_pixels(pre(pil)[None])
        txt = model.clip.encode_text(tok(TEXTS), normalize=True)
        boxes = torch.tensor([model_box(np.array(b), pil.width, pil.height, S) for b in BOXES])
        r = model.region_vectors(tokens, boxes, [len(BOXES)], S)
        fused = model.roi.fuse(g[0], r)
        q = model.clip.encode_text(tok([QUESTION]), normalize=True)
        probs = torch.softmax(model.roi.answer(fused[None], q), -1)[0]
    F = torch.nn.functional
    pairs = {"embed-image": (F.normalize(g[0], dim=-1).numpy(),
                             np.array(run("embed-image", str(gguf_path), str(image)).split(), dtype=np.float64))}
    pairs["embed-text"] = (txt.numpy().reshape(-1), np.concatenate(
        [np.array(run("embed-text", str(gguf_path), t).split(), dtype=np.float64) for t in TEXTS]))
    box_args = [a for b in BOXES for a in ("--box", ",".join(f"{v:g}" for v in b))]
    blocks = rclip_blocks(run("regions", str(gguf_path), str(image), *box_args, *TEXTS))
    mine = torch.cat([F.normalize(r, dim=-1), F.normalize(fused, dim=-1)[None]]) @ txt.T
    pairs["regions"] = (mine.numpy().reshape(-1), np.array([[blk[t] for t in TEXTS] for blk in blocks]).reshape(-1))
    vqa = dict(line.split("\t") for line in run("vqa", str(gguf_path), str(image), *box_args, QUESTION).splitlines())
    pairs["vqa"] = (probs.numpy(), np.array([float(vqa[a]) for a in arch.answers]))
    for what, (a, b) in pairs.items():
        ok = a.shape == b.shape and cosine(a, b) >= 0.99999 and float(np.max(np.abs(a - b))) <= 1e-4
        check(ok, f"rclip {what} equals the PyTorch model's ({a.size} values: cosine "
                  f"{cosine(a, b) if a.shape == b.shape else float('nan'):.7f}, max abs "
                  f"{float(np.max(np.abs(a - b))) if a.shape == b.shape else float('nan'):.2e})")


# ---- 4. bad input ----------------------------------------------------------------------------

def badinput(model: Path, other: Path, c_ckpt: Path, torch_ckpt: Path, corpus: Path, out: Path) -> None:
    """Asserts: a manifest with a bad line under torchrun --nproc_per_node=2 --stop-on-bad
    exits nonzero within 120 s with FILE:LINE: message printed by both ranks; a checkpoint of
    another architecture (an rclip-train GGUF of the GELU model, and this trainer's
    checkpoint of it) given with --resume to the QuickGELU model is refused with a message
    naming both architectures, on every rank, exit status nonzero."""
    out.mkdir(parents=True, exist_ok=True)
    lines = (corpus / "train.txt").read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("region ")) + 1
    bad = out / "bad.txt"
    bad.write_text("\n".join(lines[:at] + ["region 10 10 5 20 an inverted box"] + lines[at:]) + "\n")
    # images are relative to the manifest's directory
    (out / "images").is_symlink() or (out / "images").symlink_to((corpus / "images").resolve())
    want = f"{bad}:{at + 1}: region box 10 10 5 20 is inverted or empty"
    t0 = time.time()
    try:
        r = subprocess.run(trainer_cmd(2, model, bad, out / "bad-run", "--stop-on-bad"), cwd=ROOT, capture_output=True,
                           text=True, timeout=120, env={**os.environ, "OMP_NUM_THREADS": "1"})
        rc, text = r.returncode, r.stdout + r.stderr
    except subprocess.TimeoutExpired:
        rc, text = 0, "timeout"
    print("\n".join(line for line in text.splitlines() if "error" in line or str(bad) in line))
    check(rc != 0 and all(f"[rank {k}] {want}" in text for k in (0, 1)),
          f"bad manifest: both ranks report '{want}' and stop (exit {rc}, {time.time() - t0:.0f} s)")
    for ckpt in (c_ckpt, torch_ckpt):
        r = subprocess.run(trainer_cmd(2, other, corpus / "train.txt", out / "other", "--resume", str(ckpt)), cwd=ROOT,
                           capture_output=True, text=True, timeout=120, env={**os.environ, "OMP_NUM_THREADS": "1"})
        text = r.stdout + r.stderr
        msg = f"{ckpt}: checkpoint of another architecture than the model"
        print("\n".join(line for line in text.splitlines() if "architecture" in line)[:600])
        check(r.returncode != 0 and all(f"[rank {k}] error: {msg}" in text for k in (0, 1)),
              f"--resume {ckpt.name} on {other.name}: refused by both ranks with '{msg}'")


def main() -> int:
    checks = {"equiv": lambda a: equiv(*(Path(x) for x in a[:5])),
              "ddp": lambda a: (EXTRA.extend(a[3:]), ddp(Path(a[0]), Path(a[1]), Path(a[2]))),
              "roundtrip": lambda a: roundtrip(Path(a[0]), Path(a[1]), Path(a[2]), Path(a[3])),
              "badinput": lambda a: badinput(*(Path(x) for x in a[:6]))}
    if len(sys.argv) < 2 or sys.argv[1] not in checks:
        print(__doc__)
        return 2
    checks[sys.argv[1]](sys.argv[2:])
    print(f"{RESULTS[0]} passed, {RESULTS[1]} failed")
    return 1 if RESULTS[1] else 0


if __name__ == "__main__":
    sys.exit(main())
