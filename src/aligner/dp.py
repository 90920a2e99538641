"""Scoring and monotone dynamic-programming alignment of two sentence sequences.

A bead joins ``a`` Korean and ``b`` English consecutive sentences (1-1, 1-2, 2-1, 2-2,
1-3, 3-1) or leaves one sentence unpaired (1-0, 0-1). A bead's score is the
margin-normalized cosine similarity of its two sides (a multi-sentence side is the
normalized sum of its sentence embeddings, so nothing is embedded twice), plus a
length prior and a number / Latin-token cue, minus a per-bead-type threshold; gaps
score 0. The DP maximizes the total score inside a band of cells. Small documents use
the whole grid; long ones are first aligned at half resolution (recursively, as in
Vecalign) and the fine search is restricted to a band around the projected path, so
time and memory grow linearly with length. ``refine_gaps`` then re-scores the sentences at
bead edges with real embeddings of the joined text, undoes pairs below a cosine floor
unless position alone pins them, and gives every pair its calibrated confidence.
"""

from __future__ import annotations

import dataclasses
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&-]*[A-Za-z0-9]")


@dataclass(frozen=True)
class Params:
    """Scoring and search settings (the defaults are tuned on the dev benchmark)."""

    beads: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
    # A 1-1 bead is preferred to two gaps when its margin-normalized similarity plus
    # cues exceeds this. Negative: in a monotone path, position is evidence too.
    threshold: float = -0.45
    multi_penalty: float = 0.0  # extra threshold per sentence beyond one on each side
    margin_k: int = 16
    length_weight: float = 0.05
    length_mu: float = 0.9  # mean log(English chars / Korean chars) of dev translations
    length_sigma: float = 0.35
    cue_weight: float = 0.1
    paragraph_penalty: float = 0.05  # a multi-sentence side that crosses a paragraph break
    full_grid_cells: int = 250_000  # documents up to ~500 x 500 sentences use the whole grid
    band_width: int = 24
    use_margin: bool = True
    use_length: bool = True
    use_cues: bool = True
    # Similarities are used as scale * cosine + shift, which maps an encoder's cosine onto
    # the scale these defaults were tuned on (USE); see pipeline.similarity_scale.
    scale: float = 1.0
    shift: float = 0.0
    refine: bool = True  # re-score gaps next to pairs with real concatenation embeddings
    # Attach a gap sentence to a neighbouring pair if the fit (similarity of the joined text,
    # plus attach_length_weight times the length prior, plus short_bonus for a sentence of
    # fewer than short_chars characters: a gloss, a date, "Forget it.", too short for its
    # embedding to be evidence either way) drops by less than refine_delta; split an edge
    # sentence off a pair if the fit rises by more than split_delta.
    refine_delta: float = 0.025
    split_delta: float = 0.04
    attach_length_weight: float = 0.005
    short_bonus: float = 0.02
    short_chars: int = 15
    min_pair_cos: float = 0.15  # a pair less similar than this (real cosine) is left unpaired
    # Before the first and after the last anchor (a pair at least this similar) position
    # proves nothing: pairs there (titles, bylines, menus) need edge_min_cos.
    anchor_cos: float = 0.5
    edge_min_cos: float = 0.3
    # Position as evidence: a weak 1-1 pair between two pairs stays paired (below
    # min_pair_cos), and the same number of sentences (at most max_leftover) left on both
    # sides between two pairs are paired in order. Their cosine gives them a low confidence.
    positional: bool = True
    max_leftover: int = 2


