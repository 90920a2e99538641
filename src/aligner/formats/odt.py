"""Reading OpenDocument text (.odt): LibreOffice's format, and one of the two open formats
Korean public bodies publish documents in (with .hwpx).

An .odt file is a ZIP package whose ``content.xml`` holds the body (``office:text``). What
is read follows the Word reader (:mod:`aligner.formats.docx`): each paragraph, heading and
list item is one line (a tab, line break or run of spaces inside it a space, a soft hyphen
nothing); a table is read row by row, each cell's paragraphs lines, a cell another one
spans (``table:covered-table-cell``) not at all, nested tables in place (a row a cell above spans goes on with the row above: one record
of a bilingual table), a table with a
Korean and an English column by those two columns (:mod:`aligner.formats.tables`);
sections and the text of fields (dates, references, captions' numbers) read through.
Not read: footnotes and endnotes (their citation mark neither), comments (annotations),
frames and text boxes, drawings, the table of contents and other indexes (the headings
again, with page numbers), hidden text (``text:hidden-paragraph``, ``text:hidden-text``),
tracked deletions (the text as the document now reads), and of ruby the reading (the base
is read). Page headers and footers live
in ``styles.xml``, which is not read.

Refused (an :class:`InputError` naming the file): a ZIP bomb or a part declaring a DOCTYPE
(:func:`aligner.formats.readers.check_package`), a damaged or encrypted package (LibreOffice
encrypts ``content.xml`` in place: the manifest says so), a document without text.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import InputError
from .readers import (
    DAMAGED,
    HEADING,
    Document,
    check_package,
    headed_document,
    local_name,
    one_line,
    parse_xml,
)
from .tables import table_lines

_SPACE = re.compile(r"\s+")
# Elements whose text is not the body's (see the module's docstring)
_SKIPPED = frozenset(("note", "annotation", "annotation-end", "frame", "table-of-content", "alphabetical-index",
                      "illustration-index", "table-index", "object-index", "user-index", "bibliography",
                      "tracked-changes", "hidden-paragraph", "hidden-text", "deletion", "sequence-decls",
                      "variable-decls", "user-field-decls", "forms", "custom-shape", "rect", "ellipse", "g",
                      "ruby-text"))
_INLINE = {"tab": " ", "line-break": " ", "soft-hyphen": ""}
# What holds a table's rows besides the table itself
_ROW_GROUPS = frozenset(("table-header-rows", "table-rows", "table-row-group"))


def read_odt(data: bytes, name: str, encoding: str | None = None) -> Document:
    """An OpenDocument text's body, a paragraph a line; see the module's docstring.
    ``encoding`` is not used: the package's XML declares its own."""
    check_package(data, name, "OpenDocument text", "LibreOffice", (".xml",))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if "META-INF/manifest.xml" in names and b"encryption-data" in package.read("META-INF/manifest.xml"):
                raise InputError(f"{name}: the OpenDocument text is password-protected (encrypted); open it in "
                                 "LibreOffice and save an unprotected copy")
            if "content.xml" not in names:
                raise InputError(f"{name}: the OpenDocument text has no content.xml (a damaged package)")
            try:
                root = parse_xml(package.read("content.xml"))
            except SyntaxError as err:
                raise InputError(f"{name}: cannot read the OpenDocument text: its content.xml is damaged: "
                                 f"{one_line(err)}") from None
    except InputError:
        raise
    except DAMAGED as err:
        raise InputError(f"{name}: cannot read the OpenDocument text: {one_line(err)}") from None
    body = next((el for el in root.iter() if local_name(el) == "text" and local_name(el.getparent()) == "body"),
                None)
    lines: list[str] = []
    tables: list[int] = []
    if body is not None:
        _blocks(body, lines, tables)
    if not lines:
        raise InputError(f"{name}: the OpenDocument text has no text in its body")
    metadata = {"bilingual_tables": len(tables), "cells_not_read": sum(tables)}
    return headed_document(lines, "odt", name, {k: v for k, v in metadata.items() if v})


def _blocks(parent, lines: list[str], tables: list[int], cell: bool = False) -> None:
    """Append the lines of the block elements under ``parent``, in order, a heading's
    (``text:h``) marked as such (not in a table's ``cell``: see tables.table_lines)."""
    for el in parent:
        kind = local_name(el)
        if kind in _SKIPPED:
            continue
        if kind in ("p", "h"):
            line = _SPACE.sub(" ", _inline(el)).strip()
            if line:
                lines.append(HEADING + line if kind == "h" and not cell else line)
        elif kind == "table":
            rows = list(_rows(el))
            header = bool(rows) and local_name(rows[0].getparent()) == "table-header-rows"
            found, left_out = table_lines([_row_cells(row, tables) for row in rows], header)
            lines.extend(found)
            if left_out is not None:
                tables.append(left_out)
        else:  # lists, list items, sections, a table's header rows: read through
            _blocks(el, lines, tables, cell)


def _rows(parent):
    """A table's rows, in order, those in its header-rows and row-groups too (not a nested
    table's: those are in its cells)."""
    for el in parent:
        kind = local_name(el)
        if kind == "table-row":
            yield el
        elif kind in _ROW_GROUPS:
            yield from _rows(el)


_TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _row_cells(row, tables: list[int]) -> list[list[str] | None]:
    """A table row's cells, each its lines; a covered cell (``table:covered-table-cell``)
    is not read: one a cell to its left spans is left out, one a cell above spans is None
    (the row goes on with the one above, see tables.table_lines)."""
    out: list[list[str] | None] = []
    spread = 0  # covered cells still spanned by the last cell to their left
    for cell in row:
        kind = local_name(cell)
        if kind == "table-cell":
            out.append(_cell(cell, tables))
            spread = _count(cell, "number-columns-spanned") - 1
        elif kind == "covered-table-cell":
            for _ in range(_count(cell, "number-columns-repeated")):
                if spread > 0:
                    spread -= 1
                else:
                    out.append(None)
    return out


def _count(cell, attribute: str) -> int:
    """A cell's count attribute, 1 where absent or not a number, at most 1,000."""
    value = cell.get(_TABLE_NS + attribute, "1")
    return min(int(value), 1000) if value.isdigit() and int(value) > 0 else 1


def _cell(cell, tables: list[int]) -> list[str]:
    found: list[str] = []
    _blocks(cell, found, tables, cell=True)
    return found


def _inline(el) -> str:
    """A paragraph's text: its runs, spaces (``text:s``, ``c`` of them: one space here), tabs
    and line breaks as spaces, fields' shown text; notes, comments and frames left out."""
    parts = [el.text or ""]
    for child in el:
        kind = local_name(child)
        if kind == "s":
            parts.append(" ")
        elif kind in _INLINE:
            parts.append(_INLINE[kind])
        elif kind not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
