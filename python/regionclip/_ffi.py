"""ctypes declarations of the regionclip.h functions the package calls, and the library itself.

The library is regionclip/_lib.c compiled by setup.py (named like an extension module, but a
plain shared library). ctypes.CDLL releases the GIL for the duration of every call.
"""
from __future__ import annotations

import ctypes
import importlib.machinery
from ctypes import POINTER, c_char_p, c_float, c_int, c_size_t, c_void_p
from pathlib import Path


class RcError(ctypes.Structure):
    _fields_ = [("code", c_int), ("message", ctypes.c_char * 256)]


class RcModelInfo(ctypes.Structure):
    _fields_ = [("family", c_int), ("embed_dim", c_int), ("image_size", c_int), ("patch_size", c_int),
                ("vision_width", c_int), ("vision_layers", c_int), ("vision_heads", c_int),
                ("text_width", c_int), ("text_layers", c_int), ("text_heads", c_int),
                ("context_length", c_int), ("vocab_size", c_int), ("logit_scale", c_float),
                ("roi_head", c_int), ("roi_fusion_heads", c_int), ("vqa_answers", c_int),
                ("name", c_char_p)]


class RcImage(ctypes.Structure):
    _fields_ = [("pixels", c_void_p), ("width", c_int), ("height", c_int), ("stride", c_size_t),
                ("format", c_int), ("window_center", c_float), ("window_width", c_float),
                ("resample", c_int)]


class RcBox(ctypes.Structure):
    _fields_ = [("x0", c_float), ("y0", c_float), ("x1", c_float), ("y1", c_float)]


class RcRegionOpts(ctypes.Structure):
    _fields_ = [("mode", c_int), ("margin", c_float)]


RC_PIXEL_RGB8, RC_PIXEL_GRAY8, RC_PIXEL_GRAY16, RC_PIXEL_RGBA8 = 0, 1, 2, 3
RC_REGION_ALIGN, RC_REGION_CROP = 0, 1
RC_RESAMPLE_BICUBIC = 0
STRUCTS = (RcError, RcModelInfo, RcImage, RcBox, RcRegionOpts)   # the order of rc_python_struct_sizes

P = c_void_p            # every array argument: numpy's .ctypes.data
PP = POINTER(c_void_p)  # rc_model ** / rc_ctx **
ERR = POINTER(RcError)
IMG = POINTER(RcImage)

SIGNATURES: dict[str, tuple[object, list[object]]] = {
    "rc_python_struct_sizes": (c_int, [POINTER(c_size_t), c_int]),
    "rc_status_name": (c_char_p, [c_int]),
    "rc_model_load_file": (c_int, [PP, c_char_p, P, ERR]),
    "rc_model_load_mmap": (c_int, [PP, c_char_p, P, ERR]),
    "rc_model_free": (None, [P]),
    "rc_model_get_info": (RcModelInfo, [P]),
    "rc_model_vqa_answer": (c_char_p, [P, c_int]),
    "rc_ctx_create": (c_int, [PP, P, ERR]),
    "rc_ctx_free": (None, [P]),
    "rc_ctx_error": (c_char_p, [P]),
    "rc_tokenize": (c_int, [P, c_char_p, c_size_t, P, POINTER(c_int)]),
    "rc_encode_texts": (c_int, [P, POINTER(c_char_p), c_int, P, c_int]),
    "rc_preprocess": (c_int, [P, IMG, P]),
    "rc_encode_pixels": (c_int, [P, P, c_int, P, c_int]),
    "rc_encode_images": (c_int, [P, IMG, c_int, P, c_int]),
    "rc_similarity": (c_int, [P, c_int, P, c_int, c_int, c_float, P]),
    "rc_prompt_ensemble": (c_int, [P, c_int, c_int, c_int, P]),
    "rc_zeroshot": (c_int, [P, P, c_int, c_int, c_float, P]),
    "rc_encode_regions": (c_int, [P, IMG, P, c_int, POINTER(RcRegionOpts), P, P, P, c_int]),
    "rc_ground": (c_int, [P, IMG, P, P, P, c_float]),
    "rc_vqa": (c_int, [P, P, P, P]),
}


def _library_path() -> Path:
    here = Path(__file__).resolve().parent
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if (here / f"_lib{suffix}").is_file():
            return here / f"_lib{suffix}"
    raise ImportError(f"regionclip: the compiled library _lib*.so is missing from {here}; "
                      "install the package with `pip install ./python` from the repository")


def load() -> ctypes.CDLL:
    lib = ctypes.CDLL(str(_library_path()))
    for name, (restype, argtypes) in SIGNATURES.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    sizes = (c_size_t * len(STRUCTS))()
    n = lib.rc_python_struct_sizes(sizes, len(STRUCTS))
    want = [ctypes.sizeof(s) for s in STRUCTS]
    if n != len(STRUCTS) or list(sizes) != want:
        raise ImportError(f"regionclip: the library's struct sizes {list(sizes)} (of {n}) differ from the "
                          f"Python declarations {want}: regionclip/_ffi.py is out of date with regionclip.h")
    return lib


LIB = load()
