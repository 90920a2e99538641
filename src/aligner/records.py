"""The small immutable records that flow through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """One sentence of the input.

    ``start``/``end`` are character offsets into the decoded input text (line ends
    normalized to ``\\n``), ``text`` what lies between them, but for a sentence holding
    its translation in brackets ("Jeju is a volcanic island (제주도는 화산섬이다)."): that
    translation is a segment of its own, and the sentence's text leaves it out ("Jeju is a
    volcanic island.") while its offsets span it; ``paragraph`` counts non-empty lines
    (or line blocks) of that text; ``index`` is the segment's position among segments of
    its language.
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
        return joined(self.ko)

    @property
    def en_text(self) -> str:
        return joined(self.en)

    @property
    def ko_ids(self) -> list[int]:
        return [s.index for s in self.ko]

    @property
    def en_ids(self) -> list[int]:
        return [s.index for s in self.en]


def joined(segments: tuple[Segment, ...] | list[Segment]) -> str:
    """The segments' texts as one, a space between two unless the text has none there:
    sentences the input glued ("저장되었습니다.{0}개", "했다.그러나") stay glued."""
    out = []
    for before, s in zip((None, *segments), segments):
        if before is not None and before.end != s.start:
            out.append(" ")
        out.append(s.text)
    return "".join(out)


# Why a segment is in no pair. Every input segment ends in exactly one pair or in the
# unpaired list with one of these reasons (README, "nothing is dropped silently").
NO_COUNTERPART = "no-counterpart"  # the alignment found no translation of it
BELOW_MIN_SCORE = "below-min-score"  # its pair scored below --min-score
DUPLICATE = "duplicate"  # its pair repeats one already kept (--dedupe, memories)
NO_LETTERS = "no-letters"  # no Korean or English letters (dates, numbers): never paired
ADDRESS_ONLY = "address-only"  # its only such letters are in web or e-mail addresses: never paired
OTHER_SCRIPT = "other-script"  # its letters are of another script (Hanja, kana): never paired
BOILERPLATE = "boilerplate"  # a byline, a copyright line, a dateline alone: never paired
TRANSLATOR_NOTE = "translator-note"  # a translator's note (역주, 옮긴이 주): no original to pair
UNTRANSLATED = "untranslated"  # of two files, in the other file's language (English left in the Korean file), or its copy
REASONS = (NO_COUNTERPART, BELOW_MIN_SCORE, DUPLICATE, NO_LETTERS, ADDRESS_ONLY, OTHER_SCRIPT, BOILERPLATE,
           TRANSLATOR_NOTE, UNTRANSLATED)


@dataclass(frozen=True)
class Unpaired:
    """A segment left out of every pair, and why (one of :data:`REASONS`).

    It reads like its :class:`Segment` (``text``, ``lang``, ``start``, ``end``,
    ``paragraph``, ``index``), so code that lists unpaired segments needs no change.
    """

    segment: Segment
    reason: str

    @property
    def text(self) -> str:
        return self.segment.text

    @property
    def lang(self) -> str:
        return self.segment.lang

    @property
    def start(self) -> int:
        return self.segment.start

    @property
    def end(self) -> int:
        return self.segment.end

    @property
    def paragraph(self) -> int:
        return self.segment.paragraph

    @property
    def index(self) -> int:
        return self.segment.index


@dataclass(frozen=True)
class MinedPair(Pair):
    """A pair found by mining many files (``aligner.mine``): each side's segments come
    from one source (a file path, or the index of the text given), whose decoded text
    their offsets refer to. ``score`` is the probability that the pair is a translation."""

    ko_doc: str = ""
    en_doc: str = ""


@dataclass(frozen=True)
class Alignment:
    """The result of aligning one document: pairs plus everything left unpaired.

    Every segment of ``ko_segments`` and ``en_segments`` (and every segment in neither
    language: no Korean or English letters) is in exactly one pair or in ``unpaired``,
    with the reason it is there.
    """

    pairs: list[Pair]
    unpaired: list[Unpaired]
    ko_segments: list[Segment]
    en_segments: list[Segment]

    def reasons(self) -> dict[str, int]:
        """How many segments are unpaired for each reason (reasons with none left out)."""
        counts: dict[str, int] = {}
        for u in self.unpaired:
            counts[u.reason] = counts.get(u.reason, 0) + 1
        return {reason: counts[reason] for reason in sorted(counts, key=_reason_rank)}


def _reason_rank(reason: str) -> tuple[int, str]:
    return (REASONS.index(reason) if reason in REASONS else len(REASONS), reason)


@dataclass(frozen=True)
class Cue:
    """A span of a document's text with the time it is shown (a subtitle cue):
    characters [start, end) of the extracted text, from ``t0`` to ``t1`` seconds."""

    start: int
    end: int
    t0: float
    t1: float
