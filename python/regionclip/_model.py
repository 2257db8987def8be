"""regionclip.Model: a GGUF model loaded by regionclip.h and what the rclip command line does
with it (tokenize, embeddings, zero-shot, regions, grounding maps, VQA), on numpy arrays."""
from __future__ import annotations

import ctypes
import math
import os
import threading
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Optional, Sequence, Union

import numpy as np

from . import _ffi
from ._ffi import LIB, RcError, RcImage, RcRegionOpts

IMAGE_MAX_SIDE = 65535   # RC_IMAGE_MAX_SIDE
Texts = Union[str, Sequence[str]]


class Error(RuntimeError):
    """A failure reported by regionclip.h. code is the rc_status value, status its name
    (e.g. "RC_ERR_TRUNCATED"), message the library's own message."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(code, message)          # args as the constructor's: pickles
        self.code = int(code)
        self.status = LIB.rc_status_name(self.code).decode()
        self.message = message

    def __str__(self) -> str:
        return f"{self.status}: {self.message}"


@dataclass(frozen=True)
class ModelInfo:
    """rc_model_info: what the weight file describes."""
    family: str              # "clip" or "biomedclip"
    name: str
    embed_dim: int
    image_size: int
    patch_size: int
    vision_width: int
    vision_layers: int
    vision_heads: int
    text_width: int
    text_layers: int
    text_heads: int
    context_length: int
    vocab_size: int
    logit_scale: float
    roi_head: bool
    roi_fusion_heads: int
    vqa_answers: int


@dataclass(frozen=True)
class RegionScores:
    """Model.regions: per box (rows, in the order of the boxes) and text (columns, in the order
    of the texts) the cosine and the zero-shot probability over the texts, the same for the
    fused image embedding, and the L2-normalized embeddings themselves."""
    texts: list[str]
    cosine: np.ndarray            # [n_boxes, n_texts] float32
    probs: np.ndarray             # [n_boxes, n_texts] float32, each row sums to 1
    fused_cosine: np.ndarray      # [n_texts]
    fused_probs: np.ndarray       # [n_texts]
    embeddings: np.ndarray        # [n_boxes, embed_dim] region embeddings
    image_embedding: np.ndarray   # [embed_dim] the whole image (global)
    fused_embedding: np.ndarray   # [embed_dim] the image fused with its regions


class _Context:
    """One thread's rc_ctx. Freed when its thread ends (the thread-local holding it goes) or by
    Model.close, whichever comes first; both hold the model's lock."""
    __slots__ = ("ptr", "lock", "__weakref__")

    def __init__(self, ptr: int, lock: threading.Condition) -> None:
        self.ptr: Optional[int] = ptr
        self.lock = lock

    def free(self) -> None:
        with self.lock:
            if self.ptr:
                LIB.rc_ctx_free(self.ptr)
                self.ptr = None

    def __del__(self) -> None:
        try:
            self.free()
        except Exception:   # interpreter shutdown: module globals may be gone
            pass


# --------------------------------------------------------------------------------------------
# argument conversion

_FORMATS = {(1, 1): _ffi.RC_PIXEL_GRAY8, (1, 3): _ffi.RC_PIXEL_RGB8, (1, 4): _ffi.RC_PIXEL_RGBA8,
            (2, 1): _ffi.RC_PIXEL_GRAY16}


def _window(window: Any) -> tuple[float, float]:
    try:
        center, width = (float(v) for v in window)
    except (TypeError, ValueError):
        raise TypeError(f"window {window!r}: want (center, width)") from None
    c32, w32 = np.float32(center), np.float32(width)
    if not (math.isfinite(c32) and math.isfinite(w32) and w32 > 0):
        raise ValueError(f"window {window!r}: center and width must be finite float32 values and width > 0")
    return float(c32), float(w32)


