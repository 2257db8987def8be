"""The PyTorch trainer of regionclip's progressive recipe (docs/training.md, "PyTorch trainer").

    python -m train MODEL.gguf MANIFEST -o OUT_DIR [...]              one process
    torchrun --nproc_per_node=N -m train MODEL.gguf MANIFEST -o OUT_DIR [...]   DDP

Modules: recipe (losses, parameter groups, schedule, configuration), model (GGUF <-> open_clip
+ RoiProcessor, C checkpoints' optimizer state), biomed (the BiomedCLIP family's towers, names
and checkpoint folder), data (manifest, augmentation, batches), trainer (the loop, DDP,
checkpoints).
"""
import sys
from pathlib import Path

_CONVERT = str(Path(__file__).resolve().parent.parent / "convert")
if _CONVERT not in sys.path:
    sys.path.insert(0, _CONVERT)
