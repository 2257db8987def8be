"""Scoring functions of regionclip.h (through ctypes on a shared build of the header) against
torch: L2 normalization, scaled cosine logits, prompt ensembles and zero-shot softmax the way
open_clip's zero-shot classifier builds them, and top-k retrieval against torch.topk.

usage: python tests/test_similarity.py build/libregionclip.so
"""
import ctypes
import sys

import numpy as np
import torch

passed = 0
failed = 0
F = ctypes.POINTER(ctypes.c_float)
I = ctypes.POINTER(ctypes.c_int)


def check(ok: bool, what: str, detail: str = "") -> None:
    global passed, failed
    passed += ok
    failed += not ok
    print(f"  {'ok  ' if ok else 'FAIL'} {what} {detail}")


def ptr(a: np.ndarray):
    return a.ctypes.data_as(F if a.dtype == np.float32 else I)


def main(lib: ctypes.CDLL) -> None:
    rng = np.random.default_rng(0)
    for n, dim in [(1, 1), (5, 512), (33, 768), (7, 3)]:
        x = rng.standard_normal((n, dim)).astype(np.float32)
        x[0] = 0 if n > 3 else x[0]          # a zero vector must stay zero
        want = torch.nn.functional.normalize(torch.from_numpy(x), dim=-1).numpy()
        got = x.copy()
        lib.rc_l2_normalize(ptr(got), n, dim)
        check(np.abs(got - want).max() <= 1e-6, f"l2_normalize n={n} dim={dim}")

    a = rng.standard_normal((4, 64)).astype(np.float32)
    b = rng.standard_normal((9, 64)).astype(np.float32)
    logits = np.zeros((4, 9), np.float32)
    lib.rc_similarity(ptr(a), 4, ptr(b), 9, 64, ctypes.c_float(100.0), ptr(logits))
    ta, tb = (torch.nn.functional.normalize(torch.from_numpy(v), dim=-1) for v in (a, b))
    want = (100.0 * ta @ tb.T).numpy()
    check(np.abs(logits - want).max() <= 1e-4, "similarity logits", f"max err {np.abs(logits - want).max():.2e}")

    n_cls, per, dim = 6, 5, 128
    text = rng.standard_normal((n_cls * per, dim)).astype(np.float32)
    image = rng.standard_normal(dim).astype(np.float32)
    classes = np.zeros((n_cls, dim), np.float32)
    probs = np.zeros(n_cls, np.float32)
    s1 = lib.rc_prompt_ensemble(ptr(text), n_cls, per, dim, ptr(classes))
    s2 = lib.rc_zeroshot(ptr(image), ptr(classes), n_cls, dim, ctypes.c_float(50.0), ptr(probs))
    # open_clip zero_shot_classifier: normalize each prompt, mean, renormalize; softmax(scale * img @ W)
    t = torch.nn.functional.normalize(torch.from_numpy(text), dim=-1).reshape(n_cls, per, dim).mean(1)
    t = torch.nn.functional.normalize(t, dim=-1)
    want_probs = (50.0 * torch.nn.functional.normalize(torch.from_numpy(image), dim=-1) @ t.T).softmax(-1).numpy()
    check(s1 == 0 and np.abs(classes - t.numpy()).max() <= 1e-6, "prompt ensemble")
    check(s2 == 0 and np.abs(probs - want_probs).max() <= 1e-5, "zero-shot probabilities",
          f"max err {np.abs(probs - want_probs).max():.2e}")

    db = rng.standard_normal((1000, 32)).astype(np.float32)
    db[10] = db[500]                          # a tie: the lower index must come first
    q = db[500] + 0.01 * rng.standard_normal(32).astype(np.float32)
    for k in (0, 1, 5, 1000):
        idx = np.zeros(max(k, 1), np.int32)
        score = np.zeros(max(k, 1), np.float32)
        st = lib.rc_topk(ptr(q), ptr(db), 1000, 32, k, ptr(idx), ptr(score))
        cos = (torch.nn.functional.normalize(torch.from_numpy(db), dim=-1)
               @ torch.nn.functional.normalize(torch.from_numpy(q), dim=-1)).numpy()
        order = np.lexsort((np.arange(1000), -cos.astype(np.float64)))[:k]
        same = st == 0 and list(idx[:k]) == list(order) and np.abs(score[:k] - cos[order]).max(initial=0) <= 1e-5
        check(bool(same), f"topk k={k}")
    idx2 = np.zeros(5, np.int32)
    st = lib.rc_topk(ptr(q), ptr(db), 1000, 32, 5, ptr(idx2), None)
    check(st == 0 and list(idx2) == list(idx[:5]), "topk without scores")
    print(f"similarity: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    library = ctypes.CDLL(sys.argv[1])
    for name in ("rc_similarity", "rc_zeroshot"):
        getattr(library, name).restype = ctypes.c_int
    main(library)
