"""The library's front door: align two texts, or one bilingual text."""

from __future__ import annotations

import dataclasses
import logging

import numpy as np

from .dp import Bead, Params, Side, align_sides, refine_gaps
from .encoders import DEFAULT_ENCODER, USE_BACKGROUND, Encoder, get_encoder
from .errors import LanguageError
from .records import Alignment, Pair, Segment
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
    other = [s for s in segments if s.lang not in ("ko", "en")]
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
    unpaired: list[Segment] = []
    for b in beads:
        ko_part, en_part = tuple(ko[b.ko_start:b.ko_end]), tuple(en[b.en_start:b.en_end])
        if ko_part and en_part:
            pairs.append(Pair(ko_part, en_part, round(b.confidence, 4)))
        else:
            unpaired.extend(ko_part + en_part)
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
        beads = refine_gaps(beads, ko_side, en_side, _SpanEmbedder(model, ko, en, ko_emb, en_emb), params)
    return beads


class _SpanEmbedder:
    """Embedding of the joined text of segments [start, end) of one side, memoized;
    ``prefetch`` embeds many spans in one batch (one encoder call, not one per span)."""

    def __init__(self, model: Encoder, ko: list[Segment], en: list[Segment], ko_emb, en_emb) -> None:
        self.model = model
        self.sides = {"ko": (ko, ko_emb), "en": (en, en_emb)}
        self.cache: dict[tuple[str, int, int], np.ndarray] = {}

    def _text(self, lang: str, start: int, end: int) -> str:
        return " ".join(s.text for s in self.sides[lang][0][start:end])

    def prefetch(self, spans: list[tuple[str, int, int]]) -> None:
        todo = list(dict.fromkeys(s for s in spans if s[2] - s[1] > 1 and s not in self.cache))
        if todo:
            self.cache.update(zip(todo, self.model.encode([self._text(*s) for s in todo])))

    def __call__(self, lang: str, start: int, end: int) -> np.ndarray:
        if end - start == 1:
            return self.sides[lang][1][start]
        if (lang, start, end) not in self.cache:
            self.prefetch([(lang, start, end)])
        return self.cache[lang, start, end]


def similarity_scale(model: Encoder, ko_emb: np.ndarray, en_emb: np.ndarray) -> dict[str, float]:
    """Scale and shift that map this encoder's cosine onto USE's, matching the mean and
    spread of unrelated pairs: the encoder's declared background, else this document's
    (a fixed sample of 20,000 of its pairs, most of which are unrelated)."""
    background = getattr(model, "background", None)
    if background is None:
        n, m = len(ko_emb), len(en_emb)
        if n * m < 100:
            return {"scale": 1.0, "shift": 0.0}  # too few pairs to estimate: keep the raw cosine
        rng = np.random.default_rng(0)
        rows, cols = rng.integers(0, n, 20_000), rng.integers(0, m, 20_000)
        sims = np.einsum("id,id->i", ko_emb[rows], en_emb[cols])
        background = (float(sims.mean()), float(max(sims.std(), 1e-6)))
    mean, sd = background
    scale = USE_BACKGROUND[1] / sd
    return {"scale": scale, "shift": USE_BACKGROUND[0] - scale * mean}


def embed_unique(model: Encoder, *sides: list[str]) -> list[np.ndarray]:
    """Embed the texts of every side, each distinct text once (documents repeat blocks)."""
    unique = list(dict.fromkeys(t for side in sides for t in side))
    if not unique:
        return [np.zeros((0, 1), np.float32) for _ in sides]
    emb = model.encode(unique)
    row = {t: i for i, t in enumerate(unique)}
    return [emb[[row[t] for t in side]] if side else np.zeros((0, emb.shape[1]), np.float32) for side in sides]
