"""regionclip: Python bindings of regionclip.h (region-aware medical CLIP in one C99 header).

    import numpy as np, regionclip
    with regionclip.Model("weights/regionclip-demo.gguf") as m:
        scan = np.asarray(PIL.Image.open("weights/demo-scan.png"))       # uint8 HxW
        m.zeroshot(scan, ["a nodule", "no finding"])                     # probabilities
        m.regions(scan, [[65, 63, 76, 74]], ["bright round nodule"]).probs

Model(path) loads a GGUF file; its methods take numpy images (uint8 gray/RGB/RGBA, uint16
gray) and texts, and return numpy arrays. Failures the library reports raise regionclip.Error
with its message; unusable arguments raise TypeError or ValueError. See docs/python.md.
"""
from ._index import Hit, Index
from ._model import Error, Model, ModelInfo, RegionScores

try:
    from importlib.metadata import version as _version
    __version__ = _version("regionclip")
except Exception:   # not installed (e.g. the source tree on sys.path)
    __version__ = "unknown"

__all__ = ["Error", "Hit", "Index", "Model", "ModelInfo", "RegionScores", "__version__"]
