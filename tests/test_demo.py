"""The shipped demo model (weights/README.md) is the real, working one.

weights/demo-scan.txt is the generator's own manifest record of weights/demo-scan.png (a
held-out scan: tests/gen_medregion.py wrote its boxes, captions and negatives by construction).
Checks, through the CLI a user runs:
  - `rclip regions`: for every box, its caption ranks first among the caption and the record's
    negative captions for that box (wrong location or wrong kind);
  - `rclip zeroshot`: the summary ranks first among the summaries made by moving one of its
    findings to every other location;
  - `rclip vqa`: every answer of the model's set printed once, probabilities summing to 1 (the
    answers are printed against the record's but not asserted: the demo's held-out VQA accuracy
    is 0.643, weights/README.md);
  - README's command 2 (the drawn-scan example), run as written.

usage: python tests/test_demo.py RCLIP MODEL.gguf WEIGHTS_DIR
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks import Checks  # noqa: E402
from gen_medregion import ANSWERS, LOCATIONS  # noqa: E402


def read_record(path: Path) -> dict:
    rec: dict = {"regions": [], "vqa": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, rest = line.partition(" ")
        if key in ("image", "summary"):
            rec[key] = rest
        elif key == "region":
            x0, y0, x1, y1, caption = rest.split(" ", 4)
            rec["regions"].append({"box": f"{x0},{y0},{x1},{y1}", "caption": caption, "negatives": []})
        elif key == "negative":
            rec["regions"][-1]["negatives"].append(rest)
        elif key == "vqa":
            rec["vqa"].append(tuple(rest.split("\t")))
    return rec


def rclip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RCLIP, *args], capture_output=True, text=True)


def check_boxes(check: Checks, rclip_path: str, model: str, rec: dict, scan: str) -> None:
    """For every box of the record: its caption ranks first among it and its negatives."""
    for i, g in enumerate(rec["regions"]):
        r = subprocess.run([rclip_path, "regions", model, scan, "--box", g["box"], g["caption"], *g["negatives"]],
                           capture_output=True, text=True)
        lines = r.stdout.splitlines()
        top = lines[1].split("\t")[0] if len(lines) > 1 else ""
        check(r.returncode == 0 and top == g["caption"], f"box {i} ({g['box']}): first is '{top}' (want '{g['caption']}')")


def readme_command(root: Path, heading: str) -> str:
    """The shell command under README's comment line starting with heading, up to a blank or
    the next comment line, joined, without its `make && `."""
    readme = (root / "README.md").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(readme) if line.startswith(heading))
    end = next(i for i in range(at + 1, len(readme)) if not readme[i].strip() or readme[i].startswith("#"))
    return " ".join(line.rstrip("\\") for line in readme[at + 1:end]).replace("make && ", "", 1)


def main() -> int:
    check = Checks()

    rec = read_record(WEIGHTS / "demo-scan.txt")
    scan = str(WEIGHTS / rec["image"])
    check_boxes(check, RCLIP, MODEL, rec, scan)
    summary = rec["summary"]
    here = [loc for loc in LOCATIONS if loc in summary]
    distractors = [summary.replace(loc, other) for loc in here for other in LOCATIONS if other not in summary]
    r = rclip("zeroshot", MODEL, scan, summary, *distractors)
    top = r.stdout.splitlines()[0].split("\t")[0] if r.stdout else ""
    check(r.returncode == 0 and top == summary and len(distractors) >= 3,
          f"zeroshot: '{top}' first among the summary and {len(distractors)} moved-finding variants")
    for question, answer in rec["vqa"]:
        r = rclip("vqa", MODEL, scan, *[a for g in rec["regions"] for a in ("--box", g["box"])], question)
        probs = dict(line.rsplit("\t", 1) for line in r.stdout.splitlines())
        total = sum(float(p) for p in probs.values())
        best = max(probs, key=lambda a: float(probs[a])) if probs else ""
        check(r.returncode == 0 and sorted(probs) == sorted(ANSWERS) and abs(total - 1) < 1e-4,
              f"vqa '{question}': all {len(probs)} answers, sum {total:.4f}; first '{best}' (record: '{answer}')")
    cmd = readme_command(WEIGHTS.parent, "# 2. The same on a drawn scan")
    r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=WEIGHTS.parent)
    lines = r.stdout.splitlines()
    tops = [lines[k + 1].split("\t")[0] for k, line in enumerate(lines[:-1]) if line.startswith("box ")]
    check(r.returncode == 0 and tops == [g["caption"] for g in rec["regions"]],
          f"README command 2 (the drawn scan) runs and each box picks its caption: {tops}")
    return check.summary("demo")


if __name__ == "__main__":
    RCLIP, MODEL, WEIGHTS = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    sys.exit(main())
