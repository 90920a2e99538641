"""Reading Word documents (.docx) with python-docx.

The body is read in document order: each paragraph, heading and list item is one line
(a soft line break or a tab inside it becomes a space); a table is read row by row and
each cell's paragraphs are lines (a merged cell once; nested tables in place); content
controls (``w:sdt``) are read through, whether around paragraphs, tables, a table's rows
(Word's repeating sections) or cells, except one still showing its placeholder ("Click
or tap here to enter text.": no text of the document's). Page headers, footers,
footnotes, comments, text boxes and the table of contents (Word's control around it, and
paragraphs in its "toc 1"-"toc 9" styles: each a heading again, with its page number)
are not read, nor hidden text: runs marked
``<w:vanish/>`` themselves or through their character or paragraph style (a run's own
``<w:vanish w:val="0"/>`` shows it again). Tracked deletions are left out, insertions
kept (the text as the document now reads; a paragraph whose mark is a tracked deletion,
or hidden, runs on into the next, as Word shows it); of ruby (Phonetic Guide), the base
text only.
A part imported whole (``w:altChunk``: HTML or plain text a tool generated the document
from) is read in place as a page or a text is; one of another kind (RTF, a Word document)
is named in a warning; one inside a table cell is not read.

A table with a Korean and an English column is a bilingual document: each row gives the
Korean cell's lines, then the English cell's lines, whichever column each is in; its other
columns (a translation tool's segment numbers, statuses, comments) are not read, only
counted (``Document.metadata["cells_not_read"]``). See :mod:`aligner.formats.tables`.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

from ..errors import InputError
from .readers import (
    DAMAGED,
    HEADING,
    Document,
    check_package,
    headed_document,
    missing_extra,
    one_line,
    refuse_unopenable_office,
)
from .tables import table_lines
from .text import composed

_BREAKS = re.compile(r"\s+")
log = logging.getLogger(__name__)


def read_docx(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A Word document's text, one paragraph per line; see the module's docstring. A
    password-protected one or the binary Word 97-2003 format (.doc) is refused with advice."""
    refuse_unopenable_office(data, name, "document", "Word", "doc", ".docx")
    try:
        import docx
    except ImportError:
        raise missing_extra("python-docx", "reading .docx files") from None
    check_package(data, name, "Word document", "Word", (".xml", ".rels"))
    try:
        try:
            document = docx.Document(io.BytesIO(data))
        except (AttributeError, KeyError, TypeError, ValueError) as err:  # python-docx on a damaged package's parts
            raise InputError(f"{name}: cannot read the Word document: {one_line(err)}") from None
        body = document.element.body
        styles = _Styles(document.styles.element)
        lines: list[str] = []
        tables = bilingual = not_read = 0
        carried: list[str] = []  # paragraphs whose mark is deleted or hidden run on into the next
        heading = False  # the paragraph that ends the run is a heading

        def run_on() -> None:
            text = " ".join(t for t in carried if t)
            _add(lines, HEADING + text if heading and len(carried) == 1 and text else text)
            carried.clear()

        for kind, element in _blocks(body):
            if kind == "p":
                carried.append(_paragraph_text(element, styles))
                heading = styles.heading(element)
                if not _mark_gone(element):
                    run_on()
                continue
            run_on()
            if kind == "chunk":
                lines.extend(_chunk_lines(document, element, name))
            else:
                tables += 1
                left_out = _read_table(element, lines, styles)
                if left_out is not None:
                    bilingual += 1
                    not_read += left_out
        run_on()
    except InputError:
        raise
    except DAMAGED as err:
        raise InputError(f"{name}: cannot read the Word document: {err}") from None
    except Exception as err:  # python-docx and lxml raise many kinds on a damaged package
        if type(err).__module__.startswith(("docx", "lxml")):
            raise InputError(f"{name}: cannot read the Word document: {err}") from None
        raise
    if not lines:
        raise InputError(f"{name}: the Word document has no text in its body")
    metadata = {"paragraphs": sum(map(bool, lines)), "tables": tables, "bilingual_tables": bilingual,
                "cells_not_read": not_read}
    core = document.core_properties
    if core.title:
        metadata["title"] = core.title
    if core.language:
        metadata["lang"] = core.language
    return headed_document(lines, "docx", name, metadata)


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (_w(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_WRAPPERS = frozenset((_SDT, _SDT_CONTENT, _w("customXml"), _w("smartTag")))


def _blocks(container):
    """(kind, element) for the paragraphs ('p'), tables ('tbl') and imported chunks
    ('chunk', ``w:altChunk``) of a body or a cell, in document order, through content
    controls (not those showing their placeholder) and custom XML wrappers."""
    for child in _children(container, (_P, _TBL, _ALT_CHUNK)):
        yield {_P: "p", _TBL: "tbl"}.get(child.tag, "chunk"), child


_ALT_CHUNK = _w("altChunk")
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _chunk_lines(document, chunk, name: str) -> list[str]:
    """The lines of a part imported whole (``w:altChunk``: HTML or plain text pasted or
    generated into the document, which Word shows in place): read as an HTML page or a
    text is; another kind (RTF, a Word document, MHT) is said to be left unread."""
    from .html import decode_page, extract

    part = document.part.related_parts.get(chunk.get(_R_ID))
    if part is None:
        return []
    kind = (part.content_type or "").lower()
    if "html" in kind or str(part.partname).lower().endswith((".htm", ".html", ".xhtml")):
        text, _, _ = decode_page(part.blob, name, None)
        return [composed(line) for line in extract(text, name)[0]]
    if kind.startswith("text/plain"):
        return [composed(line.strip()) for line in part.blob.decode("utf-8", "replace").splitlines() if line.strip()]
    log.warning("%s: the Word document imports %s (%s), which is not read", name, part.partname, kind or "unknown type")
    return []


def _children(container, tags: tuple[str, ...]):
    """The children of ``container`` with one of ``tags``, in document order, through
    content controls (not those showing their placeholder) and custom XML wrappers, which
    may hold paragraphs and tables, a table's rows, a row's cells alike."""
    for child in container.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS and not _placeholder(child) and not _contents_table(child):
            yield from _children(child, tags)


_SDT_PR, _SHOWING_PLACEHOLDER = _w("sdtPr"), _w("showingPlcHdr")


def _placeholder(el) -> bool:
    """Is ``el`` a content control still showing its placeholder text ("Click or tap here
    to enter text.", "텍스트를 입력하려면 여기를 클릭하거나 탭하세요.")? Word writes the
    placeholder into the control's content, where it reads like the document's own text."""
    return el.tag == _SDT and bool(_on(el.find(f"{_SDT_PR}/{_SHOWING_PLACEHOLDER}")))


_DOC_PART_GALLERY = f"{_SDT_PR}/{_w('docPartObj')}/{_w('docPartGallery')}"


def _contents_table(el) -> bool:
    """Is ``el`` the content control Word wraps its table of contents in (References >
    Table of Contents)? Its entries repeat the headings with their page numbers."""
    if el.tag != _SDT:
        return False
    gallery = el.find(_DOC_PART_GALLERY)
    return gallery is not None and (gallery.get(_VAL) or "").lower() == "table of contents"


def _on(flag) -> bool | None:
    """The value of an on/off property element (``<w:vanish/>``, ``<w:vanish w:val="0"/>``);
    None when it is absent."""
    if flag is None:
        return None
    return (flag.get(_VAL) or "true").lower() not in ("0", "false", "off")


_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN = (_w(t) for t in ("t", "tab", "ptab", "br", "cr", "noBreakHyphen"))
# An equation's text (Office Math: a formula's runs, read in order: "E=mc2"), and a
# symbol inserted from a font (Insert > Symbol): its character, or a space where the font
# draws it in the private use area (Symbol, Wingdings: no character to write)
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_SYM, _CHAR = _w("sym"), _w("char")
_R, _RPR, _VANISH, _VAL = (_w(t) for t in ("r", "rPr", "vanish", "val"))
_PPR, _PSTYLE, _RSTYLE, _STYLE, _BASED_ON = (_w(t) for t in ("pPr", "pStyle", "rStyle", "style", "basedOn"))
_STYLE_ID, _TYPE, _DEFAULT, _NAME = (_w(t) for t in ("styleId", "type", "default", "name"))
_TOC_STYLE = re.compile(r"toc [1-9]")
# Word's built-in heading styles, by their names (whatever their ids in a localized Word),
# and a paragraph's outline level (0-8 a heading's, 9 body text), its own or its style's
_HEADING_STYLE = re.compile(r"heading [1-9]|title|subtitle")
_OUTLINE_LEVEL = _w("outlineLvl")
# Not the paragraph's current text: tracked deletions and moved-away text, text boxes
# (their own paragraphs, not read), the fallback copy of alternate content, and ruby
# text (Word's Phonetic Guide: a reading set above its base, "한자" over "漢字"; the base
# is the line's text, as the subtitle reader reads <ruby>).
_SKIP = frozenset((_w("del"), _w("moveFrom"), _w("txbxContent"), _w("rt"),
                   "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"))


_MAX_BASED_ON = 32  # styles a style's basedOn chain is followed through (Word's are a few deep)


class _Styles:
    """Which styles of a document (word/styles.xml) hide their text, read once per document.

    ``<w:vanish/>`` is a toggle property (ECMA-376 Part 1, 17.7.3): a style takes the first
    value found up its ``basedOn`` chain; a run's own value wins; otherwise its paragraph
    style's and its character style's values combine by exclusive or (each hides, both
    show). A chain is followed through at most ``_MAX_BASED_ON`` styles and never through
    a style twice, so a hostile loop of ``basedOn`` ends."""

    def __init__(self, styles) -> None:
        self._by_id: dict = {}
        self.default_paragraph: str | None = None
        for style in styles.iterchildren(_STYLE):
            self._by_id.setdefault(style.get(_STYLE_ID), style)
            default = (style.get(_DEFAULT) or "").lower() in ("1", "true", "on")
            if default and style.get(_TYPE) == "paragraph" and self.default_paragraph is None:
                self.default_paragraph = style.get(_STYLE_ID)
        self._hides: dict[str | None, bool] = {}
        self._headings: dict[str | None, bool] = {}

    def hides(self, style_id: str | None) -> bool:
        if style_id not in self._hides:
            values = (_on(style.find(f"{_RPR}/{_VANISH}")) for style in self._chain(style_id))
            self._hides[style_id] = next((value for value in values if value is not None), False)
        return self._hides[style_id]

    def _chain(self, style_id: str | None) -> Iterator:
        """The style ``style_id``, then those it is based on, in order (see the class)."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < _MAX_BASED_ON:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                return
            yield style
            based_on = style.find(_BASED_ON)
            style_id = based_on.get(_VAL) if based_on is not None else None

    def contents_entry(self, p) -> bool:
        """Is the paragraph an entry of a table of contents (Word's built-in styles "toc 1"
        to "toc 9", whatever their id in a localized Word: a heading and its page number)?"""
        properties = p.find(_PPR)
        named = properties.find(_PSTYLE) if properties is not None else None
        style = self._by_id.get(named.get(_VAL)) if named is not None else None
        name = style.find(_NAME) if style is not None else None
        return name is not None and bool(_TOC_STYLE.fullmatch((name.get(_VAL) or "").lower()))

    def heading(self, p) -> bool:
        """Is the paragraph a heading: a heading style ("heading 1"-"heading 9", "Title",
        "Subtitle", or a style based on one) or an outline level of its own or its style's?"""
        properties = p.find(_PPR)
        if properties is not None and _outline_heading(properties):
            return True
        named = properties.find(_PSTYLE) if properties is not None else None
        style_id = named.get(_VAL) if named is not None else None
        if style_id not in self._headings:
            self._headings[style_id] = any(_heading_style(style) for style in self._chain(style_id))
        return self._headings[style_id]

    def paragraph_hides(self, p) -> bool:
        """Does the paragraph's style (the default paragraph style if it names none) hide its runs?"""
        properties = p.find(_PPR)
        named = properties.find(_PSTYLE) if properties is not None else None
        return self.hides(named.get(_VAL) if named is not None else self.default_paragraph)


def _heading_style(style) -> bool:
    """Is ``style`` (not those it is based on) a heading's: by its name, or its outline level?"""
    name, own = style.find(_NAME), style.find(_PPR)
    return ((name is not None and _HEADING_STYLE.fullmatch((name.get(_VAL) or "").lower()) is not None)
            or (own is not None and _outline_heading(own)))


def _outline_heading(properties) -> bool:
    level = properties.find(_OUTLINE_LEVEL)
    return level is not None and (level.get(_VAL) or "").strip() in set("012345678")


def _hidden(run, styles: _Styles, paragraph_hides: bool) -> bool:
    """Is the run hidden text, which Word neither shows nor prints: ``<w:vanish/>`` in its
    own properties, else through its styles (see :class:`_Styles`)?"""
    properties = run.find(_RPR)
    if properties is None:
        return paragraph_hides
    own = _on(properties.find(_VANISH))
    if own is not None:
        return own
    named = properties.find(_RSTYLE)
    return paragraph_hides != (named is not None and styles.hides(named.get(_VAL)))


_PPR, _DEL = _w("pPr"), _w("del")


def _mark_gone(p) -> bool:
    """Whether the paragraph's mark is a tracked deletion or hidden (``w:pPr/w:rPr`` with
    ``w:del`` or ``w:vanish``): Word shows the paragraph run on into the next one."""
    marks = p.find(f"{_PPR}/{_RPR}")
    if marks is None:
        return False
    return marks.find(_DEL) is not None or bool(_on(marks.find(_VANISH)))


def _paragraph_text(p, styles: _Styles) -> str:
    """A paragraph's text as the document now reads: runs (not hidden ones), hyperlinks,
    fields' results, tracked insertions, equations and inserted symbols, not content
    controls' placeholders; tabs and line breaks as spaces."""
    from lxml import etree

    if styles.contents_entry(p):
        return ""
    parts: list[str] = []
    paragraph_hides = styles.paragraph_hides(p)
    walker = etree.iterwalk(p, events=("start",))
    for _, el in walker:
        tag = el.tag
        if tag in _SKIP or (tag == _R and _hidden(el, styles, paragraph_hides)) or _placeholder(el):
            walker.skip_subtree()
        elif tag in (_T, _MATH_T):
            parts.append(_superscript(el) if tag == _T else el.text or "")
        elif tag == _SYM:
            parts.append(_symbol(el.get(_CHAR)))
        elif tag in (_TAB, _PTAB, _BR, _CR):  # a positional tab too ("Name<w:ptab/>Value")
            parts.append(" ")
        elif tag == _NB_HYPHEN:
            parts.append("-")
    return _BREAKS.sub(" ", "".join(parts)).strip()


_VERT_ALIGN = _w("vertAlign")
# Figures set in superscript, as the characters that write them: a note's mark typed as a
# superscript run ("효과가 있었다.<sup>3</sup> 그러나") read as "있었다.3 그러나", no sentence end
# to the splitters, and "m<sup>2</sup>" as "m2"
_SUPERSCRIPTS = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_SUPERSCRIPTED = frozenset("0123456789+-=(),")


def _superscript(t) -> str:
    """A ``w:t``'s text, its figures as superscript characters where its run is set in
    superscript (``w:vertAlign``) and holds nothing else."""
    text = t.text or ""
    properties = t.getparent().find(_RPR)
    align = properties.find(_VERT_ALIGN) if properties is not None else None
    if align is None or align.get(_VAL) != "superscript" or not text or not set(text) <= _SUPERSCRIPTED:
        return text
    return text.translate(_SUPERSCRIPTS)


def _symbol(code: str | None) -> str:
    """The character of a ``<w:sym w:char="2192"/>``; a space for one of a symbol font's
    private-use codes (F0E0 in Wingdings), which stand for no character, or a bad code."""
    try:
        char = chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return " "
    return " " if "\ue000" <= char <= "\uf8ff" or not char.isprintable() else char


def _add(lines: list[str], text: str) -> None:
    if text:
        lines.append(composed(text))


def _cell_lines(tc, styles: _Styles) -> list[str]:
    lines: list[str] = []
    for kind, element in _blocks(tc):
        if kind == "p":
            _add(lines, _paragraph_text(element, styles))
        elif kind == "tbl":
            _read_table(element, lines, styles)
    return lines


def _read_table(tbl, lines: list[str], styles: _Styles) -> int | None:
    """Append a table's lines; when it was read as a bilingual table, return the number of
    its other columns' cells with text, which are not read (None: read whole).

    Rows and cells are read from the XML, not python-docx's ``table.rows`` and
    ``row.cells``, which miss those inside content controls (Word's repeating sections).
    A merged cell is read once: one spanning columns is one ``w:tc`` (``w:gridSpan``);
    one spanning rows is read in its first row, the rows below holding a continuation
    (``w:vMerge`` not "restart") that Word draws none of."""
    rows: list[list[list[str]]] = []
    trs = list(_children(tbl, (_TR,)))
    for tr in trs:
        # a continued merge keeps its column, empty (None: merged from above, see table_lines): a
        # row one cell short was read as no bilingual table's
        rows.append([None if _continues_merge(tc) else _cell_lines(tc, styles) for tc in _children(tr, (_TC,))])
    table, left_out = table_lines(rows, header=bool(trs) and _repeated_header(trs[0]))
    lines.extend(table)
    return left_out


_TC_PR, _V_MERGE, _TR_PR, _TBL_HEADER = _w("tcPr"), _w("vMerge"), _w("trPr"), _w("tblHeader")


def _repeated_header(tr) -> bool:
    """Is the row a header row, one Word repeats atop each page (``w:tblHeader``)?"""
    mark = tr.find(f"{_TR_PR}/{_TBL_HEADER}")
    return mark is not None and mark.get(_VAL, "true") not in ("0", "false", "off")


def _continues_merge(tc) -> bool:
    """Is the cell the continuation of a cell merged down from the row above?"""
    merge = tc.find(f"{_TC_PR}/{_V_MERGE}")
    return merge is not None and (merge.get(_VAL) or "continue") != "restart"
