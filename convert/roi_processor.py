"""The ROI processor of docs/roi.md as a PyTorch module: the layout of trained ROI weights.

`convert.py --roi FILE` reads this module's state dict (torch.save(module.state_dict(), FILE)
or safetensors) into the `roi.*` tensors of a GGUF file; tests/gen_regions.py uses it as the
reference the C implementation is checked against. Keys, with E = embed_dim:

    head.weight [E][E], head.bias [E]          region head, applied to every region vector
    attn.in_proj_weight [3E][E], attn.in_proj_bias [3E]       (nn.MultiheadAttention, q | k | v)
    attn.out_proj.weight [E][E], attn.out_proj.bias [E]
    gate.weight [E][2E], gate.bias [E]         sigmoid gate over [g; o]
    num_heads (int64 scalar)                   the attention's head count
    vqa.weight [A][2E], vqa.bias [A]           VQA head over [z / |z|; q / |q|] (A answers,
                                               their strings come from convert.py --vqa-answers)

Each part may be absent from a file (region_head=False, fusion=False, vqa_answers=0): without
the head, region vectors are used as projected; without the fusion tensors, z = g; without
the VQA head, the file answers no questions.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class RoiProcessor(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int, region_head: bool = True, fusion: bool = True,
                 vqa_answers: int = 0) -> None:
        super().__init__()
        self.head = nn.Linear(embed_dim, embed_dim) if region_head else None
        self.attn = nn.MultiheadAttention(embed_dim, num_heads, batch_first=True) if fusion else None
        self.gate = nn.Linear(2 * embed_dim, embed_dim) if fusion else None
        self.vqa = nn.Linear(2 * embed_dim, vqa_answers) if vqa_answers else None
        self.register_buffer("num_heads", torch.tensor(num_heads if fusion else 0, dtype=torch.int64))

    def regions(self, projected: torch.Tensor) -> torch.Tensor:
        """Region vectors r [R][E] from projected region features [R][E]."""
        return self.head(projected) if self.head is not None else projected

    def fuse(self, g: torch.Tensor, r: torch.Tensor) -> torch.Tensor:
        """Fused image embedding z [E] from the global embedding g [E] and regions r [R][E]
        (both before L2 normalization); R = 0 attends to g alone."""
        if self.attn is None:
            return g
        tokens = torch.cat([g[None], r])[None]                     # [1][R+1][E]
        o = self.attn(g[None, None], tokens, tokens, need_weights=False)[0][0, 0]
        a = torch.sigmoid(self.gate(torch.cat([g, o])))
        return g + a * o

    def answer(self, z: torch.Tensor, q: torch.Tensor) -> torch.Tensor:
        """VQA logits [..][A] from fused image embeddings z [..][E] and question embeddings
        q [..][E] (any norm; both are L2-normalized first)."""
        return self.vqa(torch.cat([F.normalize(z, dim=-1), F.normalize(q, dim=-1)], -1))
