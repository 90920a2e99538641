"""Corrections back in: align around a user's fixed links, never making a rejected one.

Accepted and user-made links are fixed: they cut the document into independent blocks
(the sentences between two consecutive fixed links), and each block is aligned with the
normal machinery (:func:`aligner.pipeline.align_segments` on the sub-lists). Rejected
links are forbidden: no Korean sentence of one is paired with an English sentence of
it, inside the DP or by the refinement. Fixed pairs get confidence 1.0 (user-confirmed).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from ..aligning import Forbidden, Params
from ..embed import Encoder, embed_unique, similarity_scale
from ..errors import InputError
from ..records import NO_COUNTERPART, Alignment, Pair, Segment, Unpaired
from ..wording import plural
from .corrections import DocumentCorrections, Link, SegmentRef
from .evidence import EmbeddingLog

log = logging.getLogger(__name__)

Span = tuple[int, int, int, int]  # Korean [k0, k1), English [e0, e1)


def align_anchored(ko: list[Segment], en: list[Segment], corrections: DocumentCorrections, *,
                   encoder: Encoder, params: Params | None = None,
                   runs: tuple[Sequence[int], Sequence[int]] | None = None,
                   records: tuple[Sequence[int], Sequence[int]] | None = None,
                   headings: tuple[Sequence[int], Sequence[int]] | None = None) -> Alignment:
    """Align ``ko`` with ``en`` around ``corrections``: its fixed links are kept as pairs
    (confidence 1.0), its rejected links are never made, and the rest is realigned
    block by block (with ``runs``, a bilingual document's language runs, as evidence;
    ``records``, ``headings``: as in ``align_segments``). A
    correction that does not match the segments is an InputError."""
    from ..pipeline import align_segments, left_out

    fixed, forbidden = resolve(ko, en, corrections)
    # Every sentence is embedded once, in one call, and the encoder's similarity scale is
    # taken on the whole document (as without anchors), not on each block.
    model = _Remembered(encoder)
    params = params or Params()
    if (params.scale, params.shift) == (1.0, 0.0):
        ko_emb, en_emb = embed_unique(model, [s.text for s in ko], [s.text for s in en])
        params = dataclasses.replace(params, **similarity_scale(model, ko_emb, en_emb))
    pairs: list[Pair] = []
    unpaired: list[Unpaired] = []
    k, e = 0, 0
    for k0, k1, e0, e1 in [*fixed, (len(ko), len(ko), len(en), len(en))]:
        block_ko, block_en = ko[k:k0], en[e:e0]
        if block_ko and block_en:
            local = forbidden.mapped(lambda a: a - k if k <= a < k0 else None, lambda b: b - e if e <= b < e0 else None)
            block = align_segments(block_ko, block_en, encoder=model, params=params, forbidden=local,
                                   runs=None if runs is None else (runs[0][k:k0], runs[1][e:e0]),
                                   records=None if records is None else (records[0][k:k0], records[1][e:e0]),
                                   headings=None if headings is None else (headings[0][k:k0], headings[1][e:e0]))
            pairs.extend(block.pairs)
            unpaired.extend(block.unpaired)
        else:  # one side only: each segment with its own reason, as without anchors
            unpaired.extend(Unpaired(s, why or NO_COUNTERPART) for side in (block_ko, block_en)
                            for s, why in zip(side, left_out(side)))
        if k0 < k1:
            pairs.append(Pair(tuple(ko[k0:k1]), tuple(en[e0:e1]), 1.0))
        k, e = k1, e1
    log.info("%s: kept %d %s as fixed (confidence 1.0), forbade %d %s, realigned the rest",
             corrections.source, len(fixed), plural(len(fixed), "pair"),
             len(corrections.rejected), plural(len(corrections.rejected), "link"))
    return Alignment(pairs, sorted(unpaired, key=lambda s: (s.lang, s.index)), list(ko), list(en))


def resolve(ko: list[Segment], en: list[Segment], corrections: DocumentCorrections
            ) -> tuple[list[Span], Forbidden]:
    """The fixed links as index spans in reading order, and the forbidden sentence pairs
    (a group of them per rejected link), checked against the segments: each reference must name a segment that is still
    there with the same offsets and text, a fixed link must cover consecutive sentences,
    fixed links must not share a sentence or cross (the same link twice is one), and none
    may join a rejected pair.

    A reference names a segment by its ``index`` and ``start`` (as the page does): the index
    is not its position in the list, since with ``--presegmented`` it is a line number (blank
    lines count, the pieces of a cut line share it); spans are positions in ``ko`` and ``en``."""
    source = corrections.source
    position = {lang: {(s.index, s.start): n for n, s in enumerate(side)} for lang, side in (("ko", ko), ("en", en))}
    segments = {"ko": ko, "en": en}

    def indices(refs: tuple[SegmentRef, ...]) -> list[int]:
        out = []
        for ref in refs:
            n = position[ref.lang].get((ref.index, ref.start))
            seg = None if n is None else segments[ref.lang][n]
            if seg is None or (seg.end, seg.text) != (ref.end, ref.text):
                raise InputError(f"{source}: {ref.describe()} is not in the input as segmented now; "
                                 "the corrections were made on other text or with another segmentation")
            out.append(n)
        return sorted(out)

    spans: list[tuple[Span, Link]] = []
    for link in corrections.fixed:
        k, e = indices(link.ko), indices(link.en)
        if k != list(range(k[0], k[-1] + 1)) or e != list(range(e[0], e[-1] + 1)):
            raise InputError(f"{source}: a link from {link.ko[0].describe()} does not cover consecutive "
                             "sentences; a pair must be a run of sentences on each side")
        spans.append(((k[0], k[-1] + 1, e[0], e[-1] + 1), link))
    # the same link twice is one decision (two reviews' files merged, both keeping a pair)
    spans = list({span: (span, link) for span, link in sorted(spans, key=lambda s: s[0])}.values())
    for (a, link_a), (b, link_b) in pairwise(spans):
        if not (a[1] <= b[0] and a[3] <= b[2]):
            shared = a[1] > b[0] or (a[2] < b[3] and b[2] < a[3])
            what = "share a sentence" if shared else "cross each other"
            raise InputError(f"{source}: the fixed links from {link_a.ko[0].describe()} and from "
                             f"{link_b.ko[0].describe()} {what}; links must keep the reading order")
    forbidden = Forbidden((indices(link.ko), indices(link.en)) for link in corrections.rejected)
    for (k0, k1, e0, e1), link in spans:
        if forbidden.joins(k0, k1, e0, e1):
            raise InputError(f"{source}: the link from {link.ko[0].describe()} is both kept and rejected")
    return [span for span, _ in spans], forbidden


class _Remembered(EmbeddingLog):
    """An encoder that answers from what it embedded before: the blocks reuse the
    document's sentence embeddings and embed only the joined spans they score."""

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.known(texts)