def _bitmask(token_sets: list[set[str]], words: int) -> np.ndarray:
    """Token sets as hashed bitmasks (``words`` 64-bit words per row): set overlaps
    become AND and popcount, cheap enough for every cell of the band."""
    out = np.zeros((len(token_sets), words), dtype=np.uint64)
    for row, tokens in enumerate(token_sets):
        for token in tokens:
            h = zlib.crc32(token.encode()) % (64 * words)
            out[row, h // 64] |= np.uint64(1) << np.uint64(h % 64)
    return out


def _latin_words(text: str, names_only: bool) -> set[str]:
    """Latin-script words, lower-cased; on the English side only names, acronyms and
    words with digits, the words a Korean text keeps in Latin script."""
    words = _LATIN_WORD.findall(text)
    if names_only:
        words = [w for w in words if not w.islower()]
    return {w.lower() for w in words}


def _repeated(texts: list[str]) -> np.ndarray:
    seen: set[str] = set()
    out = np.zeros(len(texts), dtype=bool)
    for i, t in enumerate(texts):
        out[i] = t in seen
        seen.add(t)
    return out


@dataclass
class Side:
    """What the aligner knows of one side's sentences."""

    emb: np.ndarray  # (n, d), L2-normalized
    lengths: np.ndarray  # characters
    numbers: np.ndarray  # (n, 1) uint64 bitmask of the numbers
    latin: np.ndarray  # (n, 2) uint64 bitmask of the Latin-script words
    paragraphs: np.ndarray | None = None
    repeated: np.ndarray | None = None  # True where the same text occurred earlier

    @classmethod
    def from_texts(cls, texts: list[str], emb: np.ndarray, paragraphs: list[int] | None = None,
                   names_only: bool = False) -> Side:
        """``names_only``: keep only capitalized Latin words (for the English side)."""
        return cls(
            emb=np.asarray(emb, dtype=np.float32),
            lengths=np.array([len(t) for t in texts], dtype=np.float32),
            numbers=_bitmask([{n.replace(",", "") for n in _NUMBER.findall(t)} for t in texts], 1),
            latin=_bitmask([_latin_words(t, names_only) for t in texts], 2),
            paragraphs=None if paragraphs is None else np.asarray(paragraphs),
            repeated=_repeated(texts),
        )

    def __len__(self) -> int:
        return len(self.emb)


@dataclass(frozen=True)
class Bead:
    """Korean sentences [ko_start, ko_end) aligned to English [en_start, en_end)."""

    ko_start: int
    ko_end: int
    en_start: int
    en_end: int
    score: float  # the DP score of the bead (0 for gaps)
    confidence: float  # in [0, 1]


def align_sides(ko: Side, en: Side, params: Params = Params()) -> list[Bead]:
    """The best monotone sequence of beads covering both sides completely."""
    n, m = len(ko), len(en)
    if n == 0 or m == 0:
        return [Bead(i, i + 1, 0, 0, 0.0, 0.0) for i in range(n)] + [
            Bead(n, n, j, j + 1, 0.0, 0.0) for j in range(m)
        ]
    if (n + 1) * (m + 1) <= params.full_grid_cells or min(n, m) < 2 * params.band_width:
        lo = np.zeros(n + 1, dtype=np.int64)
        hi = np.full(n + 1, m + 1, dtype=np.int64)
    else:
        coarse = align_sides(_downsample(ko), _downsample(en), params)
        lo, hi = _band_from_path(coarse, n, m, params.band_width)
    return _dp(ko, en, lo, hi, params)


# ---------------------------------------------------------------- the search band


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


def _window_sum(x: np.ndarray, size: int) -> np.ndarray:
    """Sums of ``size`` consecutive rows, one per start position."""
    if size == 1:
        return x
    c = np.cumsum(np.concatenate([np.zeros((1,) + x.shape[1:], x.dtype), x]), axis=0)
    return c[size:] - c[:-size]


def _spans(side: Side, size: int) -> np.ndarray:
    """Normalized sums of ``size`` consecutive embeddings, one per start position."""
    s = _window_sum(side.emb, size)
    return s / np.maximum(np.linalg.norm(s, axis=1, keepdims=True), 1e-12)


def _window_or(x: np.ndarray, size: int) -> np.ndarray:
    """Bitwise OR of ``size`` consecutive rows, one per start position."""
    out = x[: len(x) - size + 1].copy()
    for k in range(1, size):
        out |= x[k: len(x) - size + 1 + k]
    return out


def _popcount(x: np.ndarray) -> np.ndarray:
    return np.bitwise_count(x).sum(axis=-1).astype(np.float32)


def _band_dot(a: np.ndarray, b: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """a[rows[i]] · b[cols[i, k]] for a band; invalid indices (-1) give NaN."""
    ok = (rows[:, None] >= 0) & (cols >= 0)
    if len(a) * len(b) <= 4_000_000:  # small enough for one matrix product, then a gather
        dense = a @ b.T
        return np.where(ok, dense[np.maximum(rows, 0)[:, None], np.maximum(cols, 0)], np.nan)
    out = np.empty(cols.shape, dtype=np.float32)
    for start in range(0, len(rows), 512):
        r = np.maximum(rows[start:start + 512], 0)
        c = np.maximum(cols[start:start + 512], 0)
        out[start:start + 512] = np.einsum("id,ikd->ik", a[r], b[c])
    return np.where(ok, out, np.nan)


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


def _length_term(ko_len: np.ndarray, en_len: np.ndarray, p: Params) -> np.ndarray:
    z = (np.log((en_len + 5.0) / (ko_len + 5.0)) - p.length_mu) / p.length_sigma
    return -0.5 * np.minimum(z * z, 16.0)


# ---------------------------------------------------------------- the DP


def _dp(ko: Side, en: Side, lo: np.ndarray, hi: np.ndarray, p: Params) -> list[Bead]:
    n, m = len(ko), len(en)
    width = int((hi - lo).max())
    cols = lo[:, None] + np.arange(width)[None, :]
    in_band = cols < hi[:, None]
    max_a = max(a for a, _ in p.beads)
    max_b = max(b for _, b in p.beads)
    ko_spans = {a: _spans(ko, a) for a in range(1, max_a + 1) if a <= n}
    en_spans = {b: _spans(en, b) for b in range(1, max_b + 1) if b <= m}
    if p.use_margin:
        tlo, thi = _transpose_band(lo, hi, m)
        ko_nb = {a: _neighbourhood(s, en, lo, hi, p.margin_k) for a, s in ko_spans.items()}
        en_nb = {b: _neighbourhood(s, ko, tlo, thi, p.margin_k) for b, s in en_spans.items()}

    rows = np.arange(n + 1)
    scores: dict[tuple[int, int], np.ndarray] = {}
    for a, b in p.beads:
        if a not in ko_spans or b not in en_spans:
            continue
        ks, js = rows - a, cols - b  # bead ending at cell (i, j) starts at (i - a, j - b)
        ok = in_band & (ks[:, None] >= 0) & (js >= 0) & (js <= m - b)
        col_idx = np.where(ok, js, -1)
        sim = _band_dot(ko_spans[a], en_spans[b], np.where(ks >= 0, ks, -1), col_idx)
        if p.use_margin:
            sim = sim - 0.5 * (ko_nb[a][np.maximum(ks, 0)][:, None] + en_nb[b][np.maximum(col_idx, 0)])
            sim = p.scale * sim  # a difference of similarities: the shift cancels
        else:
            sim = p.scale * sim + p.shift
        score = sim - p.threshold - p.multi_penalty * (a + b - 2) + _extras(ko, en, a, b, ks, col_idx, ok, p)
        scores[a, b] = np.where(ok, score, -np.inf).astype(np.float32)

    best = np.full((n + 1, width), -np.inf, dtype=np.float64)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    moves = list(scores) + [(1, 0)]
    ar = np.arange(width)
    for i in range(n + 1):
        row_best = np.full(width, -np.inf)
        row_back = np.full(width, -1, dtype=np.int8)
        if i == 0:
            row_best[0] = 0.0  # cell (0, 0): lo[0] is 0
        for t, (a, b) in enumerate(moves):
            if a > i:
                continue
            prev = lo[i] + ar - b - lo[i - a]
            ok = (prev >= 0) & (prev < width) & in_band[i]
            cand = np.full(width, -np.inf)
            cand[ok] = best[i - a, prev[ok]]
            if (a, b) != (1, 0):
                cand += scores[a, b][i]
            better = cand > row_best
            row_best[better], row_back[better] = cand[better], t
        # 0-1 gaps chain along the row: best[j] = max(best[j], best[j - 1]) (gaps score 0)
        chained = np.maximum.accumulate(np.where(in_band[i], row_best, -np.inf))
        from_gap = (chained > row_best) & in_band[i]
        row_best = np.where(in_band[i], chained, -np.inf)
        row_back[from_gap] = len(moves)
        best[i], back[i] = row_best, row_back
    return _backtrack(back, lo, moves, scores, ko, en, p)


def _extras(ko: Side, en: Side, a: int, b: int, ks, col_idx, ok, p: Params) -> np.ndarray:
    """Length prior, number/Latin cue and paragraph penalty for every cell of one bead type."""
    rows = np.where(ks >= 0, ks, -1)
    r, c = np.maximum(rows, 0)[:, None], np.maximum(col_idx, 0)
    extra = np.zeros(col_idx.shape, dtype=np.float32)
    if p.use_length:
        ko_len = _window_sum(ko.lengths, a) + (a - 1)
        en_len = _window_sum(en.lengths, b) + (b - 1)
        extra += p.length_weight * _length_term(ko_len[r], en_len[c], p)
    if p.use_cues:
        # In [0, 1]: numbers shared by both sides and Korean-side Latin words (names,
        # acronyms) found on the English side. Positive evidence only: Korean often
        # writes numbers differently (1억1천만 for 110 million), so a mismatch is no proof.
        ko_num, en_num = _window_or(ko.numbers, a), _window_or(en.numbers, b)
        ko_lat, en_lat = _window_or(ko.latin, a), _window_or(en.latin, b)
        shared = _popcount(ko_num[r] & en_num[c])
        found = _popcount(ko_lat[r] & en_lat[c])
        total = _popcount(ko_num)[r] + _popcount(en_num)[c] - shared + _popcount(ko_lat)[r]
        with np.errstate(invalid="ignore", divide="ignore"):
            cue = np.where(total > 0, (shared + found) / np.maximum(total, 1), 0.0)
        extra += p.cue_weight * cue
    if ko.paragraphs is not None and en.paragraphs is not None:
        for side, size, idx in ((ko, a, r), (en, b, c)):
            if size > 1:
                crosses = side.paragraphs[size - 1:] != side.paragraphs[: len(side) - size + 1]
                extra -= p.paragraph_penalty * crosses[idx]
    return np.where(ok, extra, 0.0)


def _backtrack(back, lo, moves, scores, ko: Side, en: Side, p: Params) -> list[Bead]:
    beads: list[Bead] = []
    i, j = len(ko), len(en)
    while i > 0 or j > 0:
        t = back[i, j - lo[i]]
        a, b = (0, 1) if t == len(moves) else moves[t]
        if (a, b) in ((1, 0), (0, 1)):
            beads.append(Bead(i - a, i, j - b, j, 0.0, 0.0))
        else:
            s = float(scores[a, b][i, j - lo[i]])
            cos = float(_unit(ko.emb[i - a:i].sum(axis=0)) @ _unit(en.emb[j - b:j].sum(axis=0)))
            beads.append(Bead(i - a, i, j - b, j, s, _confidence(s, p.scale * cos + p.shift)))
        i, j = i - a, j - b
    return beads[::-1]


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-12)


# P(a pair is exactly right | its DP score, its cosine): logistic fit on the dev benchmark
# without its suspect lines (python benchmarks/tune.py --calibrate). The cosine matters for
# pairs kept for their position alone, whose DP score says little.
_CONFIDENCE_WEIGHTS = (2.58, 2.81, -0.70)  # score, cosine, bias


def _confidence(score: float, cos: float) -> float:
    """Map a bead's score and (encoder-scaled) cosine into a probability-like confidence."""
    w_score, w_cos, bias = _CONFIDENCE_WEIGHTS
    return float(1.0 / (1.0 + np.exp(-(w_score * score + w_cos * cos + bias))))


# ---------------------------------------------------------------- refinement


SpanEmbedder = Callable[[str, int, int], np.ndarray]
Fit = Callable[[Bead, Bead], float]


def refine_gaps(beads: list[Bead], ko: Side, en: Side, embed: SpanEmbedder, p: Params) -> list[Bead]:
    """Re-score the sentences at the edges of beads with real embeddings of joined text.

    The DP scores a multi-sentence side by summing sentence embeddings, which cannot
    tell a sentence that completes a translation from an unrelated neighbour; embedding
    the joined text can. One rule, applied both ways: a sentence belongs to a pair if
    the pair's fit with it (similarity, plus the length prior's change) is at least its
    fit without it, less ``refine_delta``. So edge sentences of multi-sentence beads are
    split off where they fail the rule, pairs whose similarity is below ``min_pair_cos``
    are undone (the DP's relative scores alone would pair two unrelated leftovers;
    outside the first and last anchors the stricter ``edge_min_cos`` applies) unless
    they sit between two pairs, and unpaired sentences next to a pair are attached where
    they pass the rule. Last, equal numbers of sentences left on both sides between two
    pairs are paired in order (``positional``). Only those few spans are embedded.
    """

    def sim(b: Bead) -> float:
        return p.scale * float(embed("ko", b.ko_start, b.ko_end) @ embed("en", b.en_start, b.en_end)) + p.shift

    def chars(b: Bead) -> tuple[float, float]:
        """Characters of each side, its sentences joined by spaces."""
        return (ko.lengths[b.ko_start:b.ko_end].sum() + (b.ko_end - b.ko_start - 1),
                en.lengths[b.en_start:b.en_end].sum() + (b.en_end - b.en_start - 1))

    def fit(pair: Bead, merged: Bead) -> float:
        """How much better ``merged`` (``pair`` and one more sentence) is than ``pair``:
        the similarity gained, plus the length prior's gain, plus the short-sentence allowance."""
        (ko_pair, en_pair), (ko_merged, en_merged) = chars(pair), chars(merged)
        length = float(_length_term(ko_merged, en_merged, p) - _length_term(ko_pair, en_pair, p))
        added = ko_merged + en_merged - ko_pair - en_pair - 1  # the new sentence, not the space joining it
        short = p.short_bonus if added < p.short_chars else 0.0
        return sim(merged) - sim(pair) + p.attach_length_weight * length + short

    prefetch = getattr(embed, "prefetch", lambda spans: None)
    prefetch([span for b in beads if not _is_gap(b) for option in _split_options(b) for span in _spans_of(option[0])]
             + [span for b in beads if not _is_gap(b) for span in _spans_of(b)])
    out: list[Bead] = []
    for bead in beads:
        out.extend(_split_edges(bead, fit, p.split_delta) if not _is_gap(bead) else [bead])
    anchors = [t for t, b in enumerate(out) if not _is_gap(b) and sim(b) >= p.anchor_cos]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(out), -1)
    floors = [p.min_pair_cos if first <= t <= last else max(p.min_pair_cos, p.edge_min_cos) for t in range(len(out))]
    strong = [not _is_gap(b) and sim(b) >= floor for b, floor in zip(out, floors)]
    kept = _sandwiched(out, strong, first, last) if p.positional else strong
    checked = [piece for b, keep in zip(out, kept) for piece in ([b] if keep or _is_gap(b) else _unpaired(b))]
    edges = (out[first], out[last]) if anchors else None
    out = checked
    prefetch([span for t, gap in enumerate(out) if _is_gap(gap) for u in (t - 1, t + 1)
              if 0 <= u < len(out) and not _is_gap(out[u]) for span in _spans_of(_merged(out[u], gap))])
    out = _pair_leftovers(_attach_gaps(out, fit, p.refine_delta), edges, p)
    return [b if _is_gap(b) else dataclasses.replace(b, confidence=_confidence(b.score, sim(b))) for b in out]


