"""rclip eval (examples/eval.h, docs/eval.md) against a re-computation in Python. Asserts:
  - on tests/gen_medregion.py's corpus (--n 40 --seed 0 --labels) with the demo model (BiomedCLIP
    family, region head, fusion, VQA head) and a CLIP-family model without ROI tensors or VQA head
    (tests/gen_tiny.py), in align and crop mode and with prompt templates, every row of
    `rclip eval --json` equals what this file computes from embeddings, maps and VQA
    probabilities it gets itself through the Python binding (python/regionclip, installed into
    WORK/site from this checkout): hits and items exactly, values and chance levels to 1e-6; the
    tiny model's VQA row is absent (no head), its region rows say "training-free";
  - the metric code against answers known by construction, whatever the model: one image under
    every distinct summary (every image embedding equal) gives R@K = min(K, T) both ways; a
    region whose only negative is its own caption (a tie) counts as a hit, a whole-image box
    always holds the peak (chance 1); templates without "{}" make every class one text, so
    zero-shot picks the first class and scores the first class's share; swapping k captions
    with their first negative, on regions whose caption the demo model ranks strictly above
    every negative (found through the binding), lowers region->caption by exactly k;
  - the text table shows the same figures and "absent";
  - bad input exits 1 with the reason on stderr, never a signal: a missing model, a missing
    manifest (FILE:0), a syntax error (FILE:LINE), a missing image (FILE:LINE), --tasks vqa on a
    model without a VQA head; a bad --tasks list too; usage exits 2.

usage: python tests/test_eval.py RCLIP DEMO.gguf TINY.gguf WORK_DIR
"""
import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from checks import Checks  # noqa: E402

RCLIP, DEMO, TINY, WORK = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]).resolve()
ENV = dict(os.environ, OMP_NUM_THREADS="1")
KS = (1, 5, 10)
checks = Checks()


def check(ok: bool, what: str, detail: str = "") -> None:
    checks(ok, what + (f" ({detail})" if detail and not ok else ""))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RCLIP, *args], capture_output=True, text=True, env=ENV)


def install() -> Any:
    """The binding built from this checkout's python/ and regionclip.h, into WORK/site."""
    src, site = WORK / "src", WORK / "site"
    for old in (src, site):
        shutil.rmtree(old, ignore_errors=True)
    shutil.copytree(ROOT / "python", src / "python", ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    shutil.copyfile(ROOT / "regionclip.h", src / "regionclip.h")
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-build-isolation", "--no-deps", "--no-index",
                        "--disable-pip-version-check", "-q", "--target", str(site), str(src / "python")],
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"pip install of python/ failed: {r.stderr[-500:]}")
    sys.path.insert(0, str(site))
    import regionclip
    return regionclip


# -- the manifest, read here without examples/manifest.h --------------------------------------

def read_manifest(path: Path) -> list[dict]:
    records, rec = [], None
    for line in path.read_text().splitlines() + [""]:
        line = line.strip(" \t")
        if not line:
            if rec:
                records.append(rec)
            rec = None
            continue
        if line.startswith("#"):
            continue
        kw, _, value = line.partition(" ")
        value = value.lstrip(" ")
        rec = rec or {"regions": [], "vqa": [], "labels": {}}
        if kw == "image":
            rec["path"] = path.parent / value
        elif kw in ("summary", "report"):
            rec[kw] = value
        elif kw == "region":
            x0, y0, x1, y1, caption = value.split(None, 4)
            rec["regions"].append({"box": [float(x0), float(y0), float(x1), float(y1)], "caption": caption, "negatives": []})
        elif kw == "negative":
            rec["regions"][-1]["negatives"].append(value)
        elif kw == "vqa":
            q, a = value.split("\t")
            rec["vqa"].append((q.rstrip(" \t"), a.lstrip(" \t")))
        elif kw == "label":
            task, cls = value.split(None, 1)
            rec["labels"][task] = cls
    return records


def write_manifest(path: Path, records: list[dict]) -> None:
    out = []
    for r in records:
        lines = [f"image {r['path']}", f"summary {r['summary']}"]
        for g in r["regions"]:
            lines.append("region %.9g %.9g %.9g %.9g %s" % (*g["box"], g["caption"]))
            lines += [f"negative {n}" for n in g["negatives"]]
        lines += [f"vqa {q}\t{a}" for q, a in r["vqa"]]
        lines += [f"label {t} {c}" for t, c in r["labels"].items()]
        out.append("\n".join(lines) + "\n")
    path.write_text("\n".join(out))


