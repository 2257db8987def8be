"""regionclip.Index: an archive index exported by `rclip index-export ARCHIVE.idx OUT`
(docs/search.md, "Export"): OUT.npy the embeddings, OUT.jsonl one record per row, OUT.json the
dimension, type, model hash and record count."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import numpy as np

CHUNK = 1 << 16   # rows converted to float32 at a time by search (bounded memory for f16 exports)


@dataclass(frozen=True)
class Hit:
    """One search result: rank (from 1), cosine score, and the record (path, size, mtime_ns,
    width, height, frame, series, instance, slice_position)."""
    rank: int
    score: float
    record: dict[str, Any]


class Index:
    """Embeddings [records][embed_dim] (L2-normalized, as rclip index stored them: float16 or
    float32, memory-mapped), their records, and the identity of the model that made them."""

    def __init__(self, prefix: Union[str, Path]) -> None:
        prefix = str(prefix)
        meta = json.loads(Path(prefix + ".json").read_text())
        if meta.get("format") != "regionclip index export 1":
            raise ValueError(f"{prefix}.json: not a regionclip index export")
        self.embeddings: np.ndarray = np.load(prefix + ".npy", mmap_mode="r")
        with open(prefix + ".jsonl", encoding="utf-8") as f:
            self.records: list[dict[str, Any]] = [json.loads(line) for line in f]
        self.embed_dim: int = int(meta["embed_dim"])
        self.dtype: str = str(meta["dtype"])
        self.model_hash: str = str(meta["model_hash"])
        n = int(meta["records"])
        if self.embeddings.shape != (n, self.embed_dim) or len(self.records) != n or \
                any(r.get("row") != i for i, r in enumerate(self.records)):
            raise ValueError(f"{prefix}: .npy shape {self.embeddings.shape}, {len(self.records)} records, "
                             f"metadata says {n} x {self.embed_dim}")

    def __len__(self) -> int:
        return len(self.records)

    def search(self, query: np.ndarray, k: int = 10) -> list[Hit]:
        """The k records of highest cosine with query [embed_dim] (normalized here), best first;
        exact (every row scored in float32), ties broken by row order as rclip search does."""
        q = np.asarray(query, dtype=np.float32).reshape(-1)
        if q.shape != (self.embed_dim,) or not np.isfinite(q).all() or not np.any(q):
            raise ValueError(f"query must be {self.embed_dim} finite values, not all zero")
        q = q / np.linalg.norm(q)
        k = min(max(0, k), len(self))
        if k == 0:
            return []
        scores = np.concatenate([np.asarray(self.embeddings[i:i + CHUNK], dtype=np.float32) @ q
                                 for i in range(0, len(self), CHUNK)])
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        rows = np.flatnonzero(scores >= kth)                # the top k and every tie with the k-th
        order = rows[np.lexsort((rows, -scores[rows]))][:k]
        return [Hit(i + 1, float(scores[j]), self.records[j]) for i, j in enumerate(order)]

    def to_faiss(self) -> Any:
        """A faiss.IndexFlatIP holding the embeddings as float32 (row i is record i): inner
        product of normalized vectors, i.e. cosine. Needs faiss (pip install faiss-cpu)."""
        import faiss
        index = faiss.IndexFlatIP(self.embed_dim)
        index.add(np.ascontiguousarray(self.embeddings, dtype=np.float32))
        return index
