"""The library's front door: align two texts, or one bilingual text."""

from __future__ import annotations

import dataclasses
import logging

from .aligning import Bead, Params, Side, align_sides, refine_gaps
from .embed import (
    DEFAULT_ENCODER,
    Encoder,
    SpanEmbedder,
    embed_unique,
    get_encoder,
    similarity_scale,
)
from .errors import LanguageError
from .records import NO_COUNTERPART, NO_LETTERS, Alignment, Pair, Segment, Unpaired
from .segment import Segmenter

log = logging.getLogger(__name__)


def align(
    korean_text: str,
    english_text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
) -> list[Pair]:
    """Align a Korean text with its English translation; return the sentence pairs."""
    return align_texts(korean_text, english_text, encoder=encoder, presegmented=presegmented, params=params).pairs


def align_bilingual(
    text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
) -> list[Pair]:
    """Align one document in which Korean and English paragraphs alternate (either first,
    sometimes both on one line); return the sentence pairs."""
    return align_document(text, encoder=encoder, presegmented=presegmented, params=params).pairs


def align_texts(
    korean_text: str,
    english_text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
) -> Alignment:
    """Like :func:`align`, with the unpaired segments and all segments kept."""
    segmenter = Segmenter(presegmented=presegmented)
    ko = segmenter.segment(korean_text, lang="ko")
    en = segmenter.segment(english_text, lang="en")
    return align_segments(ko, en, encoder=encoder, params=params)


def align_document(
    text: str,
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: Params | None = None,
    name: str = "document",
) -> Alignment:
    """Like :func:`align_bilingual`, with the unpaired segments and all segments kept."""
    segments = Segmenter(presegmented=presegmented).segment(text)
    ko = [s for s in segments if s.lang == "ko"]
    en = [s for s in segments if s.lang == "en"]
    if not ko or not en:
        missing = "Korean" if not ko else "English"
        raise LanguageError(
            f"{name}: a bilingual document needs both languages, but it has no {missing} text; "
            "to align two files, give the Korean file and the English file"
        )
    other = [Unpaired(s, NO_LETTERS) for s in segments if s.lang not in ("ko", "en")]
    result = align_segments(ko, en, encoder=encoder, params=params)
    return Alignment(result.pairs, sorted(result.unpaired + other, key=lambda s: s.start), ko, en)


def align_segments(
    ko: list[Segment],
    en: list[Segment],
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    params: Params | None = None,
) -> Alignment:
    """Align already segmented Korean and English sentences."""
    model = get_encoder(encoder) if isinstance(encoder, str) else encoder
    beads = align_beads(ko, en, model, params or Params())
    pairs: list[Pair] = []
    unpaired: list[Unpaired] = []
    for b in beads:
        ko_part, en_part = tuple(ko[b.ko_start:b.ko_end]), tuple(en[b.en_start:b.en_end])
        if ko_part and en_part:
            pairs.append(Pair(ko_part, en_part, round(b.confidence, 4)))
        else:
            unpaired.extend(Unpaired(s, NO_COUNTERPART) for s in ko_part + en_part)
    return Alignment(pairs, sorted(unpaired, key=lambda s: (s.lang, s.index)), list(ko), list(en))


def align_beads(ko: list[Segment], en: list[Segment], model: Encoder, params: Params) -> list[Bead]:
    """The beads (with their raw scores) for segmented sentences: embedding, the DP and
    the refinement. ``align_segments`` turns them into pairs; the benchmarks fit the
    confidence mapping on their scores."""
    ko_emb, en_emb = embed_unique(model, [s.text for s in ko], [s.text for s in en])
    if (params.scale, params.shift) == (1.0, 0.0):
        params = dataclasses.replace(params, **similarity_scale(model, ko_emb, en_emb))
    ko_side = Side.from_texts([s.text for s in ko], ko_emb, [s.paragraph for s in ko])
    en_side = Side.from_texts([s.text for s in en], en_emb, [s.paragraph for s in en], names_only=True)
    beads = align_sides(ko_side, en_side, params)
    if params.refine:
        beads = refine_gaps(beads, ko_side, en_side, SpanEmbedder(model, ko, en, ko_emb, en_emb), params)
    return beads