# -- the metrics, from the binding's embeddings ------------------------------------------------

def first_argmax(scores: np.ndarray) -> int:
    return int(np.argmax(scores))          # numpy: the first of equal maxima


def rank_of(scores: np.ndarray, k: int) -> int:
    """1-based rank of candidate k, ties broken by position."""
    return 1 + int(np.sum(scores > scores[k])) + int(np.sum(scores[:k] == scores[k]))


def recompute(rc: Any, model_path: str, records: list[dict], templates: list[str], mode: str, margin: float) -> list[dict]:
    model = rc.Model(model_path)
    info = model.info
    rows: list[dict] = []
    texts: list[str] = []
    glob, text_of = [], []
    reg = [0, 0, 0.0]
    pt = [0, 0, 0.0]
    vq, counts, n_answers = [0, 0], {}, info.vqa_answers
    answers = model.answers if n_answers else []
    for r in records:
        img = np.asarray(Image.open(r["path"]))
        boxes = np.array([g["box"] for g in r["regions"]], np.float32).reshape(-1, 4)
        regions, g_emb, fused = model.encode_regions(img, boxes, mode=mode, margin=margin)
        glob.append(g_emb.astype(np.float64))
        if r["summary"] not in texts:
            texts.append(r["summary"])
        text_of.append(texts.index(r["summary"]))
        for i, g in enumerate(r["regions"]):
            if g["negatives"]:
                cand = model.encode_text([g["caption"]] + g["negatives"]).astype(np.float64)
                reg[0] += first_argmax(cand @ regions[i].astype(np.float64)) == 0
                reg[1] += 1
                reg[2] += 1 / (1 + len(g["negatives"]))
            m = model.ground(img, g["caption"])
            seen = ~np.isnan(m)
            h, w = m.shape
            cy, cx = np.mgrid[0:h, 0:w] + 0.5
            x0, y0, x1, y1 = g["box"]
            inside = (cx >= x0) & (cx <= x1) & (cy >= y0) & (cy <= y1)
            peak = int(np.nanargmax(m))
            pt[0] += bool(inside.flat[peak])
            pt[1] += 1
            pt[2] += float(np.sum(inside & seen)) / float(np.sum(seen))
        for q, a in r["vqa"]:
            if a not in answers:
                continue
            best = model.vqa(img, q, boxes, mode=mode, margin=margin)[0][0]   # sorted stably: first max
            vq[0] += best == a
            vq[1] += 1
            counts[a] = counts.get(a, 0) + 1
    G = np.array(glob)
    T = model.encode_text(texts).astype(np.float64)
    S = G @ T.T                                            # [images, texts]
    N, nT = S.shape
    for name, hits, items, chance in (
            ("image->text", [sum(rank_of(S[i], text_of[i]) <= k for i in range(N)) for k in KS], N,
             [min(k, nT) / nT for k in KS]),
            ("text->image", None, nT, None)):
        if hits is None:
            hits, chance = [0] * 3, [0.0] * 3
            for t in range(nT):
                col = S[:, t]
                mine = [i for i in range(N) if text_of[i] == t]
                best = max(mine, key=lambda i: (col[i], -i))
                rank = 1 + sum(1 for i in range(N) if text_of[i] != t and (col[i] > col[best] or (col[i] == col[best] and i < best)))
                for j, k in enumerate(KS):
                    hits[j] += rank <= k
                    chance[j] += 1 - (math.comb(N - len(mine), k) / math.comb(N, k) if k <= N else 0.0)
            chance = [c / nT for c in chance]
        for j, k in enumerate(KS):
            rows.append({"task": name, "metric": f"R@{k}", "present": True, "hits": hits[j], "items": items,
                         "value": hits[j] / items, "chance": chance[j]})
    tasks = list(dict.fromkeys(t for r in records for t in r["labels"]))
    if not tasks:
        rows.append({"task": "zero-shot", "metric": "accuracy", "present": False})
    for task in tasks:
        classes = list(dict.fromkeys(r["labels"][task] for r in records if task in r["labels"]))
        cls = model._labels(classes, templates or None, "labels").astype(np.float64)
        mine = [i for i, r in enumerate(records) if task in r["labels"]]
        hits = sum(first_argmax(cls @ G[i]) == classes.index(records[i]["labels"][task]) for i in mine)
        share = max(sum(records[i]["labels"][task] == c for i in mine) for c in classes) / len(mine)
        rows.append({"task": f"zero-shot {task}", "metric": "accuracy", "present": True, "hits": hits, "items": len(mine),
                     "value": hits / len(mine), "chance": 1 / len(classes), "majority": share})
    rows.append({"task": "region->caption", "metric": "accuracy", "present": reg[1] > 0, "hits": reg[0], "items": reg[1],
                 "value": reg[0] / max(reg[1], 1), "chance": reg[2] / max(reg[1], 1)})
    rows.append({"task": "grounding", "metric": "pointing", "present": pt[1] > 0, "hits": pt[0], "items": pt[1],
                 "value": pt[0] / max(pt[1], 1), "chance": pt[2] / max(pt[1], 1)})
    vqa_row = {"task": "vqa", "metric": "accuracy", "present": vq[1] > 0}
    if vq[1]:
        vqa_row.update(hits=vq[0], items=vq[1], value=vq[0] / vq[1], chance=1 / n_answers,
                       majority=max(counts.values()) / vq[1])
    rows.append(vqa_row)
    model.close()
    return rows


