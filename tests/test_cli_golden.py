"""`rclip tokenize` and `rclip embed-text` on a golden model of tests/gen_golden.py: the ids and
embeddings open_clip produced (the golden file's in.tokens and out.text) for its texts, through
the command line. Used for the BiomedCLIP family (WordPiece, BERT tower, MLP projection).

usage: python tests/test_cli_golden.py RCLIP MODEL.gguf MODEL.golden.gguf
"""
import subprocess
import sys

import gguf
import numpy as np


def main(rclip: str, model: str, golden: str) -> int:
    r = gguf.GGUFReader(golden)
    field = r.fields["golden.texts"]
    texts = [bytes(field.parts[i]).decode() for i in field.data]
    tensors = {t.name: np.array(t.data) for t in r.tensors}
    tokens, emb = tensors["in.tokens"], tensors["out.text"]
    passed = failed = 0
    for i, text in enumerate(texts):
        row = [int(x) for x in tokens[i]]
        while row and row[-1] == 0:           # the padding after [SEP] (id 0 in these vocabularies)
            row.pop()
        out = subprocess.run([rclip, "tokenize", model, text], capture_output=True, text=True)
        ok = out.returncode == 0 and out.stdout.split() == [str(x) for x in row]
        got = subprocess.run([rclip, "embed-text", model, text], capture_output=True, text=True)
        vec = np.array([float(x) for x in got.stdout.split()]) if got.returncode == 0 else np.zeros(1)
        ref = emb[i] / np.linalg.norm(emb[i])
        close = vec.shape == ref.shape and float(vec @ ref) >= 0.99999 and float(np.abs(vec - ref).max()) <= 1e-4
        for good, what in ((ok, "tokenize"), (close, "embed-text")):
            passed += good
            failed += not good
            print(f"  {'ok  ' if good else 'FAIL'} {what} {text[:40]!r}")
    print(f"cli-golden: {passed} passed, {failed} failed")
    return failed != 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
