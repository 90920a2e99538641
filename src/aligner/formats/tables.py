"""Bilingual tables: which of a table's columns are its Korean and its English text.

A table with a Korean and an English column is a bilingual document, whose rows are its
pairs; one with as many of each (a glossary's "용어 | Term | 정의 | Definition") pairs
them in column order, and each row is read pair by pair. Its other columns, if any, are
not read: a translation tool's bilingual export (memoQ's, Trados's review table)
numbers, marks and annotates each segment beside the two texts ("12 | 원문 | Source |
Translated | note"), a localization file keys each string ("btn_save | 저장 | Save"), a
glossary page numbers its terms and adds remarks ("번호 | 한국어 | English | 비고"); read
in the row, those cells landed inside the pairs ("… next year. Translated", "비고
서울시는 …").

Columns of labels are no text (:func:`_labels`): keys and identifiers (``btn_save``,
``menu.settings``, ``msgDeleteConfirm``), numbers, and codes from a short list repeated
down the column (statuses: ``translated``, ``approved``). They are never a table's Korean
or English column, and their letters do not count. A table is bilingual while its Korean
and English columns hold at least three quarters of the letters of its columns' text and
each pair's lengths are a translation's: a table whose other columns hold much text, or
whose "English" column is names beside Korean descriptions, is read whole, cell by cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..segmenting import language_of, letter_counts

# Latin letters per Hangul syllable of two columns that translate each other: over four
# random rows of park and jhe 1.4-4.8, more in a glossary ("외교부", "Ministry of Foreign
# Affairs": 8); a column of Korean descriptions beside one of English names, about 0.1
_TRANSLATED_RATIO = (0.5, 12.0)
# What marks one token of ASCII as a key or an identifier, not a word: an underscore, a
# slash, a digit, a dot inside it ("menu.settings", not "Save."), or a camelCase hump
# after a lower-case start of two letters or more ("btnSave"; not "iPhone", "YouTube")
_IDENTIFIER_MARK = re.compile(r"[_/0-9]|\w\.\w|^[a-z]{2,}[A-Z]")
# A code is a cell of a few words at most ("Translated", "Not started")
_CODE_WORDS = 3


def bilingual_columns(rows: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """The (Korean column, English column) pairs of a bilingual table given as rows of
    cell texts, in the order of their first column (see the module's docstring); none
    for a table that is not bilingual. Only rows of all the table's columns count (one
    of fewer cells, merged, is a section's heading). Of the columns that hold text, not
    labels: as many Korean as English ones pair in column order; else, or where those
    pairs are no translation's, the Korean one with the most Hangul and the English one
    with the most Latin letters."""
    width = max(map(len, rows), default=0)
    if width < 2:
        return []
    full = [cells for cells in rows if len(cells) == width]
    text = [k for k in range(width) if not _labels([cells[k] for cells in full])]
    columns = {k: " ".join(cells[k] for cells in full) for k in text}
    counts = {k: letter_counts(columns[k]) for k in text}
    korean = [k for k in text if language_of(columns[k]) == "ko"]
    english = [k for k in text if language_of(columns[k]) == "en"]
    if not (korean and english):
        return []
    in_order = list(zip(korean, english)) if len(korean) == len(english) else []
    best = [(max(korean, key=lambda k: counts[k][0]), max(english, key=lambda k: counts[k][1]))]
    total = sum(sum(c) for c in counts.values())
    low, high = _TRANSLATED_RATIO
    for pairs in (in_order, best):
        read = sum(sum(counts[k]) for pair in pairs for k in pair)
        if pairs and 4 * read >= 3 * total and all(low * counts[ko][0] <= counts[en][1] <= high * counts[ko][0]
                                                   for ko, en in pairs):
            return sorted(pairs, key=min)
    return []


def _labels(column: Sequence[str]) -> bool:
    """Does a column hold labels, not text: are three quarters of its cells with text
    keys, identifiers or numbers, or are they all codes (a few words at most), each
    repeated down the column on average (half as many values as cells, two cells at
    least)? Its first cell is not looked at: it may be the column's header ("ID",
    "Status"), which is no label of the kind."""
    cells = [cell for cell in column[1:] if cell] if len(column) > 1 else [cell for cell in column if cell]
    if not cells:
        return False
    if 4 * sum(map(_identifier, cells)) >= 3 * len(cells):
        return True
    return (len(cells) >= 2 and 2 * len(set(cells)) <= len(cells)
            and all(len(cell.split()) <= _CODE_WORDS for cell in cells))


def _identifier(cell: str) -> bool:
    """Is a cell a key, an identifier or a number: one token of ASCII, no word
    ("btn_save", "menu.settings", "msgDeleteConfirm", "12", "v1.2"), or no letters at all?"""
    if language_of(cell) is None:
        return True
    return cell.isascii() and len(cell.split()) == 1 and bool(_IDENTIFIER_MARK.search(cell))


def table_lines(rows: Sequence[Sequence[list[str]]]) -> tuple[list[str], int | None]:
    """A table's lines, given as rows of cells of lines: row by row, each cell's lines; of
    a bilingual table, each row's pairs in turn, of each its Korean cell, then its English
    cell (a row of fewer cells, merged, is read whole). And the number of a bilingual
    table's other cells with text, which are not read (None: the table is not bilingual).

    Each cell is a paragraph of its own: a blank line comes before each cell and after the
    table (:func:`aligner.formats.readers.document_text` keeps one between two lines),
    where the paragraph rules (:func:`aligner.segmenting.paragraphs`) would join an
    English cell starting in lower case to the cell above it as a wrapped sentence ("Save"
    and the next row's "btn_cancel"; a term and the next row's "passport")."""
    pairs = bilingual_columns([[" ".join(filter(None, cell)) for cell in cells] for cells in rows])
    read = [k for pair in pairs for k in pair]
    width = max(map(len, rows), default=0)
    lines: list[str] = []
    left_out = 0
    for cells in rows:
        if pairs and len(cells) == width:
            left_out += sum(any(cell) for k, cell in enumerate(cells) if k not in read)
            cells = [cells[k] for k in read]
        for cell in filter(any, cells):
            lines += ["", *cell]
    return lines + [""] if lines else [], (left_out if pairs else None)