def eval_json(model: str, manifest: Path, *extra: str) -> tuple[dict, subprocess.CompletedProcess]:
    r = run("eval", model, str(manifest), "--json", *extra)
    try:
        return json.loads(r.stdout), r
    except ValueError:
        return {"tasks": []}, r


def compare(label: str, got: dict, want: list[dict]) -> None:
    g = got["tasks"]
    check(len(g) == len(want) and [x["task"] for x in g] == [x["task"] for x in want],
          f"{label}: rows {[x['task'] + ' ' + x['metric'] for x in g]}")
    bad = []
    for x, y in zip(g, want):
        if x["present"] != y["present"]:
            bad.append(f"{y['task']} present {x['present']} vs {y['present']}")
            continue
        if not y["present"]:
            continue
        for key in ("hits", "items"):
            if x[key] != y[key]:
                bad.append(f"{y['task']} {y['metric']} {key} {x[key]} vs {y[key]}")
        for key in ("value", "chance", "majority"):
            if key in y and abs(x.get(key, -9) - y[key]) > 1e-6:
                bad.append(f"{y['task']} {y['metric']} {key} {x.get(key)} vs {y[key]}")
    summary = ", ".join(f"{x['task']} {x['metric']} {x['hits']}/{x['items']}" for x in g if x["present"])
    check(not bad, f"{label}: every row equals the Python re-computation ({summary})" + (f": {bad[:4]}" if bad else ""))


