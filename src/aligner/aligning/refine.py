"""Refinement: re-scoring the sentences at bead edges with real embeddings of joined text."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

import numpy as np

from .scoring import (
    Bead,
    Params,
    Side,
    confidence,
    _length_term,
    apart,
    bead_time_overlap,
    cut_cost,
    exact_windows,
    numbers_conflict,
    years_conflict,
)

# ---------------------------------------------------------------- refinement


SpanEmbedder = Callable[[str, int, int], np.ndarray]
Fit = Callable[..., float]  # (pair, merged, unit before, unit after) -> gain


def refine_gaps(beads: list[Bead], ko: Side, en: Side, embed: SpanEmbedder, p: Params,
                forbidden: Callable[[Bead], bool] | None = None) -> list[Bead]:
    """Re-score the sentences at the edges of beads with real embeddings of joined text.

    The DP scores a multi-sentence side by summing sentence embeddings, which cannot
    tell a sentence that completes a translation from an unrelated neighbour; embedding
    the joined text can. One rule, applied both ways: a sentence belongs to a pair if
    the pair's fit with it (similarity, plus the length prior's change) is at least its
    fit without it, less ``refine_delta``. So runs of edge sentences of multi-sentence
    beads are split off where they fail the rule, pairs whose similarity (less a conflict of their
    numbers) is below ``min_pair_cos`` are undone (the DP's relative scores alone would
    pair two unrelated leftovers; outside the first and last anchors the stricter
    ``edge_min_cos`` applies) unless they sit between two pairs, and unpaired sentences next to a pair are attached where
    they pass the rule (one at a time, or a Korean and an English one on the two sides of
    a pair together: two swapped sentences), except asides (``Side.asides``: bracketed
    asides, captions, bylines, section labels).
    One at a time only where the DP could not weigh the sentence itself: a bead it scored
    on summed embeddings or beyond its bead types, or a sentence too short to be evidence
    (``Params.attach_chars``); the DP's
    per-sentence support already kept untranslated neighbours out of the beads it scored
    on their real text. Last, equal numbers of sentences left on both sides between two
    pairs are paired in order (``positional``). Only those few spans are embedded.

    ``forbidden(bead)`` is True for a bead that joins a sentence pair the user rejected:
    no such pair is made or kept.
    """
    blocked = forbidden or (lambda b: False)

    def added_asides(pair: Bead, merged: Bead) -> bool:
        """Whether all ``merged`` adds to ``pair`` is bracketed asides (a sound description, a
        stage direction, a translator's note: never the rest of a sentence of speech). Short,
        they change a pair's similarity too little to be judged by it; the DP may still pair
        one with its counterpart, "(웃음)" with "(Laughter)"."""
        if ko.asides is None or en.asides is None:
            return False
        ko_added = [*range(merged.ko_start, pair.ko_start), *range(pair.ko_end, merged.ko_end)]
        en_added = [*range(merged.en_start, pair.en_start), *range(pair.en_end, merged.en_end)]
        added = [*ko.asides[ko_added], *en.asides[en_added]]
        if not (added and all(added)):
            return False
        # ... but a label alone joins a pair whose other side has a label too ("진행자:" and
        # "귀농을 결심한 …" with "Host: What made you …"; not with an unlabelled translation)
        if ko.labels is None or en.labels is None:
            return True
        ko_answered = not ko_added or (ko.labels[ko_added].all() and en.labels[merged.en_start:merged.en_end].any())
        en_answered = not en_added or (en.labels[en_added].all() and ko.labels[merged.ko_start:merged.ko_end].any())
        return not (ko_answered and en_answered)

    def sim(b: Bead) -> float:
        return p.scale * float(embed("ko", b.ko_start, b.ko_end) @ embed("en", b.en_start, b.en_end)) + p.shift

    def chars(b: Bead) -> tuple[float, float]:
        """Characters of each side, its sentences joined by spaces."""
        return (ko.lengths[b.ko_start:b.ko_end].sum() + (b.ko_end - b.ko_start - 1),
                en.lengths[b.en_start:b.en_end].sum() + (b.en_end - b.en_start - 1))

    ko_cut, en_cut = cut_cost(ko, p, 1), cut_cost(en, p, 1)
    cutting = bool(ko_cut.any() or en_cut.any())  # no line goes on (most documents): no cut costs to weigh

    def cuts(units: list[Bead], before: Bead | None) -> float:
        """The cut costs of ``units`` (after the unit ``before``): each pays for the
        sentences it starts at (cut_cost), a gap after a gap of the same side nothing (a
        run, as in the DP)."""
        out = 0.0
        for b in units:
            ko_run = before is not None and before.en_end == before.en_start == b.en_end == b.en_start
            en_run = before is not None and before.ko_end == before.ko_start == b.ko_end == b.ko_start
            if b.ko_end > b.ko_start and not (ko_run and before.ko_end == b.ko_start):
                out += float(ko_cut[b.ko_start])
            if b.en_end > b.en_start and not (en_run and before.en_end == b.en_start):
                out += float(en_cut[b.en_start])
            before = b
        return out

    def saved(pair: Bead, merged: Bead, before: Bead | None, after: Bead | None) -> float:
        """What the cut costs drop by when the gaps around ``pair`` join it into ``merged``,
        between the units ``before`` and ``after``."""
        gaps_before = ([Bead(k, k + 1, merged.en_start, merged.en_start, 0.0, 0.0) for k in range(merged.ko_start, pair.ko_start)]
                       + [Bead(pair.ko_start, pair.ko_start, e, e + 1, 0.0, 0.0) for e in range(merged.en_start, pair.en_start)])
        gaps_after = ([Bead(pair.ko_end, pair.ko_end, e, e + 1, 0.0, 0.0) for e in range(pair.en_end, merged.en_end)]
                      + [Bead(k, k + 1, merged.en_end, merged.en_end, 0.0, 0.0) for k in range(pair.ko_end, merged.ko_end)])
        tail = [after] if after is not None else []
        return cuts(gaps_before + [pair] + gaps_after + tail, before) - cuts([merged] + tail, before)

    def fit(pair: Bead, merged: Bead, before: Bead | None = None, after: Bead | None = None,
            asides: bool = True) -> float:
        """How much better ``merged`` (``pair`` and the sentences next to it) is than
        ``pair`` and those sentences unpaired, between the units ``before`` and ``after``:
        the similarity gained, plus the length prior's gain, plus the short-sentence
        allowance and the cut costs saved, less the block penalty if only ``merged``
        joins two block pairs; -inf where it adds only asides (unless not ``asides``)."""
        if blocked(merged) or (asides and added_asides(pair, merged)):
            return -np.inf
        crossing = p.block_penalty * (apart(ko, en, merged) - apart(ko, en, pair))
        (ko_pair, en_pair), (ko_merged, en_merged) = chars(pair), chars(merged)
        length = float(_length_term(ko_merged, en_merged, p) - _length_term(ko_pair, en_pair, p))
        added = ko_merged + en_merged - ko_pair - en_pair - 1  # the new sentence, not the space joining it
        short = p.short_bonus if added < p.short_chars else 0.0
        cut = saved(pair, merged, before, after) if cutting else 0.0
        return sim(merged) - sim(pair) + p.attach_length_weight * length + short + cut - crossing

    def judged(merged: Bead, gap: Bead) -> bool:
        """Whether the DP weighed ``merged`` on its real text, ``gap``'s sentence long
        enough to be evidence (``Params.attach_chars``), or would have had to."""
        shape = (merged.ko_end - merged.ko_start, merged.en_end - merged.en_start)
        length = ko.lengths[gap.ko_start] if gap.ko_end > gap.ko_start else en.lengths[gap.en_start]
        if p.attach_chars is None or length < p.attach_chars:
            return False
        if shape not in p.beads:
            # a bead of several sentences a side the DP has no type for: a sentence long
            # enough to be evidence barely moves a side it joins (a 3-1 bead took an English
            # context sentence at an unchanged cosine of 0.71), so its fit proves nothing
            return min(shape) > 1
        return _exact(ko, merged.ko_start, shape[0]) and _exact(en, merged.en_start, shape[1])

    prefetch = getattr(embed, "prefetch", lambda spans: None)
    prefetch([span for b in beads if not _is_gap(b) for option in _split_options(b)
              for span in _spans_of(option[0])]
             + [span for b in beads if not _is_gap(b) for span in _spans_of(b)])
    out: list[Bead] = []
    for t, bead in enumerate(beads):
        after = beads[t + 1] if t + 1 < len(beads) else None
        out.extend(_split_edges(bead, fit, p.split_delta, out[-1] if out else None, after)
                   if not (_is_gap(bead) or bead.crossed) else [bead])
    anchors = [t for t, b in enumerate(out) if not _is_gap(b) and sim(b) >= p.anchor_cos]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(out), -1)
    floors = [p.min_pair_cos if first <= t <= last else max(p.min_pair_cos, p.edge_min_cos) for t in range(len(out))]

    def evidence(pair: Bead) -> float:
        """A pair's similarity, less the number cue's conflict ("459,000원" and "Free shipping
        on orders over $50." side by side, cosine 0.21, disagree in content), plus the time
        term the search gave it (subtitles shown together: "사천오백 원이요" and "It's 4,500
        won.", cosine 0.14, in one cue's time)."""
        return (sim(pair) - p.conflict_weight * numbers_conflict(ko, en, pair)
                - p.year_conflict_weight * years_conflict(ko, en, pair)
                + p.time_weight * bead_time_overlap(ko, en, pair))

    strong = [not _is_gap(b) and min(evidence(pair) for pair in _pairs(b)) >= floor for b, floor in zip(out, floors)]
    sandwiched = _sandwiched(out, strong, first, last)
    # a pair of two headings the DP set between two pairs keeps its place however weak its
    # similarity: a section's heading is translated freely ("1. 지원 동기" / "Why Haneul Pay",
    # undone at 0.1; an HR audit), and headings mark where sections start on both sides
    kept = sandwiched if p.positional else [keep or (sandwich and _headings(ko, en, b))
                                            for b, keep, sandwich in zip(out, strong, sandwiched)]
    checked = [piece for b, keep, floor in zip(out, kept, floors)
               for piece in ([b] if keep or _is_gap(b) else _uncrossed(b, evidence, floor) if b.crossed else _unpaired(b))]
    edges = (out[first], out[last]) if anchors else None
    out = checked
    prefetch([span for t, gap in enumerate(out) if _is_gap(gap) for u in (t - 1, t + 1)
              if 0 <= u < len(out) and not _is_gap(out[u]) and not judged(_merged(out[u], gap), gap)
              for span in _spans_of(_merged(out[u], gap))])
    out = _attach_runs(_attach_gaps(out, fit, p.refine_delta, judged), fit, p.refine_delta, ko, en)
    out = _pair_leftovers(out, edges, p, blocked)
    out = [piece for b in out for piece in (_unpaired(b) if not _is_gap(b) and blocked(b) else [b])]
    return [b if _is_gap(b) else dataclasses.replace(b, confidence=confidence(b.score, sim(b))) for b in out]


def _pair_leftovers(beads: list[Bead], edges: tuple[Bead, Bead] | None, p: Params,
                    blocked: Callable[[Bead], bool] = lambda b: False) -> list[Bead]:
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
                paired = [Bead(k0 + i, k0 + i + 1, e0 + i, e0 + i + 1, 0.0, 0.0) for i in range(k1 - k0)]
                run = run if any(blocked(b) for b in paired) else paired
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


def _headings(ko: Side, en: Side, b: Bead) -> bool:
    """Is the bead one heading on each side (``Side.headings``)?"""
    return (ko.headings is not None and en.headings is not None and b.ko_end - b.ko_start == 1
            and b.en_end - b.en_start == 1 and bool(ko.headings[b.ko_start]) and bool(en.headings[b.en_start]))


def _sandwiched(beads: list[Bead], strong: list[bool], first: int, last: int) -> list[bool]:
    """``strong``, plus each 1-1 pair between the anchors whose neighbours are pairs: the
    DP left nothing over on either side of it, so position says its sentences correspond."""
    return [keep or (first < t < last and b.ko_end - b.ko_start == 1 and b.en_end - b.en_start == 1
                     and not _is_gap(beads[t - 1]) and not _is_gap(beads[t + 1]))
            for t, (b, keep) in enumerate(zip(beads, strong))]


def _rebead(b: Bead, ko_start: int, ko_end: int, en_start: int, en_end: int, gain: float) -> Bead:
    return Bead(ko_start, ko_end, en_start, en_end, b.score + gain, 0.0)  # confidence: set at the end


def _split_options(bead: Bead) -> list[tuple[tuple[int, int, int, int], tuple[int, int, int, int], bool]]:
    """Each way to take a run of edge sentences off a multi-sentence side, leaving it one
    sentence at least: (the reduced bead, the split-off gap, whether the gap goes before
    it). Runs, not one sentence at a time: a paragraph one side adds (a web page's "We
    ship from Seoul. International orders may …" under the paragraph both translate) fits
    its topic too well for one sentence of it to be taken off at a time ("International
    orders …" alone barely moves the pair), and a thesis sentence with a sentence and a
    reference entry after it (1-4, cosine 0.68) gains little from losing one or two of
    them (0.64, 0.69), all from losing the three (0.79)."""
    k0, k1, e0, e1 = bead.ko_start, bead.ko_end, bead.en_start, bead.en_end
    options = []
    if e1 > e0:
        for k in range(k0 + 1, k1):
            options += [((k, k1, e0, e1), (k0, k, e0, e0), True), ((k0, k, e0, e1), (k, k1, e1, e1), False)]
    if k1 > k0:
        for e in range(e0 + 1, e1):
            options += [((k0, k1, e, e1), (k0, k0, e0, e), True), ((k0, k1, e0, e), (k1, k1, e, e1), False)]
    return options


def _spans_of(b) -> list[tuple[str, int, int]]:
    k0, k1, e0, e1 = b[:4] if isinstance(b, tuple) else (b.ko_start, b.ko_end, b.en_start, b.en_end)
    return [("ko", k0, k1), ("en", e0, e1)]


def _merged(pair: Bead, gap: Bead) -> Bead:
    return Bead(min(pair.ko_start, gap.ko_start), max(pair.ko_end, gap.ko_end),
                min(pair.en_start, gap.en_start), max(pair.en_end, gap.en_end), 0.0, 0.0)


def _split_edges(bead: Bead, fit: Fit, delta: float, prev: Bead | None = None, nxt: Bead | None = None
                 ) -> list[Bead]:
    """Take runs of edge sentences (see :func:`_split_options`) off ``bead`` (between the
    units ``prev`` and ``nxt``) while that raises its fit by more than ``delta``."""
    before: list[Bead] = []
    after: list[Bead] = []
    while True:
        options = _split_options(bead)
        if not options:
            break
        around = (before[-1] if before else prev, after[-1] if after else nxt)
        gains = [-fit(Bead(*r, 0.0, 0.0), bead, *around) for r, _, _ in options]
        best = int(np.argmax(gains)) if gains else -1
        asides = [k for k, gain in enumerate(gains) if gain == np.inf]
        if len(asides) > 1:  # asides at both edges ("[인터뷰] 청년 농부 …" | "진행자:"): the one that
            # fits worse goes first (the title was cut off its translation, and lost)
            best = max(asides, key=lambda k: -fit(Bead(*options[k][0], 0.0, 0.0), bead, *around, asides=False))
        if gains[best] <= delta:
            break
        reduced, gap, first = options[best]
        # an aside cut off (fit -inf with it: an infinite gain) leaves the bead's score as it
        # was; an infinite score read as confidence 1.0, whatever the pair left
        bead = _rebead(bead, *reduced, gains[best] if np.isfinite(gains[best]) else 0.0)
        gaps = _unpaired(Bead(*gap, 0.0, 0.0))  # a sentence a gap, in order
        (before if first else after).extend(gaps if first else gaps[::-1])
    return before + [bead] + after[::-1]


def _attach_gaps(beads: list[Bead], fit: Fit, delta: float, judged: Callable[[Bead, Bead], bool]) -> list[Bead]:
    """Each unpaired sentence joins the neighbouring pair it fits best, if that fit drops
    by less than ``delta`` and the DP has not already ``judged`` the joined bead."""
    t = 0
    while t < len(beads):
        gap = beads[t]
        if not _is_gap(gap) or (gap.ko_end - gap.ko_start) + (gap.en_end - gap.en_start) != 1:
            t += 1
            continue
        best, best_gain = None, -delta
        for u in (t - 1, t + 1):
            if not 0 <= u < len(beads) or _is_gap(beads[u]) or beads[u].crossed:
                continue
            pair = beads[u]
            merged = _merged(pair, gap)
            if judged(merged, gap):
                continue
            lo, hi = min(t, u), max(t, u)
            gain = fit(pair, merged, beads[lo - 1] if lo else None, beads[hi + 1] if hi + 1 < len(beads) else None)
            if gain >= best_gain:
                best, best_gain = (u, merged), gain
        if best is None:
            t += 1
            continue
        u, merged = best
        beads[min(t, u)] = _rebead(beads[u], merged.ko_start, merged.ko_end, merged.en_start, merged.en_end, best_gain)
        del beads[max(t, u)]
        t = min(t, u)
    return _attach_crossed(beads, fit, delta)


def _attach_runs(beads: list[Bead], fit: Fit, delta: float, ko: Side, en: Side) -> list[Bead]:
    """The same rule for the rest of a sentence a pair cut: the unpaired lines of one side
    that go on from the pair's last line to the sentence's end (or lead up to its first
    line from the sentence's start) join it together when the pair fits about as well
    with all of them. One line alone may not fit (a fragment such as "gigawatts." is no
    evidence, and the pair still cuts the sentence), the whole sentence does."""
    t = 0
    while t < len(beads):
        pair = beads[t]
        if _is_gap(pair) or pair.crossed:
            t += 1
            continue
        for after in (True, False):
            for lang, side in (("ko", ko), ("en", en)):
                run = _run(beads, t, after, lang, side.continues)
                best, best_gain = None, -delta
                for size in range(1, len(run) + 1):  # the lines nearest the pair first
                    part = run[:size] if after else run[len(run) - size:]
                    merged = functools.reduce(_merged, part, pair)
                    first, last = (t, t + size + 1) if after else (t - size, t + 1)  # the units merged
                    gain = fit(pair, merged, beads[first - 1] if first else None,
                               beads[last] if last < len(beads) else None)
                    if gain >= best_gain:
                        best, best_gain = (first, last, merged), gain
                if best is not None:
                    first, last, merged = best
                    beads[first:last] = [_rebead(pair, merged.ko_start, merged.ko_end, merged.en_start, merged.en_end,
                                                 best_gain)]
                    t = first
                    pair = beads[t]
        t += 1
    return beads


def _run(beads: list[Bead], t: int, after: bool, lang: str, continues) -> list[Bead]:
    """The one-sentence ``lang`` gaps next to the pair ``beads[t]`` (after it or before it)
    that carry on its sentence: each goes on with the one before, up to a sentence's
    end or start."""
    if continues is None:
        return []
    run: list[Bead] = []
    pair = beads[t]
    step = 1 if after else -1
    u = t + step
    edge = (pair.ko_end if lang == "ko" else pair.en_end) if after else (pair.ko_start if lang == "ko" else pair.en_start)
    while 0 <= u < len(beads) and _is_gap(beads[u]) and _size(beads[u]) == 1:
        g = beads[u]
        start, end = (g.ko_start, g.ko_end) if lang == "ko" else (g.en_start, g.en_end)
        if end - start != 1 or start != (edge if after else edge - 1):
            break
        if not (continues[start] if after else continues[edge]):
            break
        run.append(g)
        edge = end if after else start
        u += step
    return run[::step]


def _attach_crossed(beads: list[Bead], fit: Fit, delta: float) -> list[Bead]:
    """The same rule for a pair between a Korean and an English gap sentence (one before
    it, one after): the gaps join it together when the pair fits about as well with both.
    That is how two swapped sentences (K1 K2 / E1 E2 with K1 = E2 and K2 = E1) come out
    of a monotone search: one of the crossed pairs, a gap on each side; their 2-2 bead
    holds both translations. One gap alone would only dilute the pair."""
    t = 1
    while t < len(beads) - 1:
        before, pair, after = beads[t - 1:t + 2]
        one_each = (_is_gap(before) and _is_gap(after) and not (_is_gap(pair) or pair.crossed)
                    and _size(before) == _size(after) == 1 and (before.ko_end > before.ko_start) != (after.ko_end > after.ko_start))
        if one_each:
            merged = _merged(_merged(pair, before), after)
            gain = fit(pair, merged, beads[t - 2] if t >= 2 else None, beads[t + 2] if t + 2 < len(beads) else None)
            if gain >= -delta:
                beads[t - 1:t + 2] = [_rebead(pair, merged.ko_start, merged.ko_end, merged.en_start, merged.en_end, gain)]
        t += 1
    return beads


def _pairs(b: Bead) -> list[Bead]:
    """The pairs a bead stands for: itself, or the two crossed pairs of a crossed bead."""
    if not b.crossed:
        return [b]
    return [Bead(b.ko_start, b.ko_start + 1, b.en_start + 1, b.en_end, b.score, 0.0),
            Bead(b.ko_start + 1, b.ko_end, b.en_start, b.en_start + 1, b.score, 0.0)]


def _uncrossed(b: Bead, sim: Callable[[Bead], float], floor: float) -> list[Bead]:
    """A crossed bead one of whose pairs is too weak (below ``floor``): the stronger pair
    if it is not, the other two sentences unpaired (in monotone order), else all four."""
    pair = max(_pairs(b), key=sim)
    if sim(pair) < floor:
        return _unpaired(b)
    if pair.ko_start == b.ko_start:  # Korean 1 with English 2: English 1 before, Korean 2 after
        return [Bead(b.ko_start, b.ko_start, b.en_start, b.en_start + 1, 0.0, 0.0), pair,
                Bead(b.ko_start + 1, b.ko_end, b.en_end, b.en_end, 0.0, 0.0)]
    return [Bead(b.ko_start, b.ko_start + 1, b.en_start, b.en_start, 0.0, 0.0), pair,
            Bead(b.ko_end, b.ko_end, b.en_start + 1, b.en_end, 0.0, 0.0)]


def _exact(side: Side, start: int, size: int) -> bool:
    """Whether the DP had the exact joined embedding of ``size`` sentences from ``start``
    (see ``search._spans``; one sentence is its own)."""
    window = exact_windows(side, size) if size > 1 else None
    return size == 1 or (window is not None and not np.isnan(window[start, 0]))


def _size(b: Bead) -> int:
    return (b.ko_end - b.ko_start) + (b.en_end - b.en_start)


def _unpaired(b: Bead) -> list[Bead]:
    """Every sentence of a bead as a gap of its own."""
    return [Bead(i, i + 1, b.en_start, b.en_start, 0.0, 0.0) for i in range(b.ko_start, b.ko_end)] + [
        Bead(b.ko_end, b.ko_end, j, j + 1, 0.0, 0.0) for j in range(b.en_start, b.en_end)]


def _is_gap(b: Bead) -> bool:
    return b.ko_start == b.ko_end or b.en_start == b.en_end
