"""Reading Hangul documents (.hwpx: Hancom Office's XML format, KS X 6101 "OWPML").

An .hwpx file is a ZIP package: ``Contents/content.hpf`` lists its parts and, in its
spine, the order of the sections (``Contents/section0.xml``, ``section1.xml``, …; in file
name order when the spine names none), whose paragraphs (``hp:p``) are the body.
Its plain-text preview (``Preview/PrvText.txt``) is not read: Hangul cuts it short.

What is read follows the Word reader (:mod:`aligner.formats.docx`): each paragraph is one
line (a tab, line break or fixed space inside it a space; a soft hyphen nothing), of a
덧말 (Hangul's ruby) the main text only; a table is read row by row, each cell's
paragraphs lines, nested tables in place (Hangul writes a merged cell once, and no cell
for the places it covers); a table's or picture's caption after it, as a paragraph of
its own. Fields are read through: a hyperlink's or a filled-in click-here field's text
is read, not the field's instructions or its "click here" prompt. Page headers,
footers, footnotes, endnotes, memos, hidden comments (숨은 설명), text boxes and other
shapes' text, pictures, equations (their script is markup, "x ^{2} over 2"), form
controls and the table of contents (paragraphs in Hangul's 차례 styles: the headings
again, with page numbers) are not read. Tracked deletions are left out, insertions kept:
the text as the document now reads.

A table with a Korean and an English column is a bilingual document, read as Word
tables are: each row's Korean cell, then its English cell, its other columns counted
(``Document.metadata["cells_not_read"]``), not read; see :mod:`aligner.formats.tables`.

The binary format of older Hangul versions (.hwp, HWP 5.0, an OLE compound file) is not
read: the error says to save the file as .hwpx from Hangul.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePosixPath

from ..errors import InputError
from .readers import DAMAGED, OLE_SIGNATURE, Document, check_package, document_text, local_name, parse_xml
from .tables import table_lines
from .text import composed

_CONTENTS = "Contents/content.hpf"  # where Hangul writes the package's list of parts
_SECTION_FILE = re.compile(r"section(\d+)\.xml", re.IGNORECASE)
_BREAKS = re.compile(r"\s+")
# Hangul's table of contents styles: "차례 제목" (TOC Heading), "차례 1"-"차례 3" (TOC 1-3),
# and further levels a document may add, by their Korean or English name
_TOC_STYLE = re.compile(r"(차례|TOC) ?([1-9]|제목|Heading)", re.IGNORECASE)
# What the characters Hangul writes as elements inside <hp:t> become: a space, except a
# soft hyphen (shown only where a line breaks at it); tracked change and highlight marks
# (insertBegin, markpenBegin, …) add nothing
_INLINE = {"tab": " ", "lineBreak": " ", "nbSpace": " ", "fwSpace": " ", "hyphen": ""}
# Objects placed in a run that may carry a caption (<hp:caption>, a paragraph list of its
# own): tables, pictures, shapes, equations. Their own text (a text box's <hp:drawText>, an
# equation's script) is not read. The other controls (<hp:ctrl>: headers, footers, notes,
# memos, fields' instructions, columns) hold no text of the body.
# Run children that are marks or settings, no character: nothing is read for them
_MARKS = frozenset(("secPr", "insertBegin", "insertEnd", "markpenBegin", "markpenEnd", "titleMark", "bookmark"))
# The numbers Hangul counts and writes where an <hp:autoNum> is, read as shown: a caption's
# ("표 1", "그림 2"); not page numbers, nor a note's own number (notes are not read)
_NUMBERED = frozenset(("TABLE", "PICTURE", "EQUATION"))
_OBJECTS_WITH_CAPTIONS = frozenset(("tbl", "pic", "ole", "container", "equation", "rect", "ellipse", "arc",
                                    "polygon", "curve", "line", "connectLine", "textart", "video", "chart"))


def binary_hwp_error(name: str) -> InputError:
    """The error for a binary Hangul file (HWP 5.0), whatever its name says."""
    return InputError(f"{name}: this is a binary Hangul document (.hwp, HWP 5.0), which is not read; "
                      "open it in Hangul and save it as .hwpx (or .docx or .pdf)")


def read_hwpx(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A Hangul document's text, one paragraph per line; see the module's docstring. A
    binary Hangul file (named .hwp or not) is refused with advice; an HWPX package named
    .hwp is read."""
    if data.startswith(OLE_SIGNATURE):
        raise binary_hwp_error(name)
    check_package(data, name, "Hangul document", "Hangul", (".xml", ".hpf"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zipped:
            package = _Package(zipped, name)
            contents = package.parse(_CONTENTS)
            sections, header = package.parts(contents)
            body = _Body(_toc_styles(package.parse(header)) if header else frozenset())
            for part in sections:
                root = package.parse(part)
                if local_name(root) != "sec":
                    raise InputError(f"{name}: the Hangul document's {part} is no section (its root is "
                                     f"<{local_name(root)}>)")
                body.read(root, body.lines)
    except InputError:
        raise
    except DAMAGED as err:
        raise InputError(f"{name}: cannot read the Hangul document: {err}") from None
    if not body.lines:
        raise InputError(f"{name}: the Hangul document has no text in its body")
    metadata: dict[str, object] = {"paragraphs": len(body.lines), "sections": len(sections), "tables": body.tables,
                                   "bilingual_tables": body.bilingual, "cells_not_read": body.not_read}
    for key, field in (("title", "title"), ("lang", "language")):
        value = next((el.text for el in contents.iter() if local_name(el) == field and el.text), None)
        if value and value.strip():
            metadata[key] = value.strip()
    return Document(document_text(body.lines), "hwpx", name, metadata=metadata)


def _children(el, name: str):
    return (child for child in el if local_name(child) == name)


def _number(tc, child: str, attribute: str, default: int) -> int:
    """A table cell's number (``hp:cellAddr colAddr``, ``hp:cellSpan rowSpan``), or
    ``default`` where it has none; at most 10,000."""
    el = next(_children(tc, child), None)
    value = el.get(attribute, "") if el is not None else ""
    return min(int(value), 10_000) if value.isdigit() else default


class _Package:
    """The parts of an .hwpx package (checked first as a ZIP bomb by the Word reader's
    limits, and for DOCTYPEs: readers.check_package), parsed with no entities expanded,
    nothing fetched, lxml's default limits on depth and text size."""

    def __init__(self, package: zipfile.ZipFile, name: str) -> None:
        self.package, self.name = package, name
        self.names = set(package.namelist())

    def parse(self, part: str):
        """The root element of one XML part; an InputError naming it when it is missing or damaged."""
        from lxml import etree

        if part not in self.names:
            raise InputError(f"{self.name}: the Hangul document has no {part}; is it damaged?")
        try:
            with self.package.open(part) as stream:
                return parse_xml(stream.read())
        except (etree.LxmlError, *DAMAGED) as err:
            raise InputError(f"{self.name}: the Hangul document's {part} is damaged: {err}") from None

    def parts(self, contents) -> tuple[list[str], str | None]:
        """The sections in reading order (the spine's, else by number) and the header
        part (styles) if there is one, from the package's list of parts (content.hpf).
        Hangul writes the parts' paths from the package's root; a path relative to
        content.hpf's folder, as OPF has it, is accepted too."""
        hrefs: dict[str, str] = {}
        header = None
        for item in contents.iter():
            if local_name(item) == "item" and item.get("href"):
                path = self._resolve(item.get("href"))
                hrefs[item.get("id") or ""] = path
                if header is None and re.fullmatch(r"header\d*\.xml", PurePosixPath(path).name, re.IGNORECASE):
                    header = path
        sections = []
        for ref in contents.iter():
            if local_name(ref) == "itemref" and ref.get("idref") in hrefs:
                path = hrefs[ref.get("idref")]
                if _SECTION_FILE.fullmatch(PurePosixPath(path).name):
                    sections.append(path)
        if not sections:
            found = [(int(m[1]), n) for n in self.names if (m := re.fullmatch(r"Contents/section(\d+)\.xml", n))]
            sections = [n for _, n in sorted(found)]
        if not sections:
            raise InputError(f"{self.name}: the Hangul document has no sections (Contents/section0.xml); "
                             "is it damaged?")
        if header is None and "Contents/header.xml" in self.names:
            header = "Contents/header.xml"
        return sections, header

    def _resolve(self, href: str) -> str:
        href = href.strip().lstrip("/")
        relative = str(PurePosixPath(_CONTENTS).parent / href)
        return relative if href not in self.names and relative in self.names else href


def _toc_styles(header) -> frozenset[str]:
    """The ids of the paragraph styles of the table of contents, from header.xml."""
    return frozenset(style.get("id") or "" for style in header.iter() if local_name(style) == "style"
                     and any(_TOC_STYLE.fullmatch(style.get(key) or "") for key in ("name", "engName")))


class _Body:
    """The lines of a document's sections, and what its tables counted."""

    def __init__(self, toc_styles: frozenset[str]) -> None:
        self.toc_styles = toc_styles
        self.lines: list[str] = []
        self.tables = self.bilingual = self.not_read = 0

    def read(self, container, lines: list[str]) -> None:
        """Append the lines of a section's or a cell's paragraphs. A tracked deletion of
        a paragraph's end joins it to the next, as the document now reads."""
        line = _Line(lines)
        for p in _children(container, "p"):
            if p.get("styleIDRef") not in self.toc_styles:
                for run in _children(p, "run"):
                    self._run(run, line)
                if not line.deleting:
                    line.end()
        line.end()

    def _run(self, run, line: _Line) -> None:
        for child in run:
            kind = local_name(child)
            if kind == "t":
                line.text(child)
            elif kind in ("deleteBegin", "deleteEnd"):
                line.deleting = kind == "deleteBegin"
            elif kind == "ctrl":
                line.fields(child)
            elif kind == "dutmal":  # 덧말: a reading set over its main text; the main text is the line's
                line.add("".join(t for m in _children(child, "mainText") for t in m.itertext()))
            elif kind == "switch":  # alternative forms of one object: the first that applies
                branch = next(_children(child, "case"), None)
                if branch is None:
                    branch = next(_children(child, "default"), None)
                if branch is not None:
                    self._run(branch, line)
            elif kind in _OBJECTS_WITH_CAPTIONS:
                line.add(" ")
                captions = list(_children(child, "caption"))
                if kind == "tbl" or captions:
                    line.end()
                if kind == "tbl":
                    self._table(child, line.lines)
                for caption in captions:
                    for sub in _children(caption, "subList"):
                        self.read(sub, line.lines)
            elif kind in _INLINE:
                line.add(_INLINE[kind])
            elif kind not in _MARKS:  # form controls, 글자 겹침, …: the words on either side stay apart
                line.add(" ")

    def _table(self, tbl, lines: list[str]) -> None:
        """Append a table's lines, row by row; a bilingual table's Korean and English
        columns only (a row of fewer cells, merged, is read whole; a header row not at
        all), as Word tables are."""
        self.tables += 1
        rows = [list(_children(tr, "tc")) for tr in _children(tbl, "tr")]
        header = bool(rows) and all(tc.get("header") == "1" for tc in rows[0])  # Hangul's 제목 셀, repeated atop pages
        table, left_out = table_lines(self._spanned(rows), header)
        lines.extend(table)
        self.bilingual += left_out is not None
        self.not_read += left_out or 0

    def _spanned(self, rows: list[list]) -> list[list[list[str] | None]]:
        """A table's rows of cells, each cell its lines, and None in the column of a cell
        merged down from a row above (``hp:cellSpan rowSpan``; Hangul leaves the cells it
        covers out): that row goes on with the one above (see tables.table_lines)."""
        covered: dict[int, set[int]] = {}  # row -> columns a cell above spans
        out = []
        for r, tcs in enumerate(rows):
            placed: list[tuple[int, list[str] | None]] = []
            for k, tc in enumerate(tcs):
                column = _number(tc, "cellAddr", "colAddr", k)
                for below in range(r + 1, min(r + _number(tc, "cellSpan", "rowSpan", 1), len(rows))):
                    covered.setdefault(below, set()).add(column)
                placed.append((column, self._cell(tc)))
            taken = {column for column, _ in placed}
            placed += [(column, None) for column in covered.pop(r, ()) if column not in taken]
            out.append([cell for _, cell in sorted(placed, key=lambda item: item[0])])
        return out

    def _cell(self, tc) -> list[str]:
        lines: list[str] = []
        for sub in _children(tc, "subList"):
            self.read(sub, lines)
        return lines


# A click-here field's prompt when it is kept only in its command
# ("Clickhere:set:61:Direction:wstring:18:<prompt> HelpState:…")
_COMMAND_DIRECTION = re.compile(r"(?:^|[\s:])Direction:wstring:(\d{1,9}):")


class _Line:
    """One paragraph's text as it is read, run by run: ended (appended to ``lines``)
    where the paragraph ends or a table comes."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.deleting = lines, False
        self.parts: list[str] = []
        self.prompts: dict[str | None, tuple[int, str]] = {}  # open click-here fields: where, and their prompt

    def add(self, text: str) -> None:
        if not self.deleting:
            self.parts.append(text)

    def end(self) -> None:
        text = _BREAKS.sub(" ", "".join(self.parts)).strip()
        if text:
            self.lines.append(composed(text))
        self.parts.clear()
        self.prompts.clear()

    def text(self, t) -> None:
        """The text of an <hp:t>: its own, and the text after each character or mark inside
        it; not what lies between a tracked deletion's begin and end marks."""
        self.add(t.text or "")
        for child in t:
            kind = local_name(child)
            if kind in ("deleteBegin", "deleteEnd"):
                self.deleting = kind == "deleteBegin"
            else:
                self.add(_INLINE.get(kind, ""))
            self.add(child.tail or "")

    def fields(self, ctrl) -> None:
        """Read a caption's number (an <hp:autoNum>). Note where a click-here field (누름틀) begins and, where it ends, drop its text
        if that is still its prompt ("여기를 누르고 이름을 입력하세요."): Hangul writes the
        prompt of a field not yet filled in as the field's text, shown on screen only
        (until the field is filled in, ``dirty`` is not "1")."""
        for field in ctrl:
            kind = local_name(field)
            if kind == "autoNum" and field.get("numType") in _NUMBERED and (field.get("num") or "").isdigit():
                number = next(_children(field, "autoNumFormat"), field)
                self.add(f"{number.get('prefixChar') or ''}{field.get('num')}{number.get('suffixChar') or ''}")
            elif kind == "fieldBegin" and field.get("type") == "CLICK_HERE" and field.get("dirty") != "1":
                self.prompts[field.get("id")] = (len(self.parts), _prompt(field))
            elif kind == "fieldEnd" and field.get("beginIDRef") in self.prompts:
                start, prompt = self.prompts.pop(field.get("beginIDRef"))
                if prompt and _BREAKS.sub(" ", "".join(self.parts[start:])).strip() == prompt:
                    del self.parts[start:]


def _prompt(field) -> str:
    """A click-here field's prompt: its Direction parameter, else the one in its Command."""
    command = ""
    for param in field.iter():
        if local_name(param) == "stringParam" and param.get("name") == "Direction" and (param.text or "").strip():
            return _BREAKS.sub(" ", param.text).strip()
        if local_name(param) == "stringParam" and param.get("name") == "Command":
            command = param.text or ""
    found = _COMMAND_DIRECTION.search(command)
    return _BREAKS.sub(" ", command[found.end():found.end() + int(found[1])]).strip() if found else ""