def main() -> int:
    rc = install()
    corpus = WORK / "corpus"
    subprocess.run([sys.executable, str(ROOT / "tests/gen_medregion.py"), str(corpus), "--n", "40", "--seed", "0", "--labels"],
                   check=True, capture_output=True)
    records = read_manifest(corpus / "train.txt") + read_manifest(corpus / "heldout.txt")
    for r in records:
        r["path"] = r["path"].relative_to(corpus)
    all_txt = corpus / "all.txt"
    write_manifest(all_txt, records)
    records = read_manifest(all_txt)
    distinct = len(set(r["summary"] for r in records))
    print(f"corpus: {len(records)} records, {distinct} distinct summaries, "
          f"{sum(len(r['regions']) for r in records)} regions")

    tmpl = ["a scan with {}.", "{}"]
    for model, label, extra, templates, mode, margin in (
            (DEMO, "demo, align", [], [], "align", 0.1),
            (DEMO, "demo, crop margin 0.2, 2 templates", ["--mode", "crop", "--margin", "0.2",
                                                         "--template", tmpl[0], "--template", tmpl[1]], tmpl, "crop", 0.2),
            (TINY, "tiny CLIP (no ROI, no VQA)", [], [], "align", 0.1)):
        got, r = eval_json(model, all_txt, *extra)
        check(r.returncode == 0 and got.get("records") == len(records) and got.get("distinct_summaries") == distinct,
              f"{label}: exit 0, {got.get('records')} records, {got.get('distinct_summaries')} distinct summaries", r.stderr[-300:])
        compare(label, got, recompute(rc, model, records, templates, mode, margin))
        if model == TINY:
            rows = {x["task"]: x for x in got["tasks"]}
            check(not rows["vqa"]["present"] and "no VQA head" in rows["vqa"]["absent"], "tiny: vqa absent (no VQA head)")
            check("training-free" in rows["region->caption"]["note"] and "training-free" in rows["grounding"]["note"],
                  "tiny: region rows say training-free")
    # the global --template (before the command) is the same as --template after it
    a, _ = eval_json(DEMO, all_txt, "--tasks", "zeroshot", "--template", tmpl[0])
    b = run("--template", tmpl[0], "eval", DEMO, str(all_txt), "--json", "--tasks", "zeroshot")
    check(b.returncode == 0 and json.loads(b.stdout)["tasks"] == a["tasks"], "--template before the command counts too")
    tfile = WORK / "templates.txt"
    tfile.write_text("# prompts\n" + tmpl[0] + "\n\n" + tmpl[1] + "\n")
    c, _ = eval_json(DEMO, all_txt, "--tasks", "zeroshot", "--templates", str(tfile))
    d, _ = eval_json(DEMO, all_txt, "--tasks", "zeroshot", "--template", tmpl[0], "--template", tmpl[1])
    check(c["tasks"] == d["tasks"] and len(c["tasks"]) == 3, "--templates FILE: one template a line, comments skipped")

    # -- known by construction ---------------------------------------------------------------
    one = records[0]
    w, h = Image.open(one["path"]).size
    texts = list(dict.fromkeys(r["summary"] for r in records))
    same = [{"path": one["path"], "summary": s, "vqa": [],
             "regions": [{"box": [0, 0, w, h], "caption": "a scan", "negatives": ["a scan"]}],
             "labels": {"kind": "second class" if i % 3 else "first class"}} for i, s in enumerate(texts)]
    same_txt = WORK / "same.txt"
    write_manifest(same_txt, same)
    got, r = eval_json(DEMO, same_txt, "--template", "a scan")
    rows = {(x["task"], x["metric"]): x for x in got["tasks"]}
    T = len(texts)
    ok = all(rows[(t, f"R@{k}")]["hits"] == min(k, T) and rows[(t, f"R@{k}")]["items"] == T
             for t in ("image->text", "text->image") for k in KS)
    check(r.returncode == 0 and ok, f"one image under {T} summaries: R@K hits = min(K, {T}) both ways",
          str([(k, x.get("hits")) for k, x in rows.items()]))
    reg, pt, zs = rows[("region->caption", "accuracy")], rows[("grounding", "pointing")], rows[("zero-shot kind", "accuracy")]
    check(reg["hits"] == reg["items"] == T and abs(reg["chance"] - 0.5) < 1e-12, "negative equal to the caption: a tie is a hit, chance 1/2")
    check(pt["hits"] == pt["items"] == T and abs(pt["chance"] - 1.0) < 1e-12, "whole-image box: every peak inside, chance 1")
    n_first = sum(1 for x in same if x["labels"]["kind"] == "first class")
    check(zs["hits"] == n_first and zs["items"] == T and abs(zs["chance"] - 0.5) < 1e-12,
          f"one prompt for every class: zero-shot picks the first class ({zs['hits']} = {n_first})")

    base, _ = eval_json(DEMO, all_txt, "--tasks", "region")
    b_reg = base["tasks"][0]
    swapped = json.loads(json.dumps(records, default=str))
    demo, k_swap = rc.Model(DEMO), 0
    for r in swapped:
        g = r["regions"][0] if r["regions"] else None
        if g and g["negatives"] and k_swap < 7:
            emb = demo.encode_regions(np.asarray(Image.open(corpus / r["path"])), np.array([g["box"]], np.float32))[0][0]
            sims = demo.encode_text([g["caption"]] + g["negatives"]).astype(np.float64) @ emb.astype(np.float64)
            if sims[0] > sims[1:].max():        # a strict hit: after the swap, a miss
                g["caption"], g["negatives"][0] = g["negatives"][0], g["caption"]
                k_swap += 1
    swap_txt = corpus / "swapped.txt"
    write_manifest(swap_txt, swapped)
    got, r = eval_json(DEMO, swap_txt, "--tasks", "region")
    s_reg = got["tasks"][0] if got["tasks"] else {"hits": -1, "items": -1}
    check(k_swap == 7 and s_reg["hits"] == b_reg["hits"] - k_swap and s_reg["items"] == b_reg["items"],
          f"{k_swap} captions swapped with a negative: region->caption {b_reg['hits']} -> {s_reg['hits']} of {s_reg['items']}")

    # -- the table ---------------------------------------------------------------------------
    r = run("eval", TINY, str(all_txt))
    line = next((x for x in r.stdout.splitlines() if x.startswith("vqa")), "")
    tiny, _ = eval_json(TINY, all_txt)
    r1 = next(x for x in tiny["tasks"] if x["task"] == "image->text")
    row = next((x for x in r.stdout.splitlines() if x.startswith("image->text") and "R@1 " in x), "")
    check(r.returncode == 0 and "absent" in line and f"{r1['hits']}/{r1['items']}" in row and f"{r1['value']:.3f}" in row,
          "text table: the JSON's figures, absent rows", row + " | " + line)

    # -- bad input -----------------------------------------------------------------------------
    bad = WORK / "bad"
    bad.mkdir(exist_ok=True)
    shutil.copyfile(one["path"], bad / "a.png")
    (bad / "syntax.txt").write_text("image a.png\nsummary s\nsumary t\n")
    (bad / "missing.txt").write_text("image a.png\nsummary s\n\n# two\nimage nowhere.png\nsummary t\n")
    (bad / "box.txt").write_text(f"image a.png\nsummary s\nregion 0 0 {w + 5} 5 c\n")
    for what, args, frag in (
            ("missing model", ["eval", str(WORK / "nope.gguf"), str(all_txt)], "nope.gguf"),
            ("missing manifest", ["eval", DEMO, str(bad / "nope.txt")], f"{bad / 'nope.txt'}:0: cannot read the manifest"),
            ("syntax error", ["eval", DEMO, str(bad / "syntax.txt")], f"{bad / 'syntax.txt'}:3: unknown keyword 'sumary'"),
            ("image file missing", ["eval", DEMO, str(bad / "missing.txt")], f"{bad / 'missing.txt'}:5: cannot read image"),
            ("box outside the image", ["eval", DEMO, str(bad / "box.txt")], f"{bad / 'box.txt'}:3: box"),
            ("--tasks vqa, model without a VQA head", ["eval", TINY, str(all_txt), "--tasks", "vqa"], "vqa: absent: the model has no VQA head"),
            ("bad --tasks", ["eval", DEMO, str(all_txt), "--tasks", "retrieval,nope"], "--tasks wants"),
            ("bad --mode", ["eval", DEMO, str(all_txt), "--mode", "fast"], "--mode wants"),
            ("bad --margin", ["eval", DEMO, str(all_txt), "--margin", "-1"], "--margin wants"),
            ("missing --templates file", ["eval", DEMO, str(all_txt), "--templates", str(bad / "none.txt")], "none.txt")):
        r = run(*args)
        check(r.returncode == 1 and frag in r.stderr and "error" in r.stderr, f"bad input: {what} -> exit 1, '{frag}'",
              f"rc {r.returncode}: {r.stderr.strip()[-200:]}")
    r = run("eval", DEMO, str(bad / "missing.txt"), "--skip-bad", "--json")
    check(r.returncode == 0 and json.loads(r.stdout)["records"] == 1, "--skip-bad: evaluates the good record", r.stderr[-200:])
    for args in (["eval", DEMO], ["eval", DEMO, str(all_txt), "--template"], ["eval", DEMO, str(all_txt), "--bogus", "x"]):
        r = run(*args)
        check(r.returncode == 2 and "usage" in r.stderr, f"usage: {' '.join(args[2:]) or '(no manifest)'} -> exit 2")
    return checks.summary("eval")


if __name__ == "__main__":
    sys.exit(main())
