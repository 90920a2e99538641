"""Scoring and monotone dynamic-programming alignment of two sentence sequences.

A bead joins ``a`` Korean and ``b`` English consecutive sentences (the types in
``Params.beads``: 1-1 up to 1-4 and 4-1) or leaves one sentence unpaired (1-0, 0-1). A
bead's score is the margin-normalized cosine similarity of its two sides (a
multi-sentence side is the exact embedding of its joined text where the side has it, else
the normalized sum of its sentence embeddings), plus a length prior and a number /
Latin-token cue, minus a per-bead-type threshold (and, in a bilingual document, a penalty
for a bead whose sides are not in partner blocks); gaps score 0. The similarity of a
multi-sentence bead counts once per sentence that supports it (``Params.support_floor``);
a 2-2 bead of two swapped sentences may score as its two crossed pairs (``_cross``).
The DP maximizes the total score inside a band of cells. Small documents use the whole
grid; long ones are first aligned at half resolution (recursively, as in Vecalign) and the
fine search is restricted to a band around the projected path, so time and memory grow
linearly with length. ``refine_gaps`` then re-scores the sentences at bead edges with real
embeddings of the joined text, undoes pairs below a cosine floor, and gives every pair its
calibrated confidence.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable

import numpy as np

from .scoring import (
    Bead,
    Params,
    Side,
    _common_bits,
    confidence,
    _length_term,
    _popcount,
    _unit,
    _window_or,
    _window_sum,
    across_blocks,
    cut_cost,
    exact_windows,
    time_overlap,
    wall_inside,
    window_times,
)


def align_sides(ko: Side, en: Side, params: Params = Params(),
                forbidden: Forbidden | Collection[tuple[int, int]] = ()) -> list[Bead]:
    """The best monotone sequence of beads covering both sides completely.

    ``forbidden``: (Korean index, English index) sentence pairs that no bead may join
    (links a user rejected), or a :class:`Forbidden`; they constrain the fine search, not
    the coarse one."""
    n, m = len(ko), len(en)
    if n == 0 or m == 0 or not any(a <= n and b <= m for a, b in params.beads):  # no bead fits: all gaps
        return [Bead(i, i + 1, 0, 0, 0.0, 0.0) for i in range(n)] + [
            Bead(n, n, j, j + 1, 0.0, 0.0) for j in range(m)
        ]
    if (n + 1) * (m + 1) <= params.full_grid_cells or min(n, m) < 2 * params.band_width:
        lo = np.zeros(n + 1, dtype=np.int64)
        hi = np.full(n + 1, m + 1, dtype=np.int64)
    else:
        coarse = align_sides(_downsample(ko), _downsample(en), _coarse(params))
        blocks = _english_only_runs(coarse, m, params.band_width)
        if blocks:
            return _without_blocks(ko, en, params, Forbidden.of(forbidden), blocks)
        lo, hi = _band_from_path(coarse, n, m, params.band_width)
    return _dp(ko, en, lo, hi, params, Forbidden.of(forbidden))


# A run of this many band widths of unpaired English sentences on the half-resolution path
# is an English-only block (an appendix, an index, a listing the Korean leaves out)
_LONG_RUN_BANDS = 4


def _english_only_runs(coarse: list[Bead], m: int, width: int) -> list[tuple[int, int]]:
    """The English sentences [start, end) inside each long run of 0-1 gaps on the
    half-resolution path (``_LONG_RUN_BANDS`` band widths or more), less a band width at
    each end. The band gives the row where such a run lies every column of it: one wide
    row made every row of the band's table as wide (n x W cells: 3.1 GB for 3,440
    Korean sentences against 30,000 English ones, 27,000 of them a block the Korean left
    out). A block of one-sided Korean sentences lies down a column, one band wide."""
    runs: list[tuple[int, int]] = []
    start = None
    for k, b in enumerate([*coarse, None]):
        gap = b is not None and b.ko_start == b.ko_end
        if gap and start is None:
            start = b.en_start
        elif not gap and start is not None:
            end = coarse[k - 1].en_end
            if end - start >= _LONG_RUN_BANDS * width:
                runs.append((min(2 * start + width, m), min(2 * end - width, m)))
            start = None
    return [(a, b) for a, b in runs if b > a]


def _without_blocks(ko: Side, en: Side, p: Params, forbidden: Forbidden,
                    blocks: list[tuple[int, int]]) -> list[Bead]:
    """The beads of ``ko`` and ``en`` aligned without the English sentences of ``blocks``,
    each of those a 0-1 gap where its block stood; a wall stands in each block's place (no
    bead joins the sentences on either side of it)."""
    m = len(en)
    keep = np.ones(m, dtype=bool)
    for a, b in blocks:
        keep[a:b] = False
    kept = np.flatnonzero(keep)
    at = {int(j): k for k, j in enumerate(kept)}
    walls = np.zeros(len(kept), dtype=bool) if en.walls is None else en.walls[kept].copy()
    for a, b in blocks:
        if b < m:
            walls[at[b]] = True
    beads = align_sides(ko, _subset(en, kept, walls), p, forbidden.mapped(lambda i: i, at.get))
    full = np.append(kept, m)  # the full position of each kept position, and of the end
    out: list[Bead] = []
    pending = list(blocks)
    for bead in beads:
        start = int(full[bead.en_start])
        end = int(kept[bead.en_end - 1]) + 1 if bead.en_end > bead.en_start else start
        while pending and pending[0][0] <= start:
            a, b = pending.pop(0)
            out += [Bead(bead.ko_start, bead.ko_start, j, j + 1, 0.0, 0.0) for j in range(a, b)]
        out.append(dataclasses.replace(bead, en_start=start, en_end=end))
    ko_end = len(ko)
    for a, b in pending:
        out += [Bead(ko_end, ko_end, j, j + 1, 0.0, 0.0) for j in range(a, b)]
    return out


def _subset(side: Side, kept: np.ndarray, walls: np.ndarray) -> Side:
    """The sentences ``kept`` of ``side`` (sorted positions), with ``walls``; an exact
    window of joined text is kept where its sentences are still consecutive."""
    def each(x):
        return None if x is None else x[kept]

    windows = None
    if side.windows is not None:
        windows = {}
        for size, table in side.windows.items():
            starts = kept[:len(kept) - size + 1]
            whole = kept[size - 1:] - starts == size - 1  # still consecutive
            sub = np.full((len(starts), table.shape[1]), np.nan, dtype=table.dtype)
            sub[whole] = table[starts[whole]]
            windows[size] = sub
    return dataclasses.replace(
        side, emb=side.emb[kept], lengths=side.lengths[kept], numbers=side.numbers[kept], latin=side.latin[kept],
        paragraphs=each(side.paragraphs), repeated=each(side.repeated), times=each(side.times), windows=windows,
        blocks=each(side.blocks), continues=each(side.continues), asides=each(side.asides), labels=each(side.labels),
        walls=walls, records=each(side.records))


# ---------------------------------------------------------------- the search band


def _coarse(params: Params) -> Params:
    """Settings for the half-resolution path that only places the band: bead types of at
    most two sentences a side (a 4-1 bead is a 2-1 at half resolution), half the types of
    the default set and about half the coarse search's time."""
    small = tuple(t for t in params.beads if max(t) <= 2)
    return dataclasses.replace(params, beads=small) if small and small != params.beads else params


