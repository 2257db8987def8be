"""End-to-end test of `rclip train` (examples/train.h) on the synthetic MedRegion corpus.

Checks: a short three-stage run exits 0 with a CSV log (its columns, one row per step, the
stages in order, region/fused terms only from stage 2), a loss-curve PNG of the documented size,
and a checkpoint `rclip zeroshot` loads; --heldout accuracies; a run stopped with --until and resumed with --resume
ends in a checkpoint byte-identical to the uninterrupted run's (one thread); a CKPT.rng with an
all-zero state, an overflowing number, a short or over-long line, or no line for the
checkpoint's step makes --resume exit 1 naming the file (and line) with no output; bad manifests are
reported as FILE:LINE (skipped by default, fatal with --stop-on-bad); an unwritable output gives
an error and no file; bad arguments give usage (exit 2). Killed with SIGKILL at seeded random
moments (saving every step), the file under the final name is always a whole checkpoint (the
gguf package reads it, its train.step is a step of the run) and resuming after each kill ends
in the uninterrupted run's checkpoint, byte for byte, and its CSV rows. A full disk (a tmpfs
in a private mount namespace, `unshare -rm`): with no room for a checkpoint, exit 1 with an
error and no file left; with room for one, a failing later save leaves the earlier checkpoint
unchanged and no temporary file.

usage: python tests/test_train_cli.py RCLIP MODEL.gguf MEDREGION_DIR WORK_DIR
"""
import csv
import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import gguf
from PIL import Image

passed = 0
failed = 0


def check(ok: bool, what: str, detail: str = "") -> None:
    global passed, failed
    passed += ok
    failed += not ok
    print(f"  {'ok  ' if ok else 'FAIL'} {what} {detail}")


def train(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.run([RCLIP, "train", *args], capture_output=True, text=True, env=env)


def train_cmd(*args: str) -> list[str]:
    return [RCLIP, "train", *args]


def whole_checkpoint(path: Path, total: int) -> bool:
    """The gguf package parses the file and its train.step is one of the run's steps."""
    try:
        step = int(gguf.GGUFReader(str(path)).fields["train.step"].contents())
    except Exception:
        return False
    return 1 <= step <= total


def kill_and_resume(work: Path, manifest: str, steps: list[str]) -> None:
    args = [MODEL, manifest, *steps, "--save-every", "1"]
    env = dict(os.environ, OMP_NUM_THREADS="1")
    t0 = time.monotonic()
    r = subprocess.run(train_cmd(*args, "-o", str(work / "u.gguf"), "--log", str(work / "u.csv")), capture_output=True, env=env)
    duration = time.monotonic() - t0
    out, log = work / "k.gguf", work / "k.csv"
    for p in (out, log, Path(f"{out}.rng")):
        p.unlink(missing_ok=True)
    rng = random.Random(11)
    kills, whole = 0, True
    for _ in range(40):
        if kills == 6:
            break
        resume = ["--resume", str(out)] if out.exists() else []
        p = subprocess.Popen(train_cmd(*args, "-o", str(out), "--log", str(log), *resume),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.0, duration))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            kills += 1
        elif p.wait() == 0:              # finished before the kill: start again from nothing
            for f in (out, log, Path(f"{out}.rng")):
                f.unlink()
        p.wait()
        whole &= not out.exists() or whole_checkpoint(out, 16)
    resume = ["--resume", str(out)] if out.exists() else []
    last = subprocess.run(train_cmd(*args, "-o", str(out), "--log", str(log), *resume), capture_output=True, text=True, env=env)
    check(r.returncode == 0 and whole, "after each SIGKILL the final name holds a whole checkpoint", f"{kills} kills")
    same = last.returncode == 0 and out.read_bytes() == (work / "u.gguf").read_bytes()
    rows = [x.split(",")[:10] for x in log.read_text().splitlines()] if log.exists() else []
    same_log = rows == [x.split(",")[:10] for x in (work / "u.csv").read_text().splitlines()]
    check(kills == 6 and same and same_log, "resumed after every kill: the uninterrupted checkpoint and CSV rows",
          f"{kills} kills; {last.stderr.strip()[-200:]}")


