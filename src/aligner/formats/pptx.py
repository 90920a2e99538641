"""Reading PowerPoint presentations (.pptx): slides a translated deck shares with its original.

A .pptx file is a ZIP package: ``ppt/presentation.xml`` lists the slides in their order
(``p:sldIdLst``), each a part its relationships name. Read, slide by slide: the shapes'
text in the order the slide lists them (PowerPoint's reading order, which screen readers
follow), each text paragraph (``a:p``) a line, a line break inside it a space; groups'
shapes in place; a table row by row, each cell's paragraphs lines (a table with a Korean
and an English column by those two columns, its other columns counted, not read, as in
Word: :mod:`aligner.formats.tables`); then the slide's speaker notes, whose text is
translated with the deck. Not read: hidden slides and shapes, the slide number, date and footer
placeholders (a page's furniture, as Word's headers and footers), pictures, charts and
SmartArt (their text lives in parts of their own), comments, and the layouts' and
masters' placeholder prompts ("Click to add title").

Refused (an :class:`InputError` naming the file): a ZIP bomb or a part declaring a
DOCTYPE (:func:`aligner.formats.readers.check_package`), a damaged package, a slide the
presentation names that the package lacks, a presentation without text, a
password-protected one (save an unprotected copy) and the binary PowerPoint 97-2003
format (.ppt: save it as .pptx).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from ..errors import InputError
from .readers import (
    DAMAGED,
    Document,
    check_package,
    document_text,
    local_name,
    one_line,
    parse_xml,
    refuse_unopenable_office,
)
from .tables import table_lines
from .text import composed

_PRESENTATION = "ppt/presentation.xml"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_NOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide"
# Placeholders that are a slide's furniture, not its text
_FURNITURE = frozenset(("sldNum", "dt", "ftr", "hdr", "sldImg"))
_SPACE = re.compile(r"\s+")


def read_pptx(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A presentation's text, a paragraph a line; see the module's docstring.
    ``encoding`` is not used: the package's XML declares its own."""
    refuse_unopenable_office(data, name, "presentation", "PowerPoint", "ppt", ".pptx")
    check_package(data, name, "PowerPoint presentation", "PowerPoint", (".xml", ".rels"))
    lines: list[str] = []
    slides = bilingual = not_read = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = _Parts(package, name)
            for slide in parts.slides():
                root = parts.xml(slide)
                if root.get("show") in ("0", "false"):
                    continue  # a hidden slide
                found: list[str] = []
                tables = _shapes(root, found)
                notes = parts.related(slide, _NOTES)
                if notes:
                    _shapes(parts.xml(notes), found, notes=True)
                lines.extend(found)
                slides += bool(found)
                bilingual += len(tables)
                not_read += sum(tables)
    except InputError:
        raise
    except (*DAMAGED, SyntaxError) as err:  # lxml's XMLSyntaxError is a SyntaxError
        raise InputError(f"{name}: cannot read the PowerPoint presentation: {one_line(err)}") from None
    if not lines:
        raise InputError(f"{name}: the PowerPoint presentation has no text on its slides")
    metadata = {"slides": slides, "bilingual_tables": bilingual, "cells_not_read": not_read}
    return Document(composed(document_text(lines)), "pptx", name,
                    metadata={k: v for k, v in metadata.items() if v})


