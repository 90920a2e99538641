"""A translation memory built from many aligned documents."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .. import arguments
from ..embed import DEFAULT_ENCODER, Encoder
from ..formats.writers import ExportStats, Row, compared, write_output
from ..pipeline import align_document, align_texts
from ..records import BELOW_MIN_SCORE, DUPLICATE, Alignment, Pair, Segment, Unpaired


class TranslationMemory:
    """Accumulates sentence pairs from many documents, optionally deduplicated, and
    writes them as one TMX, TSV, JSONL, Moses or XLSX output.

    A pair it leaves out (its score is below ``min_score``, or it repeats a pair already
    kept) is not lost: its segments are recorded in :attr:`dropped` with the reason
    (``below-min-score``, ``duplicate``), and :meth:`add_alignment` returns them in the
    document's unpaired list.

    >>> tm = TranslationMemory()
    >>> tm.add_texts(korean, english, doc_id="article-1")   # doctest: +SKIP
    >>> tm.write("memory.tmx")                              # doctest: +SKIP
    """

    def __init__(self, *, dedupe: bool = True, min_score: float = 0.0) -> None:
        self.dedupe = arguments.flag(dedupe, "dedupe")
        self.min_score = arguments.probability(min_score, "min_score")  # NaN would filter nothing
        self._rows: list[Row] = []
        self._seen: set[tuple[str, str]] = set()
        self.dropped: list[tuple[str | None, Unpaired]] = []  # (document id, segment and reason)
        self.skipped_duplicates = 0  # pairs
        self.skipped_low_score = 0  # pairs

    def add(self, pairs: Iterable[Pair], doc_id: str | None = None) -> int:
        """Add pairs from one document; return how many were kept."""
        return len(self._take(_pairs(pairs, "pairs"), _doc_id(doc_id))[0])

    def add_alignment(self, result: Alignment, doc_id: str | None = None) -> Alignment:
        """Add one document's pairs; return its alignment as this memory keeps it: the
        pairs kept, and every other segment in ``unpaired`` with its reason (the
        document's own, then those of the pairs this memory left out)."""
        arguments.instance(result, Alignment, "result", optional=False)
        kept, dropped = self._take(_pairs(result.pairs, "result.pairs"), _doc_id(doc_id))
        if not isinstance(result.unpaired, list):
            raise TypeError(f"result.unpaired must be a list of Unpaired records, not {type(result.unpaired).__name__}")
        return Alignment(kept, result.unpaired + dropped, result.ko_segments, result.en_segments)

    def _take(self, pairs: Iterable[Pair], doc_id: str | None) -> tuple[list[Pair], list[Unpaired]]:
        kept: list[Pair] = []
        dropped: list[Unpaired] = []
        for pair in pairs:
            if pair.score < self.min_score:
                self.skipped_low_score += 1
                dropped.extend(Unpaired(s, BELOW_MIN_SCORE) for s in pair.ko + pair.en)
                continue
            key = (compared(pair.ko_text), compared(pair.en_text))
            if self.dedupe and key in self._seen:
                self.skipped_duplicates += 1
                dropped.extend(Unpaired(s, DUPLICATE) for s in pair.ko + pair.en)
                continue
            self._seen.add(key)
            self._rows.append((doc_id, pair))
            kept.append(pair)
        self.dropped.extend((doc_id, u) for u in dropped)
        return kept, dropped

    def reasons(self) -> dict[str, int]:
        """How many segments this memory left out, for each reason."""
        counts: dict[str, int] = {}
        for _, u in self.dropped:
            counts[u.reason] = counts.get(u.reason, 0) + 1
        return counts

    def add_texts(
        self,
        korean_text: str,
        english_text: str,
        *,
        doc_id: str | None = None,
        encoder: str | Encoder = DEFAULT_ENCODER,
        presegmented: bool = False,
    ) -> Alignment:
        """Align a Korean text with its English translation and add the pairs; return the
        alignment as the memory keeps it (see :meth:`add_alignment`)."""
        doc_id = _doc_id(doc_id)
        result = align_texts(korean_text, english_text, encoder=encoder, presegmented=presegmented)
        return self.add_alignment(result, doc_id)

    def add_bilingual(
        self,
        text: str,
        *,
        doc_id: str | None = None,
        encoder: str | Encoder = DEFAULT_ENCODER,
        presegmented: bool = False,
    ) -> Alignment:
        """Align a bilingual document and add the pairs; return the alignment as the
        memory keeps it (see :meth:`add_alignment`)."""
        doc_id = _doc_id(doc_id)
        result = align_document(text, encoder=encoder, presegmented=presegmented, name=doc_id or "document")
        return self.add_alignment(result, doc_id)

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)

    def write(self, path: str | os.PathLike, fmt: str | None = None, **options: object) -> ExportStats:
        """Write the memory atomically ('-': standard output); the format comes from ``fmt``
        or the extension. What the writer had to change is logged as a warning."""
        return write_output(self._rows, path, fmt, **options)


def _pairs(value: object, name: str) -> list[Pair]:
    """``value``'s pairs, every one checked before any is added (a bad one part way would
    leave a document half added): a score that is a number from 0 to 1 (NaN passed
    ``min_score`` and wrote JSON no reader takes), and each side a non-empty tuple of
    segments whose texts are text."""
    pairs = arguments.items(value, Pair, name)
    for k, pair in enumerate(pairs):
        arguments.probability(pair.score, f"{name}[{k}].score")
        for side in ("ko", "en"):
            segments = getattr(pair, side)
            if not (isinstance(segments, tuple) and segments and all(isinstance(s, Segment) for s in segments)):
                raise TypeError(f"{name}[{k}].{side} must be a non-empty tuple of Segment records")
            for n, segment in enumerate(segments):  # text (what no output can hold, the writers leave out)
                if not isinstance(segment.text, str):
                    raise TypeError(f"{name}[{k}].{side}[{n}].text must be a str, not {type(segment.text).__name__}")
    return pairs


def _doc_id(value: object) -> str | None:
    """A document id as the outputs write it: a string (a whole number, as a dict of
    documents may be keyed, is written as its digits), or None."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return arguments.text(value, "doc_id")
