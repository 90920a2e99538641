"""Reading spreadsheets: Excel workbooks (.xlsx, .xlsm) with openpyxl, and CSV and TSV files.

Translators keep bilingual material in spreadsheets: a glossary or string list with a
Korean and an English column, a CAT tool's "bilingual Excel" export (ID | source |
target | status | comment), a TMS's CSV export. Each sheet (a CSV file: its one table)
is read as a Word table is (:mod:`aligner.formats.tables`): a sheet whose Korean and
English columns hold its text is read row by row, each row's Korean cell then its
English cell, its other columns' cells counted (``Document.metadata["cells_not_read"]``),
not read; any other sheet is read row by row, cell by cell. Columns empty in every row
do not count, nor do rows without text.

A cell is one line: its line breaks (Alt+Enter) become spaces, as a Word paragraph's
soft breaks do. A cell's breaks are mostly a long segment wrapped by hand; read as
lines they would cut its sentence in two, while the segmenter still splits a cell of
several sentences at their ends.

Of a workbook, the visible worksheets are read in the workbook's order; hidden and
"very hidden" sheets (lookup lists, a tool's settings), chart sheets, comments, text
boxes, charts and headers and footers are not. A formula cell is read as the value
Excel saved with it (a workbook never opened in Excel since a formula was written may
have none: empty, or 0), an error value (``#N/A``) not at all; numbers, dates and
booleans roughly as Excel shows them (``3``, ``0.25``, ``2024-03-01``, ``TRUE``). A
merged cell is read once: its text is in its top-left cell, the cells it covers are
empty. Hidden rows and columns of a visible sheet are read.

Refused (an :class:`InputError` naming the file): a ZIP bomb or a part declaring a
DOCTYPE (:func:`aligner.formats.readers.check_package`, every part checked, since a
workbook's relationships may give a sheet any name), a damaged package, a
password-protected workbook (an encrypted OLE file, not a ZIP: save an unprotected
copy) and the binary Excel 97-2003 format (.xls: save it as .xlsx or .csv).

A CSV file is decoded as a text file is (:func:`aligner.formats.text.decode`: a BOM,
UTF-8, CP949 as Excel saves "CSV" on a Korean Windows), its delimiter (comma, semicolon
or tab) the one that splits its first rows alike, a comma where none does; a quoted
field may hold the delimiter and line breaks.

A TSV file (.tsv) is decoded likewise and split at tabs and line breaks only: the format
has no quoting (Google Sheets writes none), and a field opening with a quotation mark is
text (``"Hello," she said.``; a CSV reader takes the quotes away). A field written as
Excel and pandas quote one (the whole field in quotes, any quote inside doubled:
``"Say ""hi"" now."``) is read as they meant it (``Say "hi" now.``).
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time

from ..errors import InputError
from .readers import (
    DAMAGED,
    Document,
    check_package,
    document_text,
    local_name,
    missing_extra,
    parse_xml,
    refuse_unopenable_office,
)
from .tables import table_lines
from .text import composed, decode

_SPACE = re.compile(r"\s+")
# A control character as OOXML escapes it in a string ("_x000D_": a carriage return from
# pasted text); openpyxl leaves the escape in the text. Read as a space, as line breaks are.
_ESCAPED_CONTROL = re.compile(r"_x00[01][0-9A-Fa-f]_")
# What openpyxl raises on a damaged workbook besides the package's errors: XML it cannot
# parse (SyntaxError: ElementTree's ParseError, lxml's XMLSyntaxError), an attribute of the
# wrong type (TypeError, from its typed descriptors), a number too large for it
# (OverflowError), a shared string index past the table or an XML declaration naming an
# encoding there is none of (IndexError, LookupError)
_DAMAGED_BOOK = (*DAMAGED, SyntaxError, LookupError, TypeError, ArithmeticError)
# A sheet is laid out as a table (its rows as wide as its columns with text) only while
# that grid is at most this many times its cells with text, plus some: a few cells
# scattered over thousands of rows and columns (a form, or a hostile file) would make a
# grid of millions of empty cells. Such a sheet is read cell by cell.
_GRID_PER_CELL = 8
_GRID_SLACK = 100_000
_MAX_MERGED_CELLS = 1_000_000
_WHOLE = -1  # a row's mark (its "column"): one merged cell spans it, read whole (see _merged_across)
# The start of a CSV file its delimiter is guessed from (a few hundred rows), and the
# delimiters tried, the most usual first: a comma; a semicolon where the comma is the
# decimal mark (Excel's CSV in much of Europe); a tab
_SNIFF_CHARS = 65_536
_DELIMITERS = ",;\t"


def read_xlsx(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A workbook's visible sheets, each a table; see the module's docstring. ``encoding``
    is not used: a workbook's strings are Unicode."""
    refuse_unopenable_office(data, name, "workbook", "Excel", "xls", ".xlsx or .csv")
    try:
        import openpyxl

        # The parser openpyxl's read-only sheets stream their rows with: it gives the cells a
        # row has, where the sheets' own rows pad each to its last cell (one in column XFD
        # makes 16,384 values a row) or to the size the sheet claims (A1:Z1048576).
        from openpyxl.worksheet._reader import WorkSheetParser
    except ImportError:
        raise missing_extra("openpyxl", "reading .xlsx files") from None
    check_package(data, name, "Excel workbook", "Excel", ("",))
    sheets: list[list[dict[int, str]]] = []
    hidden = 0
    try:
        # openpyxl warns of what it leaves out (styles, extensions), and prints a damaged
        # style's index to standard output, where an output may be going
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                missing = [sheet for sheet in _listed_sheets(data) if sheet not in book.sheetnames]
                if missing:
                    raise InputError(f"{name}: the workbook is damaged: its sheet {missing[0]!r} is listed but "
                                     "missing from the package; save it again from Excel")
                title = book.properties.title
                for sheet in book.worksheets:
                    if sheet.sheet_state != "visible":
                        hidden += 1
                        continue
                    with sheet._get_source() as source:
                        parser = WorkSheetParser(source, sheet._shared_strings, data_only=True, epoch=book.epoch,
                                                 date_formats=book._date_formats,
                                                 timedelta_formats=book._timedelta_formats)
                        rows = [(n, [(cell["column"], _cell_text(cell["value"], cell["data_type"])) for cell in cells])
                                for n, cells in parser.parse()]
                        down = _merged_down(parser.merged_cells)  # known once the rows are read
                        across = _merged_across(parser.merged_cells)
                        sheets.append(_rows(cells + [(column, None) for column in down.get(n, ())]
                                            + ([(_WHOLE, "1")] if n in across else []) for n, cells in rows))
            finally:
                book.close()
    except InputError:
        raise
    except _DAMAGED_BOOK as err:
        raise InputError(f"{name}: cannot read the Excel workbook: {_reason(err)}") from None
    except Exception as err:  # openpyxl's own (InvalidFileException, ...)
        if type(err).__module__.startswith("openpyxl"):
            raise InputError(f"{name}: cannot read the Excel workbook: {_reason(err)}") from None
        raise
    lines, bilingual, not_read = _tables(sheets)
    if not lines:
        unread = f" ({hidden} hidden {'sheet is' if hidden == 1 else 'sheets are'} not read)" if hidden else ""
        raise InputError(f"{name}: the workbook has no text in its visible sheets{unread}")
    metadata: dict[str, object] = {"sheets": len(sheets), "hidden_sheets": hidden, "rows": sum(map(len, sheets)),
                                   "bilingual_tables": bilingual, "cells_not_read": not_read}
    if title and title.strip():
        metadata["title"] = title.strip()
    return Document(document_text(lines), "xlsx", name, metadata=metadata)