def full_disk(work: Path, manifest: str, steps: list[str]) -> None:
    size = (work / "u.gguf").stat().st_size         # a checkpoint (kill_and_resume's)
    mnt = work / "disk"
    mnt.mkdir(exist_ok=True)
    run = f"{RCLIP} train {MODEL} {manifest} {' '.join(steps)} -o {mnt}/f.gguf"
    script = {  # tmpfs sizes: no room for one checkpoint; room for one but not for a second beside it
        "none": f"mount -t tmpfs -o size={size // 2} tmpfs {mnt} && {{ {run} --until 1; echo rc=$?; ls -a {mnt}; }}",
        "one": (f"mount -t tmpfs -o size={size * 3 // 2} tmpfs {mnt} && {run} --until 1 >/dev/null 2>&1 && "
                f"sha256sum {mnt}/f.gguf && {{ {run} --resume {mnt}/f.gguf --until 2; echo rc=$?; sha256sum {mnt}/f.gguf; ls -a {mnt}; }}"),
    }
    env = dict(os.environ, OMP_NUM_THREADS="1")
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script["none"]], capture_output=True, text=True, env=env)
    files = set(r.stdout.split()) - {".", "..", "rc=1"}
    check("rc=1" in r.stdout and "No space left" in r.stderr and not files, "full disk: exit 1, the reason, no file",
          f"{r.stderr.strip()[-160:]} left {sorted(files)}")
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script["one"]], capture_output=True, text=True, env=env)
    sums = [x.split()[0] for x in r.stdout.splitlines() if x.endswith(" f.gguf") or x.endswith("/f.gguf")]
    names = set(r.stdout.split()) - {".", "..", "rc=1"} - set(sums) - {f"{mnt}/f.gguf"}
    check("rc=1" in r.stdout and len(sums) == 2 and sums[0] == sums[1] and names <= {"f.gguf", "f.gguf.rng"},
          "full disk on a later save: the earlier checkpoint unchanged, no temporary file",
          f"{r.stderr.strip()[-160:]} {sorted(names)}")