def _pair_leftovers(beads: list[Bead], edges: tuple[Bead, Bead] | None, p: Params) -> list[Bead]:
    """Pair the sentences left between two pairs when both sides left the same number
    (at most ``p.max_leftover``): position says they correspond, in order."""
    lo, hi = (_position(beads, b) for b in edges) if p.positional and edges else (None, None)
    if lo is None or hi is None:
        return beads
    out: list[Bead] = []
    t = 0
    while t < len(beads):
        u = t
        while u < len(beads) and _is_gap(beads[u]):
            u += 1
        run = beads[t:u]
        if run and lo < t and u <= hi:
            k0, k1 = min(b.ko_start for b in run), max(b.ko_end for b in run)
            e0, e1 = min(b.en_start for b in run), max(b.en_end for b in run)
            if k1 - k0 == e1 - e0 and 0 < k1 - k0 <= p.max_leftover:
                run = [Bead(k0 + i, k0 + i + 1, e0 + i, e0 + i + 1, 0.0, 0.0) for i in range(k1 - k0)]
        out.extend(run)
        if u < len(beads):
            out.append(beads[u])
        t = u + 1
    return out


def _position(beads: list[Bead], bead: Bead) -> int | None:
    """Index of the pair that now holds ``bead``'s first sentences (gaps may have been
    attached to it), or None if it was undone."""
    return next((t for t, b in enumerate(beads) if not _is_gap(b)
                 and b.ko_start <= bead.ko_start < b.ko_end and b.en_start <= bead.en_start < b.en_end), None)


