"""`rclip vqa` against the PyTorch reference probabilities of tests/gen_regions.py.

For each case of REGIONS/{clip-roi,biomed-roi}_vqa.bin the image is written as PNG (lossless),
`rclip vqa MODEL IMAGE --box ... [--mode crop] QUESTION` is run, and every printed answer's
probability must be within 1e-5 of the reference (the reference answer order is the file's);
the output must be sorted by probability. Then the refusals: a model without a VQA head, no
or two questions, a bad box.

usage: python tests/test_cli_vqa.py ./rclip build/regions
"""
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks import Checks  # noqa: E402

TOL = 1e-5


def read_cases(path: Path) -> tuple[list[str], list[dict]]:
    d = path.read_bytes()
    assert d[:8] == b"RCVQA001", path
    p = 8
    _, n_answers = struct.unpack_from("<II", d, p)
    p += 8

    def text() -> str:
        nonlocal p
        (n,) = struct.unpack_from("<I", d, p)
        p += 4 + n
        return d[p - n:p].decode()

    answers = [text() for _ in range(n_answers)]
    (n_cases,) = struct.unpack_from("<I", d, p)
    p += 4
    cases = []
    for _ in range(n_cases):
        w, h, nb = struct.unpack_from("<III", d, p)
        p += 12
        pixels = np.frombuffer(d, np.uint8, w * h * 3, p).reshape(h, w, 3)
        p += w * h * 3
        boxes = np.frombuffer(d, np.float32, nb * 4, p).reshape(nb, 4)
        p += nb * 16
        (nq,) = struct.unpack_from("<I", d, p)
        p += 4
        questions = []
        for _ in range(nq):
            q = text()
            probs = np.frombuffer(d, np.float32, 2 * n_answers, p).reshape(2, n_answers)
            p += 8 * n_answers
            questions.append((q, probs))
        cases.append({"pixels": pixels, "boxes": boxes, "questions": questions})
    assert p == len(d), path
    return answers, cases


def run(rclip: str, args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([rclip, "vqa", *args], capture_output=True, text=True)


def main(rclip: str, regions: Path) -> int:
    check = Checks()

    tmp = Path(tempfile.mkdtemp(prefix="rc-cli-vqa-"))
    for variant in ("clip-roi", "biomed-roi"):
        model = str(regions / f"{variant}.gguf")
        answers, cases = read_cases(regions / f"{variant}_vqa.bin")
        worst = 0.0
        for c, case in enumerate(cases):
            image = tmp / f"{variant}-{c}.png"
            Image.fromarray(case["pixels"], "RGB").save(image)
            box_args = [a for b in case["boxes"] for a in ("--box", ",".join(repr(float(v)) for v in b))]
            for q, ref in case["questions"]:
                for mode, want in (("align", ref[0]), ("crop", ref[1])):
                    r = run(rclip, [model, str(image), *box_args, "--mode", mode, q])
                    got = dict(line.rsplit("\t", 1) for line in r.stdout.splitlines())
                    probs = [float(got.get(a, "nan")) for a in answers]
                    order = [float(line.rsplit("\t", 1)[1]) for line in r.stdout.splitlines()]
                    diff = float(np.max(np.abs(np.array(probs) - want)))
                    worst = max(worst, diff) if diff == diff else float("inf")
                    check(r.returncode == 0 and len(got) == len(answers) and diff <= TOL and order == sorted(order, reverse=True),
                          f"{variant} case {c} {mode} {q!r}: max |p - p_ref| {diff:.2g}")
        print(f"{variant}: worst max |p - p_ref| {worst:.2g} (tolerance {TOL:g})")
    image = str(tmp / "clip-roi-0.png")
    refusals = [
        ("model without a VQA head", [str(regions / "clip.gguf"), image, "a question"], 1, "no VQA head"),
        ("no question", [str(regions / "clip-roi.gguf"), image, "--box", "1,1,20,20"], 1, "exactly one QUESTION"),
        ("two questions", [str(regions / "clip-roi.gguf"), image, "q one", "q two"], 1, "exactly one QUESTION"),
        ("inverted box", [str(regions / "clip-roi.gguf"), image, "--box", "30,30,10,10", "q"], 1, "box 0"),
        ("invalid UTF-8 question", [str(regions / "clip-roi.gguf"), image, "\udcff"], 1, "question"),
    ]
    for label, args, want_rc, words in refusals:
        r = subprocess.run([rclip, "vqa", *args], capture_output=True, errors="surrogateescape")
        err = r.stderr.decode("utf-8", "replace") if isinstance(r.stderr, bytes) else r.stderr
        check(r.returncode == want_rc and words in err and not r.stdout, f"refusal: {label} (exit {r.returncode}: {err.strip()})")
    return check.summary("cli-vqa")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
