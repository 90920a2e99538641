"""The small immutable records that flow through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """One sentence of the input.

    ``start``/``end`` are character offsets into the decoded input text (line ends
    normalized to ``\\n``); ``paragraph`` counts non-empty lines (or line blocks) of
    that text; ``index`` is the segment's position among segments of its language.
    """

    text: str
    lang: str
    start: int
    end: int
    paragraph: int
    index: int = 0


@dataclass(frozen=True)
class Pair:
    """An aligned bead: Korean segments, their English translation, a confidence in [0, 1]."""

    ko: tuple[Segment, ...]
    en: tuple[Segment, ...]
    score: float

    @property
    def ko_text(self) -> str:
        return " ".join(s.text for s in self.ko)

    @property
    def en_text(self) -> str:
        return " ".join(s.text for s in self.en)

    @property
    def ko_ids(self) -> list[int]:
        return [s.index for s in self.ko]

    @property
    def en_ids(self) -> list[int]:
        return [s.index for s in self.en]


@dataclass(frozen=True)
class MinedPair(Pair):
    """A pair found by mining many files (``aligner.mine``): each side's segments come
    from one source (a file path, or the index of the text given), whose decoded text
    their offsets refer to. ``score`` is the probability that the pair is a translation."""

    ko_doc: str = ""
    en_doc: str = ""


@dataclass(frozen=True)
class Alignment:
    """The result of aligning one document: pairs plus everything left unpaired."""

    pairs: list[Pair]
    unpaired: list[Segment]
    ko_segments: list[Segment]
    en_segments: list[Segment]


@dataclass(frozen=True)
class Cue:
    """A span of a document's text with the time it is shown (a subtitle cue):
    characters [start, end) of the extracted text, from ``t0`` to ``t1`` seconds."""

    start: int
    end: int
    t0: float
    t1: float
