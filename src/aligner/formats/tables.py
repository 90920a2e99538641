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

A bilingual table's first row is not read where it is a header (:func:`header_row`):
"한국어 | English", "Source (ko-KR) | Target (en-US)", "원문 | 번역", "용어 | Term" name
the columns and are no text of the document: read, they made a pair of the output. Its
cells are counted with the other columns'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..segmenting import RECORD_BREAK, language_of, letter_counts

# Latin letters per Hangul syllable of two columns that translate each other: over four
# random rows of park and jhe 1.4-4.8, more in a glossary ("외교부", "Ministry of Foreign
# Affairs": 8); a column of Korean descriptions beside one of English names, about 0.1
_TRANSLATED_RATIO = (0.5, 12.0)
# What marks one token of ASCII as a key or an identifier, not a word: an underscore, a
# slash, a digit, a dot inside it ("menu.settings", not "Save."), a camelCase hump
# after a lower-case start of two letters or more ("btnSave"; not "iPhone", "YouTube"), or
# the dashes of a command's option ("--keep-empty", "-o": a documentation page's table of
# options, "옵션 | 설명", was read as a Korean/English table and its header dropped)
_IDENTIFIER_MARK = re.compile(r"[_/0-9]|\w\.\w|^[a-z]{2,}[A-Z]|^--?[A-Za-z]")
# ... and so is a key combination, a shortcuts table's (a manuals audit: "저장 | Ctrl+S" was
# read as a Korean/English table and its header dropped)
# (the last a key: "Ctrl+클릭", "Ctrl+click" are actions, which a glossary translates)
_MODIFIERS = (r"(?:(?:Ctrl|Control|Alt|AltGr|Shift|Cmd|Command|Option|Opt|Win|Fn|Meta|Super|[⌘⌥⇧⌃])\s?\+\s?)+"
              r"(?:[!-~]|F\d{1,2}|(?i:Esc|Escape|Tab|Enter|Return|Space|Delete|Del|Backspace|Home|End|PgUp|PgDn|PageUp"
              r"|PageDown|Insert|Ins|Up|Down|Left|Right)|[←→↑↓])(?![\w-])")
_KEYS = re.compile(rf"{_MODIFIERS}(?:\s?[/,]\s?{_MODIFIERS})*")
# A code is a cell of a few words at most ("Translated", "Not started")
_CODE_WORDS = 3
# What a header's cell names its column by, in lower case: the column's language, by name
# or code ("한국어", "English", "KO", "en-US"; a cell naming the other column's language
# is no header's: "한국어 | Korean" is a row of a glossary of languages), or its role in
# a translation or a glossary ("원문", "Target", "용어", "Definition"). A qualifier in
# brackets is no word of it ("English (United States)", "Source (ko-KR)").
_LANGUAGE_NAMES = {"ko": frozenset(("korean", "한국어", "한국말", "국문", "한글", "국어")),
                   "en": frozenset(("english", "영어", "영문"))}
_LANGUAGE_CODES = {"ko": re.compile(r"(?:ko|kor|kr)(?:[-_][a-z]{2,4})?"),
                   "en": re.compile(r"(?:en|eng)(?:[-_][a-z]{2,4})?")}
_ROLES = frozenset(
    "source target original translation translated text string segment sentence term terms definition "
    "definitions description meaning example examples 원문 원본 원어 번역 번역문 번역본 대역 용어 정의 설명 뜻 의미 문장 "
    "텍스트 예문 예시".split())
_QUALIFIER = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_WORD = re.compile(r"[\w-]+")
# A header's cell is short and ends no sentence: a title of the table is no header
_HEADER_CHARS = 40