class _Parts:
    """The package's parts and their relationships."""

    def __init__(self, package: zipfile.ZipFile, name: str) -> None:
        self.package, self.name = package, name

    def xml(self, part: str):
        try:
            data = self.package.read(part)
        except KeyError:
            raise InputError(f"{self.name}: the PowerPoint presentation names a part it lacks: {part}") from None
        try:
            return parse_xml(data)
        except SyntaxError as err:
            raise InputError(f"{self.name}: cannot read the PowerPoint presentation: its {part} is damaged: "
                             f"{one_line(err)}") from None

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """{id: (type, the target part's name)} of a part's relationships."""
        folder, file = posixpath.split(part)
        rels = f"{folder}/_rels/{file}.rels"
        if rels not in self.package.namelist():
            return {}
        found = {}
        for rel in self.xml(rels):
            if local_name(rel) == "Relationship" and rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
                found[rel.get("Id")] = (rel.get("Type", ""), target.lstrip("/"))
        return found

    def slides(self) -> list[str]:
        root = self.xml(_PRESENTATION)
        rels = self.relationships(_PRESENTATION)
        ids = [el.get(_RELATIONSHIP) for el in root.iter() if local_name(el) == "sldId"]
        missing = [i for i in ids if i not in rels]
        if missing:
            raise InputError(f"{self.name}: the PowerPoint presentation names a slide it lacks ({missing[0]})")
        return [rels[i][1] for i in ids]

    def related(self, part: str, kind: str) -> str | None:
        return next((target for rel_type, target in self.relationships(part).values() if rel_type == kind), None)


def _shapes(root, lines: list[str], notes: bool = False) -> list[int]:
    """Append the text of a slide's (or its notes') shapes to ``lines``, in the slide's
    order; return, for each bilingual table, its cells not read."""
    tables: list[int] = []
    tree = next((el for el in root.iter() if local_name(el) == "spTree"), None)
    if tree is not None:
        _walk(tree, lines, tables, notes)
    return tables


def _hidden(el) -> bool:
    """Whether a shape or group is hidden (its non-visual properties' ``hidden``): not shown
    in the slide show, and not read."""
    props = next((p for c in el if local_name(c).startswith("nv") for p in c if local_name(p) == "cNvPr"), None)
    return props is not None and props.get("hidden") in ("1", "true")


def _walk(parent, lines: list[str], tables: list[int], notes: bool) -> None:
    for el in parent:
        kind = local_name(el)
        if kind in ("grpSp", "sp", "graphicFrame") and _hidden(el):
            continue
        if kind == "grpSp":
            _walk(el, lines, tables, notes)
        elif kind == "AlternateContent":  # markup-compatibility: the first choice, else the fallback
            chosen = next((c for c in el if local_name(c) in ("Choice", "Fallback")), None)
            if chosen is not None:
                _walk(chosen, lines, tables, notes)
        elif kind == "sp":
            placeholder = next((e.get("type", "body") for e in el.iter() if local_name(e) == "ph"), None)
            if placeholder in _FURNITURE or notes and placeholder != "body":
                continue
            body = next((c for c in el if local_name(c) == "txBody"), None)
            if body is not None:
                lines.extend(_paragraphs(body))
        elif kind == "graphicFrame" and not notes:
            table = next((e for e in el.iter() if local_name(e) == "tbl"), None)
            if table is not None:
                found, left_out = table_lines([[_cell(tc) for tc in tr if local_name(tc) == "tc"]
                                               for tr in table if local_name(tr) == "tr"])
                lines.extend(found)
                if left_out is not None:
                    tables.append(left_out)


def _cell(tc) -> list[str] | None:
    """A table cell's lines; a cell another one spans (merged) holds none of its own (None:
    the one above spans it, see tables.table_lines)."""
    if tc.get("vMerge") in ("1", "true"):
        return None
    if tc.get("hMerge") in ("1", "true"):
        return []
    body = next((c for c in tc if local_name(c) == "txBody"), None)
    return _paragraphs(body) if body is not None else []


def _paragraphs(body) -> list[str]:
    """A text body's paragraphs with text, each one line."""
    found = []
    for p in body:
        if local_name(p) != "p":
            continue
        parts = []
        for run in p:
            kind = local_name(run)
            if kind in ("r", "fld"):
                if kind == "fld" and run.get("type", "") == "slidenum":
                    continue
                parts.extend(t.text or "" for t in run if local_name(t) == "t")
            elif kind == "br":
                parts.append(" ")
        line = _SPACE.sub(" ", "".join(parts)).strip()
        if line:
            found.append(line)
    return found