def _image(image: Any, window: Any = None) -> tuple[RcImage, np.ndarray]:
    """An rc_image over the pixels of a numpy array (or anything np.asarray takes, e.g. a PIL
    image), and the array it points into (keep it alive during the call). Rows may be strided
    (a crop of a larger array is not copied); other layouts are copied to C order."""
    a = np.asarray(image)
    if a.dtype.kind != "u" or a.dtype.itemsize not in (1, 2):
        raise TypeError(f"image dtype {a.dtype}: want uint8 (gray, RGB or RGBA) or uint16 (gray)")
    if a.ndim not in (2, 3):
        raise ValueError(f"image shape {a.shape}: want HxW, HxWx1, HxWx3 or HxWx4")
    channels = 1 if a.ndim == 2 else a.shape[2]
    fmt = _FORMATS.get((a.dtype.itemsize, channels))
    if fmt is None:
        if a.dtype.itemsize == 2 and channels in (3, 4):
            raise TypeError(f"image shape {a.shape} of uint16: 16-bit images must be gray (HxW or HxWx1)")
        raise ValueError(f"image shape {a.shape}: want HxW, HxWx1, HxWx3 or HxWx4")
    h, w = a.shape[:2]
    if h < 1 or w < 1:
        raise ValueError(f"image shape {a.shape}: empty")
    if h > IMAGE_MAX_SIDE or w > IMAGE_MAX_SIDE:
        raise ValueError(f"image shape {a.shape}: sides are limited to {IMAGE_MAX_SIDE} (RC_IMAGE_MAX_SIDE)")
    center = width = 0.0            # GRAY16 without a window: the image's min..max
    if window is not None:
        if fmt != _ffi.RC_PIXEL_GRAY16:
            raise ValueError(f"window applies to uint16 gray images only (this one is {a.dtype}, shape {a.shape})")
        center, width = _window(window)
    if not a.dtype.isnative:
        a = a.astype(a.dtype.newbyteorder("="))
    size = a.itemsize
    row = w * channels * size
    dense_pixels = (w == 1 or a.strides[1] == channels * size) and (channels == 1 or a.strides[2] == size)
    if not (dense_pixels and (h == 1 or a.strides[0] >= row)):
        a = np.ascontiguousarray(a)
    stride = a.strides[0] if h > 1 else row
    return RcImage(a.ctypes.data, w, h, stride, fmt, center, width, _ffi.RC_RESAMPLE_BICUBIC), a


def _texts(texts: Texts, what: str = "texts") -> list[bytes]:
    if isinstance(texts, str):
        texts = [texts]
    out = []
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"{what}: want str, got {type(t).__name__}")
        if "\0" in t:
            raise ValueError(f"{what}: {t[:40]!r} contains a NUL character")
        try:
            out.append(t.encode("utf-8"))
        except UnicodeEncodeError as e:
            raise ValueError(f"{what}: {t[:40]!r} cannot be encoded as UTF-8 ({e.reason})") from None
    return out


def _boxes(boxes: Any) -> np.ndarray:
    b = np.asarray(boxes if boxes is not None else [], dtype=np.float32)
    if b.size == 0:
        b = b.reshape(0, 4)
    if b.ndim == 1 and b.shape[0] == 4:
        b = b[None]
    if b.ndim != 2 or b.shape[1] != 4:
        raise ValueError(f"boxes shape {b.shape}: want [N, 4] rows of x0, y0, x1, y1 (pixels)")
    return np.ascontiguousarray(b)


def _mode(mode: str) -> int:
    modes = {"align": _ffi.RC_REGION_ALIGN, "crop": _ffi.RC_REGION_CROP}
    if mode not in modes:
        raise ValueError(f"mode {mode!r}: want 'align' or 'crop'")
    return modes[mode]


def _fill(template: str, label: str) -> str:
    """rclip's --template: the first "{}" replaced with the label (no "{}": the template)."""
    return template.replace("{}", label, 1)


# --------------------------------------------------------------------------------------------