def bilingual_columns(rows: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """The (Korean column, English column) pairs of a bilingual table given as rows of
    cell texts, in the order of their first column (see the module's docstring); none
    for a table that is not bilingual. Only rows of all the table's columns count (one
    of fewer cells, merged, is a section's heading). Of the columns that hold text, not
    labels: as many Korean as English ones pair in column order; else, or where those
    pairs are no translation's, the Korean one with the most Hangul and the English one
    with the most Latin letters. And the rows must bear the columns out: in three quarters
    of the rows with both cells, each cell is of its column's language (a table laid out a
    language a row, "위탁자: … | 수탁자: …" above "Controller: … | Processor: …", has a
    column of more Hangul and one of more Latin letters, and is no bilingual table)."""
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
    if _korean_headed(rows[0], english):
        return []
    in_order = list(zip(korean, english)) if len(korean) == len(english) else []
    best = [(max(korean, key=lambda k: counts[k][0]), max(english, key=lambda k: counts[k][1]))]
    total = sum(sum(c) for c in counts.values())
    low, high = _TRANSLATED_RATIO
    for pairs in (in_order, best):
        read = sum(sum(counts[k]) for pair in pairs for k in pair)
        if pairs and 4 * read >= 3 * total and all(low * counts[ko][0] <= counts[en][1] <= high * counts[ko][0]
                                                   and _rows_agree(full, ko, en) for ko, en in pairs):
            return sorted(pairs, key=min)
    return []


def _korean_headed(first: Sequence[str], english: Sequence[int]) -> bool:
    """Is the first row a Korean document's header over the columns of Latin letters: a
    Korean cell over each, none of whose words names a language or a column's role ("처방
    의약품의 명칭 | 1회 투약량 | … | 용법" over Latin drug names, a prescription: read as a
    bilingual table, its dose and day columns were dropped; a medical audit). A bilingual
    table's header names its English column ("영문 용어", "번역", "English")."""
    if len(first) <= max(english, default=0):
        return False
    return all(first[k] and language_of(first[k]) == "ko" and not any(
        word in _LANGUAGE_NAMES["en"] or word in _ROLES for word in _WORD.findall(first[k].lower())) for k in english)


def _rows_agree(rows: Sequence[Sequence[str]], ko: int, en: int) -> bool:
    """Are the Korean cell Korean and the English cell English in three quarters of the
    rows that have both? The first row is not counted: it may be the header ("ko", "en";
    a sheet of eight strings, two of them untranslated, was read as no bilingual table);
    nor is a row with a cell of neither language (a term in Hanja, "甲 | Party A", a
    number, an emoji: a glossary with a quarter of such rows was read cell by cell, its
    header paired and a term paired across rows)."""
    both = [(language_of(cells[ko]), language_of(cells[en])) for cells in rows[1:] or rows if cells[ko] and cells[en]]
    both = [(k, e) for k, e in both if k is not None and e is not None]
    return 4 * sum(k == "ko" and e == "en" for k, e in both) >= 3 * len(both)


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
    ("btn_save", "menu.settings", "msgDeleteConfirm", "12", "v1.2", "--keep-empty"), a key
    combination ("Ctrl+Shift+Esc", "⌘ + S / Ctrl + S"), or no letters at all?"""
    if language_of(cell) is None or _KEYS.fullmatch(cell):
        return True
    return cell.isascii() and len(cell.split()) == 1 and bool(_IDENTIFIER_MARK.search(cell))


def header_row(rows: Sequence[Sequence[str]], pairs: Sequence[tuple[int, int]], marked: bool = False) -> bool:
    """Is the first row of a bilingual table, given as rows of cell texts and its column
    ``pairs``, its header, not text? So where each of its cells in a pair's column names
    that column (see ``_LANGUAGE_NAMES``, ``_ROLES``), or, where the format marks the row
    a header (``marked``: HTML's ``<th>``, Word's repeated header row), each is short and
    ends no sentence. A first row of fewer cells (merged: a title) is read whole."""
    width = max(map(len, rows), default=0)
    if not pairs or len(rows[0]) != width:
        return False
    cells = [(rows[0][k], lang) for pair in pairs for k, lang in zip(pair, ("ko", "en")) if rows[0][k]]
    short = all(len(cell) <= _HEADER_CHARS and not cell.endswith((".", "?", "!", "。")) for cell, _ in cells)
    return bool(cells) and short and (marked or all(_names_column(cell, lang) for cell, lang in cells))


def _names_column(cell: str, lang: str) -> bool:
    """Does a header's cell name a column of language ``lang``: are all its words (not
    those of a qualifier in brackets) the language's name or code or a column's role?"""
    words = _WORD.findall(_QUALIFIER.sub(" ", cell).lower())

    def names(word: str) -> bool:
        return word in _LANGUAGE_NAMES[lang] or word in _ROLES or _LANGUAGE_CODES[lang].fullmatch(word) is not None

    # a field's name joins its words with "_" ("example_ko", "source_text"; "ko_KR" is a code)
    return bool(words) and all(names(word) or all(map(names, word.split("_"))) for word in words)


def table_lines(rows: Sequence[Sequence[list[str] | None]], header: bool = False) -> tuple[list[str], int | None]:
    """A table's lines, given as rows of cells of lines: row by row, each cell's lines; of
    a bilingual table, each row's pairs in turn, of each its Korean cell, then its English
    cell (a row of fewer cells, merged, is read whole), not its header row (``header``:
    the format marks the first row a header; see :func:`header_row`). And the number of
    a bilingual table's cells with text not read, its header's and its other columns'
    (None: the table is not bilingual).

    Each cell is a paragraph of its own: a blank line comes before each cell and after the
    table (:func:`aligner.formats.readers.document_text` keeps one between two lines),
    where the paragraph rules (:func:`aligner.segmenting.paragraphs`) would join an
    English cell starting in lower case to the cell above it as a wrapped sentence ("Save"
    and the next row's "btn_cancel"; a term and the next row's "passport"). Each row of a
    bilingual table is a record (a line of ``RECORD_BREAK`` before it and after the
    table): its cells translate each other and no other row's, so a pair never takes a
    sentence from two rows, and a row whose English cell is empty leaves its Korean cell
    unpaired rather than joined to the next row's pair. But a row where a cell merged down
    from the row above goes on (the reader gives None for that cell: Word's ``vMerge``, a
    spreadsheet's merged range, HTML's ``rowspan``) is the same record as that row: a
    merged Korean cell beside two English ones translates both."""
    down = [[cell is None for cell in cells] for cells in rows]
    rows = [[cell or [] for cell in cells] for cells in rows]
    texts = [[" ".join(filter(None, cell)) for cell in cells] for cells in rows]
    pairs = bilingual_columns(texts)
    read = [k for pair in pairs for k in pair]
    # merged down in a column read (a merge in a comment or number column joins no rows)
    merged = [any(flags[k] for k in read if k < len(flags)) for flags in down]
    width = max(map(len, rows), default=0)
    lines: list[str] = []
    left_out = 0
    for n, cells in enumerate(rows):
        if n == 0 and header_row(texts, pairs, header):
            left_out += sum(map(any, cells))
            continue
        if pairs and len(cells) == width:
            left_out += sum(any(cell) for k, cell in enumerate(cells) if k not in read)
            cells = [cells[k] for k in read]
        if pairs and any(map(any, cells)) and not merged[n]:
            lines += ["", RECORD_BREAK]
        for cell in filter(any, cells):
            lines += ["", *cell]
    if pairs and lines:
        lines += ["", RECORD_BREAK]
    return lines + [""] if lines else [], (left_out if pairs else None)