def main() -> None:
    work = WORK
    work.mkdir(parents=True, exist_ok=True)
    manifest = str(CORPUS / "train.txt")
    steps = ["--steps", "6,6,4", "--batch", "4", "--seed", "7"]
    out = work / "a.gguf"
    r = train(MODEL, manifest, "-o", str(out), *steps, "--log", str(work / "a.csv"), "--curve", str(work / "a.png"))
    check(r.returncode == 0 and out.exists(), "three-stage run", r.stderr.strip()[-200:])
    rows = list(csv.DictReader(open(work / "a.csv")))
    check(rows and list(rows[0]) == ["step", "stage", "loss", "loss_global", "loss_region", "loss_fused", "loss_vqa",
                                     "lr", "grad_norm", "logit_scale", "images_per_s"], "CSV columns")
    check([int(x["step"]) for x in rows] == list(range(1, 17)), "one CSV row per step")
    check([int(x["stage"]) for x in rows] == [1] * 6 + [2] * 6 + [3] * 4, "stages 1, 2, 3 in order")
    check(all(float(x["loss_region"]) == 0 for x in rows[:6]) and all(float(x["loss_region"]) > 0 for x in rows[6:]),
          "region loss from stage 2 on")
    check(all(float(x["loss_vqa"]) == 0 for x in rows[:6]) and all(float(x["loss_vqa"]) > 0 for x in rows[6:]),
          "VQA loss from stage 2 on (the model's answers include the corpus' yes/no)")
    with Image.open(work / "a.png") as im:
        check(im.size == (720, 400), "loss curve PNG", str(im.size))
    scan = next((CORPUS / "images").iterdir())
    r = subprocess.run([RCLIP, "zeroshot", str(out), str(scan), "a nodule", "a cyst"], capture_output=True, text=True)
    check(r.returncode == 0 and len(r.stdout.splitlines()) == 2, "checkpoint loads in rclip zeroshot", r.stderr.strip())

    r = train(MODEL, manifest, "-o", str(work / "l.gguf"), "--steps", "2,2,2", "--batch", "4", "--lr", "1e-3,2e-3,3e-3",
              "--grad-clip", "0.5", "--log", str(work / "l.csv"))
    peaks = [max(float(x["lr"]) for x in csv.DictReader(open(work / "l.csv")) if x["stage"] == k) for k in "123"]
    check(r.returncode == 0 and [round(p, 6) for p in peaks] == [1e-3, 2e-3, 3e-3], "--lr L1,L2,L3: each stage's peak", str(peaks))
    r = train(MODEL, manifest, "-o", str(work / "h.gguf"), *steps, "--until", "2", "--heldout", str(CORPUS / "heldout.txt"),
              "--export", str(work / "h.model.gguf"))
    ex = subprocess.run([RCLIP, "zeroshot", str(work / "h.model.gguf"), str(scan), "a nodule", "a cyst"], capture_output=True, text=True)
    ck = subprocess.run([RCLIP, "zeroshot", str(work / "h.gguf"), str(scan), "a nodule", "a cyst"], capture_output=True, text=True)
    size_ex, size_ck = (work / "h.model.gguf").stat().st_size, (work / "h.gguf").stat().st_size
    check(r.returncode == 0 and ex.returncode == 0 and ex.stdout == ck.stdout and 0 < size_ex * 5 < size_ck * 2,
          "--export: the model alone, scoring like the checkpoint", f"{size_ex} vs {size_ck} bytes")
    line = next((x for x in r.stdout.splitlines() if x.startswith("held-out")), "")
    check(r.returncode == 0 and "region->caption" in line and "/121," in line and "/60," in line,
          "--heldout prints both accuracies over the held-out set", line)
    vqa = next((x for x in r.stdout.splitlines() if x.startswith("held-out") and " vqa " in x), "")
    n_answers = len(gguf.GGUFReader(MODEL).fields["regionclip.vqa.answers"].data)
    check(f"chance {1 / n_answers:.3f}" in vqa and "majority answer" in vqa, "--heldout prints the VQA accuracy", vqa)

    r1 = train(MODEL, manifest, "-o", str(work / "b.gguf"), *steps, "--until", "9")
    r2 = train(MODEL, manifest, "-o", str(work / "c.gguf"), *steps, "--resume", str(work / "b.gguf"))
    same = r1.returncode == 0 and r2.returncode == 0 and (work / "c.gguf").read_bytes() == out.read_bytes()
    check(same, "stopped at step 9, resumed: checkpoint identical to the uninterrupted run", r2.stderr.strip()[-200:])

    rng_file = Path(f"{work / 'b.gguf'}.rng")
    good_points = rng_file.read_text()
    for text, what in [("9 0 0 0 0\n", "an all-zero RNG state"), ("9 1 2 3 99999999999999999999\n", "an overflowing number"),
                       ("9 1 2 3\n", "a short line"), ("x" * 300 + "\n", "an over-long line"), ("", "no line for step 9")]:
        rng_file.write_text(text)
        r = train(MODEL, manifest, "-o", str(work / "g.gguf"), *steps, "--resume", str(work / "b.gguf"))
        where = f"{rng_file}:1:" if text else f"{rng_file}: no RNG state"
        check(r.returncode == 1 and where in r.stderr and not (work / "g.gguf").exists(),
              f"--resume with {what} in CKPT.rng: exit 1, the file and line named, no output", r.stderr.strip()[-200:])
    rng_file.write_text(good_points)

    kill_and_resume(work, manifest, steps)
    full_disk(work, manifest, steps)

    bad = work / "bad.txt"
    good_record = next(b for b in (CORPUS / "train.txt").read_text().split("\n\n") if b.startswith("image "))
    image_line = good_record.splitlines()[0]
    good = good_record.replace(image_line, f"image {CORPUS.resolve() / image_line[6:]}").strip()
    n = len(good.splitlines())
    missing, unknown = n + 2, 2 * n + 5          # the line numbers the two problems are on
    bad.write_text(f"{good}\n\nimage nope.png\nsummary a missing scan\n\n{good}\nfrobnicate 3\n")
    r = train(MODEL, str(bad), "-o", str(work / "d.gguf"), *steps, "--until", "2")
    check(r.returncode == 0 and f"{bad}:{missing}:" in r.stderr and f"{bad}:{unknown}:" in r.stderr and
          "skipped" in r.stderr, "bad records reported FILE:LINE and skipped", r.stderr.strip()[:300])
    r = train(MODEL, str(bad), "-o", str(work / "e.gguf"), *steps, "--until", "2", "--stop-on-bad")
    check(r.returncode == 1 and f"{bad}:{missing}:" in r.stderr and not (work / "e.gguf").exists(),
          "--stop-on-bad stops at the first bad line", r.stderr.strip()[:300])
    r = train(MODEL, manifest, "-o", str(work / "missing-dir" / "f.gguf"), *steps, "--until", "1")
    check(r.returncode == 1 and "error" in r.stderr and not (work / "missing-dir").exists(),
          "unwritable output: error, no file", r.stderr.strip()[-200:])
    for args in ([MODEL], [MODEL, manifest], [MODEL, manifest, "-o", str(out), "--batch", "1"],
                 [MODEL, manifest, "-o", str(out), "--steps", "1,2"], [MODEL, manifest, "-o", str(out), "--bogus", "1"],
                 [MODEL, manifest, "-o", str(out), "--lr", "1e-3,2e-3"], [MODEL, manifest, "-o", str(out), "--lr", "1e-3,0,1e-4"],
                 [MODEL, manifest, "-o", str(out), "--grad-clip", "-1"], [MODEL, manifest, "-o", str(out), "--grad-clip", "x"],
                 [MODEL, manifest, "-o", str(out), "--lr", "1e-3,x"], [MODEL, manifest, "-o", str(out), "--steps", "1,2,3x"]):
        r = train(*args)
        check(r.returncode == 2 and "usage" in r.stderr, f"usage error {args[1:]}")
    print(f"train-cli: {passed} passed, {failed} failed")
    sys.exit(failed != 0)


if __name__ == "__main__":
    RCLIP, MODEL, CORPUS, WORK = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    main()
