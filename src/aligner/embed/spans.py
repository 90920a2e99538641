"""Embedding what the aligner scores: each distinct sentence once, joined runs of
consecutive sentences (exactly, or approximately where an encoder cannot do better cheaply),
and the map of an encoder's cosine onto the scale the aligner's settings were tuned on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from ..errors import EncoderError
from .encoders import USE_BACKGROUND, Encoder


class EncodedSide(Protocol):
    """One side's sentences, encoded: their embeddings, and embeddings of runs of
    consecutive sentences joined by spaces (what a multi-sentence bead side says)."""

    sentences: np.ndarray  # (n, d), L2-normalized, one row per sentence
    exact: bool  # whether joined runs are embedded exactly (as encoding the joined text)

    def windows(self, max_k: int, breaks: Sequence[bool] | None = None,
                fill: float = np.nan) -> dict[int, np.ndarray]:
        """``{k: (n - k + 1, d)}`` for k = 2..max_k, row i the run i..i+k-1; rows of runs
        that hold both sides of a ``breaks[i]`` boundary are ``fill`` and not computed."""

    def spans(self, spans: Sequence[tuple[int, int]], like_windows: bool = False) -> np.ndarray:
        """(m, d): the run ``texts[start:end]`` for each (start, end), one batch;
        ``like_windows``: as :meth:`windows` would embed it, which may be cheaper."""


class WindowEmbedder(Protocol):
    """Encodes a side's sentences so that joined runs of them can be embedded."""

    exact: bool

    def encode_side(self, texts: Sequence[str], max_k: int = 4, breaks: Sequence[bool] | None = None
                    ) -> EncodedSide:
        """Embed each distinct text once; keep what joined runs need. ``max_k`` and
        ``breaks``: the windows that will be asked for, which an encoder may prepare on the
        way (USE does); others are still served, perhaps more slowly."""


def window_embedder(model: Encoder, mode: str = "exact") -> WindowEmbedder:
    """How to embed joined runs of sentences with ``model``.

    - ``exact``: the encoder's own exact method when it declares one
      (``model.window_embedder()``: USE computes them from cached feature sums, at a small
      fraction of encoding the sentences), else ``joined``.
    - ``joined``: encode the joined texts, all runs asked for in one batched call (exact,
      about as costly as encoding that much text).
    - ``sum``: the normalized sum of the sentence embeddings (approximate, free).
    """
    if mode == "exact":
        found = native_windows(model)
        return found if found is not None else JoinedTextWindows(model)
    if mode == "joined":
        return JoinedTextWindows(model)
    if mode == "sum":
        return SummedWindows(model)
    raise ValueError(f"unknown window mode {mode!r}: exact, joined or sum")


def native_windows(model: Encoder) -> WindowEmbedder | None:
    """The encoder's own exact window embedder (``model.window_embedder()``), or None. A
    ``window_embedder`` that is no method, or an answer without ``encode_side``, is an
    :class:`EncoderError` (a True was "'bool' object is not callable" in the pipeline)."""
    native = getattr(model, "window_embedder", None)
    if native is None:
        return None
    name = getattr(model, "name", type(model).__name__)
    if not callable(native):
        raise EncoderError(f"encoder {name}: its window_embedder must be a method, not {type(native).__name__}")
    found = native()
    if found is not None and not callable(getattr(found, "encode_side", None)):
        raise EncoderError(f"encoder {name}: its window_embedder() returned {type(found).__name__}, "
                           "not None or an object with an encode_side(texts, max_k) method")
    return found


def encode_windows(model: Encoder, texts: Sequence[str], max_k: int, breaks: Sequence[bool] | None = None,
                   mode: str = "exact") -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """One side's sentence embeddings ``(n, d)`` and ``{k: (n - k + 1, d)}``, the embeddings
    of every run of k = 2..max_k consecutive sentences joined by spaces (see
    :meth:`EncodedSide.windows` for ``breaks``)."""
    side = window_embedder(model, mode).encode_side(texts, max_k, breaks)
    return side.sentences, side.windows(max_k, breaks)


