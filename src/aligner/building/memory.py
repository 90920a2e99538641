"""A translation memory built from many aligned documents."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from ..embed import DEFAULT_ENCODER, Encoder
from ..formats.writers import ExportStats, Row, write_output
from ..pipeline import align_document, align_texts
from ..records import Alignment, Pair


class TranslationMemory:
    """Accumulates sentence pairs from many documents, optionally deduplicated, and
    writes them as one TMX, TSV, JSONL, Moses or XLSX output.

    >>> tm = TranslationMemory()
    >>> tm.add_texts(korean, english, doc_id="article-1")   # doctest: +SKIP
    >>> tm.write("memory.tmx")                              # doctest: +SKIP
    """

    def __init__(self, *, dedupe: bool = True, min_score: float = 0.0) -> None:
        self.dedupe = dedupe
        self.min_score = min_score
        self._rows: list[Row] = []
        self._seen: set[tuple[str, str]] = set()
        self.skipped_duplicates = 0
        self.skipped_low_score = 0

    def add(self, pairs: Iterable[Pair], doc_id: str | None = None) -> int:
        """Add pairs from one document; return how many were kept."""
        kept = 0
        for pair in pairs:
            if pair.score < self.min_score:
                self.skipped_low_score += 1
                continue
            key = (" ".join(pair.ko_text.split()), " ".join(pair.en_text.split()))
            if self.dedupe and key in self._seen:
                self.skipped_duplicates += 1
                continue
            self._seen.add(key)
            self._rows.append((doc_id, pair))
            kept += 1
        return kept

    def add_texts(
        self,
        korean_text: str,
        english_text: str,
        *,
        doc_id: str | None = None,
        encoder: str | Encoder = DEFAULT_ENCODER,
        presegmented: bool = False,
    ) -> Alignment:
        """Align a Korean text with its English translation and add the pairs."""
        result = align_texts(korean_text, english_text, encoder=encoder, presegmented=presegmented)
        self.add(result.pairs, doc_id)
        return result

    def add_bilingual(
        self,
        text: str,
        *,
        doc_id: str | None = None,
        encoder: str | Encoder = DEFAULT_ENCODER,
        presegmented: bool = False,
    ) -> Alignment:
        """Align a bilingual document and add the pairs."""
        result = align_document(text, encoder=encoder, presegmented=presegmented, name=doc_id or "document")
        self.add(result.pairs, doc_id)
        return result

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)

    def write(self, path: str | os.PathLike, fmt: str | None = None, **options: object) -> ExportStats:
        """Write the memory atomically ('-': standard output); the format comes from ``fmt``
        or the extension. What the writer had to change is logged as a warning."""
        return write_output(self._rows, path, fmt, **options)
