"""Builds a tiny open_clip CLIP (random weights, real CLIP BPE vocabulary) and converts it
with convert/convert.py: the fast model for bad-input, CLI and allocation-failure tests.

usage: python tests/gen_tiny.py OUT_DIR   -> OUT_DIR/tiny.gguf (+ tiny.pt, tiny_config.json)
"""
import json
import subprocess
import sys
from pathlib import Path
from typing import Callable, Optional

import open_clip
import torch

CONFIG = {
    "model_cfg": {
        "embed_dim": 32,
        "vision_cfg": {"image_size": 32, "layers": 2, "width": 64, "patch_size": 16, "head_width": 32},
        "text_cfg": {"context_length": 77, "vocab_size": 49408, "width": 64, "heads": 2, "layers": 2},
    },
    "preprocess_cfg": {"mean": [0.5, 0.4, 0.3], "std": [0.2, 0.25, 0.3]},
}


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / "tiny.gguf"
    sources = [Path(__file__), Path("convert/convert.py")]
    if model_path.exists() and all(model_path.stat().st_mtime > p.stat().st_mtime for p in sources):
        print(f"tiny: {model_path} up to date")
        return
    random_clip(CONFIG, out_dir, "tiny")
    print(f"tiny: wrote {model_path}")


def random_clip(config: dict, out_dir: Path, stem: str,
                edit: Optional[Callable[[open_clip.CLIP], None]] = None,
                convert_args: Optional[list[str]] = None) -> open_clip.CLIP:
    """An open_clip CLIP with seeded random weights (norm weights near 1, the rest small),
    then changed by edit(model) if given (under no_grad), saved as OUT_DIR/STEM.pt +
    STEM_config.json and converted to OUT_DIR/STEM.gguf (convert_args added to convert.py's)."""
    torch.manual_seed(0)
    cfg_path = out_dir / f"{stem}_config.json"
    cfg_path.write_text(json.dumps(config))
    model = open_clip.CLIP(**config["model_cfg"]).eval()
    with torch.no_grad():
        for name, p in model.named_parameters():
            is_norm_weight = p.ndim == 1 and name.endswith("weight")
            p.copy_(1.0 + 0.1 * torch.randn_like(p) if is_norm_weight else 0.05 * torch.randn_like(p))
        if edit:
            edit(model)
    ckpt = out_dir / f"{stem}.pt"
    torch.save(model.state_dict(), ckpt)
    subprocess.run([sys.executable, "convert/convert.py", str(ckpt), "--config", str(cfg_path),
                    "-o", str(out_dir / f"{stem}.gguf"), "-q"] + (convert_args or []), check=True)
    return model


if __name__ == "__main__":
    main(Path(sys.argv[1]))