def _listed_sheets(data: bytes) -> list[str]:
    """The names of the sheets a workbook's ``xl/workbook.xml`` lists. openpyxl leaves out,
    without a word, a sheet whose part the package lacks: the rest was read as the whole."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = parse_xml(package.read("xl/workbook.xml"))
    return [el.get("name", "") for el in root.iter() if local_name(el) == "sheet"]


def read_csv(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A CSV file's rows as one table; see the module's docstring."""
    text, used = decode(data, name, encoding)
    declared = _SEP_LINE.match(text)  # Excel's "sep=;" first line names the delimiter: no row
    if declared:
        text = text[declared.end():]
    delimiter = declared.group(1) if declared else _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [_rows(enumerate(map(_cell_text, fields)) for fields in reader)]
    except csv.Error as err:  # a field over csv's limit (131,072 characters): a quote never closed
        raise InputError(f"{name}: cannot read the CSV file: line {reader.line_num}: {err}") from None
    return _delimited(rows, "csv", name, {"encoding": used, "delimiter": delimiter})


def read_tsv(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A TSV file's rows as one table; see the module's docstring."""
    text, used = decode(data, name, encoding)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = _rows(enumerate(_cell_text(_unquoted(field)) for field in line.split("\t")) for line in lines)
    return _delimited([rows], "tsv", name, {"encoding": used, "delimiter": "\t"})


def _unquoted(field: str) -> str:
    """A TSV field as Excel and pandas quote one ("a ""b"" c"), unquoted; any other as it is."""
    inside = field[1:-1]
    if len(field) >= 2 and field[0] == field[-1] == '"' and '"' not in inside.replace('""', ""):
        return inside.replace('""', '"')
    return field


def _delimited(rows: list[list[dict[int, str]]], fmt: str, name: str, metadata: dict) -> Document:
    lines, bilingual, not_read = _tables(rows)
    if not lines:
        raise InputError(f"{name}: the {fmt.upper()} file has no text in its cells")
    metadata |= {"rows": len(rows[0]), "bilingual_tables": bilingual, "cells_not_read": not_read}
    return Document(document_text(lines), fmt, name, metadata=metadata)


def _cell_text(value: object, kind: str | None = None) -> str:
    """A cell's value as one line of text (see the module's docstring); '' for an empty
    cell or an error value. ``kind``: a workbook cell's data type ("s", "n", "b", "d",
    "e": an error); None for a CSV field."""
    if value is None or kind == "e":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value:.15g}"  # Excel's 15 digits: 0.1 + 0.2 is 0.3, 3.0 is 3
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    text = str(value)  # a string, an int, a duration
    if kind is not None:
        text = _ESCAPED_CONTROL.sub(" ", text)
    return composed(_SPACE.sub(" ", text).strip())


def _rows(rows: Iterable[Iterable[tuple[int, str | None]]]) -> list[dict[int, str | None]]:
    """The rows with text, each as {column: text} of its cells with text, and None for
    those a merged cell above covers (see :func:`_merged_down`)."""
    found = []
    for cells in rows:
        row = {column: text for column, text in cells if text or text is None}
        if any(text for column, text in row.items() if column != _WHOLE):
            found.append(row)
    return found


def _merged_across(merged) -> set[int]:
    """The rows that one merged cell spans from side to side, two columns at least and no
    other row: a section's heading ("결제 화면 (Checkout)" over a string table's columns), read
    whole as Word reads a row of fewer cells (see tables.table_lines), not by the table's
    Korean and English columns, which would leave it out."""
    from openpyxl.utils.cell import range_boundaries

    rows = set()
    for cell in getattr(merged, "mergeCell", None) or ():
        try:
            first_col, first_row, last_col, last_row = range_boundaries(cell.ref)
        except (TypeError, ValueError):
            continue
        if first_row == last_row and last_col > first_col:
            rows.add(first_row)
    return rows


def _merged_down(merged) -> dict[int, list[int]]:
    """Of a sheet's merged ranges (openpyxl's ``MergeCells``, or None), the cells each
    covers in the rows below its first: row number -> columns. Such a row goes on with
    the row above (see tables.table_lines). Of a hostile sheet's ranges, the first
    ``_MAX_MERGED_CELLS`` cells they cover."""
    from openpyxl.utils.cell import range_boundaries

    down: dict[int, list[int]] = {}
    budget = _MAX_MERGED_CELLS
    for cell in getattr(merged, "mergeCell", None) or ():
        try:
            first_col, first_row, last_col, last_row = range_boundaries(cell.ref)
        except (TypeError, ValueError):
            continue
        for row in range(first_row + 1, last_row + 1):
            columns = list(range(first_col, min(last_col, first_col + budget) + 1))
            budget -= len(columns)
            if budget < 0:
                return down
            down.setdefault(row, []).extend(columns)
    return down


def _tables(tables: list[list[dict[int, str]]]) -> tuple[list[str], int, int]:
    """The lines of tables of rows ({column: text}), how many were read as bilingual,
    and how many cells of their other columns were not read. A table's columns are
    those with text in some row, so each row is as wide as the table: a bilingual
    table is read by its columns in every row."""
    lines: list[str] = []
    bilingual = not_read = 0
    for rows in tables:
        columns = sorted({column for row in rows for column, text in row.items() if text and column != _WHOLE})
        cells = sum(text is not None for row in rows for column, text in row.items() if column != _WHOLE)
        if len(rows) * len(columns) > _GRID_PER_CELL * cells + _GRID_SLACK:
            lines.extend(line for row in rows for column in sorted(row) if row[column] and column != _WHOLE
                         for line in ("", row[column]))
            continue
        found, left_out = table_lines([[[row[k]] for k in columns if row.get(k)] if _WHOLE in row else
                                       [[row[k]] if row.get(k) else (None if k in row else []) for k in columns]
                                       for row in rows])
        lines.extend(found)
        if left_out is not None:
            bilingual += 1
            not_read += left_out
    return lines, bilingual, not_read


_SEP_LINE = re.compile(r"sep=(.)\r?(?:\n|$)")


def _delimiter(text: str) -> str:
    """The delimiter of a CSV file: of comma, semicolon and tab, the one that splits most
    of its first rows into the same number of fields, two or more (the first of those
    tried where two do as well); a comma where none does (one column).

    Not :class:`csv.Sniffer`, which reads a sample line by line: a quoted field of two
    lines (a CAT tool's segment of two paragraphs) left it no delimiter, and its search
    for quotes takes time quadratic in the sample."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rindex("\n")]  # whole rows only
    best, agreeing = ",", 0.0
    for delimiter in _DELIMITERS:
        try:
            widths = Counter(len(fields) for fields in csv.reader(io.StringIO(sample), delimiter=delimiter)
                             if any(field.strip() for field in fields))
        except csv.Error:  # a NUL, which Python 3.10's csv refuses: read_csv says so
            continue
        if not widths:
            continue
        width, rows = widths.most_common(1)[0]
        if width >= 2 and rows / widths.total() > agreeing:
            best, agreeing = delimiter, rows / widths.total()
    return best


def _reason(err: BaseException) -> str:
    """The first line of what went wrong: openpyxl wraps a part's error in a ValueError
    of three lines ("Unable to read workbook: could not read strings from …")."""
    cause = err.__cause__ or err
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]
