"""Nearest neighbours in both directions between two sets of unit vectors.

The exact search computes the similarity matrix in row blocks (float32 matrix products
of at most ``block_bytes`` each) and keeps the top ``k`` of every row and of every
column as it goes, so each block is computed once for both directions and memory stays
bounded whatever the sizes: 100,000 x 100,000 sentences never hold more than one block.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BLOCK_BYTES = 128 << 20  # one block of the similarity matrix


@dataclass(frozen=True)
class Neighbours:
    """The ``k`` most similar items of the other side, most similar first.

    ``a_sims[i, r]`` is the similarity of row ``i`` of ``a`` to its ``r``-th nearest row of
    ``b``, ``a_idx[i, r]`` that row's index; ``b_sims``/``b_idx`` the same from ``b``'s side.
    """

    a_sims: np.ndarray
    a_idx: np.ndarray
    b_sims: np.ndarray
    b_idx: np.ndarray


def _sorted_rows(sims: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(-sims, axis=1, kind="stable")
    return np.take_along_axis(sims, order, axis=1), np.take_along_axis(idx, order, axis=1)


def _top(sims: np.ndarray, k: int, axis: int) -> np.ndarray:
    """Indices of the ``k`` largest values along ``axis`` (unordered)."""
    if k >= sims.shape[axis]:
        shape = [1, 1]
        shape[axis] = sims.shape[axis]
        return np.broadcast_to(np.arange(sims.shape[axis]).reshape(shape), sims.shape).copy()
    return np.take(np.argpartition(-sims, k - 1, axis=axis), np.arange(k), axis=axis)


def exact_knn(a: np.ndarray, b: np.ndarray, k: int, *, block_bytes: int = BLOCK_BYTES) -> Neighbours:
    """The exact ``k`` nearest neighbours (inner product) of every row of ``a`` among the
    rows of ``b`` and of every row of ``b`` among the rows of ``a``; ``k`` is capped at the
    other side's size."""
    a = np.ascontiguousarray(a, dtype=np.float32)
    b = np.ascontiguousarray(b, dtype=np.float32)
    n, m = len(a), len(b)
    ka, kb = min(k, m), min(k, n)
    a_sims = np.zeros((n, ka), np.float32)
    a_idx = np.zeros((n, ka), np.int64)
    b_sims = np.full((kb, m), -np.inf, np.float32)  # column-wise while the blocks go by
    b_idx = np.zeros((kb, m), np.int64)
    if n == 0 or m == 0:
        return Neighbours(a_sims, a_idx, b_sims.T.copy(), b_idx.T.copy())
    bt = b.T.copy()
    rows = max(1, block_bytes // (4 * m))
    for start in range(0, n, rows):
        sims = a[start:start + rows] @ bt
        top = _top(sims, ka, axis=1)
        a_idx[start:start + len(sims)] = top
        a_sims[start:start + len(sims)] = np.take_along_axis(sims, top, axis=1)
        top = _top(sims, kb, axis=0)
        merged_sims = np.concatenate([b_sims, np.take_along_axis(sims, top, axis=0)])
        merged_idx = np.concatenate([b_idx, top + start])
        keep = _top(merged_sims, kb, axis=0)
        b_sims = np.take_along_axis(merged_sims, keep, axis=0)
        b_idx = np.take_along_axis(merged_idx, keep, axis=0)
    a_sims, a_idx = _sorted_rows(a_sims, a_idx)
    b_sims, b_idx = _sorted_rows(b_sims.T.copy(), b_idx.T.copy())
    return Neighbours(a_sims, a_idx, b_sims, b_idx)
