"""Embedding what the aligner scores: each distinct sentence once, joined spans on demand,
and the map of an encoder's cosine onto the scale the aligner's settings were tuned on."""

from __future__ import annotations

import numpy as np

from ..records import Segment
from .encoders import USE_BACKGROUND, Encoder


class SpanEmbedder:
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