class Model:
    """A model loaded from a GGUF file (convert/convert.py writes them).

    Immutable once loaded and safe to share between threads: each thread that calls it gets
    its own rc_ctx (scratch memory), and the calls release the GIL. Use as a context manager,
    or call close(); close waits for calls in progress in other threads.
    """

    def __init__(self, path: Union[str, os.PathLike], *, mmap: bool = True) -> None:
        self._model: Optional[int] = None
        fs = os.fsencode(os.fspath(path))
        if b"\0" in fs:
            raise ValueError(f"model path {path!r} contains a NUL character")
        err, ptr = RcError(), ctypes.c_void_p()
        load = LIB.rc_model_load_mmap if mmap else LIB.rc_model_load_file
        st = load(ctypes.byref(ptr), fs, None, ctypes.byref(err))
        if st:
            raise Error(st, err.message.decode("utf-8", "replace"))
        self._model = ptr.value
        self._lock = threading.Condition(threading.RLock())
        self._active = 0
        self._contexts: "weakref.WeakSet[_Context]" = weakref.WeakSet()
        self._local = threading.local()
        i = LIB.rc_model_get_info(self._model)
        self.info = ModelInfo(
            family={0: "clip", 1: "biomedclip"}.get(i.family, str(i.family)),
            name=(i.name or b"").decode("utf-8", "replace"), embed_dim=i.embed_dim, image_size=i.image_size,
            patch_size=i.patch_size, vision_width=i.vision_width, vision_layers=i.vision_layers,
            vision_heads=i.vision_heads, text_width=i.text_width, text_layers=i.text_layers,
            text_heads=i.text_heads, context_length=i.context_length, vocab_size=i.vocab_size,
            logit_scale=float(i.logit_scale), roi_head=bool(i.roi_head), roi_fusion_heads=i.roi_fusion_heads,
            vqa_answers=i.vqa_answers)
        self.answers: list[str] = [LIB.rc_model_vqa_answer(self._model, k).decode("utf-8", "replace")
                                   for k in range(i.vqa_answers)]

    # -- lifetime ---------------------------------------------------------------------------

    def close(self) -> None:
        """Frees the model and every thread's context; waits for calls in progress. Idempotent."""
        lock = getattr(self, "_lock", None)
        if lock is None:
            return
        with lock:
            while self._active:
                lock.wait()
            if self._model is None:
                return
            for c in list(self._contexts):
                c.free()
            LIB.rc_model_free(self._model)
            self._model = None

    def __enter__(self) -> "Model":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self) -> str:
        state = "closed" if self._model is None else f"{self.info.family}, embed_dim {self.info.embed_dim}"
        return f"<regionclip.Model {self.info.name!r} ({state})>"

    @contextmanager
    def _ctx(self) -> Iterator[int]:
        """This thread's rc_ctx, created on first use; the model stays open until the block ends."""
        with self._lock:
            if self._model is None:
                raise ValueError("the model is closed")
            c = getattr(self._local, "ctx", None)
            if c is None or c.ptr is None:
                ptr, err = ctypes.c_void_p(), RcError()
                st = LIB.rc_ctx_create(ctypes.byref(ptr), self._model, ctypes.byref(err))
                if st:
                    raise Error(st, err.message.decode("utf-8", "replace"))
                c = _Context(ptr.value, self._lock)
                self._local.ctx = c
                self._contexts.add(c)
            self._active += 1
        try:
            yield c.ptr
        finally:
            with self._lock:
                self._active -= 1
                if not self._active:
                    self._lock.notify_all()

    @staticmethod
    def _check(ctx: int, status: int) -> None:
        if status:
            raise Error(status, LIB.rc_ctx_error(ctx).decode("utf-8", "replace"))

    # -- text -------------------------------------------------------------------------------

    def tokenize(self, text: str, *, pad: bool = False) -> list[int]:
        """Token ids of one text as the model's reference tokenizer makes them, start and end
        tokens included; pad=True: all context_length ids, padded (open_clip's tokenizer row)."""
        (b,) = _texts([text], "text")
        ids = np.zeros(self.info.context_length, np.int32)
        n = ctypes.c_int(0)
        with self._ctx() as ctx:
            self._check(ctx, LIB.rc_tokenize(ctx, b, len(b), ids.ctypes.data, ctypes.byref(n)))
        return [int(v) for v in (ids if pad else ids[: n.value])]

    def encode_text(self, texts: Texts) -> np.ndarray:
        """L2-normalized embeddings [N, embed_dim] float32 of N texts (a str counts as one)."""
        bs = _texts(texts)
        out = np.zeros((len(bs), self.info.embed_dim), np.float32)
        if bs:
            with self._ctx() as ctx:
                self._check(ctx, LIB.rc_encode_texts(ctx, (ctypes.c_char_p * len(bs))(*bs), len(bs),
                                                     out.ctypes.data, 1))
        return out

    # -- images -----------------------------------------------------------------------------

    def preprocess(self, image: Any, window: Any = None) -> np.ndarray:
        """The model's input [3, S, S] float32 for one image (open_clip's inference transform)."""
        img, keep = _image(image, window)
        S = self.info.image_size
        out = np.zeros((3, S, S), np.float32)
        with self._ctx() as ctx:
            self._check(ctx, LIB.rc_preprocess(ctx, ctypes.byref(img), out.ctypes.data))
        del keep
        return out

    def encode_image(self, image: Any, window: Any = None) -> np.ndarray:
        """L2-normalized embedding [embed_dim] float32 of one image: uint8 HxW (gray), HxWx3
        (RGB), HxWx4 (RGBA), or uint16 HxW (gray) mapped to 8 bits by window = (center, width),
        by default the image's min..max."""
        return self.encode_images([image], window)[0]

    def encode_images(self, images: Sequence[Any], window: Any = None) -> np.ndarray:
        """encode_image for several images in one call -> [N, embed_dim]."""
        converted = [_image(im, window) for im in images]
        out = np.zeros((len(converted), self.info.embed_dim), np.float32)
        if converted:
            arr = (RcImage * len(converted))(*(img for img, _ in converted))
            with self._ctx() as ctx:
                self._check(ctx, LIB.rc_encode_images(ctx, arr, len(converted), out.ctypes.data, 1))
        del converted
        return out

    def encode_pixels(self, pixels: Any) -> np.ndarray:
        """L2-normalized embeddings [N, embed_dim] of preprocessed float32 pixels [N, 3, S, S]
        (or one [3, S, S]), e.g. from preprocess() or open_clip's transform."""
        p = np.asarray(pixels)
        if p.dtype != np.float32:
            raise TypeError(f"pixels dtype {p.dtype}: want float32")
        S = self.info.image_size
        if p.ndim == 3:
            p = p[None]
        if p.ndim != 4 or p.shape[1:] != (3, S, S):
            raise ValueError(f"pixels shape {p.shape}: want [N, 3, {S}, {S}]")
        p = np.ascontiguousarray(p)
        out = np.zeros((p.shape[0], self.info.embed_dim), np.float32)
        if p.shape[0]:
            with self._ctx() as ctx:
                self._check(ctx, LIB.rc_encode_pixels(ctx, p.ctypes.data, p.shape[0], out.ctypes.data, 1))
        return out

    # -- scoring ----------------------------------------------------------------------------

    def _labels(self, labels: Texts, templates: Optional[Sequence[str]], what: str) -> np.ndarray:
        """One embedding per label: the normalized mean of its prompts (rclip's --template;
        none: the label itself) -> [n_labels, embed_dim]."""
        labels = [labels] if isinstance(labels, str) else list(labels)
        templates = ["{}"] if templates is None else ([templates] if isinstance(templates, str) else list(templates))
        _texts(labels, what)
        _texts(templates, "templates")
        if not labels:
            raise ValueError(f"{what}: at least one is needed")
        if not templates:
            raise ValueError("templates: an empty list (leave it None for the labels themselves)")
        E = self.info.embed_dim
        txt = self.encode_text([_fill(t, lab) for lab in labels for t in templates])
        cls = np.zeros((len(labels), E), np.float32)
        st = LIB.rc_prompt_ensemble(txt.ctypes.data, len(labels), len(templates), E, cls.ctypes.data)
        if st:
            raise Error(st, "scoring failed (non-finite embeddings)")
        return cls

    def _scores(self, emb: np.ndarray, cls: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cosines and zero-shot probabilities (softmax with the model's logit scale) of one
        embedding against cls[n] (rclip's print_scores)."""
        n, E = cls.shape
        emb = np.ascontiguousarray(emb, np.float32)
        cos, probs = np.zeros(n, np.float32), np.zeros(n, np.float32)
        st = LIB.rc_similarity(emb.ctypes.data, 1, cls.ctypes.data, n, E, 1.0, cos.ctypes.data) or \
            LIB.rc_zeroshot(emb.ctypes.data, cls.ctypes.data, n, E, self.info.logit_scale, probs.ctypes.data)
        if st:
            raise Error(st, "scoring failed (non-finite embeddings)")
        return cos, probs

    def zeroshot(self, image: Any, labels: Sequence[str], *, templates: Optional[Sequence[str]] = None,
                 window: Any = None) -> np.ndarray:
        """Zero-shot probabilities [n_labels] float32 (in the order of labels) of the image's
        embedding against each label's (with templates: a prompt ensemble), like `rclip zeroshot`."""
        img = self.encode_image(image, window)
        return self._scores(img, self._labels(labels, templates, "labels"))[1]

    # -- regions, grounding, VQA --------------------------------------------------------------

    def encode_regions(self, image: Any, boxes: Any, *, mode: str = "align", margin: float = 0.1,
                       window: Any = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """rc_encode_regions: L2-normalized region embeddings [n_boxes, E], the whole image's
        [E] and the fused image embedding [E]. boxes [n, 4]: x0, y0, x1, y1 in pixels of the
        image (edges; the whole image is 0, 0, width, height). mode "align" (one image pass,
        RoIAlign over the patch tokens) or "crop" (each box plus margin encoded as an image)."""
        img, keep = _image(image, window)
        b = _boxes(boxes)
        opts = RcRegionOpts(_mode(mode), float(margin))
        E, n = self.info.embed_dim, b.shape[0]
        regions = np.zeros((n, E), np.float32)
        glob, fused = np.zeros(E, np.float32), np.zeros(E, np.float32)
        with self._ctx() as ctx:
            self._check(ctx, LIB.rc_encode_regions(ctx, ctypes.byref(img), b.ctypes.data if n else None, n,
                                                   ctypes.byref(opts), regions.ctypes.data if n else None,
                                                   glob.ctypes.data, fused.ctypes.data, 1))
        del keep
        return regions, glob, fused

    def regions(self, image: Any, boxes: Any, texts: Sequence[str], *, mode: str = "align",
                margin: float = 0.1, templates: Optional[Sequence[str]] = None,
                window: Any = None) -> RegionScores:
        """Each box and the fused image scored against the texts, like `rclip regions`: cosine
        and probability (softmax over the texts with the model's logit scale)."""
        cls = self._labels(texts, templates, "texts")
        regions, glob, fused = self.encode_regions(image, boxes, mode=mode, margin=margin, window=window)
        rows = [self._scores(r, cls) for r in regions]
        n_texts = cls.shape[0]
        fused_cos, fused_probs = self._scores(fused, cls)
        return RegionScores(
            texts=[texts] if isinstance(texts, str) else list(texts),
            cosine=np.array([r[0] for r in rows], np.float32).reshape(-1, n_texts),
            probs=np.array([r[1] for r in rows], np.float32).reshape(-1, n_texts),
            fused_cosine=fused_cos, fused_probs=fused_probs,
            embeddings=regions, image_embedding=glob, fused_embedding=fused)

    def ground(self, image: Any, text: str, *, templates: Optional[Sequence[str]] = None,
               window: Any = None, outside: float = float("nan"), grid: bool = False
               ) -> Union[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        """Grounding map of a text over the image, as `rclip heatmap` computes it: [H, W] float32
        cosines in [-1, 1] at the image's own size, `outside` (default NaN) where the center
        crop removed the pixel. grid=True also returns the patch grid [G, G]."""
        if not isinstance(text, str):
            raise TypeError(f"text: want str, got {type(text).__name__}")
        cls = self._labels([text], templates, "text")
        img, keep = _image(image, window)
        G = self.info.image_size // self.info.patch_size
        out = np.zeros((img.height, img.width), np.float32)
        g = np.zeros((G, G), np.float32)
        with self._ctx() as ctx:
            self._check(ctx, LIB.rc_ground(ctx, ctypes.byref(img), cls.ctypes.data, g.ctypes.data,
                                           out.ctypes.data, float(outside)))
        del keep
        return (out, g) if grid else out

    def vqa(self, image: Any, question: str, boxes: Any = None, *, mode: str = "align", margin: float = 0.1,
            window: Any = None) -> list[tuple[str, float]]:
        """VQA as classification, like `rclip vqa`: every answer of the model's closed set with
        its probability, highest first, from the image's fused embedding (with its boxes, if
        any) and the question."""
        if not isinstance(question, str):
            raise TypeError(f"question: want str, got {type(question).__name__}")
        q = self.encode_text([question])
        _, _, fused = self.encode_regions(image, boxes, mode=mode, margin=margin, window=window)
        probs = np.zeros(max(self.info.vqa_answers, 1), np.float32)
        with self._ctx() as ctx:
            self._check(ctx, LIB.rc_vqa(ctx, fused.ctypes.data, q.ctypes.data, probs.ctypes.data))
        return sorted(zip(self.answers, (float(p) for p in probs)), key=lambda ap: -ap[1])