def _sandwiched(beads: list[Bead], strong: list[bool], first: int, last: int) -> list[bool]:
    """``strong``, plus each 1-1 pair between the anchors whose neighbours are pairs: the
    DP left nothing over on either side of it, so position says its sentences correspond."""
    return [keep or (first < t < last and b.ko_end - b.ko_start == 1 and b.en_end - b.en_start == 1
                     and not _is_gap(beads[t - 1]) and not _is_gap(beads[t + 1]))
            for t, (b, keep) in enumerate(zip(beads, strong))]


def _rebead(b: Bead, ko_start: int, ko_end: int, en_start: int, en_end: int, gain: float) -> Bead:
    return Bead(ko_start, ko_end, en_start, en_end, b.score + gain, 0.0)  # confidence: set at the end


def _split_options(bead: Bead) -> list[tuple[tuple[int, int, int, int], tuple[int, int, int, int], bool]]:
    """Each way to take one edge sentence off a multi-sentence side:
    (the reduced bead, the split-off gap, whether the gap goes before it)."""
    k0, k1, e0, e1 = bead.ko_start, bead.ko_end, bead.en_start, bead.en_end
    options = []
    if k1 - k0 > 1 and e1 > e0:
        options += [((k0 + 1, k1, e0, e1), (k0, k0 + 1, e0, e0), True),
                    ((k0, k1 - 1, e0, e1), (k1 - 1, k1, e1, e1), False)]
    if e1 - e0 > 1 and k1 > k0:
        options += [((k0, k1, e0 + 1, e1), (k0, k0, e0, e0 + 1), True),
                    ((k0, k1, e0, e1 - 1), (k1, k1, e1 - 1, e1), False)]
    return options


