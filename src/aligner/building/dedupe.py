"""Deduplicating a memory without one in-memory set: a keyed pass over the shards.

Every pair has a place in the memory, its *ordinal*: its document's position in the
manifest (high 32 bits) and its position in the document (low 32 bits). Of the pairs
that share a normalized (ko, en) text, the memory keeps the one with the lowest ordinal,
as :class:`~aligner.building.memory.TranslationMemory` does when it is fed documents in
manifest order. The key space is cut into 256 hash buckets; each task takes a range of
buckets, reads only those buckets' key records from every shard, and writes the sorted
ordinals of the pairs it drops. Tasks run on the build's engine (on the workers); each
holds only its range's keys. The assembly then streams the shards in manifest order and
skips the dropped ordinals (:func:`dropped_ordinals` merges the tasks' sorted files).
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .shards import BUCKETS, ShardStore

KEYS_PER_TASK = 2_000_000  # about 70 MB of key records per task at most


@dataclass(frozen=True)
class DedupeTask:
    """Buckets ``lo`` to ``hi`` (exclusive) of every shard; ``shards`` maps each shard's
    document slots to their ordinals in the manifest (-1: not in this memory)."""

    lo: int
    hi: int
    shards: tuple[tuple[str, np.ndarray], ...]


@dataclass(frozen=True)
class DedupeResult:
    path: str
    duplicates: int


@dataclass(frozen=True)
class DedupeJob:
    """The deduplication of one build: drop pairs below ``min_score`` from the contest,
    then every pair whose key an earlier pair holds."""

    store: ShardStore
    scratch: str
    min_score: float

    def setup(self) -> None:
        pass

    def __call__(self, task: DedupeTask) -> DedupeResult | None:
        """The dropped ordinals of the task's buckets, written to the scratch folder;
        None when this worker cannot see the shards (the driver then runs the task)."""
        return self.run(task) if self.store.visible() else None

    def run(self, task: DedupeTask) -> DedupeResult:
        """The task itself, wherever the shards can be read."""
        h1s, h2s, ordinals = [], [], []
        for name, slots in task.shards:
            keys = self.store.keys(name)
            if not len(keys):
                continue
            lo, hi = np.searchsorted(keys["bucket"], [task.lo, task.hi])
            part = np.asarray(keys[lo:hi])
            slot = np.minimum(part["slot"].astype(np.int64), len(slots) - 1)
            doc = np.where(part["slot"] < len(slots), slots[slot], -1)
            keep = (doc >= 0) & (part["score"] >= self.min_score)
            h1s.append(part["h1"][keep])
            h2s.append(part["h2"][keep])
            ordinals.append((doc[keep].astype(np.uint64) << np.uint64(32)) | part["pair"][keep].astype(np.uint64))
        dropped = _duplicates(h1s, h2s, ordinals)
        path = Path(self.scratch) / f"dropped-{task.lo:03d}-{task.hi:03d}.npy"
        np.save(path, dropped, allow_pickle=False)
        return DedupeResult(str(path), len(dropped))


def _duplicates(h1s: list[np.ndarray], h2s: list[np.ndarray], ordinals: list[np.ndarray]) -> np.ndarray:
    """The sorted ordinals of every pair but the first of each key."""
    if not ordinals:
        return np.zeros(0, np.uint64)
    h1, h2, ordinal = np.concatenate(h1s), np.concatenate(h2s), np.concatenate(ordinals)
    order = np.lexsort((ordinal, h2, h1))
    h1, h2, ordinal = h1[order], h2[order], ordinal[order]
    later = np.zeros(len(ordinal), bool)
    later[1:] = (h1[1:] == h1[:-1]) & (h2[1:] == h2[:-1])
    return np.sort(ordinal[later])


def plan(shards: dict[str, np.ndarray], total_pairs: int, workers: int) -> list[DedupeTask]:
    """Bucket ranges: at least one per worker, and small enough that no task holds more
    than about ``KEYS_PER_TASK`` keys."""
    count = min(BUCKETS, max(workers, math.ceil(total_pairs / KEYS_PER_TASK), 1))
    bounds = [round(i * BUCKETS / count) for i in range(count + 1)]
    items = tuple(sorted(shards.items()))
    return [DedupeTask(lo, hi, items) for lo, hi in itertools.pairwise(bounds) if hi > lo]


def dropped_ordinals(paths: list[str], chunk: int = 65536) -> Iterator[int]:
    """The dropped ordinals of all tasks, in increasing order, read a chunk at a time."""

    def read(path: str) -> Iterator[int]:
        try:
            array = np.load(path, mmap_mode="r", allow_pickle=False)
        except ValueError:  # an empty array cannot be mapped
            array = np.load(path, allow_pickle=False)
        for start in range(0, len(array), chunk):
            yield from array[start:start + chunk].tolist()

    return heapq.merge(*(read(p) for p in paths))