def _downsample(side: Side) -> Side:
    """Half resolution: each pair of consecutive sentences becomes one."""
    n = len(side)
    odd = n % 2
    emb = side.emb[: n - odd].reshape(-1, 2, side.emb.shape[1]).sum(axis=1)
    lengths = side.lengths[: n - odd].reshape(-1, 2).sum(axis=1)
    if odd:
        emb = np.vstack([emb, side.emb[-1:]])
        lengths = np.append(lengths, side.lengths[-1])
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12)
    return Side(emb, lengths, _pairs_union(side.numbers), _pairs_union(side.latin))


def _pairs_union(x: np.ndarray) -> np.ndarray:
    n = len(x) - len(x) % 2
    out = x[:n:2] | x[1:n:2]
    return np.vstack([out, x[n:]]) if len(x) % 2 else out


def _band_from_path(coarse: list[Bead], n: int, m: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-row column range [lo, hi) around a half-resolution path, monotone and connected."""
    lo = np.full(n + 1, m + 1, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for b in coarse:
        rows = range(min(2 * b.ko_start, n), min(2 * b.ko_end, n) + 1)
        for i in rows:
            lo[i] = min(lo[i], 2 * b.en_start)
            hi[i] = max(hi[i], min(2 * b.en_end, m) + 1)
    lo = np.maximum(lo - width, 0)
    hi = np.minimum(hi + width, m + 1)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[-1] = 0, m + 1
    return lo, hi


# ---------------------------------------------------------------- scores


def _spans(side: Side, size: int) -> np.ndarray:
    """Embeddings of ``size`` consecutive sentences, one per start position: the exact
    joined-text embeddings where the side has them, else normalized sums."""
    exact = exact_windows(side, size)
    if exact is not None:
        missing = np.isnan(exact[:, 0])
        if not missing.any():
            return exact  # no sums needed
    s = _window_sum(side.emb, size)
    s = s / np.maximum(np.linalg.norm(s, axis=1, keepdims=True), 1e-12)
    return s if exact is None else np.where(missing[:, None], s, exact)


def _band_dot(a: np.ndarray, b: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """a[rows[i]] · b[cols[i, k]] for a band of cells; invalid indices (-1) give NaN.
    Computed in blocks of rows, each one matrix product over the columns it touches, so
    memory stays at a block's (rows × columns) similarities: gathering the vectors of
    every cell instead took 1.4 GB for a 341 × 11,736 band (a 2 MB line without
    punctuation: few long English sentences against many short Korean ones)."""
    out = np.full(cols.shape, np.nan, dtype=np.float32)
    if len(a) == 0 or len(b) == 0:
        return out
    for start in range(0, len(rows), 512):
        r = rows[start:start + 512]
        c = cols[start:start + 512]
        ok = (r[:, None] >= 0) & (c >= 0)
        if not ok.any():
            continue
        r0, r1 = int(r[r >= 0].min()), int(r[r >= 0].max()) + 1
        c0, c1 = int(c[ok].min()), int(c[ok].max()) + 1
        dense = a[r0:r1] @ b[c0:c1].T
        vals = dense[np.clip(r - r0, 0, r1 - r0 - 1)[:, None], np.clip(c - c0, 0, c1 - c0 - 1)]
        out[start:start + 512] = np.where(ok, vals, np.nan)
    return out


def _topk_mean(x: np.ndarray, k: int) -> np.ndarray:
    """Row-wise mean of the k largest finite values (0 for a row with none)."""
    x = np.where(np.isnan(x), -np.inf, x)
    k = min(k, x.shape[1])
    if k == 0:
        return np.zeros(len(x), dtype=np.float32)
    top = -np.partition(-x, k - 1, axis=1)[:, :k]
    finite = np.isfinite(top)
    count = finite.sum(axis=1)
    total = np.where(finite, top, 0.0).sum(axis=1)
    return np.where(count > 0, total / np.maximum(count, 1), 0.0).astype(np.float32)


def _neighbourhood(spans: np.ndarray, other: Side, lo: np.ndarray, hi: np.ndarray, k: int) -> np.ndarray:
    """Margin denominator: mean similarity of each span to its k nearest sentences of
    the other side within the band of the row where the span starts. A text repeated
    on the other side counts once, or a repeated block would halve every margin."""
    starts = np.arange(len(spans))
    width = int((hi - lo).max())
    cols = lo[starts, None] + np.arange(width)[None, :]
    cols = np.where(cols < np.minimum(hi[starts, None], len(other)), cols, -1)
    if other.repeated is not None:
        cols = np.where(other.repeated[np.maximum(cols, 0)], -1, cols)
    return _topk_mean(_band_dot(spans, other.emb, starts, cols), k)  # on the raw cosine scale


def _transpose_band(lo: np.ndarray, hi: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Row range [tlo[j], thi[j]) of cells in column j of a monotone band."""
    j = np.arange(m + 1)
    tlo = np.searchsorted(hi, j, side="right")
    thi = np.searchsorted(lo, j, side="right")
    return tlo, thi


# ---------------------------------------------------------------- the DP


def _dp(ko: Side, en: Side, lo: np.ndarray, hi: np.ndarray, p: Params,
        forbidden: Forbidden | None = None) -> list[Bead]:
    n, m = len(ko), len(en)
    width = int((hi - lo).max())
    cols = lo[:, None] + np.arange(width)[None, :]
    in_band = cols < hi[:, None]
    max_a = max(a for a, _ in p.beads)
    max_b = max(b for _, b in p.beads)
    en_spans = {b: _spans(en, b) for b in range(1, max_b + 1) if b <= m}
    if p.use_margin:
        tlo, thi = _transpose_band(lo, hi, m)
        en_nb = {b: _neighbourhood(s, ko, tlo, thi, p.margin_k) for b, s in en_spans.items()}

    rows = np.arange(n + 1)
    sims: dict[tuple[int, int], np.ndarray] = {}
    scores: dict[tuple[int, int], np.ndarray] = {}
    # One Korean span size at a time: each is n x d floats (80 MB at 40,000 sentences).
    for a in range(1, min(max_a, n) + 1):
        ko_spans = _spans(ko, a)
        ko_nb = _neighbourhood(ko_spans, en, lo, hi, p.margin_k) if p.use_margin else None
        for b in [b for a_, b in p.beads if a_ == a and b in en_spans]:
            ks, js = rows - a, cols - b  # bead ending at cell (i, j) starts at (i - a, j - b)
            ok = in_band & (ks[:, None] >= 0) & (js >= 0) & (js <= m - b)
            col_idx = np.where(ok, js, -1)
            sim = _band_dot(ko_spans, en_spans[b], np.where(ks >= 0, ks, -1), col_idx)
            if p.use_margin:
                sim = sim - 0.5 * (ko_nb[np.maximum(ks, 0)][:, None] + en_nb[b][np.maximum(col_idx, 0)])
                sim = p.scale * sim  # a difference of similarities: the shift cancels
            else:
                sim = p.scale * sim + p.shift
            sims[a, b] = np.where(ok, sim, np.nan).astype(np.float32)
            if (a, b) == (1, 1) and p.rival_weight:  # the evidence a neighbouring pair must beat (_rivals)
                evidence = sims[1, 1] + _time_term(ko, en, 1, 1, np.maximum(ks, 0)[:, None], np.maximum(col_idx, 0), p)
            score = sim - p.threshold - p.multi_penalty * (a + b - 2) + _extras(ko, en, a, b, ks, col_idx, ok, p)
            scores[a, b] = np.where(ok, score, -np.inf).astype(np.float32)
        del ko_spans, ko_nb
    # what the other sentences a multi-sentence bead explains add to its score
    bonus = {(a, b): np.nan_to_num(sims[a, b] * (_support(sims, a, b, lo, p) - 1.0))
             for a, b in scores if max(a, b) > 1} if p.support_floor is not None else {}
    if p.rival_weight and (1, 1) in sims:
        scores[1, 1] -= p.rival_weight * _rivals(evidence, lo)
    del sims
    for t, extra in bonus.items():
        scores[t] += extra
    crossed = _cross(scores, bonus, lo, p)
    scores = {t: scores[t] for t in p.beads if t in scores}  # the order of p.beads breaks ties
    if forbidden:
        _forbid(scores, lo, hi, forbidden)

    # Every cell keeps the best path to it (best) and, for the gaps that chain into runs,
    # the best one whose last unit is a 1-0 gap (vertical) and the best whose last unit is
    # not (no_down). A unit starting at a sentence that goes on with the one before pays
    # its cut_cost: a bead in its score, a run of 1-0 or of 0-1 gaps once, at its first
    # sentence (Params.continuation_penalty).
    # best, with a row and columns of -inf around it that reads outside the band fall on:
    # row n + 1 for a bead that would start above row 0, columns left of the band (pad
    # columns) and right of it (width columns: farther reads are clipped to them)
    moves = list(scores)
    pad = max(b for _, b in moves)
    padded = np.full((n + 2, pad + 2 * width), -np.inf, dtype=np.float64)
    best = padded[:n + 1, pad:pad + width]
    back = np.full((n + 1, width), -1, dtype=np.int8)  # the bead type of the best bead ending here
    run_from = np.full((n + 1, width), -1, dtype=np.int32)  # band column where the 0-1 run ending here starts
    state = np.zeros((n + 1, width), dtype=np.uint8)  # which path each cell's values take: _BEST_ACROSS etc.
    # every move's scores in one array (the dict's entries become views of it), so that a
    # row takes all moves in a few whole-array steps: per move, eight steps cost more
    # than the arithmetic on a band row
    stacked = np.empty((len(moves), n + 1, width), dtype=np.float32)
    for t, move in enumerate(moves):
        np.copyto(stacked[t], scores[move])
        stacked[t][np.isnan(stacked[t])] = -np.inf  # never taken, as a comparison never takes NaN
        scores[move] = stacked[t]
    move_a = np.array([a for a, _ in moves], dtype=np.int64)
    move_b = np.array([b for _, b in moves], dtype=np.int64)
    ko_cut = cut_cost(ko, p, 1)
    en_cut = np.append(cut_cost(en, p, 1), 0.0)
    en_cuts = en_cut.any()
    steps = np.arange(width)
    down = no_down = np.full(width, -np.inf)
    for i in range(n + 1):
        outside = ~in_band[i]
        # each move's bead ending in this row starts in row i - a, b columns back: the
        # column it reads there, with the bands' offsets
        source = i - move_a
        source[source < 0] = n + 1
        shift = np.maximum(np.minimum(lo[i] - move_b - lo[np.minimum(source, n)], width), -pad) + pad
        cand = padded[source[:, None], steps + shift[:, None]]
        cand += stacked[:, i]
        cand[:, outside] = -np.inf
        choice = cand.argmax(axis=0)  # the first of equals: the order of p.beads breaks ties
        row_best = cand[choice, steps]
        row_back = np.where(row_best > -np.inf, choice, -1).astype(np.int8)
        if i == 0:
            row_best[0] = 0.0  # cell (0, 0): lo[0] is 0
        # 1-0 gaps: a run goes on from the cell above, or starts there after another unit
        if i > 0:
            shift = int(lo[i] - lo[i - 1])
            going_on, starting = _from_row(down, shift), _from_row(no_down, shift) - ko_cut[i - 1]
            down = np.maximum(going_on, starting)
            down[outside] = -np.inf
            state[i] = (going_on >= starting) * _RUN_GOES_ON
        is_down = down > row_best
        ended = np.maximum(down, row_best)  # the best path whose last unit is no 0-1 gap (-inf outside)
        # 0-1 gaps along the row: a run from column k' to k scores what k' scored by any
        # other unit, less the cut cost of its first sentence
        start = ended - en_cut[np.minimum(cols[i], m)] if en_cuts else ended
        top = np.maximum.accumulate(start)
        at = np.maximum.accumulate((start == top) * steps)
        across = np.concatenate(([-np.inf], top[:-1]))
        across[outside] = -np.inf
        is_across = across > ended
        run_from[i, 1:] = at[:-1]  # read only where a run ends
        best[i] = np.maximum(across, ended)
        no_down = np.maximum(row_best, across)
        state[i] |= is_down * _ENDED_DOWN | is_across * _BEST_ACROSS | (across > row_best) * _NO_DOWN_ACROSS
        back[i] = row_back
    return _backtrack(back, run_from, state, lo, moves, scores, bonus, crossed, ko, en, p)


# State bits of a DP cell: its best path ends in a 0-1 run (else in what `ended` took);
# `ended` took the 1-0 run (else the bead in `back`); the best path without a 1-0 gap last
# ends in the 0-1 run (else in the bead); the 1-0 run goes on from the cell above (else it
# starts there).
_BEST_ACROSS, _ENDED_DOWN, _NO_DOWN_ACROSS, _RUN_GOES_ON = (np.uint8(1 << k) for k in range(4))


def _from_row(row: np.ndarray, shift: int, out: np.ndarray | None = None) -> np.ndarray:
    """``row`` (one DP row of the band) read ``shift`` columns on: the value each column
    of the current row gets from there (-inf where it falls outside), in ``out`` if given."""
    width = len(row)
    if out is None:
        out = np.empty(width)
    out.fill(-np.inf)
    if shift >= 0:
        out[:max(width - shift, 0)] = row[shift:]
    else:
        out[-shift:] = row[:width + shift]
    return out


def _support(sims: dict[tuple[int, int], np.ndarray], a: int, b: int, lo: np.ndarray, p: Params) -> np.ndarray:
    """Half the number of sentences that support the bead of type (a, b) ending at each
    cell of the band, at least 1 (see ``Params.support_floor``). A side of one sentence
    supports fully. A sentence of a multi-sentence side supports as far as its own
    similarity to the other side (Korean sentence k: the 1-b bead ending at (k + 1, j);
    English sentence e: the a-1 bead ending at (i, e + 1)) rises above the floor and, at
    an edge of its side, as far as the bead is no less similar than the bead without it,
    each over ``support_ramp``."""
    bead = sims[a, b]

    def ramp(x: np.ndarray) -> np.ndarray:
        return np.clip(x / p.support_ramp, 0.0, 1.0)

    total = np.full(bead.shape, float(a == 1) + float(b == 1), dtype=np.float32)
    # (own similarity: bead type, row shift, column shift; [the bead without it, if at an edge])
    members = []
    if a > 1:
        members += [(((1, b), t + 1 - a, 0), [((a - 1, b), 0, 0)] * (t == 0) + [((a - 1, b), -1, 0)] * (t == a - 1))
                    for t in range(a)]
    if b > 1:
        members += [(((a, 1), 0, t + 1 - b), [((a, b - 1), 0, 0)] * (t == 0) + [((a, b - 1), 0, -1)] * (t == b - 1))
                    for t in range(b)]
    for (own, dr, dc), cuts in members:
        if own not in sims:
            continue
        support = np.nan_to_num(ramp(_shifted(sims[own], lo, dr, dc) - p.support_floor))
        for cut, cr, cc in cuts:
            if cut in sims:
                gain = bead - _shifted(sims[cut], lo, cr, cc)
                support = np.minimum(support, np.nan_to_num(ramp(gain + p.support_ramp), nan=1.0))
        total += support
    return np.maximum(total / 2, 1.0)


def _cross(scores: dict[tuple[int, int], np.ndarray], bonus: dict[tuple[int, int], np.ndarray],
           lo: np.ndarray, p: Params) -> np.ndarray | None:
    """Where two swapped sentences (K1 K2 / E1 E2 with K1 = E2 and K2 = E1) are better
    explained by their two crossed 1-1 pairs than by the 2-2 bead's joined texts, that
    bead scores as the two pairs. A monotone path holds one of them and leaves the other
    two sentences unpaired, so the second pair must show evidence of its own: it scores
    without the threshold's allowance for position (a negative threshold: two sentences
    in step are likely translations, two that cross are not). Updates the 2-2 table in
    place, with its ``bonus`` (what the reported score leaves out) half of it there: such
    a bead reports the mean evidence of its two pairs. Returns where it did, or None."""
    if not p.crossed or (1, 1) not in scores or (2, 2) not in scores:
        return None
    pairs = scores[1, 1]
    # the bead ending at (i, j) holds Korean i-2, i-1 and English j-2, j-1: the pairs
    # (i-2, j-1), ending at cell (i-1, j), and (i-1, j-2), ending at cell (i, j-1)
    with np.errstate(invalid="ignore"):
        both = _shifted(pairs, lo, -1, 0) + _shifted(pairs, lo, 0, -1) + min(p.threshold, 0.0)
        crossed = np.isfinite(scores[2, 2]) & (both > scores[2, 2])
    scores[2, 2] = np.where(crossed, both, scores[2, 2])
    bonus[2, 2] = np.where(crossed, both / 2, bonus.get((2, 2), 0.0)).astype(np.float32)
    return crossed


def _rivals(evidence: np.ndarray, lo: np.ndarray) -> np.ndarray:
    """How far each 1-1 pair's ``evidence`` (a 1-1 table of the band: similarity, and
    cue-time overlap for subtitles) falls below that of the best 1-1 pair next to it that
    shares one of its sentences: its Korean sentence with the English one before or after,
    or its English sentence with the Korean one before or after (0 where none is better).
    A path shifted by one sentence between two unpaired sentences is made of such
    out-competed pairs."""
    best = np.full(evidence.shape, np.nan, dtype=np.float32)
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        best = np.fmax(best, _shifted(evidence, lo, dr, dc))
    return np.nan_to_num(np.maximum(best - evidence, 0.0))


def _shifted(table: np.ndarray, lo: np.ndarray, dr: int, dc: int) -> np.ndarray:
    """``table``'s value at the cell dr rows and dc columns from each cell of the band
    (NaN where that cell is outside the band)."""
    n1, width = table.shape
    out = np.full(table.shape, np.nan, dtype=np.float32)
    if abs(dr) >= n1:
        return out
    rows = slice(max(-dr, 0), n1 - max(dr, 0))  # the rows i that have a row i + dr
    from_rows = slice(max(dr, 0), n1 - max(-dr, 0))
    # column k of row i is column lo[i] + k; the cell dr, dc away is column k + off of row i + dr
    off = dc + lo[rows] - lo[from_rows]
    if np.all(off == off[0]):  # one shift for every row (the whole grid): a slice
        o = int(off[0])
        if abs(o) < width:
            out[rows, max(-o, 0):width - max(o, 0)] = table[from_rows, max(o, 0):width + min(o, 0)]
        return out
    cols = np.arange(width) + off[:, None]
    inside = (cols >= 0) & (cols < width)
    got = np.take_along_axis(table[from_rows], np.clip(cols, 0, width - 1), axis=1)
    out[rows] = np.where(inside, got, np.nan)
    return out


class Forbidden:
    """Sentence pairs no bead may join (links a user rejected), kept as groups: a group is
    a set of Korean and a set of English positions every cross pair of which is forbidden,
    so a link of n Korean and m English sentences costs n + m, not n × m (a link listing
    every sentence of a 1,000-sentence document took 1 GB as its pairs)."""

    def __init__(self, groups: Iterable[tuple[Iterable[int], Iterable[int]]] = ()) -> None:
        self.groups = [(k, e) for k, e in ((np.unique(np.fromiter(k, np.int64)), np.unique(np.fromiter(e, np.int64)))
                                           for k, e in groups) if k.size and e.size]

    @classmethod
    def of(cls, forbidden: Forbidden | Collection[tuple[int, int]]) -> Forbidden:
        """``forbidden`` itself, or its (Korean, English) position pairs as groups of one."""
        return forbidden if isinstance(forbidden, Forbidden) else cls(([k], [e]) for k, e in forbidden)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def mapped(self, ko_map: Callable[[int], int | None], en_map: Callable[[int], int | None]) -> Forbidden:
        """The groups with each position mapped to another numbering (None: dropped)."""
        def each(side, to):
            return [n for n in map(to, side.tolist()) if n is not None]

        return Forbidden((each(k, ko_map), each(e, en_map)) for k, e in self.groups)

    def joins(self, ko_start: int, ko_end: int, en_start: int, en_end: int) -> bool:
        """Does a pair of Korean [ko_start, ko_end) and English [en_start, en_end) join a
        forbidden sentence pair?"""
        return any(_overlaps(k, ko_start, ko_end) and _overlaps(e, en_start, en_end) for k, e in self.groups)


def _overlaps(positions: np.ndarray, start: int, end: int) -> bool:
    """Does the sorted array ``positions`` hold a position in [start, end)?"""
    at = int(np.searchsorted(positions, start))
    return at < positions.size and positions[at] < end


def _forbid(scores: dict[tuple[int, int], np.ndarray], lo: np.ndarray, hi: np.ndarray, forbidden: Forbidden) -> None:
    """Every bead that would join a forbidden sentence pair scores -inf: the bead of type
    (a, b) ending at cell (i, j) holds Korean [i - a, i) and English [j - b, j), so it joins
    a group's pair where some of its Korean positions k has i - a <= k < i and some of its
    English e has j - b <= e < j."""
    n = len(lo) - 1
    for ko_at, en_at in forbidden.groups:
        for (a, b), table in scores.items():
            rows = np.zeros(n + 2 + a, dtype=np.int64)  # marks i in (k, k + a] by differences
            np.add.at(rows, ko_at + 1, 1)
            np.add.at(rows, ko_at + 1 + a, -1)
            rows = np.flatnonzero(np.cumsum(rows)[:n + 1])
            if rows.size == 0:
                continue
            width = table.shape[1]
            cols = lo[rows, None] + np.arange(width)[None, :]  # the cells' columns j
            # j joins an English position e when e < j <= e + b: the first e >= j - b is below j
            first = np.searchsorted(en_at, cols - b)
            hit = (first < en_at.size) & (en_at[np.minimum(first, en_at.size - 1)] < cols) & (cols < hi[rows, None])
            table[rows] = np.where(hit, -np.inf, table[rows])


def _extras(ko: Side, en: Side, a: int, b: int, ks, col_idx, ok, p: Params) -> np.ndarray:
    """Length prior, number/Latin cue, time overlap, paragraph and block penalties for
    every cell of one bead type."""
    rows = np.where(ks >= 0, ks, -1)
    r, c = np.maximum(rows, 0)[:, None], np.maximum(col_idx, 0)
    extra = np.zeros(col_idx.shape, dtype=np.float32)
    if p.use_length:
        ko_len = _window_sum(ko.lengths, a) + (a - 1)
        en_len = _window_sum(en.lengths, b) + (b - 1)
        extra += p.length_weight * _length_term(ko_len[r], en_len[c], p)
    if p.use_cues:
        # In [0, 1]: numbers shared by both sides and Korean-side Latin words (names,
        # acronyms) found on the English side. Numbers are compared by value too (1억1천만
        # is 110 million), so numbers on both sides of which none is shared are evidence
        # against the bead (conflict_weight).
        ko_num, en_num = _window_or(ko.numbers, a), _window_or(en.numbers, b)
        ko_lat, en_lat = _window_or(ko.latin, a), _window_or(en.latin, b)
        shared = _common_bits(ko_num, r, en_num, c)
        found = _common_bits(ko_lat, r, en_lat, c)
        total = _popcount(ko_num)[r] + _popcount(en_num)[c] - shared + _popcount(ko_lat)[r]
        with np.errstate(invalid="ignore", divide="ignore"):
            cue = np.where(total > 0, (shared + found) / np.maximum(total, 1), 0.0)
        extra += p.cue_weight * cue
        if p.conflict_weight:
            extra -= p.conflict_weight * ((_popcount(ko_num)[r] > 0) & (_popcount(en_num)[c] > 0) & (shared == 0))
        if p.year_conflict_weight and ko.years is not None and en.years is not None:
            ko_years, en_years = _window_or(ko.years, a), _window_or(en.years, b)
            extra -= p.year_conflict_weight * ((_popcount(ko_years)[r] > 0) & (_popcount(en_years)[c] > 0)
                                               & (_common_bits(ko_years, r, en_years, c) == 0))
    extra += _time_term(ko, en, a, b, r, c, p)
    if ko.paragraphs is not None and en.paragraphs is not None:
        for side, size, idx in ((ko, a, r), (en, b, c)):
            if size > 1:
                crosses = side.paragraphs[size - 1:] != side.paragraphs[: len(side) - size + 1]
                extra -= p.paragraph_penalty * crosses[idx]
        if p.opening_penalty:  # a bead that opens a paragraph on one side only
            ko_opens, en_opens = (np.r_[True, side.paragraphs[1:] != side.paragraphs[:-1]] for side in (ko, en))
            extra -= p.opening_penalty * (ko_opens[r] != en_opens[c])
    for side, size, idx in ((ko, a, r), (en, b, c)):
        extra -= cut_cost(side, p, size)[idx]
        if side.walls is not None and size > 1:  # no bead spans a wall
            extra[np.broadcast_to(wall_inside(side, size)[idx], extra.shape)] = -np.inf
    if ko.records is not None and en.records is not None:  # nor pairs two records
        extra[ko.records[r] != en.records[c]] = -np.inf
    if ko.blocks is not None and en.blocks is not None:
        last_k, last_e = np.minimum(r + a - 1, len(ko) - 1), np.minimum(c + b - 1, len(en) - 1)
        extra -= p.block_penalty * across_blocks(ko.blocks, en.blocks, r, last_k, c, last_e)
    return np.where(ok, extra, 0.0)


def _time_term(ko: Side, en: Side, a: int, b: int, r: np.ndarray, c: np.ndarray, p: Params) -> np.ndarray | float:
    """The cue-time overlap term of the beads of type (a, b) starting at Korean ``r`` and
    English ``c`` (subtitles; 0 when a side has no times)."""
    if not p.time_weight or ko.times is None or en.times is None:
        return 0.0
    return p.time_weight * time_overlap(window_times(ko.times, a)[r], window_times(en.times, b)[c])


def _backtrack(back, run_from, state, lo, moves, scores, bonus, crossed, ko: Side, en: Side, p: Params) -> list[Bead]:
    """The beads of the best path. A bead's score is its evidence as one bead (without
    the ``bonus`` of the other sentences it explains), which the confidence mapping reads;
    ``crossed``: where a 2-2 bead is two crossed pairs (see _cross)."""
    beads: list[Bead] = []
    i, j = len(ko), len(en)
    want = "best"  # which of a cell's paths to follow: best, ended, no_down, across, down, bead
    while i > 0 or j > 0:
        k = j - lo[i]
        bits = int(state[i, k])
        if want == "best":
            want = "across" if bits & _BEST_ACROSS else "ended"
        elif want == "no_down":
            want = "across" if bits & _NO_DOWN_ACROSS else "bead"
        if want == "ended":
            want = "down" if bits & _ENDED_DOWN else "bead"
        if want == "across":  # a run of 0-1 gaps, then what reached its first cell
            start = lo[i] + run_from[i, k]
            beads += [Bead(i, i, e, e + 1, 0.0, 0.0) for e in range(j - 1, start - 1, -1)]
            j, want = start, "ended"
        elif want == "down":  # a 1-0 gap, going on from a run above or starting it
            beads.append(Bead(i - 1, i, j, j, 0.0, 0.0))
            i, want = i - 1, "down" if bits & _RUN_GOES_ON else "no_down"
        else:
            a, b = moves[back[i, k]]
            s = float(scores[a, b][i, k])
            if (a, b) in bonus:
                s -= float(bonus[a, b][i, k])
            cos = float(_unit(ko.emb[i - a:i].sum(axis=0)) @ _unit(en.emb[j - b:j].sum(axis=0)))
            cross = (a, b) == (2, 2) and crossed is not None and bool(crossed[i, k])
            beads.append(Bead(i - a, i, j - b, j, s, confidence(s, p.scale * cos + p.shift), cross))
            i, j, want = i - a, j - b, "best"
    return beads[::-1]
