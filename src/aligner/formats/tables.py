"""Bilingual tables: which of a table's columns are its Korean and its English text.

A table with a Korean and an English column is a bilingual document, whose rows are its
pairs. Its other columns, if any, are not read: a translation tool's bilingual export
(memoQ's, Trados's review table) numbers, marks and annotates each segment beside the two
texts ("12 | 원문 | Source | Translated | note"), a glossary page numbers its terms and adds
remarks ("번호 | 한국어 | English | 비고"); read in the row, those cells landed inside the
pairs ("… next year. Translated", "비고 서울시는 …"). So a table is bilingual only while its
Korean and English columns hold at least three quarters of the letters of its rows and
their lengths are a translation's: a table whose other columns hold much text, or whose
"English" column is names beside Korean descriptions, is read whole, cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..segmenting import language_of, letter_counts

# Latin letters per Hangul syllable of two columns that translate each other: over four
# random rows of park and jhe 1.4-4.8, more in a glossary ("외교부", "Ministry of Foreign
# Affairs": 8); a column of Korean descriptions beside one of English names, about 0.1
_TRANSLATED_RATIO = (0.5, 12.0)


def bilingual_columns(rows: Sequence[Sequence[str]]) -> tuple[int, int] | None:
    """(Korean column, English column) of a bilingual table given as rows of cell texts
    (see the module's docstring), or None. Only rows of all the table's columns count
    (one of fewer cells, merged, is a section's heading): of those, the Korean column
    with the most Hangul and the English one with the most Latin letters."""
    width = max(map(len, rows), default=0)
    if width < 2:
        return None
    columns = [" ".join(cells[k] for cells in rows if len(cells) == width) for k in range(width)]
    counts = [letter_counts(text) for text in columns]
    langs = [language_of(text) for text in columns]
    korean = [k for k in range(width) if langs[k] == "ko"]
    english = [k for k in range(width) if langs[k] == "en"]
    if not (korean and english):
        return None
    ko = max(korean, key=lambda k: counts[k][0])
    en = max(english, key=lambda k: counts[k][1])
    low, high = _TRANSLATED_RATIO
    translated = low * counts[ko][0] <= counts[en][1] <= high * counts[ko][0]
    total = sum(sum(c) for c in counts)
    return (ko, en) if translated and 4 * (sum(counts[ko]) + sum(counts[en])) >= 3 * total else None


def table_lines(rows: Sequence[Sequence[list[str]]]) -> tuple[list[str], int | None]:
    """A table's lines, given as rows of cells of lines: row by row, each cell's lines; of
    a bilingual table, each row's Korean cell, then its English cell (a row of fewer cells,
    merged, is read whole). And the number of a bilingual table's other cells with text,
    which are not read (None: the table is not bilingual)."""
    columns = bilingual_columns([[" ".join(cell) for cell in cells] for cells in rows])
    width = max(map(len, rows), default=0)
    lines: list[str] = []
    left_out = 0
    for cells in rows:
        if columns and len(cells) == width:
            left_out += sum(bool(cell) for k, cell in enumerate(cells) if k not in columns)
            cells = [cells[columns[0]], cells[columns[1]]]
        for cell in cells:
            lines.extend(cell)
    return lines, (left_out if columns else None)