def window_starts(n: int, max_k: int, breaks: Sequence[bool] | None = None) -> dict[int, np.ndarray]:
    """For k = 2..max_k, the starts i of the runs i..i+k-1 of ``n`` sentences that hold
    no ``breaks[i]`` boundary (between sentence i and i + 1)."""
    if breaks is not None and len(breaks) != max(n - 1, 0):
        raise ValueError(f"breaks needs {max(n - 1, 0)} entries (one per boundary), not {len(breaks)}")
    # crossed[i]: breaks before sentence i; a run i..j holds none iff crossed[i] == crossed[j]
    crossed = np.zeros(n, dtype=np.int64)
    if breaks is not None and n > 1:
        np.cumsum(np.asarray(breaks, dtype=np.int64), out=crossed[1:])
    return {k: np.flatnonzero(crossed[k - 1:] == crossed[:n - k + 1]) if n >= k else np.zeros(0, np.int64)
            for k in range(2, max_k + 1)}


def windows_from_spans(side: EncodedSide, max_k: int, breaks: Sequence[bool] | None = None,
                       fill: float = np.nan) -> dict[int, np.ndarray]:
    """:meth:`EncodedSide.windows` through the side's ``spans`` (one batch of all runs)."""
    n, dim = side.sentences.shape
    starts = window_starts(n, max_k, breaks)
    out = {k: np.full((max(n - k + 1, 0), dim), fill, dtype=np.float32) for k in starts}
    runs = [(int(i), int(i) + k) for k, rows in starts.items() for i in rows]
    if runs:
        emb = side.spans(runs)
        at = 0
        for k, rows in starts.items():
            out[k][rows] = emb[at:at + len(rows)]
            at += len(rows)
    return out


class _PlainSide:
    """A side encoded by a plain encoder; subclasses say how a run is embedded."""

    exact = False

    def __init__(self, model: Encoder, texts: Sequence[str], sentences: np.ndarray | None = None) -> None:
        """``sentences``: the texts' embeddings when they are already at hand."""
        self.model = model
        self.texts = list(texts)
        (self.sentences,) = embed_unique(model, self.texts) if sentences is None else (sentences,)

    def __len__(self) -> int:
        return len(self.texts)

    def windows(self, max_k: int, breaks: Sequence[bool] | None = None,
                fill: float = np.nan) -> dict[int, np.ndarray]:
        return windows_from_spans(self, max_k, breaks, fill)

    def spans(self, spans: Sequence[tuple[int, int]], like_windows: bool = False) -> np.ndarray:
        for start, end in spans:
            if not 0 <= start < end <= len(self):
                raise ValueError(f"span ({start}, {end}) is not a non-empty run of the side's {len(self)} sentences")
        out = np.empty((len(spans), self.sentences.shape[1]), dtype=np.float32)
        single = [j for j, (start, end) in enumerate(spans) if end - start == 1]
        out[single] = self.sentences[[spans[j][0] for j in single]]
        multi = [j for j, (start, end) in enumerate(spans) if end - start > 1]
        if multi:
            out[multi] = self._runs([spans[j] for j in multi])
        return out

    def _runs(self, spans: list[tuple[int, int]]) -> np.ndarray:
        raise NotImplementedError


class _JoinedTextSide(_PlainSide):
    exact = True

    def __init__(self, joiner: JoinedTextWindows, texts: Sequence[str], sentences: np.ndarray | None = None) -> None:
        super().__init__(joiner.model, texts, sentences)
        self.joiner = joiner

    def run_texts(self, spans: Sequence[tuple[int, int]]) -> list[str]:
        return [" ".join(self.texts[start:end]) for start, end in spans]

    def _runs(self, spans: list[tuple[int, int]]) -> np.ndarray:
        return self.joiner.joined(self.run_texts(spans))


class _SummedSide(_PlainSide):
    def _runs(self, spans: list[tuple[int, int]]) -> np.ndarray:
        cum = np.concatenate((np.zeros((1, self.sentences.shape[1]), np.float64), np.cumsum(self.sentences, 0)))
        sums = np.stack([cum[end] - cum[start] for start, end in spans])
        return (sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)).astype(np.float32)