def _spans_of(b) -> list[tuple[str, int, int]]:
    k0, k1, e0, e1 = b[:4] if isinstance(b, tuple) else (b.ko_start, b.ko_end, b.en_start, b.en_end)
    return [("ko", k0, k1), ("en", e0, e1)]


def _merged(pair: Bead, gap: Bead) -> Bead:
    return Bead(min(pair.ko_start, gap.ko_start), max(pair.ko_end, gap.ko_end),
                min(pair.en_start, gap.en_start), max(pair.en_end, gap.en_end), 0.0, 0.0)


def _split_edges(bead: Bead, fit: Fit, delta: float) -> list[Bead]:
    before: list[Bead] = []
    after: list[Bead] = []
    while True:
        options = _split_options(bead)
        if not options:
            break
        gains = [-fit(Bead(*r, 0.0, 0.0), bead) for r, _, _ in options]
        best = int(np.argmax(gains)) if gains else -1
        if gains[best] <= delta:
            break
        reduced, gap, first = options[best]
        bead = _rebead(bead, *reduced, gains[best])
        (before if first else after).append(Bead(*gap, 0.0, 0.0))
    return before + [bead] + after[::-1]


def _attach_gaps(beads: list[Bead], fit: Fit, delta: float) -> list[Bead]:
    t = 0
    while t < len(beads):
        gap = beads[t]
        if not _is_gap(gap) or (gap.ko_end - gap.ko_start) + (gap.en_end - gap.en_start) != 1:
            t += 1
            continue
        best, best_gain = None, -delta
        for u in (t - 1, t + 1):
            if not 0 <= u < len(beads) or _is_gap(beads[u]):
                continue
            pair = beads[u]
            merged = _merged(pair, gap)
            gain = fit(pair, merged)
            if gain >= best_gain:
                best, best_gain = (u, merged), gain
        if best is None:
            t += 1
            continue
        u, merged = best
        beads[min(t, u)] = _rebead(beads[u], merged.ko_start, merged.ko_end, merged.en_start, merged.en_end, best_gain)
        del beads[max(t, u)]
        t = min(t, u)
    return beads


def _unpaired(b: Bead) -> list[Bead]:
    """Every sentence of a bead as a gap of its own."""
    return [Bead(i, i + 1, b.en_start, b.en_start, 0.0, 0.0) for i in range(b.ko_start, b.ko_end)] + [
        Bead(b.ko_end, b.ko_end, j, j + 1, 0.0, 0.0) for j in range(b.en_start, b.en_end)]


def _is_gap(b: Bead) -> bool:
    return b.ko_start == b.ko_end or b.en_start == b.en_end