class JoinedTextWindows:
    """Exact for any encoder: the joined texts are encoded, all asked for at once in one
    batched call (distinct texts once, remembered for later calls, by both sides of a
    document: :meth:`encode_sides` and :class:`SpanEmbedder` ask for both sides' texts in
    one call, since on a GPU each call costs more than its texts: benchmarks/gpu.py)."""

    exact = True

    def __init__(self, model: Encoder) -> None:
        self.model = model
        self._joined: dict[str, np.ndarray] = {}

    def encode_side(self, texts: Sequence[str], max_k: int = 4, breaks: Sequence[bool] | None = None
                    ) -> EncodedSide:
        return _JoinedTextSide(self, texts)

    def encode_sides(self, ko_texts: Sequence[str], en_texts: Sequence[str]) -> tuple[EncodedSide, EncodedSide]:
        """Both sides of a document, their sentences encoded in one call."""
        ko_emb, en_emb = embed_unique(self.model, list(ko_texts), list(en_texts))
        return _JoinedTextSide(self, ko_texts, ko_emb), _JoinedTextSide(self, en_texts, en_emb)

    def joined(self, texts: Sequence[str]) -> np.ndarray:
        """The embeddings of joined runs' ``texts``, those not yet known encoded in one call."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._joined]
        if todo:
            self._joined.update(zip(todo, self.model.encode(todo)))
        return np.stack([self._joined[t] for t in texts])


class SummedWindows:
    """Approximate and free: a run is the normalized sum of its sentence embeddings."""

    exact = False

    def __init__(self, model: Encoder) -> None:
        self.model = model

    def encode_side(self, texts: Sequence[str], max_k: int = 4, breaks: Sequence[bool] | None = None
                    ) -> EncodedSide:
        return _SummedSide(self.model, texts)


class SpanEmbedder:
    """Embedding of the joined text of segments [start, end) of one side, memoized;
    ``prefetch`` embeds all the spans it is given in one batch per side. ``like_windows``:
    each run as the sides' windows embed it (see :meth:`EncodedSide.spans`)."""

    def __init__(self, ko: EncodedSide, en: EncodedSide, like_windows: bool = False) -> None:
        self.sides = {"ko": ko, "en": en}
        self.like_windows = like_windows
        self.cache: dict[tuple[str, int, int], np.ndarray] = {}

    def prefetch(self, spans: list[tuple[str, int, int]]) -> None:
        todo = list(dict.fromkeys(s for s in spans if s[2] - s[1] > 1 and s not in self.cache))
        ko, en = self.sides["ko"], self.sides["en"]
        if isinstance(ko, _JoinedTextSide) and isinstance(en, _JoinedTextSide) and ko.joiner is en.joiner:
            # both sides' joined texts in one call; each side's spans are then known
            texts = [text for lang, side in self.sides.items()
                     for text in side.run_texts([(start, end) for s, start, end in todo if s == lang])]
            if texts:
                ko.joiner.joined(texts)
        for lang, side in self.sides.items():
            mine = [s for s in todo if s[0] == lang]
            if mine:
                self.cache.update(zip(mine, side.spans([(start, end) for _, start, end in mine], self.like_windows)))

    def __call__(self, lang: str, start: int, end: int) -> np.ndarray:
        if end - start == 1:
            return self.sides[lang].sentences[start]
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
        if n * m <= 4_000_000:  # all the pairs in one product: gathering 20,000 rows a side took longer
            sims = (ko_emb @ en_emb.T)[rows, cols]
        else:
            sims = np.einsum("id,id->i", ko_emb[rows], en_emb[cols])
        background = (float(sims.mean()), float(max(sims.std(), 1e-6)))
    mean, sd = background
    # at most 100 (Params' bound): pairs all alike (one sentence repeated) have no spread to
    # match, and a scale past it only overflows
    scale = min(USE_BACKGROUND[1] / sd, 100.0)
    return {"scale": scale, "shift": float(np.clip(USE_BACKGROUND[0] - scale * mean, -100.0, 100.0))}


def embed_unique(model: Encoder, *sides: list[str]) -> list[np.ndarray]:
    """Embed the texts of every side, each distinct text once (documents repeat blocks)."""
    unique = list(dict.fromkeys(t for side in sides for t in side))
    if not unique:
        return [np.zeros((0, 1), np.float32) for _ in sides]
    emb = model.encode(unique)
    row = {t: i for i, t in enumerate(unique)}
    return [emb[[row[t] for t in side]] if side else np.zeros((0, emb.shape[1]), np.float32) for side in sides]
