"""Readers: Word, HTML, PDF and subtitle files become text with one paragraph per line
(golden cases on small files made here), files that lie about their kind are errors,
and the seed gives the same pairs as text, as a web page and as a Word document."""

from __future__ import annotations

import functools
import io
import math
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aligner.cli import main
from aligner.errors import InputError, UnavailableError, UsageError
from aligner.formats.readers import input_format, read_document
from aligner.formats.subtitles import segment_times
from aligner.records import Cue, Segment
from aligner.segmenting import RECORD_BREAK

SEED = SEEDS / "000_30438d9c0b7e7081.txt"


def read(name: str, data: bytes, **options):
    return read_document(name, data=data, **options)


def lines(doc) -> list[str]:
    """A document's lines, without the lines that part a bilingual table's rows (records,
    which :func:`records` reads): a blank line, not two, stands where one was."""
    assert doc.text.endswith("\n")
    out: list[str] = []
    for line in doc.text.split("\n")[:-1]:
        if line != RECORD_BREAK and (line or (out and out[-1])):
            out.append(line)
    return out[:-1] if out and not out[-1] else out


def records(doc) -> list[list[str]]:
    """A document's records (see segmenting.RECORD_BREAK), each as its non-blank lines."""
    return [[line for line in part.split("\n") if line] for part in doc.text.split(RECORD_BREAK)]


def apart(*texts: str) -> list[str]:
    """Lines as a reader gives paragraphs no rule may join (a table's cells): a blank line
    between each two."""
    return [line for text in texts for line in ("", text)][1:]


def _pairs_in(tsv) -> list[list[str]]:
    """The Korean and English columns of an output TSV, row by row."""
    return [line.split("\t")[:2] for line in tsv.read_text(encoding="utf-8").splitlines()]


# ---------------------------------------------------------------- choosing a reader


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.docx", "docx"), ("a.DOCX", "docx"), ("a.html", "html"), ("a.htm", "html"), ("a.xhtml", "html"),
    ("a.pdf", "pdf"), ("a.srt", "srt"), ("a.vtt", "vtt"), ("a.txt", "txt"), ("a.ko", "txt"), ("README", "txt"),
])
def test_the_extension_chooses_the_reader(name, fmt):
    assert input_format(name) == fmt


def test_input_format_overrides_the_extension_and_unknown_names_are_usage_errors():
    doc = read("page.txt", b"<p>One.</p><p>Two.</p>", fmt="html")
    assert doc.format == "html" and lines(doc) == ["One.", "Two."]
    with pytest.raises(UsageError):
        input_format("a.txt", "rtf")


# ---------------------------------------------------------------- Word


def docx_bytes(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_a_bilingual_table_with_a_cell_merged_down_is_read_by_its_columns():
    """Regression (a reader audit): a row whose number cell continues a merge from the row
    above was one cell short, so the table was read whole, its notes column too."""
    def build(d):
        table = d.add_table(rows=4, cols=4)
        rows = [("번호", "한국어", "English", "비고"), ("1", "시장은 기자회견을 열었다.", "The mayor held a press conference.", "확인 필요"),
                ("", "시민들은 환영했다.", "Citizens welcomed it.", "검토 완료"), ("2", "야당은 비판했다.", "The opposition criticised it.", "")]
        for row, texts in zip(table.rows, rows):
            for cell, text in zip(row.cells, texts):
                cell.text = text
        table.cell(1, 0).merge(table.cell(2, 0))

    assert lines(read("a.docx", docx_bytes(build))) == apart(
        "시장은 기자회견을 열었다.", "The mayor held a press conference.", "시민들은 환영했다.",
        "Citizens welcomed it.", "야당은 비판했다.", "The opposition criticised it.")


def test_docx_an_imported_html_chunk_is_read_in_place():
    """Regression (a reader audit): a part imported whole (``w:altChunk``, how html-docx and
    mail-merge tools build documents) was dropped without a word."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(d):
        before = d.add_paragraph("Before chunk.")
        d.add_paragraph("After chunk.")
        chunk = OxmlElement("w:altChunk")
        chunk.set(qn("r:id"), "rIdChunk")
        before._p.addnext(chunk)

    files = zip_parts(docx_bytes(build))
    files["word/chunk.html"] = "<html><body><p>가져온 글입니다.</p><p>Imported text.</p></body></html>".encode()
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                             b'relationships/aFChunk" Target="chunk.html"/></Relationships>')
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="html" ContentType="text/html"/></Types>')
    assert lines(read("a.docx", zip_bytes(files))) == ["Before chunk.", "가져온 글입니다.", "Imported text.", "After chunk."]


@pytest.mark.parametrize("mark", ['<w:del w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/>', "<w:vanish/>"])
def test_docx_a_paragraph_whose_mark_is_deleted_or_hidden_runs_on_into_the_next(mark):
    """Regression (a reader audit): a tracked deletion of a paragraph mark (the author
    joined two paragraphs) or a hidden mark left the sentence cut in two lines, where Word
    shows one paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        first = d.add_paragraph("위원회는 월요일에 회의를 열고")
        first._p.insert(0, parse_xml(f"<w:pPr {nsdecls('w')}><w:rPr>{mark}</w:rPr></w:pPr>"))
        d.add_paragraph("내년 예산안을 승인했다.")
        d.add_paragraph("다음 문단.")

    assert lines(read("a.docx", docx_bytes(build))) == ["위원회는 월요일에 회의를 열고 내년 예산안을 승인했다.", "다음 문단."]


def test_docx_a_positional_tab_separates_its_words():
    """Regression (a reader audit): ``Name<w:ptab/>Value`` was read "NameValue"."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(d):
        run = d.add_paragraph().add_run("Name")
        tab = OxmlElement("w:ptab")
        for key, value in (("w:relativeTo", "margin"), ("w:alignment", "right"), ("w:leader", "none")):
            tab.set(qn(key), value)
        run._r.append(tab)
        d.paragraphs[-1].add_run("Value")

    assert lines(read("a.docx", docx_bytes(build))) == ["Name Value"]


def test_docx_figures_set_in_superscript_are_read_as_superscript_characters():
    """Regression (an encyclopedia and theses audit): a note's mark typed as a superscript
    run, "있었다.<sup>3</sup> 그러나", was read "있었다.3 그러나", no sentence end to the splitters;
    "m<sup>2</sup>" read "m2". A superscript run of other characters is read as it is."""

    def build(d):
        p = d.add_paragraph("효과가 있었다.")
        for text, superscript in (("3", True), (" 그러나 면적은 5 m", False), ("2", True), ("이다. See", False),
                                  ("a", True), (" note", False), ("1,2", True)):
            p.add_run(text).font.superscript = superscript

    assert lines(read("a.docx", docx_bytes(build))) == ["효과가 있었다.³ 그러나 면적은 5 m²이다. Seea note¹,²"]


def test_docx_paragraphs_headings_lists_and_table_cells_are_lines():
    def build(d):
        d.add_heading("제목과 Title", 1)
        d.add_paragraph("첫 문단입니다.\t탭 뒤.")
        p = d.add_paragraph("line one")
        p.add_run().add_break()
        p.add_run("and line two.")
        d.add_paragraph("")
        d.add_paragraph("An item.", style="List Bullet")
        t = d.add_table(rows=2, cols=3)
        t.cell(0, 0).text = "a"
        t.cell(0, 1).merge(t.cell(0, 2)).text = "merged once"
        t.cell(1, 0).text = "b"
        t.cell(1, 1).text = "c"
        t.cell(1, 2).add_table(1, 1).cell(0, 0).text = "nested"
        d.add_paragraph("After the table.")

    doc = read("a.docx", docx_bytes(build))
    assert lines(doc) == ["제목과 Title", "첫 문단입니다. 탭 뒤.", "line one and line two.",
                          *apart("An item.", "a", "merged once", "b", "c", "nested", "After the table.")]
    assert doc.format == "docx" and doc.metadata["tables"] == 1 and doc.metadata["bilingual_tables"] == 0


def test_docx_two_column_korean_english_table_is_read_row_by_row_korean_first():
    rows = [("Hello.", "안녕하세요."), ("Good bye.", "안녕히 가세요."), ("Thank you.", "감사합니다.")]

    def build(d):
        d.add_paragraph("Glossary")
        t = d.add_table(rows=len(rows), cols=2)
        for i, (en, ko) in enumerate(rows):  # English in the left column
            t.cell(i, 0).text, t.cell(i, 1).text = en, ko

    doc = read("a.docx", docx_bytes(build))
    assert lines(doc) == apart("Glossary", "안녕하세요.", "Hello.", "안녕히 가세요.", "Good bye.", "감사합니다.", "Thank you.")
    assert doc.metadata["bilingual_tables"] == 1


def test_docx_content_controls_are_read_through():
    from docx.oxml.ns import qn
    from lxml import etree

    def build(d):
        d.add_paragraph("Before.")
        inner = d.add_paragraph("Inside a content control.")._p
        d.add_paragraph("After.")
        sdt = etree.Element(qn("w:sdt"))
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        inner.addprevious(sdt)
        content.append(inner)

    assert lines(read("a.docx", docx_bytes(build))) == ["Before.", "Inside a content control.", "After."]


def test_docx_reads_the_text_as_it_now_stands_through_tracked_changes():
    from docx.oxml.ns import qn
    from lxml import etree

    def build(d):
        p = d.add_paragraph("Kept ")
        for kind, tag, text in (("w:ins", "w:t", "inserted "), ("w:del", "w:delText", "deleted "),
                                ("w:moveFrom", "w:t", "moved away ")):
            change = etree.SubElement(p._p, qn(kind), {qn("w:id"): "1", qn("w:author"): "A"})
            etree.SubElement(etree.SubElement(change, qn("w:r")), qn(tag)).text = text
        p.add_run("text.")

    assert lines(read("a.docx", docx_bytes(build))) == ["Kept inserted text."]


def test_docx_equations_and_inserted_symbols_are_read_as_shown():
    """Regression (hostile audit): Word text outside ``w:t`` was dropped without a word:
    an equation (Office Math, ``m:t``) and a symbol from Insert > Symbol (``w:sym``), so
    "Arrow → equation E=mc2." read "Arrow equation .". A symbol font's private-use code
    (Wingdings F0E0) stands for no character and reads as a space."""
    from docx.oxml.ns import qn
    from lxml import etree

    math = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

    def build(d):
        for arrow in ("2192", "F0E0", "zz"):
            p = d.add_paragraph("Arrow ")
            etree.SubElement(etree.SubElement(p._p, qn("w:r")), qn("w:sym"), {qn("w:font"): "Symbol", qn("w:char"): arrow})
            p.add_run(" equation ")
            run = etree.SubElement(etree.SubElement(p._p, f"{math}oMath"), f"{math}r")
            etree.SubElement(run, f"{math}t").text = "E=mc2"
            p.add_run(".")

    assert lines(read("a.docx", docx_bytes(build))) == ["Arrow → equation E=mc2.", "Arrow equation E=mc2.",
                                                      "Arrow equation E=mc2."]


def test_docx_ruby_text_is_not_glued_to_its_base():
    """Regression: Word's Phonetic Guide (``w:ruby``) sets a reading above its base text;
    both were read, the reading first, "그는 한자漢字를 읽었다.". The base is the line's
    text, as the subtitle reader reads <ruby>."""
    from docx.oxml.ns import qn
    from lxml import etree

    def build(d):
        p = d.add_paragraph("그는 ")
        ruby = etree.SubElement(etree.SubElement(p._p, qn("w:r")), qn("w:ruby"))
        etree.SubElement(ruby, qn("w:rubyPr"))
        for part, text in (("w:rt", "한자"), ("w:rubyBase", "漢字")):
            etree.SubElement(etree.SubElement(etree.SubElement(ruby, qn(part)), qn("w:r")), qn("w:t")).text = text
        p.add_run("를 읽었다.")

    assert lines(read("a.docx", docx_bytes(build))) == ["그는 漢字를 읽었다."]


def test_docx_table_of_contents_is_not_read():
    """Regression (reader audit): a manual's table of contents was read, each entry its
    heading again with its page number, paired across the two files ("1. 개요 2" ↔ "1.
    Overview 2"). Word writes the entries in its "toc 1"-"toc 9" styles (whatever their id
    in a localized Word) and wraps a table made from its gallery in a content control."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from lxml import etree

    def build(d):
        entry = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        entry.element.set(qn("w:styleId"), "10")  # as a Korean Word names it
        d.add_paragraph("1. 개요\t2", style=entry)
        sdt = _content_control(None)
        gallery = etree.SubElement(etree.SubElement(sdt[0], qn("w:docPartObj")), qn("w:docPartGallery"))
        gallery.set(qn("w:val"), "Table of Contents")
        contents = d.add_paragraph("목차")._p
        contents.addprevious(sdt)
        sdt[1].append(contents)
        d.add_paragraph("1. 개요")
        d.add_paragraph("이 설명서는 설치 방법을 설명한다.", style=d.styles.add_style("tocsin", WD_STYLE_TYPE.PARAGRAPH))

    assert lines(read("a.docx", docx_bytes(build))) == ["1. 개요", "이 설명서는 설치 방법을 설명한다."]


def test_a_docx_that_declares_a_doctype_is_refused():
    """Regression (hostile audit): a document.xml declaring entities in a DOCTYPE (which
    Word never writes) lost every paragraph using one without a word, exit 0."""
    data = docx_bytes(lambda d: d.add_paragraph("안녕하세요. 저는 학생입니다."))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {n: package.read(n) for n in package.namelist()}
    xml = parts["word/document.xml"].decode()
    xml = xml[xml.index("?>") + 2:].replace("안녕하세요.", "&x; 안녕하세요.", 1)
    parts["word/document.xml"] = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x "반갑습니다.">]>' + xml).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for n, b in parts.items():
            package.writestr(n, b)
    with pytest.raises(InputError, match="a.docx: .*DOCTYPE"):
        read("a.docx", out.getvalue())


def test_docx_hidden_text_is_not_read():
    """Runs marked hidden (<w:vanish/>: Word neither shows nor prints them) were read."""

    def build(d):
        p = d.add_paragraph("보이는 문장이다. ")
        p.add_run("숨겨진 메모 텍스트. ").font.hidden = True
        p.add_run("끝.")
        d.add_paragraph("Shown.").add_run(" Not hidden.").font.hidden = False

    assert lines(read("a.docx", docx_bytes(build))) == ["보이는 문장이다. 끝.", "Shown. Not hidden."]


def _content_control(placeholder: str | None) -> object:
    """A ``w:sdt``; ``placeholder``: the value of its ``w:showingPlcHdr`` ("" for the bare
    element Word writes), None for a filled control."""
    from docx.oxml.ns import qn
    from lxml import etree

    sdt = etree.Element(qn("w:sdt"))
    properties = etree.SubElement(sdt, qn("w:sdtPr"))
    etree.SubElement(properties, qn("w:placeholder"))
    if placeholder is not None:
        flag = etree.SubElement(properties, qn("w:showingPlcHdr"))
        if placeholder:
            flag.set(qn("w:val"), placeholder)
    etree.SubElement(sdt, qn("w:sdtContent"))
    return sdt


def test_docx_content_controls_showing_their_placeholder_are_not_read():
    """A content control still showing "Click or tap here to enter text." had it read,
    segmented and paired; a filled control's text is the document's."""
    from docx.oxml.ns import qn

    def build(d):
        d.add_paragraph("이름:")
        block = d.add_paragraph("Click or tap here to enter text.")._p  # a block-level control's paragraph
        sdt = _content_control("")
        block.addprevious(sdt)
        sdt[1].append(block)
        p = d.add_paragraph("날짜: ")  # run-level controls inside a paragraph
        for flag, text in (("", "텍스트를 입력하려면 여기를 클릭하거나 탭하세요."), (None, "2024년 5월 1일"),
                           ("0", " 확인.")):
            sdt = _content_control(flag)
            run = p.add_run(text)._r
            run.addprevious(sdt)
            sdt[1].append(run)
        filled = d.add_paragraph("Filled in.")._p
        sdt = _content_control(None)
        filled.addprevious(sdt)
        sdt[1].append(filled)
        assert len(d.element.body.findall(qn("w:sdt"))) == 2

    assert lines(read("a.docx", docx_bytes(build))) == ["이름:", "날짜: 2024년 5월 1일 확인.", "Filled in."]


def test_docx_text_hidden_by_its_character_or_paragraph_style_is_not_read():
    """Runs whose character style (or a style it is based on) or whose paragraph's style
    is hidden were read; a run's own vanish="0" shows it, and the two styles toggle
    (ECMA-376 17.7.3). A basedOn loop or an endless chain ends."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from lxml import etree

    def build(d):
        secret = d.styles.add_style("Secret", WD_STYLE_TYPE.CHARACTER)
        secret.font.hidden = True
        d.styles.add_style("Secret Child", WD_STYLE_TYPE.CHARACTER).base_style = secret
        hidden_paragraph = d.styles.add_style("Hidden Para", WD_STYLE_TYPE.PARAGRAPH)
        hidden_paragraph.font.hidden = True
        d.styles.add_style("Hidden Para Child", WD_STYLE_TYPE.PARAGRAPH).base_style = hidden_paragraph
        p = d.add_paragraph("보이는 문장. ")
        p.add_run("스타일로 숨긴 메모. ", style="Secret")
        p.add_run("Hidden through basedOn. ", style="Secret Child")
        p.add_run("다시 보임. ", style="Secret").font.hidden = False
        p.add_run("끝.")
        d.add_paragraph("A hidden paragraph.", style="Hidden Para")
        p = d.add_paragraph("Hidden too, ", style="Hidden Para Child")
        p.add_run("shown by its own property, ").font.hidden = False
        p.add_run("and by the toggle.", style="Secret")
        styles = d.styles.element  # Loop1 -> Loop2 -> Loop1, and a chain longer than the cap
        for name, based_on in [("Loop1", "Loop2"), ("Loop2", "Loop1")] + [
                (f"Chain{k}", f"Chain{k + 1}") for k in range(100)] + [("Chain100", None)]:
            style = etree.SubElement(styles, qn("w:style"), {qn("w:type"): "character", qn("w:styleId"): name})
            if based_on:
                etree.SubElement(style, qn("w:basedOn"), {qn("w:val"): based_on})
            else:
                etree.SubElement(etree.SubElement(style, qn("w:rPr")), qn("w:vanish"))
        p = d.add_paragraph()
        for style in ("Loop1", "Chain0"):
            run = p.add_run(f"{style} text. ")
            etree.SubElement(run._r.get_or_add_rPr(), qn("w:rStyle"), {qn("w:val"): style})

    assert lines(read("a.docx", docx_bytes(build))) == [
        "보이는 문장. 다시 보임. 끝.", "shown by its own property, and by the toggle.", "Loop1 text. Chain0 text."]

    def hidden_normal(d):  # the default paragraph style hides the paragraphs that name no style
        d.styles["Normal"].font.hidden = True
        d.add_paragraph("Hidden by Normal.")
        d.add_paragraph("Shown.", style=d.styles.add_style("Shown", WD_STYLE_TYPE.PARAGRAPH))

    assert lines(read("a.docx", docx_bytes(hidden_normal))) == ["Shown."]


def _wrap(element, placeholder: str | None = None):
    """Wrap ``element`` (a row, a cell) in a content control; see :func:`_content_control`."""
    sdt = _content_control(placeholder)
    element.addprevious(sdt)
    sdt[1].append(element)
    return sdt


def test_docx_table_rows_and_cells_inside_content_controls_are_read():
    """Rows and cells wrapped in content controls (Word's repeating sections and form
    templates: w:tbl/w:sdt/w:sdtContent/w:tr, w:tr/w:sdt/w:sdtContent/w:tc) were lost
    without a word: python-docx's rows and cells do not see them. Those showing their
    placeholder are still not read; merged cells are read once, nested tables in place."""
    rows = [("Hello.", "안녕하세요."), ("Good bye.", "안녕히 가세요."), ("Thank you.", "감사합니다."),
            ("Click or tap here to enter text.", "텍스트를 입력하려면 여기를 클릭하거나 탭하세요.")]

    def build(d):
        glossary = d.add_table(rows=len(rows), cols=2)
        for i, (en, ko) in enumerate(rows):  # English in the left column
            glossary.cell(i, 0).text, glossary.cell(i, 1).text = en, ko
        trs = glossary._tbl.tr_lst
        section = _wrap(trs[1])  # a repeating section of two items, each a row in a control
        section[1].append(trs[2])
        _wrap(trs[1]), _wrap(trs[2])
        _wrap(trs[3], placeholder="")  # an item left empty shows its placeholder
        form = d.add_table(rows=3, cols=3)
        for (r, c), text in {(0, 0): "성명", (0, 1): "홍길동", (0, 2): "서명란 ",
                             (1, 1): "주소", (1, 2): "서울", (2, 0): "비고"}.items():
            form.cell(r, c).text = text
        form.cell(0, 2).add_table(1, 1).cell(0, 0).text = "nested"
        form.cell(0, 0).merge(form.cell(1, 0))  # vertically: read once, where it starts
        form.cell(2, 1).merge(form.cell(2, 2)).text = "merged across"
        cells = [tr.tc_lst for tr in form._tbl.tr_lst]
        _wrap(cells[0][1]), _wrap(cells[0][2])  # filled cell controls, one holding a nested table
        _wrap(cells[1][2], placeholder="")
        _wrap(_wrap(cells[2][1]).getparent())  # a row in a control, its cell in one

    doc = read("a.docx", docx_bytes(build))
    assert lines(doc) == apart("안녕하세요.", "Hello.", "안녕히 가세요.", "Good bye.", "감사합니다.", "Thank you.",
                               "성명", "홍길동", "서명란", "nested", "주소", "비고", "merged across")
    assert doc.metadata["tables"] == 2 and doc.metadata["bilingual_tables"] == 1


def zip_parts(data: bytes) -> dict[str, bytes]:
    """A package's parts by name (to edit and write back with :func:`zip_bytes`)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def test_a_docx_with_a_broken_body_is_an_input_error():
    good = docx_bytes(lambda d: d.add_paragraph("Fine."))
    files = zip_parts(good)
    files["word/document.xml"] = b"<w:document xmlns:w='urn:x'><w:body><w:p>"  # cut short
    with pytest.raises(InputError, match="cannot read the Word document"):
        read("a.docx", zip_bytes(files))


def _central_entry(data: bytearray, member: str) -> int:
    """The offset of ``member``'s central directory record in a ZIP archive."""
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        size = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + size] == member.encode():
            return at
        at = data.find(b"PK\x01\x02", at + 4)
    raise KeyError(member)


def _package(parts: dict[str, bytes | None]) -> bytes:
    """A ZIP of ``parts`` in order (None: left out), its ``mimetype`` stored, as EPUB and
    HWPX packages have it first."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if data is not None:
                z.writestr(name, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _bad_deflate(data: bytes, member: str) -> bytes:
    """``data`` (a ZIP) with bytes inside ``member``'s deflated data overwritten."""
    damaged = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    damaged[start + 10:start + 50] = b"\xff" * 40
    return bytes(damaged)


def _encrypted(data: bytes, member: str) -> bytes:
    """``data`` (a ZIP) with ``member`` flagged as encrypted in its central directory."""
    damaged = bytearray(data)
    damaged[_central_entry(damaged, member) + 8] |= 1  # the general purpose flag: encrypted
    return bytes(damaged)


def test_a_damaged_or_encrypted_docx_package_is_an_input_error():
    """zlib.error, RuntimeError and NotImplementedError from unpacking were internal errors."""
    good = docx_bytes(lambda d: d.add_paragraph("Fine. " * 200))
    method = bytearray(good)
    central = _central_entry(method, "word/document.xml")
    method[central + 10:central + 12] = (99).to_bytes(2, "little")  # WinZip AES
    for data in (_bad_deflate(good, "word/document.xml"), _encrypted(good, "word/document.xml"), bytes(method)):
        with pytest.raises(InputError, match="cannot read the Word document"):
            read("a.docx", data)


def test_a_docx_of_more_tags_than_the_input_limit_allows_is_refused_before_parsing(monkeypatch):
    """A 1.5 MB package of one-letter paragraphs unpacked to 500 MiB of XML and took 11 GB
    in python-docx: the tags are counted first, a megabyte at a time."""
    body = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 5_000  # 30,000 tags
    good = docx_bytes(lambda d: d.add_paragraph("Fine."))
    files = zip_parts(good)
    files["word/document.xml"] = files["word/document.xml"].replace(b"<w:body>", b"<w:body>" + body)
    assert len(lines(read("a.docx", zip_bytes(files)))) == 5_001  # within the default limit
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.01")  # 7,500 tags
    with pytest.raises(InputError, match="over 7,500 XML tags.*--max-input-mb or ALIGNER_MAX_INPUT_MB"):
        read("a.docx", zip_bytes(files))


def test_a_main_part_not_named_xml_is_counted_and_checked_too(monkeypatch):
    """Regression (a reader audit, 2026-12-04): Word and PowerPoint find their parts by
    reference, and only parts named .xml or .rels were counted: the same million tags in
    word/main.dat (a 10 KB file) were read, 155 MB. A DOCTYPE in a part written in UTF-16
    was not seen either (its entity text vanished)."""
    body = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 5_000
    good = docx_bytes(lambda d: d.add_paragraph("Fine."))
    files = zip_parts(good)
    main = files["word/document.xml"]
    bypass = {**files, "word/main.dat": main.replace(b"<w:body>", b"<w:body>" + body), "word/document.xml": b"<x/>"}
    for rels in ("_rels/.rels", "[Content_Types].xml"):
        bypass[rels] = files[rels].replace(b"word/document.xml", b"word/main.dat")
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.01")
    with pytest.raises(InputError, match="over 7,500 XML tags"):
        read("a.docx", zip_bytes(bypass))
    monkeypatch.delenv("ALIGNER_MAX_INPUT_MB")
    declared = main.decode("utf-8").replace("?>", '?><!DOCTYPE w:document [<!ENTITY x "Secret">]>', 1)
    files["word/document.xml"] = declared.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    with pytest.raises(InputError, match="word/document.xml declares a DOCTYPE"):
        read("a.docx", zip_bytes(files))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-32"])
def test_an_entity_declared_in_any_part_or_encoding_is_refused(encoding):
    """Regression (a hostile audit, 2026-12-05): a DOCTYPE was looked for only in parts
    named .xml or opening with an XML declaration, in UTF-8 or UTF-16: the main part renamed
    word/main.dat without a declaration (a decoy document.xml left beside it), or written in
    UTF-32, lost its entity's paragraph silently (exit 0)."""
    files = zip_parts(docx_bytes(lambda d: d.add_paragraph("Fine.")))
    main = files["word/document.xml"].decode("utf-8")
    declared = main.split("?>", 1)[1].lstrip()
    declared = '<!DOCTYPE w:document [<!ENTITY x "Secret">]>' + declared.replace("Fine.", "&x;")
    if encoding == "utf-32":
        bypass = {**files, "word/document.xml": (main.split("?>", 1)[0].replace('"UTF-8"', '"UTF-32"') + "?>"
                                                 + declared).encode("utf-32")}
        where = "word/document.xml declares a DOCTYPE"
    else:
        bypass = {**files, "word/main.dat": declared.encode(), "word/document.xml": main.encode()}
        for rels in ("_rels/.rels", "[Content_Types].xml"):
            bypass[rels] = files[rels].replace(b"word/document.xml", b"word/main.dat")
        where = "word/main.dat declares an entity"
    with pytest.raises(InputError, match=where):
        read("a.docx", zip_bytes(bypass))


def test_decomposed_hangul_is_read_composed_and_compatibility_hanja_kept(seed_text):
    """Files from macOS often hold Hangul as jamo (NFD); read as they were, the seed split
    into 30 Korean segments instead of 28 and every confidence fell."""
    import unicodedata

    nfd = unicodedata.normalize("NFD", seed_text)
    assert nfd != seed_text
    assert read("seed.txt", nfd.encode("utf-8")).text == seed_text
    assert lines(read("a.docx", docx_bytes(lambda d: d.add_paragraph(unicodedata.normalize("NFD", "한국어 문장."))))) \
        == ["한국어 문장."]
    hanja = "\uf900\u8c48 樂\uf914"  # compatibility ideographs (KS X 1001's second readings) and a unified one
    assert read("a.txt", (unicodedata.normalize("NFD", "한글 ") + hanja + "\n").encode()).text == "한글 " + hanja + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_any_document_xml_is_read_or_an_input_error(body):
    good = docx_bytes(lambda d: d.add_paragraph("Fine."))
    files = zip_parts(good)
    files["word/document.xml"] = body
    try:
        read("a.docx", zip_bytes(files))
    except InputError:
        pass


# ---------------------------------------------------------------- HTML


PAGE = """<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title><style>p {{ color: red }}</style>
<script>document.write("no")</script></head>
<body><header><nav><a href="/">Home</a> | <a href="/news">News</a></nav><div>Site banner</div></header>
<aside>Advertisement</aside>
<article><header><h1>The <b>article</b> title</h1></header>
<p>First <i>para</i>graph,   with
 white space<!-- a comment -->.</p>
<p>Second<br>line after a break <span hidden>hidden text</span>and more.</p>
<div>Loose text <p>inner block</p> more loose text</div>
<ul><li>one<li>two</ul>
<table><tr><th>h</th><td>cell</td></tr></table>
<pre>pre line 1
pre line 2</pre>
<div role="navigation">role menu</div>{extra}
</article>
<footer>Copyright 2024</footer></body></html>"""
PAGE_LINES = ["The article title", "First paragraph, with white space.", "Second",
              "line after a break and more.", "Loose text", "inner block", "more loose text",
              "one", "two", "", "h", "", "cell", "", "pre line 1", "pre line 2"]  # a table's cells apart


def test_html_blocks_are_lines_and_page_chrome_is_dropped():
    doc = read("page.html", PAGE.format(extra="").encode())
    assert lines(doc) == PAGE_LINES
    assert doc.metadata["title"] == "A & B" and doc.metadata["lang"] == "en"


def test_html_a_row_of_links_or_buttons_alone_is_page_chrome():
    """Regression (a community audit): a board's actions under a post in a plain ``div``
    ("목록 신고 공유", "Back to list Report Share") were read, and paired with the other page's
    (0.91). A list's items, links inside a sentence, and a row of one link are read."""
    page = ("<html><body><p>질문입니다.</p><div class='btn_area'><a href='#'>목록</a> <a href='#'>신고</a> "
            "<a href='#'>공유</a></div><div><a href='#'>Back to list</a> | <button>Report</button></div>"
            "<ul><li><a href='#'>세종</a></li><li><a href='#'>측우기</a></li></ul>"
            "<p>자세한 내용은 <a href='#'>여기</a>와 <a href='#'>저기</a>를 보세요.</p>"
            "<div><a href='#'>[광고] 비자 대행</a></div>"
            # (not a glossary's term and its translation, nor a table of contents: an adversarial check)
            "<p><a href='/t/1'>인공지능</a> / <a href='/t/2'>artificial intelligence</a></p>"
            "<div><a href='#intro'>서론</a> · <a href='#method'>방법</a></div></body></html>").encode()
    assert lines(read("a.html", page)) == ["질문입니다.", "세종", "측우기", "자세한 내용은 여기와 저기를 보세요.",
                                          "[광고] 비자 대행", "인공지능 / artificial intelligence", "서론 · 방법"]


@pytest.mark.parametrize(("declaration", "codec"), [
    ('<meta charset="euc-kr">', "cp949"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">', "cp949"),
    ('<?xml version="1.0" encoding="euc-kr"?>', "cp949"),
])
def test_html_declared_korean_charset_is_honoured(declaration, codec):
    # 똠 exists in CP949 only (not in strict EUC-KR): the WHATWG mapping reads euc-kr as CP949.
    page = f"{declaration}<html><body><p>똠방각하 이야기.</p><p>The story.</p></body></html>"
    doc = read("page.html", page.encode(codec))
    assert lines(doc) == ["똠방각하 이야기.", "The story."] and doc.metadata["declared_charset"] == "euc-kr"


def test_html_declared_charset_is_used_where_detection_alone_would_guess():
    page = '<html><head><meta charset="iso-8859-7"></head><body><p>Greek: αβγ δέλτα.</p></body></html>'
    assert lines(read("page.html", page.encode("iso-8859-7"))) == ["Greek: αβγ δέλτα."]


def test_html_bom_and_encoding_option_win_over_the_declaration():
    page = '<html><head><meta charset="iso-8859-7"></head><body><p>한국어 문장.</p></body></html>'
    assert lines(read("page.html", page.encode("utf-16"))) == ["한국어 문장."]
    assert lines(read("page.html", page.encode("utf-8"), encoding="utf-8")) == ["한국어 문장."]


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "euc-kr"])
def test_html_saved_as_utf8_under_a_stale_declaration_is_read_as_utf8(declared, caplog):
    """Regression (an encoding audit): a page saved as UTF-8 whose <meta> still named a
    legacy charset (its server's header said UTF-8) was read as declared: "Seoulâ€™s",
    "cafÃ©", "Copyright Â©" no longer boilerplate (or, declared euc-kr, an error). Valid
    UTF-8 beyond ASCII is read as UTF-8, with a warning."""
    page = f'<meta charset="{declared}"><p>Seoul’s café — busy.</p><p>Copyright © 2025.</p>'
    doc = read("page.html", page.encode("utf-8"))
    assert lines(doc) == ["Seoul’s café — busy.", "Copyright © 2025."]
    assert "its bytes are" in caplog.text and "UTF-8" in caplog.text


def test_a_saved_wikipedia_page_s_editing_and_printing_furniture_is_not_read():
    """Regression (a web audit): a saved Wikipedia page's "[편집]" / "[edit]" links were
    paired (0.97, once a section), so were "본문으로 이동" / "Jump to content" and the
    category boxes; "[citation needed]" and citation marks hid sentence ends."""
    page = ('<a class="mw-jump-link" href="#content">Jump to content</a>'
            '<h2>History<span class="mw-editsection">[<a href="#">edit</a>]</span></h2>'
            '<p>The palace was built in 1405.<sup class="reference"><a href="#c1">[1]</a></sup> '
            'It burned in 1592.<sup class="noprint Inline-Template">[citation needed]</sup> It was rebuilt.</p>'
            '<div class="printfooter">Retrieved from "https://en.wikipedia.org/"</div>'
            '<div id="catlinks" class="catlinks"><a>Categories</a>: Palaces</div>')
    assert lines(read("wiki.html", page.encode())) == [
        "History", "The palace was built in 1405. It burned in 1592. It was rebuilt."]


def test_html_saved_as_utf8_and_declared_so_reads_without_a_warning(caplog):
    """Regression (a build audit): every UTF-8 page declaring UTF-8 was told its bytes are
    UTF-8 (the single-byte check counted replacement characters), twice a page in a build."""
    page = '<meta charset="utf-8"><p>한국은행이 기준금리를 동결했다.</p>'
    assert lines(read("page.html", page.encode("utf-8"))) == ["한국은행이 기준금리를 동결했다."]
    assert "charset" not in caplog.text


def test_html_that_does_not_decode_as_declared_names_the_byte_and_the_declaration():
    page = '<meta charset="utf-8"><p>caf\xe9</p>'.encode("latin-1")
    with pytest.raises(InputError, match=r"byte 0xe9.*declares charset=utf-8"):
        read("page.html", page)


def test_html_of_a_megabyte_of_nested_tags_fails_fast_and_clearly():
    depth = 1_000_000 // len("<div>")
    data = ("<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>").encode()
    with pytest.raises(InputError, match="nested more than 2,048 levels"):
        read("deep.html", data)
    shallow = ("<body>" + "<div><span>" * 500 + "kept text" + "</span></div>" * 500).encode()
    assert lines(read("ok.html", shallow)) == ["kept text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["a.html", "a.srt", "a.vtt"]),
       st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode),
                 st.text(alphabet="<>/ divpWEBVTT-:0123456789,.\n&;#x", max_size=300).map(str.encode)))
def test_any_bytes_as_html_or_subtitles_are_read_or_an_input_error(name, data):
    try:
        doc = read(name, data)
    except InputError:
        return
    assert doc.text.endswith("\n") and all(doc.text[c.start:c.end].strip() for c in doc.cues)


def test_html_fallbacks_for_frames_and_plug_ins_are_not_read_as_markup():
    """Regression (hostile audit): lxml keeps the content of <noframes> and <noembed> as
    raw text, so a page's "no frames" notice was read as markup, "<p>프레임을 …</p><p>Your"
    paired with "browser does not support frames.</p>" (0.91). A browser that shows the
    page shows neither, as it shows no <noscript>."""
    page = ('<html><body><noframes><p>프레임을 지원하지 않습니다.</p><p>Your browser does not support frames.</p>'
            '</noframes><noembed>플러그인이 없습니다. No plug-in.</noembed><p>오늘은 날씨가 좋습니다.</p>'
            '<p>The weather is nice today.</p></body></html>')
    assert lines(read("frames.html", page.encode())) == ["오늘은 날씨가 좋습니다.", "The weather is nice today."]


def test_an_xhtml_doctype_with_entity_declarations_leaves_no_text():
    """Regression (hostile audit): the HTML parser ended such a DOCTYPE at its first ">"
    and read the rest of it, "]>", as a line of the page. The entities stay unexpanded."""
    page = ('<?xml version="1.0"?><!DOCTYPE html [ <!ENTITY big "x"> <!ENTITY a "&big;&big;"> ]>'
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>오늘은 날씨가 좋습니다.</p>'
            '<p>The weather is nice &amp; clear.</p></body></html>')
    assert lines(read("page.xhtml", page.encode())) == ["오늘은 날씨가 좋습니다.", "The weather is nice & clear."]


NEWS_PAGE = """<html><body><div id="wrap">
<div id="header"><a class="logo">한국일보</a><div id="gnb"><a>정치</a> <a>경제</a></div></div>
<div class="skipNavi"><a>본문 바로가기</a></div><ul class="breadcrumb"><li>홈</li><li>사회</li></ul>
<div id="content" class="article_view"><h2>서울시, 지하철 요금 인상</h2>
<p>서울시가 다음 달부터 지하철 요금을 올린다.</p>
<div class="share-menu"><a>페이스북</a> <a>링크 복사</a></div><div class="snsShare">카카오톡 공유</div>
<div class="related_news"><h3>관련 기사</h3><p>버스 요금도 오른다</p></div>
<div id="comments"><p>댓글 3</p></div><div class="paging">이전 기사</div></div>
<div id="sidebar">많이 본 뉴스</div><div id="footer">주소: 서울특별시 중구</div>
<p class="copyright">Copyright © 한국일보</p>
<div class="cookie-banner">이 사이트는 쿠키를 사용합니다. <button>동의</button></div></div>
<noscript><div class="menu">메뉴</div></noscript></body></html>"""


@pytest.mark.parametrize(("page", "expected"), [
    # navigation by name (gnb, skipNavi, breadcrumb, paging) and the page's regions by id
    # (header, sidebar, footer) are dropped; the rest is read, chrome-like or not (a share
    # label, related articles, comments, a classed copyright line and cookie notice), but
    # for a row of links alone ("페이스북 링크 복사", see the row-of-links test)
    (NEWS_PAGE, ["서울시, 지하철 요금 인상", "서울시가 다음 달부터 지하철 요금을 올린다.",
                 "카카오톡 공유", "관련 기사", "버스 요금도 오른다", "댓글 3", "Copyright © 한국일보",
                 "이 사이트는 쿠키를 사용합니다."]),
    # a word of content keeps an element: an article's own footer, a post's header
    ('<div id="article-footer">Kim reported from Busan.</div><div id="postHeader">Title</div>'
     '<div id="site-footer">Site footer.</div><p>Body.</p>',
     ["Kim reported from Busan.", "Title", "Body."]),
    # whole words only: a subheader, a "menus" page, a navigator are not chrome; camelCase humps split
    ('<p id="subheader">Subheader.</p><p id="menus">Menus.</p><p class="navigator">Navigator.</p>'
     '<div class="gnbWrap">Nav.</div><div class="topMenu2">Menu.</div><p>Body.</p>',
     ["Subheader.", "Menus.", "Navigator.", "Menu.", "Body."]),
    # header and footer are, as <header>, an article's or a section's own there; navigation is dropped anywhere
    ('<article><div id="header">The title</div><p>Body.</p><div id="footer">By Kim</div>'
     '<div class="breadcrumb">Home</div></article>', ["The title", "Body.", "By Kim"]),
    # a table's rows and cells are data, whatever their class
    ('<table><tr class="header"><th>연도</th><th>Year</th></tr><tr><td class="pager">2024년</td><td>2024</td></tr>'
     '</table><div class="pagination">1 2 3</div><p>Body.</p>', apart("연도", "Year", "2024년", "2024", "Body.")),
    # never an element that holds the page's article or main, or most of its text
    ('<div id="header-wrap"><div id="gnb">Menu</div><main><p>Article text.</p></main></div>',
     ["Article text."]),
    ('<div id="sidebar-layout"><p>Most of the page is in here, a long paragraph of text.</p>'
     '<div id="sidebar">Side.</div></div><p>Short.</p>',
     ["Most of the page is in here, a long paragraph of text.", "Short."]),
    # a site's tools: its top bar of utility links and the satisfaction survey under the page
    # (tourism and civic audits: "보통" / "Yes" paired at 0.79)
    ('<div class="top_util"><a>로그인</a> <a>회원가입</a> <a>사이트맵</a></div><div id="contents">'
     '<h3>태풍 대피 안내</h3><p>가스 밸브를 잠그고 전기 차단기를 내리세요. 신분증과 상비약, 휴대전화 충전기를 챙기고 '
     '가까운 대피소의 위치를 미리 확인해 두세요.</p></div><div class="satisfaction"><p>이 페이지에 만족하십니까?</p>'
     '<label><input type="radio">만족</label><label><input type="radio">보통</label></div>',
     ["태풍 대피 안내", "가스 밸브를 잠그고 전기 차단기를 내리세요. 신분증과 상비약, 휴대전화 충전기를 챙기고 가까운 "
      "대피소의 위치를 미리 확인해 두세요."]),
    # ... but content a class names so is read: a section of survey results (no controls, not
    # all links; an adversarial check)
    ('<div id="contents"><h3>시민 만족도 조사 결과</h3><p>올해 조사에서 시민의 82%가 만족한다고 답했습니다.</p>'
     '<section class="satisfaction"><p>민원 처리 속도에 대한 만족도는 전년보다 5%포인트 올랐습니다.</p></section>'
     '<p>자세한 결과는 첨부 보고서를 참고하십시오. 조사는 2026년 9월에 진행되었습니다.</p></div>',
     ["시민 만족도 조사 결과", "올해 조사에서 시민의 82%가 만족한다고 답했습니다.",
      "민원 처리 속도에 대한 만족도는 전년보다 5%포인트 올랐습니다.",
      "자세한 결과는 첨부 보고서를 참고하십시오. 조사는 2026년 9월에 진행되었습니다."]),
], ids=["news", "content-words", "whole-words", "in-article", "table", "holds-main", "holds-most-text", "tools",
        "tools-content"])
def test_html_site_chrome_written_as_plain_elements_is_dropped(page, expected):
    """Korean news sites write chrome as <div id="header">, <div id="gnb">, <ul
    class="breadcrumb">, which were read: Readability's unlikely candidates, narrowed to
    navigation and page regions named by id, by whole words."""
    assert lines(read("page.html", page.encode())) == expected


BOARD_VIEW = """<html><body><div id="container"><div class="board_view">
<h3>2025년 예산안 발표</h3><p>정부는 오늘 2025년 예산안을 발표했다.</p></div>
{neighbours}</div></body></html>"""


@pytest.mark.parametrize(("neighbours", "expected"), [
    # a board's links to the previous and next article, in the class or the id, by a
    # Korean or an English template's name for them: other articles' titles
    ('<div class="prev_next"><dl><dt>이전글</dt><dd><a href="?id=1">청년 주거 지원 확대</a></dd>'
     '<dt>다음글</dt><dd><a href="?id=3">버스 요금 동결</a></dd></dl></div>', []),
    ('<ul class="prevNext"><li><a>Previous: Youth housing</a></li><li><a>Next: Bus fares</a></li></ul>', []),
    ('<div id="prev-next-links"><a>이전 글</a> <a>다음 글</a></div>', []),
    ('<p class="prevnext"><a>« previous</a> <a>next »</a></p>', []),
    # either word alone names content, and so do the two in two class names (a carousel's slide)
    ('<div class="next-steps"><p>다음 단계: 신청서를 내십시오.</p></div>', ["다음 단계: 신청서를 내십시오."]),
    ('<div class="slide swiper-slide-prev swiper-slide-next"><p>청년 정책 소개</p></div>', ["청년 정책 소개"]),
    # a list page's article titles are links, and content
    ('<ul class="board_list"><li><a href="?id=1">청년 주거 지원 확대</a></li>'
     '<li><a href="?id=3">버스 요금 동결</a></li></ul>', ["청년 주거 지원 확대", "버스 요금 동결"]),
    # a "location" in an article is its place, not a breadcrumb trail
    ('<article><p class="location">Seoul, Korea</p><p>The budget was announced today.</p></article>',
     ["Seoul, Korea", "The budget was announced today."]),
], ids=["prev_next", "prevNext", "prev-next-id", "prevnext", "next-alone", "two-class-names", "list-titles",
        "location"])
def test_html_links_to_the_previous_and_next_article_are_dropped(neighbours, expected):
    """Regression (end-to-end audit): Korean government boards' <div class="prev_next">
    (이전글 / 다음글 and the two neighbours' titles) was read and its titles paired with
    the English page's neighbours, other articles. A class or id that names both the
    previous and the next is navigation; other links and a "location" are read."""
    lines_ = lines(read("view.html", BOARD_VIEW.format(neighbours=neighbours).encode()))
    assert lines_ == ["2025년 예산안 발표", "정부는 오늘 2025년 예산안을 발표했다.", *expected]


KOREAN_ARTICLE = ("세계에서 가장 강력한 슈퍼컴퓨터를 1년 동안 독점해 온 정부 연구진이 1억1천만 달러짜리 이 경이로운 "
                  "기계를 공개하며 핵전쟁으로부터 세계를 구하는 데 도움이 될 수 있다고 말했다. 초당 12조3천억 회의 "
                  "연산 능력을 갖춘 이 슈퍼컴퓨터는 주로 노후한 핵무기가 발사될 경우 어떻게 작동할지 모의 실험하는 데 "
                  "쓰일 예정이다.")


@pytest.mark.parametrize(("page", "expected"), [
    # an English page's header holds all its Korean letters in its "한국어" link
    ('<div id="header"><a href="/">Yonhap News</a> <a>Log in</a> <a href="/ko">한국어</a></div>'
     "<article><p>The supercomputer was shown to the public on Tuesday.</p></article>"
     '<div id="footer">Copyright Yonhap. All rights reserved.</div>',
     ["The supercomputer was shown to the public on Tuesday."]),
    # a Korean page's footer holds all its English letters in a copyright line
    ('<div id="header"><a href="/">연합뉴스</a> <a href="/en">English</a></div>'
     f"<article><p>{KOREAN_ARTICLE}</p></article>"
     '<div id="footer">Copyright (c) Yonhap News Agency. All rights reserved.</div>',
     [KOREAN_ARTICLE]),
], ids=["language-link", "english-copyright"])
def test_html_page_regions_holding_a_language_link_or_copyright_are_dropped(page, expected):
    """Regression (end-to-end audit of 8e95e9f): the guard for each language's half of a
    bilingual page kept an English page's header for its "한국어" link, which was then
    glued to the first sentence and paired with it, and a Korean page's footer for its
    English copyright line."""
    assert lines(read("page.html", page.encode())) == expected


@pytest.mark.parametrize(("page", "expected"), [
    # each language's half of a bilingual page, both named by one chrome word: the Korean
    # half has fewer characters than the English one and was dropped as "less than half"
    ("<h1>메뉴 Menu</h1><div id='sidebar-ko'><p>김치찌개 - 돼지고기와 묵은지로 끓인 찌개</p></div>"
     "<div id='sidebar-en'><p>Kimchi stew - stew with pork and aged kimchi</p></div>",
     ["메뉴 Menu", "김치찌개 - 돼지고기와 묵은지로 끓인 찌개", "Kimchi stew - stew with pork and aged kimchi"]),
    ("<div class='menu menu-ko'><ul><li>불고기</li></ul></div><div class='menu menu-en'><ul><li>Bulgogi</li></ul></div>",
     ["불고기", "Bulgogi"]),
    # components whose class holds a word Readability calls chrome
    ('<div class="card-header"><h2>환불 정책</h2></div><div class="card-body"><p>7일 이내 환불.</p></div>'
     '<div class="section-header"><h2>Refund policy</h2></div>',
     ["환불 정책", "7일 이내 환불.", "Refund policy"]),
    ('<div class="reply"><p>보통 3일 걸립니다.</p></div><div class="news social"><p>사회 뉴스.</p></div>'
     '<p class="share-price">주가는 5% 올랐다.</p><div class="lead ad-free"><p>Lead.</p></div>'
     '<div class="consent-box"><p>개인정보 수집에 동의합니다.</p></div><section class="banner"><h1>Welcome</h1></section>',
     ["보통 3일 걸립니다.", "사회 뉴스.", "주가는 5% 올랐다.", "Lead.", "개인정보 수집에 동의합니다.", "Welcome"]),
], ids=["two-halves", "menus", "card-header", "content-classes"])
def test_html_content_named_like_chrome_is_read(page, expected):
    """Regression (hostile audit of c3bca6f): the chrome rule dropped real text in silence,
    the Korean half of a bilingual page, a card's heading, a restaurant's menu, a board's
    reply, a share price."""
    assert lines(read("page.html", page.encode())) == expected


@pytest.mark.parametrize(("head", "body", "expected"), [
    # the title in a page region named "header" by its id, above the article body
    ("<title>국회, 추경안 통과 | 경향신문</title>",
     '<div id="art_header"><h1 class="headline">국회, 추경안 통과</h1><em>이지은 기자</em></div>'
     '<div class="art_body"><p>국회가 본회의에서 추경안을 통과시켰다.</p></div>',
     ["국회, 추경안 통과", "국회가 본회의에서 추경안을 통과시켰다."]),
    # a CMS's page <header> outside any <article>, the title an h3; og:title wins over <title>
    ('<title>Site</title><meta property="og:title" content="Heavy rain floods capital">',
     '<header class="article-view-header"><h3 class="heading">Heavy rain floods  capital</h3><p>By Park</p></header>'
     '<article><p>Heavy rain hit Seoul.</p></article>', ["Heavy rain floods capital", "Heavy rain hit Seoul."]),
    # the site's logo heading is a small part of the title, a hidden heading is not read: both stay dropped
    ("<title>전기요금 인상 - 한국일보</title>",
     '<div id="header"><h1 class="logo"><a href="/">한국일보</a></h1><h2 hidden>전기요금 인상</h2></div>'
     '<p>다음 달부터 전기요금이 오른다.</p>', ["다음 달부터 전기요금이 오른다."]),
    # regression (end-to-end audit): a logo longer than the page's own part of the title
    # was "most of" the title; the site's name, the title's last part, is never the title
    ("<title>보도자료 | 과학기술정보통신부</title>",
     '<header><h1><a href="/">과학기술정보통신부</a></h1></header><main><p>본문이다.</p></main>', ["본문이다."]),
    ('<meta property="og:site_name" content="연합뉴스"><title>연합뉴스 - 폭우 피해 속출</title>',
     '<header><h1>연합뉴스</h1><h2>폭우 피해 속출</h2></header><p>본문이다.</p>', ["폭우 피해 속출", "본문이다."]),
    # regression (hostile audit): a title in the page's header and the article's own <h1>
    # was read twice; one in two chrome elements, once
    ("<title>서울 시장 선거 결과 | 뉴스</title>",
     '<header><h1>서울 시장 선거 결과</h1></header><div id="header"><h2>서울 시장 선거 결과</h2></div>'
     "<article><h1>서울 시장 선거 결과</h1><p>본문이다.</p></article>", ["서울 시장 선거 결과", "본문이다."]),
    ("<title>서울 시장 선거 결과 | 뉴스</title>",
     '<header><h1>서울 시장 선거 결과</h1></header><div id="header"><h2>서울 시장 선거 결과</h2></div>'
     "<p>본문이다.</p>", ["서울 시장 선거 결과", "본문이다."]),
    # regression (a web-page audit): a breadcrumb title names the site first ("국립남해박물관 >
    # 전시 > 특별전시"), and its logo was read as the title; a heading that is a link to the
    # site's home page is a logo whatever the title says
    ("<title>국립남해박물관 &gt; 전시 &gt; 특별전시</title>",
     '<div id="header"><h1><a href="/">국립남해박물관</a></h1></div><h3>바다를 건넌 청자</h3><p>본문이다.</p>',
     ["바다를 건넌 청자", "본문이다."]),
    ("<title>국립남해박물관 &gt; 전시 &gt; 특별전시</title>",
     '<div id="header"><h1><a href="/ko/main.do">국립남해박물관</a></h1></div><p>본문이다.</p>', ["본문이다."]),
], ids=["view-header", "page-header", "logo", "long-site-name", "site-name-first", "in-article-too",
        "in-chrome-twice", "breadcrumb-title-logo", "logo-to-index"])
def test_html_article_title_inside_page_chrome_is_read(head, body, expected):
    """News sites write the article's title above the article, in a page <header> or a
    div named "art_header", which were dropped with their chrome: the heading that is
    most of the page's og:title or <title> is read where it stands, the rest dropped."""
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert lines(read("page.html", page.encode())) == expected


def test_html_form_controls_and_images_separate_the_words_beside_them():
    """Regression (end-to-end audit): a page's rating survey read "매우만족만족" and "Very
    satisfiedSatisfied" (labels whose radio buttons stand between them); inline
    elements still join as the browser joins them ("sam<b>sung</b>")."""
    page = ("<p><label><input type=radio>매우만족</label><label><input type=radio>만족</label></p>"
            "<p><label><input type=radio>Very satisfied</label><label><input type=radio>Satisfied</label></p>"
            "<p>A<img src=x>B <button>OK</button>next</p><p>sam<b>sung</b></p>")
    assert lines(read("page.html", page.encode())) == ["매우만족 만족", "Very satisfied Satisfied", "A B next", "samsung"]


@pytest.mark.parametrize("data", [b"<html><head><title>x</title></head><body></body></html>",
                                  b"<script>only()</script>", b"<!-- nothing -->"])
def test_html_without_visible_text_is_an_input_error(data):
    with pytest.raises(InputError):
        read("empty.html", data)


# ---------------------------------------------------------------- PDF


def pdf_bytes(pages: list[list[tuple[str, str]]], encrypt=None) -> bytes:
    """A PDF from pages of (font, line) rows; HYSMyeongJo-Medium is reportlab's built-in
    Korean CID font, so no font file is needed and Hangul goes into the text layer."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    out = io.BytesIO()
    c = canvas.Canvas(out, encrypt=encrypt, invariant=1)
    for page in pages:
        y = 780
        for font, line in page:
            if line:
                c.setFont(font, 11)
                c.drawString(72, y, line)
            y -= 15
        c.showPage()
    c.save()
    return out.getvalue()


KO, EN = "HYSMyeongJo-Medium", "Helvetica"


KOREAN_PARAGRAPHS = [
    "세계에서 가장 강력한 수퍼컴퓨터를 1년 동안이나 독점해 오던 정부의 연구학자들이 이 1억1천만 달러짜리 경이로운 "
    "설비를 공개하며, 이것이 핵전쟁으로부터 세계를 구하는데 도움이 될 것이라고 말했다.",
    "초당 12조3천억 번의 계산을 수행할 수 있는 능력이 있는 로렌스 리버모아 국립 연구소의 이 수퍼컴퓨터는 미국의 "
    "노후한 비축 핵무기들이 발사되었을 때 어떻게 작동할 것인가를 모의 실험하는데 주로 사용될 것이다.",
    "이것은 농구장 2개 크기의 방 안에 83마일의 배선으로 연결된 일련의 검은 색 냉장고 크기만한 상자들 안에 들어 "
    "있는 8,192개의 마이크로 프로세서를 갖고 있다.",
    "ASCI White는 정부를 위해 IBM사가 고안한 것으로서, 작년에 28대의 대형 화물 트럭으로 리버모아 연구소에 "
    "배달되었다.",
]


@pytest.mark.parametrize("wrap", ["CJK", None])
def test_pdf_korean_wrapped_inside_words_joins_without_a_space(wrap):
    """Regression (end-to-end audit): Korean PDFs wrapped a character at a time (Hangul
    word processors' default) read as "유지 하기", "트럭으 로": the reader joined every
    line with a space. A page whose Korean breaks kiwipiepy reads as inside words joins
    them so; text wrapped at spaces (wrap None) keeps every space."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    style = ParagraphStyle("ko", fontName="HYSMyeongJo-Medium", fontSize=11, leading=15, spaceAfter=12,
                           **({"wordWrap": wrap} if wrap else {}))
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build([Paragraph(text, style) for text in KOREAN_PARAGRAPHS])
    got = lines(read("ko.pdf", out.getvalue()))
    if wrap is None:
        assert got == KOREAN_PARAGRAPHS
    else:  # kiwipiepy's spacing model may misread a break or two
        assert sum(g == k for g, k in zip(got, KOREAN_PARAGRAPHS)) >= 3 and len(got) == len(KOREAN_PARAGRAPHS)
        assert "".join(got).replace(" ", "") == "".join(KOREAN_PARAGRAPHS).replace(" ", "")


@pytest.mark.parametrize(("font", "indent"), [("ko", 10), ("en", 18)])
def test_pdf_a_paragraphs_indented_first_line_stays_in_it(font, indent):
    """Regression (a classics audit): in text set ragged right, a paragraph's indented first
    line lines up with none of its other lines, and pdfminer boxed it alone: "… 업무상
    보관하던" | "원고의 자금을 …" were two paragraphs. A heading over a paragraph (the next
    word would have fitted after it) stays apart; so does an outline's heading over its "○ …"
    items (an adversarial check)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    name = "HYSMyeongJo-Medium" if font == "ko" else "Helvetica"
    body = ParagraphStyle("body", fontName=name, fontSize=11, leading=15, firstLineIndent=indent)
    heading = ParagraphStyle("heading", fontName=name, fontSize=11, leading=15)
    texts = KOREAN_PARAGRAPHS[:3] if font == "ko" else [
        "The Defendant argues that his liability should be limited because the Plaintiff's neglect of internal "
        "controls over its finances contributed to the occurrence and growth of the damage.",
        "The Plaintiff began an internal audit in August, and the Defendant submitted his resignation and left "
        "the company before it ended.",
        "Accordingly, the Defendant is obliged to pay the Plaintiff KRW 87,500,000 and delay damages thereon."]
    title = "가. 당사자의 지위" if font == "ko" else "A. Status of the Parties"
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build([Paragraph(title, heading)] + [Paragraph(t, body) for t in texts])
    assert lines(read(f"{font}.pdf", out.getvalue())) == [title] + texts
    outline = ["□ 2024년 상반기 수출 지원 사업 추진 실적 및 하반기 추진 계획 보고",
               "○ 해외 전시회 참가 지원 1,200개사, 통번역 지원 850건 실적 달성", "○ 하반기에는 지원 대상 기업을 2,000개사로 확대 추진"]
    for kept, indents in ((outline, [0, 20, 20]),):
        page = io.BytesIO()
        c = canvas.Canvas(page, invariant=1)
        c.setFont(KO, 11)
        for k, (line, indent) in enumerate(zip(kept, indents)):
            c.drawString(72 + indent, 780 - 15 * k, line)
        c.save()
        assert lines(read("ko.pdf", page.getvalue())) == kept


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_pdf_a_bulleted_lists_short_items_are_paragraphs_of_their_own(lang):
    """Regression (a medical audit): a leaflet's list, bullets drawn in a symbol font with no
    text mapping ("(cid:127)"), items shorter than the page's text: the box's longest item
    read as one that ran to the margin, and the items were one paragraph. A box is measured
    against its column, and the next line opening with the bullet the line before opened
    with is the list's next item."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    head, items = {
        "ko": ("다음과 같은 사람은 이 약을 복용하지 마십시오.",
               ["이 약 또는 다른 해열진통제에 과민반응(천식, 두드러기 등)을 보인 적이 있는 사람",
                "위장관 궤양 또는 출혈이 있는 사람", "심한 간장애, 신장애 또는 심장기능부전 환자"]),
        "en": ("Do not give this medicine to a child who:",
               ["has ever reacted badly (asthma, hives) to this or any other fever or pain medicine",
                "has a stomach ulcer or bleeding in the stomach or gut", "has severe liver, kidney or heart disease"])}[lang]
    if lang == "en":
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    body = ParagraphStyle("b", fontName=KO if lang == "ko" else "DejaVuSans", fontSize=9, leading=13, spaceAfter=3)
    bullet = ParagraphStyle("l", parent=body, leftIndent=12, bulletIndent=2)
    out = io.BytesIO()
    label = "일반의약품 | 해열진통제" if lang == "ko" else "Pharmacy medicine | Fever and pain relief"
    SimpleDocTemplate(out, invariant=1, leftMargin=56, rightMargin=56).build(
        [Paragraph(label, body), Paragraph(head, body)] + [Paragraph(item, bullet, bulletText="•") for item in items])
    assert lines(read(f"{lang}.pdf", out.getvalue()))[-3:] == items


def _hanging_list_pdf(items: list[tuple[str, str]], font: str = KO) -> bytes:
    """A narrow page of items with hanging indents: each mark at the margin, its text and
    wrapped lines 12 points right of it (reportlab's bulletText); an item whose mark is
    indented ("  가.") nested, its mark where its parent's text begins."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    body = ParagraphStyle("b", fontName=font, fontSize=9, leading=12, bulletFontName=font)
    step = ParagraphStyle("s", parent=body, leftIndent=12, bulletIndent=0)
    nested = ParagraphStyle("n", parent=body, leftIndent=24, bulletIndent=12)
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1, pagesize=(300, 400), leftMargin=30, rightMargin=30).build(
        [Paragraph(text, nested if mark.startswith(" ") else step, bulletText=mark.strip()) for mark, text in items])
    return out.getvalue()


def test_pdf_a_list_items_wrapped_lines_under_its_text_stay_in_it():
    """Regression (a manuals audit): steps set with hanging indents, their wrapped lines
    starting where the item's text does, right of its number: pdfminer boxed the wrapped
    lines apart (they line up with no line of the item's first) and the step's sentence
    was cut in two ("… 콘센트에" | "꽂으십시오."), each half paired alone. A nested item that
    lines up with its parent's text stays an item of its own."""
    steps = [("1.", "전원 어댑터를 충전대에 연결한 다음 콘센트에 꽂으십시오."),
             ("2.", "본체 밑면의 전원 스위치를 켜고 본체를 충전대에 올려 충분히 충전하십시오."),
             ("3.", "충전 표시등이 녹색으로 바뀌면 충전이 끝난 것입니다.")]
    assert lines(read("steps.pdf", _hanging_list_pdf(steps))) == [f"{mark} {text}" for mark, text in steps]
    english = [("•", "Connect the power adapter to the dock and plug it into the wall socket."),
               ("•", "Turn on the power switch underneath the robot, set it on the dock and let it charge fully.")]
    assert lines(read("steps.pdf", _hanging_list_pdf(english, EN))) == [text for _, text in english]  # (Helvetica's
    # bullet is drawn as no character)
    parent = [("1.", "다음 준비물을 모두 갖춘 뒤 이 순서대로 설치를 시작하고"), ("  가.", "드라이버"), ("  나.", "전원 어댑터")]
    assert lines(read("nested.pdf", _hanging_list_pdf(parent))) == [f"{mark.strip()} {text}" for mark, text in parent]


def _lines_pdf(rows: list[tuple[float, str]], font: str = EN, size: float = 10) -> bytes:
    """A page of lines at x 72, each ``(space, text)`` set ``space`` points under the line
    before (a baseline's distance), the first at y 760."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    y = 760
    for space, text in rows:
        y -= space
        c.setFont(font, size)
        c.drawString(72, y, text)
    c.showPage()
    c.save()
    return out.getvalue()


def test_pdf_one_line_paragraphs_set_apart_by_space_are_apart():
    """Regression (a diplomacy audit's MOU): one-line paragraphs set with space between them,
    a heading over its text and a preamble's clauses ending in ",", were boxed together
    (the page's usual gap is wide) and ran on into one paragraph, since none ends a
    sentence. A line that stops short and a line set a fifth of a type size or more
    further under it than the page's leading are two paragraphs; a paragraph's own lines,
    however short its last, stay one."""
    body = ("The purpose of this Memorandum of Understanding is to establish a framework for",
            "cooperation between the Participants in climate change adaptation and disaster",
            "risk reduction, as set out below.")
    rows = [(0, "Paragraph 1 - Objective"), (18, body[0]), (15, body[1]), (15, body[2]),
            (18, "Paragraph 2 - Areas of Cooperation"), (18, "The Participants will cooperate in the following areas,"),
            (18, "as they decide from time to time,"), (18, body[0]), (15, body[1]), (15, "risk reduction.")]
    assert lines(read("mou.pdf", _lines_pdf(rows))) == [
        "Paragraph 1 - Objective", " ".join(body), "Paragraph 2 - Areas of Cooperation",
        "The Participants will cooperate in the following areas,", "as they decide from time to time,",
        " ".join(body[:2]) + " risk reduction."]
    unspaced = [(0 if k == 0 else 15, text) for k, (_, text) in enumerate(rows)]
    assert lines(read("mou.pdf", _lines_pdf(unspaced)))[0].startswith("Paragraph 1 - Objective The purpose")
    # a full line whatever it ends in, above a line set lower by a tall glyph, goes on (an
    # adversarial check: "… (see the appendix to Chapter 4)" above a superscript's line)
    tall = [(0, "The committee reviewed every submission received before the deadline and asked"),
            (12, "the authors of the twelve best of them to present their work at the meeting (see Chapter 4)"),
            (14.5, "and to send their papers in time to be published in the proceedings next year."),
            (12, "It closed.")]
    assert len(lines(read("tall.pdf", _lines_pdf(tall)))) == 1


def test_pdf_a_field_after_a_line_that_stops_short_opens_a_paragraph():
    """Regression (a manuals audit): a warranty's last exclusion, no full stop, and the
    "Customer service: …" line under it were one paragraph (a field opened a paragraph
    only after another field)."""
    rows = [(0, "The following repairs are charged even within the warranty period, as the terms say:"),
            (15, "- repairs or modifications made by anyone other than a service center"),
            (15, "- damage from fire, flooding, lightning or other natural disasters"),
            (15, "Customer service: 1588-7200 (weekdays, 9 a.m. to 6 p.m.)")]
    assert lines(read("w.pdf", _lines_pdf(rows)))[-1] == rows[-1][1]
    # ... not a web address after a line that stops short (an adversarial check)
    url = [(0, "The full terms and conditions of the warranty and the service centres are listed"),
           (12, "on our website at"), (12, "https://www.example.co.kr/support/warranty/terms-and-conditions.")]
    assert len(lines(read("u.pdf", _lines_pdf(url)))) == 1


def test_pdf_a_label_ending_a_line_before_its_number_ends_no_paragraph():
    """Regression (a patents audit): "(IRB No." at a line's end above "2025-0142)." was
    read as a sentence's end in a line that stops short, and the number a paragraph of its
    own; so was a grant's "연구임(No." above "RS-2024-00345678)."."""
    rows = [(0, "Data were analyzed with SPSS 27.0 and the significance level was set at p < 0.05. The"),
            (12, "study was approved by the institutional review board (IRB No."),
            (12, "2025-0142). Informed consent was obtained from all participants.")]
    assert lines(read("a.pdf", _lines_pdf(rows))) == [" ".join(text for _, text in rows)]
    korean = [(0, "이 논문은 2024년도 정부의 재원으로 한국연구재단의 지원을 받아 수행된 연구임(No."), (12, "RS-2024-00345678).")]
    assert lines(read("k.pdf", _lines_pdf(korean, KO))) == [" ".join(text for _, text in korean)]
    # ... not an answer's "No." above the next item (an adversarial check)
    faq = [(0, "1. Do I need a visa for a stay of less than ninety days in the country? No."),
           (12, "2. Can I extend my stay after I arrive? Yes, at an immigration office.")]
    assert lines(read("faq.pdf", _lines_pdf(faq))) == [text for _, text in faq]


def test_pdf_an_item_after_a_clause_ending_in_a_semicolon_opens_a_paragraph():
    """Regression (a diplomacy audit): "(b) … wildfires;" above "(c) exchanges …" was one
    paragraph: a list's clause ends in a semicolon (or "; and"), not a full stop."""
    rows = [(0, "The Participants will cooperate in the following areas:"),
            (15, "(a) climate risk assessment and early warning systems for the coastal regions of both;"),
            (15, "(b) policies and good practices for responding to heatwaves, floods and wildfires; and"),
            (15, "(c) other areas as mutually decided by the Participants.")]
    assert lines(read("items.pdf", _lines_pdf(rows))) == [text for _, text in rows]
    # ... a list's own item only: "… began;" above "(1) to measure …" inside a sentence goes on
    prose = [(0, "The study had two aims, which the steering committee set before the fieldwork began;"),
             (12, "(1) to measure how often older drivers renew their licences on time, and (2) to find out.")]
    assert len(lines(read("prose.pdf", _lines_pdf(prose)))) == 1


def test_pdf_a_subtitle_a_point_larger_than_its_lead_is_a_paragraph_of_its_own():
    """Regression (a business audit): a press release's subtitles at 11 pt over its 10 pt
    lead (9% larger, under the 15% the reader asked) were joined to the lead paragraph."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    sub = ParagraphStyle("h", fontName=KO, fontSize=11, leading=15)
    body = ParagraphStyle("b", fontName=KO, fontSize=10, leading=15)
    texts = ["영업이익 2,870억 원으로 분기 최대 실적 경신",
             "(주)대원테크는 29일 3분기 잠정 실적을 발표했다."]
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1).build([Paragraph(texts[0], sub), Paragraph(texts[1], body)])
    assert lines(read("ko.pdf", out.getvalue())) == texts


def test_pdf_an_exams_lettered_items_are_paragraphs_of_their_own():
    """Regression (an education audit): "<보기>" and "ㄱ. A는 기공으로, …" under it were one
    paragraph (no sentence end after the box's label), and the item's mark went to the label."""
    rows = ["<보기>", "ㄱ. A는 기공으로, 기체가 드나드는 통로이다.", "ㄴ. B는 공변세포이다."]
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in rows]]))) == rows
    rows = ["<Statements>", "a. A is a stoma, an opening through which gases pass.", "b. B is a guard cell."]
    assert lines(read("en.pdf", pdf_bytes([[(EN, line) for line in rows]]))) == rows


def test_pdf_a_korean_date_a_full_line_cut_is_no_list_item():
    """Regression (a classics audit): "… 감사가 시작되자 2023. 8." ran to the margin, and
    "31. 사직서를 제출하고 퇴사하였다." under it was read as a list's item 31."""
    wrapped = ["피고는 그 과정에서 이체 내역을 회계장부에 기재하였으며, 원고의 내부 감사가 시작되자 2023. 8.",
               "31. 사직서를 제출하고 퇴사하였다.", "1. 원고의 청구를 기각한다."]
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in wrapped]]))) == [
        " ".join(wrapped[:2]), wrapped[2]]
    year = ["따라서 피고는 원고에게 87,500,000원 및 이에 대하여 불법행위 이후로서 원고가 구하는 2023.",
            "9. 1.부터 다 갚는 날까지 지연손해금을 지급할 의무가 있다."]
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in year]]))) == [" ".join(year)]
    # a year alone before an item is no date cut (an adversarial check)
    items = ["이 계약은 다음 각 호의 날짜에 효력이 발생한다. 최초 계약일 2023.", "1. 갑과 을이 서명한 날"]
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in items]]))) == items


@pytest.mark.parametrize(("wrapped", "expected"), [
    (["세계에서 가장 강력한 수퍼컴퓨", "터를 1년 동안이나 독점해 오", "던 정부의 연구학자들이 총 1",
      "억1천만 달러짜리 경이로운 설", "비를 공개했다."],
     "세계에서 가장 강력한 수퍼컴퓨터를 1년 동안이나 독점해 오던 정부의 연구학자들이 총 1억1천만 달러짜리 "
     "경이로운 설비를 공개했다."),
    (["경찰에 따르면 이날 서울의 한 건", "물에서 일어난 화재로 모두 3", "명이 숨지고 열 명이 다쳤으며 불",
      "은 두 시간 만에 모두 꺼졌다고 한", "다."],
     "경찰에 따르면 이날 서울의 한 건물에서 일어난 화재로 모두 3명이 숨지고 열 명이 다쳤으며 불은 두 시간 만에 "
     "모두 꺼졌다고 한다."),
    (["남북 양측은 서울에서 열리는 제", "1차 장관급 회담에서 이 문제를 다", "시 논의하기로 합의했다고 통일부",
      "가 오늘 아침 기자들에게 밝혔", "다."],
     "남북 양측은 서울에서 열리는 제1차 장관급 회담에서 이 문제를 다시 논의하기로 합의했다고 통일부가 오늘 아침 "
     "기자들에게 밝혔다."),
    (["야구 선수인 그는 지난 2019", "시즌에 홈런 서른 개를 쳐 리그", "의 최우수 선수로 뽑혔고, 올해",
      "도 그 기록을 넘어설 것으로 보인", "다."],  # a space at a number, read as one
     "야구 선수인 그는 지난 2019 시즌에 홈런 서른 개를 쳐 리그의 최우수 선수로 뽑혔고, 올해도 그 기록을 넘어설 "
     "것으로 보인다."),
], ids=["digit-numeral", "digit-counter", "prefix-digit", "space-at-digit"])
def test_pdf_korean_wrapped_inside_a_number_joins_as_the_spacing_model_reads_it(wrapped, expected):
    """Regression (end-to-end audit): on a page wrapped a character at a time, a line that
    ended in a digit before Hangul ("총 1" / "억1천만"), or in the prefix 제 before a digit,
    was joined with a space ("1 억1천만", "제 1차"). kiwipiepy's spacing model reads those
    breaks too, once the page's breaks between Hangul show how it was wrapped."""
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in wrapped]]))) == [expected]


def test_pdf_korean_wrapped_at_spaces_keeps_them_beside_numbers():
    """Breaks at numbers do not count toward whether a page was wrapped a character at a
    time: the spacing model reads "3" / "명이" as one word whether or not the text spaced
    them, and here two of five breaks would make a page wrapped at spaces pass."""
    wrapped = ["경찰에 따르면 이날 화재로 모두 3", "명이 숨졌고 이웃에 사는 주민 2", "명이 다쳤으며 불은 두 시간 만에",
               "모두 꺼졌다고 소방 당국이 오늘", "아침 기자들에게 밝혔으며 불이 난", "원인을 조사하고 있다고 덧붙였다."]
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in wrapped]]))) == [" ".join(wrapped)]


def test_pdf_korean_wrapping_is_read_from_the_whole_document_by_its_odds():
    """Regression (office documents audit): whether a PDF was wrapped a character at a time
    was read page by page from a share of breaks, at least three: a page wrapped at spaces
    with one of three breaks read as one word ("조선" / "시대") was glued ("조선시대"), and a
    short page wrapped a character at a time with two breaks was not ("이용하 실"). The
    decision is read from the whole document's breaks, as the odds of the two wrappings."""
    spaced = ["관람객이 찾고 있습니다. 박물관에는 조선", "시대 통신사선 복원 모형을 비롯해 매년 100만 명 이상의 관람객이",
              "찾고 있습니다. 오후 9시까지 야간 개장을", "합니다."]
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in spaced]]))) == [" ".join(spaced)]
    cut = ["자가용을 가져오시는 분들은 주차장이 좁으므로 가급적 대중교통을 이용하", "시기 바랍니다. 사진 촬영은 유물을 손상시킬 수 있으므로 플래시를 쓰",
           "지 마십시오."]
    assert lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in cut]]))) == ["".join(cut)]


def test_pdf_short_lines_the_next_word_would_have_fitted_after_are_paragraphs():
    """Regression (a manuals audit): a spec sheet's lines without full stops ("Model:
    AP-1510" above "Rated voltage: AC 220 V, 60 Hz") were read as one paragraph, one
    segment paired with four Korean lines. A line that stops before the middle of its box,
    though the next line's first word would have fitted after it, was broken by its writer;
    a sentence wrapped by the typesetter, or a word hyphenated at the line end, goes on."""
    spec = ["Model: AP-1510", "Rated voltage: AC 220 V, 60 Hz", "Power consumption: 45 W", "Weight: approx. 6.2 kg",
            "The coverage area was measured according to the Korea Air Cleaning Association",
            "standard and may vary with actual operating conditions."]
    assert lines(read("en.pdf", pdf_bytes([[(EN, line) for line in spec]]))) == spec[:4] + [" ".join(spec[4:])]
    # lines that stop short beside a picture are wrapped, not fields (an adversarial check),
    # nor is a line opening on a time ("10:00 and …")
    tour = ["Opening hours: 09:00-18:00 (last entry 17:30) | Closed: Mondays and 1 January | Admission: free",
            "Guided tours in English start at the main gate at", "10:00 and 14:00 and last about one hour,",
            "covering the shrine, the mask museum and the", "herbal market."]
    assert len(lines(read("en.pdf", pdf_bytes([[(EN, line) for line in tour]])))) == 1
    hyphen = ["The foundation supported two hundred groups and a well-known school, and built a", "com-",
              "munity library."]
    assert lines(read("en.pdf", pdf_bytes([[(EN, line) for line in hyphen]]))) == [
        "The foundation supported two hundred groups and a well-known school, and built a community library."]


def test_pdf_lines_are_rejoined_into_paragraphs_and_hangul_survives():
    data = pdf_bytes([[
        (KO, "서울은 한국의 수도이며 인구는 약 천만 명이고, 많은 사람들이 매일"), (KO, "지하철을 탄다."),
        (KO, ""), (KO, "두 번째 문단이다."),
        (EN, "Seoul is the capital of Korea, home to about ten million people, many of"),
        (EN, "whom take the subway every day."), (EN, ""),
        (EN, "A word broken at the end of a line is re-"), (EN, "joined here."),
        (EN, ""), (EN, "This paragraph runs over the page break, so its end is"),
    ], [(EN, "on the next page."), (EN, ""), (EN, "Page two has its own paragraph.")]])
    doc = read("a.pdf", data)
    assert lines(doc) == [
        "서울은 한국의 수도이며 인구는 약 천만 명이고, 많은 사람들이 매일 지하철을 탄다.",
        "두 번째 문단이다.",
        "Seoul is the capital of Korea, home to about ten million people, many of whom take the subway every day.",
        "A word broken at the end of a line is rejoined here.",
        "This paragraph runs over the page break, so its end is on the next page.",
        "Page two has its own paragraph.",
    ]
    assert doc.metadata["pages"] == 2


def test_pdf_running_headers_and_footers_are_left_out_and_hyphenated_words_written_whole():
    """Regression (reader audit): a report's running header and page number were read as
    paragraphs: one landed inside a pair ("Annual Report 2023 | Example Foundation
    country.") and kept a sentence that runs over a page break from being joined again.
    A word hyphenated at a line end kept its hyphen ("commu-nity"); one the document
    writes with its hyphen elsewhere keeps it. Two pages placed alike are no running
    text (see the form test): three pages are needed."""
    from reportlab.pdfgen import canvas

    pages = [["The foundation supported two hundred commu-", "nity groups and a well-", "known school.", "",
              "It awarded scholarships to students across the"],
             ["country. Most of them are the first in their families to", "attend a well-known university."],
             ["We thank our donors for their support."]]
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for number, rows in enumerate(pages, 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 810, "Annual Report 2023 | Example Foundation")
        c.drawCentredString(300, 30, f"- {number} -")
        c.setFont("Helvetica", 11)
        for k, row in enumerate(rows):
            if row:
                c.drawString(72, 760 - 15 * k, row)
        c.showPage()
    c.save()
    assert lines(read("a.pdf", out.getvalue())) == [
        "The foundation supported two hundred community groups and a well-known school.",
        "It awarded scholarships to students across the country. Most of them are the first in their families "
        "to attend a well-known university.",
        "We thank our donors for their support."]


def _headed_pages(pages: list[list[str]], header: str) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for number, rows in enumerate(pages, 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 810, header)
        c.drawCentredString(300, 30, f"- {number} -")
        c.setFont("Helvetica", 11)
        for k, row in enumerate(rows):
            c.drawString(72, 760 - 30 * k, row)
        c.showPage()
    c.save()
    return out.getvalue()


def test_pdf_a_two_page_files_page_numbers_are_left_out_but_not_its_other_edge_lines():
    """A two-page file's page numbers were read (running lines need three pages) and paired
    (a manuals audit); they are left out. Its other lines at the same edge of both pages
    stay: two one-page letters' "학부모님께", a two-day itinerary's "1일차 (5월 3일)" (digits
    aside, the same) are text (an adversarial check), and so, unavoidably, is a two-page
    manual's running head."""
    pages = [["Safety instructions come first.", "Keep the robot away from water."],
             ["Charge the battery before first use.", "Clean the filter every week."]]
    read_lines = lines(read("m.pdf", _headed_pages(pages, "RV-7200K User Manual")))
    assert "- 1 -" not in read_lines and "- 2 -" not in read_lines
    assert read_lines.count("RV-7200K User Manual") == 2
    days = _headed_pages([["Gyeongju old town walk."], ["Bulguksa temple visit."]], "Day 1 (3 May)")
    assert lines(read("d.pdf", days)).count("Day 1 (3 May)") == 2


def test_pdf_a_page_number_read_between_two_columns_is_left_out():
    """Regression (a reader audit, 2026-12-04): on a two-column page pdfminer reads the
    centred page number between the columns, so it was no first or last paragraph of the
    page, never taken for a running line, and cut the sentence that runs on into the
    second column. A page's one paragraph of digits and no letters counts as its number,
    wherever it is read."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for number, word in enumerate(["apple", "bridge", "candle"], 1):
        c.setFont("Times-Roman", 11)
        left = [f"A short {word} paragraph.", f"Another short {word} paragraph.",
                f"The {word} opens page {number} with a full sentence.", f"The second {word} sentence of the column starts",
                f"here and the {word} is carried over to the next"]
        right = [f"column where the {word} finally ends.", f"Then the {word} closes this page.",
                 f"One more {word} paragraph.", f"The last {word} paragraph."]
        for k, row in enumerate(left):
            c.drawString(72, height - 80 - 14 * k, row)
        for k, row in enumerate(right):
            c.drawString(312, height - 80 - 14 * k, row)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(width / 2, 30, f"- {number} -")
        c.showPage()
    c.save()
    text = "\n".join(lines(read("a.pdf", out.getvalue())))
    assert "- 1 -" not in text and "- 2 -" not in text and "- 3 -" not in text


def test_rejoining_hyphenated_words_is_linear_in_a_long_word():
    """The patterns that rejoin words hyphenated at a line end were tried at every letter
    of a long "word" (a hostile page of 100,000 letters without a space) and read the rest
    of it each time: 2.6 s for 40,000 letters, hours for a page's worth. In a child process
    with a limit, so a regression fails instead of hanging."""
    code = ("from aligner.formats.pdf import _dehyphenated; "
            "assert _dehyphenated('a' * 300_000 + '\\xadb ' + 'x' * 300_000 + ' well-known wel\\xadl-known')"
            ".endswith(' well-known well-known')")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_pdf_encrypted_with_a_password_is_an_input_error_without_one_it_is_read():
    from reportlab.lib.pdfencrypt import StandardEncryption

    with pytest.raises(InputError, match="encrypted and needs a password"):
        read("locked.pdf", pdf_bytes([[(EN, "Secret text.")]], encrypt="secret"))
    owner_only = StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0)
    assert lines(read("owner.pdf", pdf_bytes([[(EN, "Readable text.")]], encrypt=owner_only))) == ["Readable text."]


def test_pdf_text_whose_font_maps_no_characters_is_an_input_error_not_invented_text(caplog):
    """Regression (hostile audit): Korean drawn in a CID font that an owner password's
    encryption leaves without its Unicode mapping came out as pdfminer's placeholders,
    "(cid:2527)(cid:1496)…", read as English text (exit 4 "no Korean text", or the
    placeholders listed as English segments). Over a tenth of the text unmapped is an
    error that says so; a few unmapped symbols are left out with a warning."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    owner_only = StandardEncryption("", ownerPassword="owner")
    data = pdf_bytes([[(KO, "오늘은 날씨가 좋습니다."), (EN, "The weather is nice today.")]], encrypt=owner_only)
    with pytest.raises(InputError, match=r"locked\.pdf: \d+ of its \d+ characters .*no Unicode mapping.*OCR"):
        read("locked.pdf", data)
    from aligner.formats.pdf import _without_unmapped

    assert _without_unmapped([("(cid:7) The weather is nice. (cid:12)", True), ("(cid:3)", False)]) == (
        [("The weather is nice.", True)], 3)
    assert _without_unmapped([("No placeholders (cid here).", True)]) == ([("No placeholders (cid here).", True)], 0)


def two_column_pdf(columns: list[list[str]], font: str, leading: float, title: str | None = None,
                   gap: float = 17, across: bool = False) -> bytes:
    """An A4 page of two columns of paragraphs, wrapped to columns ``gap`` points (0.6 cm)
    apart, drawn column by column; 10-point text, paragraphs half a line apart, so the
    columns' lines sit at the same heights. ``across``: drawn a row at a time across the
    columns (the left column's line, then the right's), each line but a paragraph's last
    justified (word gaps up to three spaces wide, else left ragged) and Korean wrapped a
    character at a time, as Hangul word processors do, so that lines run to the gutter."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    margin = 57
    width = (A4[0] - 2 * margin - gap) / 2
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    top = A4[1] - margin
    if title:
        c.setFont(font, 16)
        c.drawString(margin, top, title)
        top -= 40
    c.setFont(font, 10)

    def size(text: str) -> float:
        return pdfmetrics.stringWidth(text, font, 10)

    drawn = []  # (-y, column, x, y, text)
    for k, paragraphs in enumerate(columns):
        y = top
        for paragraph in paragraphs:
            if across and font == KO:
                wrapped = [""]
                for char in paragraph:
                    if size(wrapped[-1] + char) > width and char not in ".,":
                        wrapped.append("")
                    wrapped[-1] += char if wrapped[-1] or char != " " else ""
            else:
                wrapped = simpleSplit(paragraph, font, 10, width)
            for n, line in enumerate(wrapped):
                x, words = margin + k * (width + gap), line.split()
                space = (width - sum(map(size, words))) / max(len(words) - 1, 1)
                if across and n < len(wrapped) - 1 and space < 3 * size(" "):
                    for word in words:
                        drawn.append((-y, k, x, y, word))
                        x += size(word) + space
                else:
                    drawn.append((-y, k, x, y, line))
                y -= leading
            y -= leading / 2
    for _, _, x, y, text in sorted(drawn, key=lambda row: row[:2]) if across else drawn:
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return out.getvalue()


ENGLISH_PARAGRAPHS = [
    "Government scientists who have had the world's most powerful supercomputer to themselves for a year "
    "unveiled the machine, saying it will help save the world from nuclear war.",
    "The supercomputer at Lawrence Livermore National Laboratory, able to perform 12.3 trillion calculations a "
    "second, will be used mainly to simulate how aging nuclear weapons would work.",
    "It has 8,192 microprocessors housed in a series of black refrigerator-sized boxes connected by 83 miles of "
    "wiring in a room the size of two basketball courts.",
    "ASCI White was designed by IBM for the government and delivered to the laboratory last year in 28 large "
    "trucks.",
]


@pytest.mark.parametrize("leading", [13, 16], ids=["130%", "160%"])
@pytest.mark.parametrize("paragraphs", [KOREAN_PARAGRAPHS, ENGLISH_PARAGRAPHS], ids=["ko", "en"])
@pytest.mark.parametrize("split", [1, 3])
def test_pdf_two_columns_are_read_column_by_column(paragraphs, leading, split):
    """Regression (reader audit): two-column pages were read interleaved. pdfminer orders a
    page's text boxes by merging the nearest two first, and across a gutter narrower than
    the space between paragraphs those are side by side; and at 150% line spacing or more
    (Korean word processors' default is 160%) each line was a box of its own, so the
    columns were read row by row, a paragraph a line."""
    data = two_column_pdf([paragraphs[:split], paragraphs[split:]], KO if paragraphs is KOREAN_PARAGRAPHS else EN,
                          leading)
    assert lines(read("columns.pdf", data)) == paragraphs


@pytest.mark.parametrize("leading", [13, 16], ids=["130%", "160%"])
def test_pdf_title_over_two_columns_is_read_first_then_the_columns(leading):
    """Bands of white space across the page (under the title, and where the two columns'
    paragraph breaks meet) do not cut the columns into rows: a gutter runs through them."""
    data = two_column_pdf([KOREAN_PARAGRAPHS[:3], KOREAN_PARAGRAPHS[3:]], KO, leading, title="수퍼컴퓨터 공개")
    assert lines(read("columns.pdf", data)) == ["수퍼컴퓨터 공개", *KOREAN_PARAGRAPHS]


def _table_pdf(rows: list[tuple[str, str]], english_x) -> bytes:
    """A page of two-cell rows (Korean at x 72, English at ``english_x(korean)``), 18
    points apart, each row drawn Korean cell first."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for k, (ko, en) in enumerate(rows):
        c.setFont(KO, 10)
        c.drawString(72, 700 - 18 * k, ko)
        c.setFont(EN, 10)
        c.drawString(english_x(ko), 700 - 18 * k, en)
    c.showPage()
    c.save()
    return out.getvalue()


def test_pdf_table_is_still_read_by_rows_and_one_column_at_160_percent_by_paragraphs():
    """What the column order leaves alone: a table's cells, each a box, level across its
    columns, are read row by row (as before); a single column set at 160% is read a
    paragraph a line (each of its lines was a paragraph of its own)."""
    rows = [("서울", "Seoul"), ("부산", "Busan"), ("인천", "Incheon"), ("대구", "Daegu")]
    assert lines(read("table.pdf", _table_pdf(rows, lambda ko: 272))) == [cell for row in rows for cell in row]
    assert lines(read("single.pdf", two_column_pdf([KOREAN_PARAGRAPHS], KO, 16))) == KOREAN_PARAGRAPHS


def _ruled_pdf(rows: list[list[str]], widths: list[float], ruled: str = "grid", height: float = 18,
               above: str = "") -> bytes:
    """A page with a table of ``rows`` (cells ``widths`` wide, rows ``height`` apart, text
    9 points), drawn as a ruled grid (``ruled``: "grid", "clip": the same rectangles as
    clipping paths only, nothing painted; "none"), under the line ``above``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    left, top = 72, 700
    if above:
        c.setFont(KO, 11)
        c.drawString(left, top + 12, above)
    lefts = [left + sum(widths[:k]) for k in range(len(widths) + 1)]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.setFont(KO if re.search("[가-힣]", cell) else EN, 9)
            c.drawString(lefts[k] + 4, top - height * (r + 1) + 5, cell)
    bottom = top - height * len(rows)
    if ruled == "grid":
        c.grid(lefts, [top - height * r for r in range(len(rows) + 1)])
    elif ruled == "clip":
        for r in range(len(rows)):
            for k in range(len(widths)):
                c._code.append(f"{lefts[k]} {top - height * (r + 1)} {widths[k]} {height} re W n")
    c.showPage()
    c.save()
    assert bottom > 0
    return out.getvalue()


FUND = [["", "1 month", "3 months", "1 year"], ["Fund", "1.24%", "4.87%", "15.36%"],
        ["Benchmark", "0.98%", "4.11%", "13.02%"], ["Excess return", "0.26%p", "0.76%p", "2.34%p"]]


def test_pdf_a_ruled_tables_cells_are_read_row_by_row():
    """A finance audit's factsheet: a ruled table whose corner cell is empty (a header over
    columns of figures). pdfminer boxed each column's cells together (as close as a
    paragraph's lines) and the columns were read one after another ("Fund Benchmark Excess
    return", "1 month 1.24% 0.98% 0.26%p"); the rules part its cells, read row by row."""
    data = _ruled_pdf(FUND, [110, 70, 70, 70], height=13)
    assert lines(read("fund.pdf", data)) == [cell for row in FUND for cell in row if cell]
    unruled = lines(read("fund.pdf", _ruled_pdf(FUND, [110, 70, 70, 70], ruled="none", height=13)))
    assert unruled[:2] == ["Fund Benchmark Excess return", "1 month 1.24% 0.98% 0.26%p"]  # no rules: as before


def test_pdf_a_ruled_label_value_tables_rows_stay_apart_and_close_cells_are_split_at_the_rule():
    """A tax notice's label–value table (a civic audit): each label with its value, row by
    row; cells closer than pdfminer's word margin (one line without the rule) apart."""
    rows = [["납세자", "마르티네스 엘레나"], ["과세 대상", "서울특별시 성동구 왕십리로 222"],
            ["납부 기한", "2026. 7. 31.까지"]]
    assert lines(read("tax.pdf", _ruled_pdf(rows, [60, 200]))) == [cell for row in rows for cell in row]
    close = [["연령", "체중", "1회 복용량"], ["6~11개월", "7~9 kg", "2.5~3 mL"]]
    assert lines(read("dose.pdf", _ruled_pdf(close, [46, 40, 60]))) == [cell for row in close for cell in row]


def test_pdf_a_ruled_cell_spanning_two_rows_is_read_in_its_first_row():
    """Regression (a housing audit's lease): a form's party cell spans two rows, its label
    set down their middle; it was read after the first row's other cell (its middle lies
    in the second row) and "Landlord" went into the address's pair. A cell's row is that
    of the nearest rule above it that runs over it."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setFont(EN, 9)
    c.drawString(76, 680, "Landlord")  # down the middle of the two rows
    c.drawString(156, 692, "Address: 12 Wangsimni-ro, Seongdong-gu, Seoul")
    c.drawString(156, 670, "Phone: 010-1234-5678")
    c.drawString(76, 648, "Tenant")
    c.drawString(156, 648, "Address: 3 Dongho-ro, Jung-gu, Seoul")
    for y in (706, 662, 640):
        c.line(72, y, 400, y)
    c.line(152, 684, 400, 684)  # parts the spanning cell's two rows on its right only
    for x in (72, 152, 400):
        c.line(x, 640, x, 706)
    c.showPage()
    c.save()
    assert lines(read("lease.pdf", out.getvalue())) == [
        "Landlord", "Address: 12 Wangsimni-ro, Seongdong-gu, Seoul", "Phone: 010-1234-5678",
        "Tenant", "Address: 3 Dongho-ro, Jung-gu, Seoul"]


def test_pdf_a_clipping_path_a_frame_or_an_underline_makes_no_table():
    """Rules that make no table leave the reading as it was: rectangles only clipped to
    (nothing painted), a lone frame round a warning of several lines (one paragraph), a
    rule under a line inside a paragraph (an underlined link)."""
    unruled = lines(read("fund.pdf", _ruled_pdf(FUND, [110, 70, 70, 70], ruled="none", height=13)))
    assert lines(read("fund.pdf", _ruled_pdf(FUND, [110, 70, 70, 70], ruled="clip", height=13))) == unruled
    from reportlab.pdfgen import canvas

    words = ("Keep this medicine out of the sight and reach of children, and store it below 25 degrees "
             "in its carton to protect it from light.").split()
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setFont(EN, 10)
    for k, chunk in enumerate([words[:8], words[8:16], words[16:]]):
        c.drawString(80, 700 - 12 * k, " ".join(chunk))
    c.rect(74, 670, 330, 44)  # the frame
    c.line(80, 686, 200, 686)  # an underline under the second line
    c.showPage()
    c.save()
    assert lines(read("warning.pdf", out.getvalue())) == [" ".join(words)]


def test_pdf_a_highlight_or_a_shading_is_no_table_but_thin_filled_rules_are():
    """An adversarial check: a highlight over two lines (one filled rectangle a line, as tall
    as the line spacing, touching) made a two-cell table, and the paragraph's lines were cut
    at its edges and interleaved. A filled shape's edges are rules only where it is as thin
    as a rule (a grid drawn as filled hairline rectangles still is)."""
    from reportlab.pdfgen import canvas

    words = ("Under the amended rules every workplace must report the results of its annual safety "
             "inspection to the competent authority by the end of March of the following year.").split()
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setFillColorRGB(1, 1, 0.6)
    c.rect(150, 692, 250, 13, stroke=0, fill=1)  # the highlight's first line, from "must" on
    c.rect(72, 679, 160, 13, stroke=0, fill=1)  # ... and its second
    c.setFillColorRGB(0, 0, 0)
    c.setFont(EN, 10)
    for k, chunk in enumerate([words[:9], words[9:18], words[18:]]):
        c.drawString(72, 708 - 13 * (k + 1) + 3, " ".join(chunk))
    c.showPage()
    c.save()
    assert lines(read("h.pdf", out.getvalue())) == [" ".join(words)]
    data = _ruled_pdf(FUND, [110, 70, 70, 70], ruled="none", height=13)
    from reportlab.pdfgen import canvas as _canvas  # the same table, its rules filled hairlines

    out = io.BytesIO()
    c = _canvas.Canvas(out, invariant=1)
    lefts, tops = [72, 182, 252, 322, 392], [700 - 13 * r for r in range(len(FUND) + 1)]
    for r, row in enumerate(FUND):
        for k, cell in enumerate(row):
            c.setFont(EN, 9)
            c.drawString(lefts[k] + 4, tops[r + 1] + 5, cell)
    for x in lefts:
        c.rect(x - 0.25, tops[-1], 0.5, tops[0] - tops[-1], stroke=0, fill=1)
    for y in tops:
        c.rect(lefts[0], y - 0.25, lefts[-1] - lefts[0], 0.5, stroke=0, fill=1)
    c.showPage()
    c.save()
    assert lines(read("f.pdf", out.getvalue())) == [cell for row in FUND for cell in row if cell]
    assert lines(read("f.pdf", data))[0] == "Fund Benchmark Excess return"  # unruled: as before


def test_pdf_a_ruled_tables_last_cell_runs_on_to_no_next_page():
    """A table's last cell on a page, its line reaching its column's edge, was joined to the
    next page's first cell as a Korean paragraph running over a page break is
    (``benchmarks/pdf_tables.py``: 29 of its 30 page breaks)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    cells = [[f"{'가나다라마바사'[page]}{r}{k} 셀의 내용이 칸을 채운다" for k in range(2)] for page in range(3) for r in range(3)]
    for page in range(3):
        c.setFont(KO, 8)
        for r in range(3):
            for k in range(2):
                c.drawString(72 + 130 * k + 2, 700 - 11 * (r + 1) + 3, cells[page * 3 + r][k])
        c.grid([72, 202, 332], [700 - 11 * r for r in range(4)])
        c.showPage()
    c.save()
    assert lines(read("t.pdf", out.getvalue())) == [cell for row in cells for cell in row]


def test_pdf_a_page_of_more_rules_than_a_table_has_keeps_none():
    """A chart or a map of thousands of rules is no table: the page keeps none of them (its
    text read as before) rather than comparing every rule with every other."""
    from aligner.formats import pdfrules

    rules = pdfrules.Rules()
    rules.add([((0, y), (500, y)) for y in range(3000)] + [((x, 0), (x, 800)) for x in range(3000)])
    assert rules.overflow and pdfrules.tables(rules) == []
    small = pdfrules.Rules()
    small.add([((0, y), (100, y)) for y in (0, 20, 40)] + [((x, 0), (x, 40)) for x in (0, 50, 100)])
    assert [(len(t.horizontal), len(t.vertical)) for t in pdfrules.tables(small)] == [(3, 3)]


@pytest.mark.parametrize("angle", [90, -90])
def test_pdf_text_drawn_sideways_reads_as_lines_not_a_character_a_line(angle):
    """Regression (hostile audit): text rotated a quarter turn on an upright page (a
    sideways table) came out one character per line, and single characters were paired
    (``는`` with ``e``, 0.85). pdfminer groups such text into lines when asked to look
    for vertical text; upright pages read as before (benchmarks/readers.py: the same
    pairs, the same time)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for i, (font, text) in enumerate([(KO, "오늘은 날씨가 좋습니다."), (EN, "The weather is nice today.")]):
        c.saveState()
        c.translate(200 + 20 * i, 300) if angle > 0 else c.translate(400 - 20 * i, 600)
        c.rotate(angle)
        c.setFont(font, 11)
        c.drawString(0, 0, text)
        c.restoreState()
    c.showPage()
    c.save()
    assert sorted(lines(read("sideways.pdf", out.getvalue()))) == ["The weather is nice today.", "오늘은 날씨가 좋습니다."]


def test_pdf_without_a_text_layer_is_an_input_error_that_says_ocr():
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.rect(72, 600, 300, 100, fill=1)  # what a scan is to a text extractor: no text at all
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer.*OCR"):
        read("scan.pdf", out.getvalue())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_after_a_pdf_header_are_read_or_an_input_error(tail):
    try:
        read("x.pdf", b"%PDF-1.4\n" + tail)
    except InputError:
        pass


def test_a_truncated_pdf_is_an_input_error():
    with pytest.raises(InputError, match="cannot read the PDF|no text layer"):
        read("cut.pdf", pdf_bytes([[(EN, "Some text.")]])[:400])


# ---------------------------------------------------------------- subtitles

SRT = """1
00:00:01,000 --> 00:00:03,000
{\\an8}<i>Where are you</i>
going?

2
00:00:03,500 --> 00:00:05,250
<font color="#ffffff">To eat.</font>

3
00:00:06,000 --> 00:00:07,000

"""

VTT = """WEBVTT - a title

NOTE a comment block

STYLE
::cue { color: yellow }

intro
00:00:01.000 --> 00:00:03.000 align:start
<v Mina>어디 가?</v>

00:03.500 --> 00:05.250
밥 먹으러 &amp; 쉬러.
"""


def test_srt_cues_are_lines_with_their_times():
    doc = read("a.srt", SRT.encode("utf-8-sig"))
    assert lines(doc) == ["Where are you going?", "To eat."]
    assert doc.cues == (Cue(0, 20, 1.0, 3.0), Cue(21, 28, 3.5, 5.25))
    assert all(doc.text[c.start:c.end] == line for c, line in zip(doc.cues, lines(doc)))


def test_vtt_cues_are_lines_with_their_times_tags_and_references_decoded():
    doc = read("a.vtt", VTT.encode())
    assert lines(doc) == ["어디 가?", "밥 먹으러 & 쉬러."]
    assert doc.cues == (Cue(0, 5, 1.0, 3.0), Cue(6, 17, 3.5, 5.25))


def test_vtt_cue_settings_the_parser_does_not_know_are_ignored_not_an_error():
    """Regression (talk audit): a cue setting the strict parser did not know failed the whole
    file (exit 3, "Invalid cue setting 'align:middle'"): the pre-2016 spelling old exports
    still write, a repeated or unknown setting. Settings only place a cue on screen, and the
    standard says to ignore invalid ones."""
    for cue_settings in ("position:50% align:middle", "position:50%,middle", "A:middle", "align:start align:end",
                         "line:0 vertical:rl size:50%"):
        doc = read("a.vtt", f"WEBVTT\n\n00:00:01.000 --> 00:00:03.000 {cue_settings}\n어디 가?\n\n"
                            f"00:03.500 --> 00:05.250\t{cue_settings}\n밥 먹으러.\n".encode())
        assert lines(doc) == ["어디 가?", "밥 먹으러."] and doc.cues == (Cue(0, 5, 1.0, 3.0), Cue(6, 12, 3.5, 5.25))


def test_roll_up_captions_keep_each_line_once_in_the_cue_that_first_shows_it():
    """YouTube's automatic captions (yt-dlp --write-auto-subs): each cue repeats the line
    shown before it, a 10 ms cue shows it alone, words carry their own time tags. Every
    line was read three times."""
    data = open(Path(__file__).parent / "data" / "roll_up.en.vtt", "rb").read()
    doc = read("talk.en.vtt", data)
    assert lines(doc) == ["so today we're going to talk", "about the history of Seoul", "it is a very old city"]
    assert [(c.t0, c.t1) for c in doc.cues] == [(0.16, 2.83), (2.84, 5.99), (6.0, 8.5)]
    assert doc.metadata["repeated_lines"] == 4


def test_a_line_said_twice_in_two_cues_is_read_twice():
    data = ("1\n00:00:01,000 --> 00:00:02,000\n안 돼!\n\n2\n00:00:02,500 --> 00:00:03,500\n안 돼!\n\n"
            "3\n00:00:04,000 --> 00:00:06,000\n제발 가지 마.\n\n4\n00:00:06,500 --> 00:00:08,000\n제발 가지 마.\n"
            "혼자 두지 마.\n\n5\n00:00:08,500 --> 00:00:09,000\n알았어.\n").encode()
    doc = read("a.srt", data)
    assert lines(doc) == ["안 돼!", "안 돼!", "제발 가지 마.", "제발 가지 마. 혼자 두지 마.", "알았어."]
    assert doc.metadata["repeated_lines"] == 0


SAMI = """<SAMI>
<HEAD><TITLE>대화</TITLE>
<STYLE TYPE="text/css"><!--
P { font-family:굴림; color:white; }
.KRCC { Name:한국어; lang:ko-KR; SAMIType:CC; }
.ENCC { Name:English; lang:en-US; SAMIType:CC; }
--></STYLE></HEAD>
<BODY>
<SYNC Start=1000><P Class=KRCC>어디 가세요?
<SYNC Start=1000><P Class=ENCC>Where are you going?
<SYNC Start=3000><P Class=KRCC>&nbsp;
<SYNC Start=3500><P Class=KRCC><font color="#ffff00">집에 가요.</font><br>
피곤해서요.
<P Class=ENCC>I'm going home.<br>I'm tired.
<SYNC Start=6000><P Class=KRCC>&nbsp;
<SYNC Start=7000><P Class=KRCC>잘 자요.
</BODY>
</SAMI>
"""


def test_sami_paragraphs_are_cues_that_last_until_the_next_sync():
    """SAMI (.smi), the classic Korean subtitle format, here with both languages (one
    paragraph a class), in CP949 as such files usually are; <br> a line break, the source's
    line breaks spaces, &nbsp; a cleared screen. The last cue, which no SYNC ends, lasts
    as long as it takes to read."""
    doc = read("drama.smi", SAMI.encode("cp949"))
    assert lines(doc) == ["어디 가세요?", "Where are you going?", "집에 가요. 피곤해서요.", "I'm going home. I'm tired.",
                          "잘 자요."]
    assert [(c.t0, c.t1) for c in doc.cues] == [(1.0, 3.0), (1.0, 3.0), (3.5, 6.0), (3.5, 6.0), (7.0, 9.402)]
    assert doc.encoding == "cp949"


SAMI_APART = """<SAMI><BODY>
<SYNC Start=68800><P Class=KRCC>목포 가는 막차,<br>벌써 떠났어요?
<SYNC Start=69000><P Class=ENCC>Has the last bus to Mokpo<br>left yet?
<SYNC Start=71949><P Class=ENCC>&nbsp;
<SYNC Start=72080><P Class=KRCC>&nbsp;
<SYNC Start=72979><P Class=KRCC>아직이요. 십 분 남았어요.
<SYNC Start=73179><P Class=ENCC>Not yet.<br>You've got ten minutes.
<SYNC Start=75649><P Class=ENCC>&nbsp;
<SYNC Start=75779><P Class=KRCC>&nbsp;
</BODY></SAMI>
"""


def test_a_sami_file_timing_each_language_apart_ends_each_cue_at_its_own_clear():
    """Regression (a screen audit): each language in SYNCs of its own, each cleared by its
    own &nbsp;. A Korean cue ended at the next SYNC of any class, the English cue's start
    0.2 s later, and pairs slipped; it ends at its class's next SYNC or at a clearing one."""
    doc = read("dual.smi", SAMI_APART.encode("utf-8"))
    assert [(c.t0, c.t1) for c in doc.cues] == [(68.8, 71.949), (69.0, 71.949), (72.979, 75.649), (73.179, 75.649)]


def test_a_bilingual_sami_file_aligns_as_one_document(tmp_path, capsys, use_encoder):
    path = tmp_path / "drama.smi"
    path.write_bytes(SAMI.encode("cp949"))
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 0
    assert "read as cp949" in capsys.readouterr().err
    rows = _pairs_in(tmp_path / "out.tsv")
    assert rows == [["어디 가세요?", "Where are you going?"], ["집에 가요.", "I'm going home."], ["피곤해서요.", "I'm tired."]]


@pytest.mark.parametrize(("data", "message"), [
    ("<SAMI><BODY><SYNC Start=soon><P>안녕.</BODY></SAMI>", "<SYNC Start=soon> is no time"),
    ("1\n00:00:01,000 --> 00:00:02,000\n안녕.\n", r"not a SAMI \(\.smi\) file"),
    ("<SAMI><BODY><SYNC Start=1000><P>&nbsp;</BODY></SAMI>", "no cue with text"),
])
def test_a_malformed_sami_file_is_an_error_naming_it(data, message):
    with pytest.raises(InputError, match=message):
        read("a.smi", data.encode())


ASS = r"""[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1
Style: KR,Malgun Gothic,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,8,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Comment: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,translator's note
Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,{\i1}Where are you going?{\i0}
Dialogue: 0,0:00:01.00,0:00:03.00,KR,,0,0,0,,어디 가세요?
Dialogue: 0,0:00:03.50,0:00:06.00,Default,,0,0,0,,I'm going home.\NI'm tired.
Dialogue: 0,0:00:03.50,0:00:06.00,KR,,0,0,0,,집에 가요.\N피곤해서요.
Dialogue: 0,0:00:04.00,0:00:05.00,Default,,0,0,0,,{\p1}m 0 0 l 100 0 100 100 0 100{\p0}
"""


def test_ass_dialogue_events_are_cues_without_tags_comments_or_drawings():
    doc = read("anime.ass", ASS.encode())
    assert lines(doc) == ["Where are you going?", "어디 가세요?", "I'm going home. I'm tired.", "집에 가요. 피곤해서요."]
    assert [(c.t0, c.t1) for c in doc.cues] == [(1.0, 3.0), (1.0, 3.0), (3.5, 6.0), (3.5, 6.0)]


@pytest.mark.parametrize(("data", "message"), [
    ("hello\nworld\n", r"no \[Events\] section"),
    (ASS.replace("0:00:03.50,0:00:06.00,KR", "0:00:0x.50,0:00:06.00,KR"), "a malformed ASS/SSA file"),
    (ASS.replace("0:00:03.50,0:00:06.00,KR", "0:00:07.50,0:00:06.00,KR"), "event 5 .* ends before it starts"),
])
def test_a_malformed_ass_file_is_an_error_naming_it(data, message):
    with pytest.raises(InputError, match=message):
        read("a.ass", data.encode())


@pytest.mark.parametrize("fields", ["Layer, Start, End, Style, Text", "Start, End, Text", "Start,End,Style,Name,Text"])
def test_an_ass_format_line_of_fewer_fields_orders_its_events(fields):
    """Regression (a hostile audit): pysubs2 reads every event as ten fields whatever the
    Format line says: under "Format: Layer, Start, End, Style, Text" the text was empty (the
    file refused as having no cue with text), or cut after its fifth comma."""
    values = {"layer": "0", "start": "0:00:01.00", "end": "0:00:02.50", "style": "Default", "name": "",
              "text": "그래, 그래, 알았어, 정말, 고마워, 친구야."}
    names = [f.strip().lower() for f in fields.split(",")]
    data = f"[Script Info]\n\n[Events]\nFormat: {fields}\nDialogue: {','.join(values[n] for n in names)}\n"
    doc = read("a.ass", data.encode())
    assert lines(doc) == [values["text"]] and [(c.t0, c.t1) for c in doc.cues] == [(1.0, 2.5)]


def test_an_ass_format_line_without_text_last_is_an_error_naming_it():
    data = "[Script Info]\n[Events]\nFormat: Text, Start, End\nDialogue: hi,0:00:01.00,0:00:02.00\n"
    with pytest.raises(InputError, match="Format line must name Start and End and end with Text"):
        read("a.ass", data.encode())


def test_an_ass_file_pysubs2_warns_about_is_one_line_on_stderr(tmp_path, capsys):
    """Regression: an event of three fields under a Format line of ten made pysubs2 print
    a RuntimeWarning (two lines of its source) before the one-line error."""
    path = tmp_path / "short.ass"
    path.write_text("[Script Info]\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, "
                    "Effect, Text\nDialogue: 0:00:01.00,0:00:02.00,안녕하세요. Hello there.\n", encoding="utf-8")
    import warnings

    with warnings.catch_warnings(record=True) as shown:  # what would reach stderr
        warnings.simplefilter("always")
        assert main(["align", str(path)]) == 3
    err = capsys.readouterr().err
    assert not shown and err.count("\n") == 1 and "a malformed ASS/SSA file" in err


def test_sbv_cues_are_lines_with_their_times_and_a_bad_time_line_is_an_error():
    """YouTube's SubViewer captions (.sbv). webvtt-py skipped a cue whose time line it could
    not read ("To eat." was lost without a word)."""
    data = "0:00:01.000,0:00:03.000\nWhere are you going?\n\n0:00:03.500,0:00:05.250\nTo eat &amp; rest.\n"
    doc = read("talk.sbv", data.encode())
    assert lines(doc) == ["Where are you going?", "To eat & rest."]
    assert [(c.t0, c.t1) for c in doc.cues] == [(1.0, 3.0), (3.5, 5.25)]
    with pytest.raises(InputError, match="line 4: cannot read the cue times '0:00:0x.500"):
        read("talk.sbv", data.replace("0:00:03.500", "0:00:0x.500").encode())


def test_srt_cues_without_a_plain_number_are_read_and_references_decoded():
    """A cue with no number line was dropped without a word (webvtt-py), one numbered "2."
    read into the cue before, its number and times as text; "&amp;" was kept."""
    data = ("1\n00:00:01,000 --> 00:00:03,000\n첫 자막.\n\n00:00:03,500 --> 00:00:05,000\n두 번째 &amp; 끝.\n\n"
            "3.\n00:00:05,500 --> 00:00:07,000\n세 번째.\n\n4\n00:00:07,500 --> 00:00:09,000\n2024\n\n"
            "00:00:09,500 --> 00:00:10,000\n2025\n\n00:00:10,500 --> 00:00:11,000\n끝.\n")
    doc = read("a.srt", data.encode())
    assert lines(doc) == ["첫 자막.", "두 번째 & 끝.", "세 번째.", "2024", "2025", "끝."]
    assert [(c.t0, c.t1) for c in doc.cues] == [(1.0, 3.0), (3.5, 5.0), (5.5, 7.0), (7.5, 9.0), (9.5, 10.0),
                                                 (10.5, 11.0)]


def test_subtitle_line_breaks_tags_and_ruby_text_are_read_as_shown():
    srt = read("a.srt", "1\n00:00:01,000 --> 00:00:02,000\n텍스트<br>줄바꿈\n".encode())
    vtt = read("a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<ruby>고마워<rt>고마워</rt></ruby>, 정말.\n".encode())
    assert (lines(srt), lines(vtt)) == (["텍스트 줄바꿈"], ["고마워, 정말."])


def test_html_text_for_screen_readers_only_is_not_read():
    """Regression (reader audit): text a page's stylesheet hides from sight for screen
    readers (Naver's class="blind", Bootstrap's sr-only, ...) was read into the sentence
    around it: "산업부 누리집새창 열림에서", "ministry websiteopens in a new window"."""
    ko = ('<p>수출도 회복세를 보였다. <a href="#">산업부 누리집<span class="blind">새창 열림</span></a>에서 볼 수 있다.</p>'
          '<p><span class="Screen_Out">공유하기</span>2024.05.01</p>')
    en = ('<p>Data is on the <a href="#">ministry website<span class="sr-only">opens in a new window</span></a>.</p>'
          '<p class="blinds">A class that only resembles one is read.</p>')
    assert lines(read("a.html", ko.encode())) == ["수출도 회복세를 보였다. 산업부 누리집에서 볼 수 있다.", "2024.05.01"]
    assert lines(read("b.html", en.encode())) == ["Data is on the ministry website.",
                                                  "A class that only resembles one is read."]


def test_html_ruby_reads_its_base_and_consent_tools_banners_are_chrome():
    """Regression (reader audit): <ruby>'s reading was glued to its base ("大韓民國대한민국",
    where the Word and subtitle readers read the base only); the banners of the two common
    consent tools (OneTrust, Cookiebot, named by the tool, not by "cookie") were read."""
    page = ('<div id="onetrust-consent-sdk"><p>This site uses cookies.</p></div>'
            '<div id="CybotCookiebotDialog"><p>We use cookies to improve your experience.</p></div>'
            '<p><ruby>大韓民國<rt>대한민국</rt></ruby> 헌법</p>'
            '<p><ruby>漢<rp>(</rp><rt>한</rt><rp>)</rp>字<rp>(</rp><rt>자</rt><rp>)</rp></ruby>를 읽는다.</p>'
            '<p>The article itself is read, and it is longer than either banner is.</p>')
    assert lines(read("a.html", page.encode())) == [
        "大韓民國 헌법", "漢字를 읽는다.", "The article itself is read, and it is longer than either banner is."]


def test_invisible_break_marks_are_not_read_into_segments():
    """Regression (reader audit): a zero-width space or a soft hyphen stayed in a segment
    ("10,000원이며\u200b할인", "고객\xad센터"): unseen, yet a translation memory lookup of the
    same visible text misses it. Word's own soft hyphen element was already left out."""
    page = "<p>가격은 10,000원이며&#8203;할인됩니다. 고객&shy;센터로 문의&#8288;하세요.</p>"
    assert lines(read("a.html", page.encode())) == ["가격은 10,000원이며할인됩니다. 고객센터로 문의하세요."]
    text = "고객\u00ad센터로\ufeff 문의하세요.\nCall cus\u00adtomer\u200bservice.\n"
    assert lines(read("a.txt", text.encode())) == ["고객센터로 문의하세요.", "Call customerservice."]


def test_html_no_break_spaces_are_white_space():
    doc = read("a.html", "<p>금요일까지&nbsp;&nbsp;보고서를 제출해 주세요.</p>".encode())
    assert lines(doc) == ["금요일까지 보고서를 제출해 주세요."]


def test_a_dropped_block_still_separates_the_text_around_it():
    """A <nav> between two sentences of a <div> was dropped with its line break:
    "열었다.도서관은" one line. An inline element dropped (a script) joins as before."""
    page = "<div>도서관을 열었다.<nav><a>메뉴</a></nav>도서관은 크다.</div><p>a<script>x</script>b</p>"
    assert lines(read("a.html", page.encode())) == ["도서관을 열었다.", "도서관은 크다.", "ab"]


@pytest.mark.parametrize(("page", "expected"), [
    # found with hand-made copies of real news and government pages (2026-12-04):
    # a "most read" box in <div id="aside"> repeated the headline, which then went last
    ('<html><head><title>서울 벚꽃 개화 | 뉴스</title></head><body><div id="header"><h1>서울 벚꽃 개화</h1></div>'
     '<p>본문이다.</p><div id="aside"><ol><li><a>서울 벚꽃 개화</a></li></ol></div></body></html>',
     ["서울 벚꽃 개화", "본문이다."]),
    # the subheadline under a title read from the page header was lost
    ('<html><head><title>서울 벚꽃 개화 | 뉴스</title></head><body><header><h1>서울 벚꽃 개화</h1>'
     '<h2>평년보다 일주일 빨라</h2></header><div class="body"><p>본문이다.</p></div></body></html>',
     ["서울 벚꽃 개화", "평년보다 일주일 빨라", "본문이다."]),
    # text hidden by a class (screen-reader text, Bootstrap's and Tailwind's hiding classes) was
    # glued into the sentence; one shown again at some width is read
    ('<p><a>고용24<span class="hidden">(새창열림)</span></a>를 통해 <span class="ir">링크</span>지원한다.</p>'
     '<p class="d-none">숨김.</p><p class="hidden md:block">보인다.</p><p class="d-none d-lg-block">보인다 2.</p>',
     ["고용24를 통해 지원한다.", "보인다.", "보인다 2."]),
    # a menu an id names in a layout table (old sites are laid out in tables)
    ('<table><tr><td id="header"><div id="gnb"><a>시정소개</a> <a>열린행정</a></div></td></tr>'
     '<tr><td><p>본문이다.</p></td></tr></table>', ["본문이다."]),
    # skip links, glued into one line ("본문 바로가기주메뉴 바로가기")
    ('<div class="skip"><a href="#content">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>'
     '<div id="content"><p>본문이다.</p><p>둘째 문단이다.</p></div>', ["본문이다.", "둘째 문단이다."]),
    # a closed dialog and a popover, which a browser shows only when a script opens them
    ('<dialog><p>로그인이 필요합니다.</p></dialog><div popover><p>팝오버.</p></div>'
     '<dialog open><p>열린 대화상자.</p></dialog><p>본문.</p>', ["열린 대화상자.", "본문."]),
])
def test_html_chrome_and_hidden_text_of_real_pages_are_not_read(page, expected):
    assert lines(read("a.html", page.encode())) == expected


def test_html_and_epub_text_a_stylesheet_hides_by_class_is_not_read():
    """Regression (a reader audit, 2026-12-04): text of a class the page's own <style> (or
    an EPUB's stylesheet) hides with display: none was read; a class hidden for print only,
    or a rule of another selector, is not taken for hidden."""
    page = ('<html><head><style>.secret { display: none; } /* .note{display:none} */ '
            '@media print { .web { display: none } } div > .deep { display: none }</style></head><body>'
            '<p>보이는 문장.</p><p class="secret">숨은 문장.</p><p class="web">웹에서만.</p><p class="note">주석.</p>'
            '<div><p class="deep">깊은 문장.</p></div></body></html>')
    assert lines(read("a.html", page.encode())) == ["보이는 문장.", "웹에서만.", "주석.", "깊은 문장."]
    chapter = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>1</title><link rel="stylesheet" '
               'href="../Styles/style.css"/></head><body><p>보이는 문장.</p><p class="x-hidden">숨은 문장.</p></body></html>')
    book = epub_bytes([chapter], files={"OEBPS/Styles/style.css": b".x-hidden { display: none; }\n"})
    assert lines(read("a.epub", book)) == ["보이는 문장."]


def test_html_whatwg_labels_of_korean_legacy_encodings_are_known():
    page = '<meta charset="cseuckr"><p>똠방각하 이야기입니다.</p>'.encode("cp949")
    assert lines(read("a.html", page)) == ["똠방각하 이야기입니다."]


def test_html_elements_hidden_by_an_inline_style_are_dropped():
    page = ('<p>보임</p><div class="share" style="display:none">공유하기</div>'
            '<p style="color: red; visibility: hidden">숨김</p><p style="display: block">보임 2</p>')
    assert lines(read("a.html", page.encode())) == ["보임", "보임 2"]


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.srt", "1\n00:00:01,000 --> 00:00:0x,000\nBad time.\n", "line 2: cannot read the cue times"),
    ("a.srt", "Just some text\nwith no cues.\n", "not a SubRip"),
    ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n", "no cue with text"),
    ("a.vtt", "1\n00:00:01.000 --> 00:00:02.000\nNo header.\n", "not a WebVTT"),
    ("a.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nBad time.\n", "malformed cue"),
    # found by a hostile run: impossible times were read as they came
    ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n99:99:99,999 --> 00:00:01,000\nNo.\n",
     "line 6: cannot read the cue times"),
    ("a.srt", "1\n00:00:05,000 --> 00:00:02,000\nBackwards.\n", "cue 1 .* ends at 00:00:02.000, before it starts"),
    ("a.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards.\n", "cue 1 .* before it starts"),
    # found by a hostile run (2026-12-04): a wrong arrow and a file cut off in a time line or
    # after a cue's number were read as the cue before's text, that cue lost without a word
    ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n00:00:04,000 -> 00:00:06,000\nLost.\n",
     "line 6: cannot read the cue times '00:00:04,000 -> 00:00:06,000'"),
    ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n00:00:04,0", "line 6: cannot read the cue times"),
    ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n", "line 5: the file ends in cue number '2' without"),
    # ... and times beyond the cues' bound were an internal error (exit 1) naming no file
    ("a.srt", "1\n99999999:59:59,999 --> 99999999:59:59,999\nFar.\n", r"cue 1 \('Far\.'\) is timed at .* beyond 10,000,000 s"),
    ("a.vtt", "WEBVTT\n\n9999999:00:01.000 --> 9999999:00:03.000\nFar.\n", "beyond 10,000,000 s"),
    ("a.sbv", "99999:00:01.000,99999:00:03.000\nFar.\n", "beyond 10,000,000 s"),
    ("a.smi", "<SAMI><BODY><SYNC Start=99999999999999><P>Far.</BODY></SAMI>", "beyond 10,000,000 s"),
])
def test_malformed_subtitles_are_input_errors_not_skipped_cues(name, data, message):
    with pytest.raises(InputError, match=message):
        read(name, data.encode())


def test_a_clock_shown_in_a_cue_s_text_is_text_not_a_time_line():
    """Regression (hostile audit): a cue whose text is a clock on screen ("23:59:59",
    "12:00:00 - 회의 시작") failed the whole file: "cannot read the cue times"."""
    data = ("1\n00:00:01,000 --> 00:00:02,000\n23:59:59\n\n2\n00:00:03,000 --> 00:00:05,000\n"
            "12:00:00 - 회의 시작\n자정이 지났다.\n")
    assert lines(read("a.srt", data.encode())) == ["23:59:59", "12:00:00 - 회의 시작 자정이 지났다."]


@pytest.mark.parametrize(("name", "data"), [
    ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\n<간판: 24시 편의점>\n\n2\n00:00:03,000 --> 00:00:04,000\n"
              "<i>어서</i> 오세요 a < b\n"),
    ("a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<간판: 24시 편의점>\n\n00:03.000 --> 00:04.000\n"
              "<v Clerk><i>어서</i> 오세요 a < b\n"),
])
def test_subtitle_text_in_angle_brackets_that_is_no_tag_is_read(name, data):
    """Regression (a subtitle audit, 2026-12-04): webvtt-py removes everything in angle
    brackets, so a sign written so, "<간판: 24시 편의점>", vanished with its cue (25 cues
    read as 23, without a word). Only the formats' own tags are tags."""
    assert lines(read(name, data.encode())) == ["<간판: 24시 편의점>", "어서 오세요 a < b"]


def test_segment_times_share_a_cue_by_characters_and_join_cues_a_segment_spans():
    cues = [Cue(0, 20, 0.0, 2.0), Cue(21, 31, 3.0, 4.0)]
    segs = [Segment("a", "en", 0, 10, 0), Segment("b", "en", 11, 20, 0), Segment("c", "en", 15, 26, 0),
            Segment("d", "en", 40, 45, 1), Segment("e", "en", 27, 31, 1)]
    times = segment_times(segs, cues)
    assert times[0] == pytest.approx((0.0, 1.0)) and times[1] == pytest.approx((1.1, 2.0))
    assert times[2] == pytest.approx((1.5, 3.5)) and times[3] is None and times[4] == pytest.approx((3.6, 4.0))


def test_time_overlap_is_intersection_over_union_in_0_1():
    from aligner.aligning.scoring import time_overlap

    a = np.array([[0.0, 2.0], [0.0, 2.0], [0.0, 2.0], [np.nan, np.nan]])
    b = np.array([[0.0, 2.0], [1.0, 3.0], [5.0, 6.0], [0.0, 2.0]])
    assert time_overlap(a, b).tolist() == pytest.approx([1.0, 1 / 3, 0.0, 0.0])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(-100, 100), min_size=4, max_size=4))
def test_time_overlap_is_bounded_and_symmetric(t):
    from aligner.aligning.scoring import time_overlap

    a, b = np.array([min(t[0], t[1]), max(t[0], t[1])]), np.array([min(t[2], t[3]), max(t[2], t[3])])
    value = float(time_overlap(a, b))
    assert 0.0 <= value <= 1.0 and value == pytest.approx(float(time_overlap(b, a)))


# ---------------------------------------------------------------- hostile files, any format


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.docx", lambda: zip_bytes({"notes.txt": b"hello"}), "ZIP archive of other files"),
    ("a.docx", lambda: zip_bytes({"xl/workbook.xml": b"<x/>"}), "Excel workbook"),
    ("a.docx", lambda: b"Plain text, not a Word file.\n", "the content is text"),
    ("a.docx", lambda: b"PK\x03\x04 broken zip", "damaged ZIP"),
    ("a.pdf", lambda: b"Plain text, not a PDF.\n", "the content is text"),
    ("a.pdf", lambda: docx_bytes(lambda d: d.add_paragraph("x")), "Word document"),
    ("a.html", _png, "PNG image"),
    ("a.srt", lambda: b"%PDF-1.4\n...", "PDF document"),
    ("a.vtt", lambda: zip_bytes({"a": b"b"}), "ZIP archive"),
    ("a.html", lambda: b"", "empty"),
])
def test_content_that_contradicts_the_extension_is_an_input_error(name, data, message):
    with pytest.raises(InputError, match=message):
        read(name, data())


@pytest.mark.parametrize("name", ["a.docx", "a.xlsx", "a.pptx", "a.epub", "a.odt", "a.hwpx"])
def test_a_cut_off_package_is_damaged_not_misnamed(name):
    """Regression (office-files audit): a truncated .docx, .xlsx or .pptx was told to
    "give the file its right extension, or pass --input-format"; its extension is right."""
    whole = docx_bytes(lambda d: d.add_paragraph("안녕하세요. Hello."))
    with pytest.raises(InputError, match=r"damaged ZIP package \(cut off or corrupted\); save it again") as err:
        read(name, whole[:len(whole) // 2])
    assert "extension" not in str(err.value)


@pytest.mark.parametrize("data", [b"MZ Kim arrived in Seoul on Monday.\n", b"GIF8 is a file format.\n",
                                  b"Rar! said the dog.\n"])
def test_text_that_begins_like_a_binary_signature_is_read_as_text(data):
    """Regression: the two-letter "MZ" (and "GIF8", "Rar!") were taken for binary files, so a
    text opening with an acronym was refused in every format; each signature is now the
    full one, which no text starts with."""
    from aligner.formats.text import decode

    assert decode(data, "a.txt")[0] == data.decode()
    assert lines(read("a.html", data)) == [data.decode().strip()]
    for signature in (b"MZ\x90\x00\x03\x00", b"GIF89a\x01\x00", b"Rar!\x1a\x07\x00"):
        with pytest.raises(InputError, match="not a text file"):
            decode(signature + bytes(8), "a.txt")


def test_hostile_files_through_the_cli_exit_3_with_one_line(tmp_path, capsys):
    cases = {"zip.docx": zip_bytes({"a.txt": b"x"}), "png.html": _png(), "text.pdf": b"not a pdf\n",
             "deep.html": ("<div>" * 300_000).encode()}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        code = main(["align", str(tmp_path / name), "-o", str(tmp_path / "out.tsv")])
        err = capsys.readouterr().err
        assert code == 3, (name, err)
        assert err.count("aligner: error:") == 1 and name in err and "Traceback" not in err
        assert not (tmp_path / "out.tsv").exists()


def test_a_missing_reader_library_is_exit_5_naming_the_extra(tmp_path, capsys, monkeypatch):
    import sys

    path = tmp_path / "a.docx"
    path.write_bytes(docx_bytes(lambda d: d.add_paragraph("x")))
    monkeypatch.setitem(sys.modules, "docx", None)  # makes `import docx` fail
    with pytest.raises(UnavailableError, match=r"pip install 'aligner\[formats\]'"):
        read_document(path)
    assert main(["align", str(path)]) == 5
    assert "aligner[formats]" in capsys.readouterr().err


# ---------------------------------------------------------------- end to end, with the real encoder


def seed_as_html(text: str) -> str:
    from html import escape

    body = "\n".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Seed</title></head><body>'
            '<header><h1>News site</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
            f"<main><article>{body}</article></main>"
            "<footer><p>Copyright 2024 News site. All rights reserved.</p></footer></body></html>")


def test_the_seed_as_web_page_and_as_word_document_gives_the_pairs_of_the_text(tmp_path, capsys, use_encoder):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "seed.html").write_text(seed_as_html(text), encoding="utf-8")

    def build(d):
        for line in text.splitlines():
            if line.strip():
                d.add_paragraph(line)

    (tmp_path / "seed.docx").write_bytes(docx_bytes(build))
    outputs = {}
    for source in (SEED, tmp_path / "seed.html", tmp_path / "seed.docx"):
        out = tmp_path / f"{Path(source).name}.tsv"
        assert main(["align", str(source), "-o", str(out)]) == 0
        err = capsys.readouterr().err
        assert "read 28 ko + 54 en segments" in err and "wrote 28 pairs" in err
        outputs[Path(source).suffix] = out.read_text(encoding="utf-8")
    assert outputs[".html"] == outputs[".txt"] and outputs[".docx"] == outputs[".txt"]


def test_stdin_with_input_format_and_two_word_files(tmp_path, capsys, monkeypatch, use_encoder):
    ko = (Path(__file__).parent / "data" / "rates.ko.txt").read_text(encoding="utf-8")
    en = (Path(__file__).parent / "data" / "rates.en.txt").read_text(encoding="utf-8")
    for name, text in (("ko.docx", ko), ("en.docx", en)):
        (tmp_path / name).write_bytes(docx_bytes(lambda d, t=text: [d.add_paragraph(x) for x in t.splitlines()]))
    assert main(["align", str(tmp_path / "en.docx"), str(tmp_path / "ko.docx")]) == 0
    from_docx = capsys.readouterr().out
    assert main(["align", str(Path(__file__).parent / "data" / "rates.ko.txt"),
                 str(Path(__file__).parent / "data" / "rates.en.txt")]) == 0
    assert capsys.readouterr().out == from_docx and len(from_docx.splitlines()) == 5

    page = seed_as_html(SEED.read_text(encoding="utf-8")).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page)))
    assert main(["align", "-", "--input-format", "html", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 28


def test_text_given_as_another_format_by_input_format_is_told_so(monkeypatch, capsys):
    """Regression (a hostile audit): text piped in with --input-format docx was told "the
    name says a Word document … pass --input-format", with no name and the option given."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"hello\n")))
    assert main(["align", "-", "--input-format", "docx"]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["aligner: error: <stdin>: --input-format docx says a Word document (.docx), but the content is "
                   "text, or some other kind of file; give the format the file has"]


def test_build_tm_reads_any_format_a_manifest_names(tmp_path, capsys, use_encoder):
    import json

    ko = (Path(__file__).parent / "data" / "rates.ko.txt").read_text(encoding="utf-8")
    en = (Path(__file__).parent / "data" / "rates.en.txt").read_text(encoding="utf-8")
    (tmp_path / "r.ko.docx").write_bytes(docx_bytes(lambda d: [d.add_paragraph(x) for x in ko.splitlines()]))
    (tmp_path / "r.en.html").write_text("".join(f"<p>{x}</p>" for x in en.splitlines()), encoding="utf-8")
    (tmp_path / "seed.html").write_text(seed_as_html(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    manifest = tmp_path / "docs.jsonl"
    manifest.write_text(json.dumps({"id": "rates", "ko": "r.ko.docx", "en": "r.en.html"}) + "\n"
                        + json.dumps({"id": "seed", "bilingual": "seed.html"}) + "\n", encoding="utf-8")
    out = tmp_path / "memory.tsv"
    assert main(["build-tm", str(manifest), "-o", str(out), "--jobs", "1"]) == 0
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r[3] for r in rows} == {"rates", "seed"} and sum(r[3] == "rates" for r in rows) == 5


def test_subtitle_times_make_loose_translations_align_better(tmp_path, capsys, use_encoder):
    """One document of the benchmark (news lines, loosely translated, 5% of lines missing
    on one side, 3% noise) as two .srt files with cue times (one side's boundaries jittered
    by 0.5 s) and as two .txt files: the times make the alignment better."""
    import json
    import random
    import sys

    bench = Path(__file__).parents[1] / "benchmarks"
    sys.path.insert(0, str(bench))
    import accuracy
    import kep
    import subtitles

    if not (kep.DATA / "korean-english-park.dev.ko").exists():
        pytest.skip("the development data (../shared/data/ko-en) is not beside this checkout")
    doc = kep.build(n_docs=1)[0]
    rng = random.Random(7000)
    ko_true, en_true = subtitles.timeline(doc, rng)
    ko_times, en_times = subtitles.jitter(ko_true, 0.5, 0.0, rng), subtitles.jitter(en_true, 0.5, 0.0, rng)
    (tmp_path / "ko.srt").write_text(subtitles.srt(doc.ko, ko_times), encoding="utf-8")
    (tmp_path / "en.srt").write_text(subtitles.srt(doc.en, en_times), encoding="utf-8")
    (tmp_path / "ko.txt").write_text("\n".join(doc.ko) + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n".join(doc.en) + "\n", encoding="utf-8")
    gold = [[(tuple(k), tuple(e)) for k, e in doc.gold]]
    scores = {}
    for ext in ("srt", "txt"):
        out = tmp_path / f"{ext}.jsonl"
        assert main(["align", str(tmp_path / f"ko.{ext}"), str(tmp_path / f"en.{ext}"), "--presegmented",
                     "-o", str(out)]) == 0
        capsys.readouterr()
        pairs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        beads = [(tuple(p["ko_ids"]), tuple(p["en_ids"])) for p in pairs]
        paired_ko = {i for k, _ in beads for i in k}
        paired_en = {i for _, e in beads for i in e}
        beads += [((i,), ()) for i in range(len(doc.ko)) if i not in paired_ko]
        beads += [((), (i,)) for i in range(len(doc.en)) if i not in paired_en]
        scores[ext] = accuracy.score(gold, [beads])["f1_strict"]
    assert scores["srt"] > scores["txt"] + 0.02, scores


def _cue_times(n: int = 150, seed: int = 3, pause: tuple[float, float] = (0.1, 1.5),
               length: tuple[float, float] = (1.0, 5.0)) -> list[tuple[float, float]]:
    import random

    rng, now, out = random.Random(seed), 0.0, []
    for _ in range(n):
        now += rng.uniform(*pause)
        size = rng.uniform(*length)
        out.append((now, now + size))
        now += size
    return out


def _check_sync(ko, shift, stretch, noise, seed, expected):
    """The English: ``ko``'s cues less a tenth, shifted, stretched and jittered; does
    ``sync_times`` find ``expected``?"""
    import random

    from aligner.formats.subtitles import sync_times

    rng = random.Random(seed)
    en = [((a + shift) * stretch + rng.gauss(0, noise), (b + shift) * stretch + rng.gauss(0, noise))
          for a, b in ko if rng.random() > 0.1]
    found = sync_times(ko, en)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found[0] == pytest.approx(expected[0], abs=1e-4)
        assert found[1] == pytest.approx(expected[1], abs=0.25)


@pytest.mark.parametrize(("shift", "stretch", "expected"), [
    (0.0, 1.0, (1.0, 0.0)),  # in sync: left alone
    (0.3, 1.0, (1.0, 0.0)),  # within timing noise: left alone
    (4.0, 1.0, (1.0, -4.0)),  # another release, four seconds later
    (-12.5, 1.0, (1.0, 12.5)),
    (0.0, 25 / 23.976, (23.976 / 25, 0.0)),  # a 25 fps release against 23.976 fps
    (2.0, 23.976 / 25, (25 / 23.976, -2.0)),
    (0.0, 1.01, None),  # no usual frame rate: the times are no evidence
])
def test_subtitle_times_are_synchronized_by_offset_and_frame_rate(shift, stretch, expected):
    _check_sync(_cue_times(), shift, stretch, 0.3, 5, expected)


@pytest.mark.parametrize(("shift", "stretch", "expected"), [
    (0.0, 1.0, (1.0, 0.0)),
    (4.0, 1.0, (1.0, -4.0)),
    (2.0, 23.976 / 25, (25 / 23.976, -2.0)),
    (0.0, 1.01, None),
])
def test_dense_dialogue_cues_are_synchronized_too(shift, stretch, expected):
    """Regression: cues every second or two (dialogue) each widened by a second covered
    the whole timeline, every shift looked alike, and the times of two files of one film
    were dropped as no evidence (None in all four cases)."""
    _check_sync(_cue_times(300, 0, pause=(0.05, 0.4), length=(1.0, 2.5)), shift, stretch, 0.1, 1, expected)


def test_too_few_cue_starts_determine_no_rate_or_shift():
    """Regression (a hostile audit): one cue a side holding two sentences (their starts
    interpolated by length) was "compared after a shift of -0.1 s and a rate of 1.1988"."""
    from aligner.formats.subtitles import sync_times

    ko, en = [(1.0, 1.46), (1.54, 2.0)], [(1.0, 1.25), (1.29, 2.0)]
    assert sync_times(ko, en) == (1.0, 0.0)


def test_each_language_of_a_bilingual_cue_gets_the_whole_cue_time():
    from aligner.segmenting import Segmenter

    data = ("1\n00:00:01,000 --> 00:00:03,000\n어디 가?\nWhere are you going?\n\n"
            "2\n00:00:04,000 --> 00:00:06,000\n밥 먹으러.\nTo eat.\n\n").encode()
    doc = read("both.srt", data)
    segments = Segmenter().segment(doc.text)
    ko = [s for s in segments if s.lang == "ko"]
    en = [s for s in segments if s.lang == "en"]
    assert [s.text for s in ko] == ["어디 가?", "밥 먹으러."] and [s.text for s in en] == ["Where are you going?", "To eat."]
    assert segment_times(ko, doc.cues) == segment_times(en, doc.cues) == [(1.0, 3.0), (4.0, 6.0)]


DIALOGUE_SRT = """1
00:00:01,000 --> 00:00:03,000
- Where are you going?
- Home, I think

2
00:00:04,000 --> 00:00:06,000
{\\an8}<i>-Why?</i>
<i>-Because it is late and</i>
<i>I am tired.</i>

3
00:00:07,000 --> 00:00:08,000
Really?
- Really.

4
00:00:09,000 --> 00:00:10,000
It is -5 degrees
--and snowing.

5
00:00:11,000 --> 00:00:12,000
-$5 is gone from the account.
"""
DIALOGUE_VTT = """WEBVTT

00:01.000 --> 00:03.000
- 어디 가?
- 집에 갈 거야

00:04.000 --> 00:06.000
<v 민아>–왜?</v>
<v 준>– 늦었고 피곤해.</v>
"""


@pytest.mark.parametrize(("name", "data", "expected", "cues"), [
    ("a.srt", DIALOGUE_SRT, ["Where are you going?", "Home, I think", "Why?", "Because it is late and I am tired.",
                             "Really?", "Really.", "It is -5 degrees --and snowing.",
                             "-$5 is gone from the account."],  # a minus, not a speaker's dash
     [(1, 3), (4, 6), (7, 8), (9, 10), (11, 12)]),
    ("a.vtt", DIALOGUE_VTT, ["어디 가?", "집에 갈 거야", "왜?", "늦었고 피곤해."], [(1, 3), (4, 6)]),
])
def test_subtitle_speaker_dashes_are_removed_and_each_speaker_is_a_line(name, data, expected, cues):
    """A cue of two speakers ("- Where are you going?" / "- Home.") kept its dashes, and
    its speakers' words were one line that could make one sentence. Each cue's span still
    holds its own text, and its segments get its time."""
    from aligner.segmenting import Segmenter

    doc = read(name, data.encode())
    assert lines(doc) == expected
    assert [(c.t0, c.t1) for c in doc.cues] == cues
    spans = [doc.text[c.start:c.end] for c in doc.cues]
    assert "\n".join(spans) + "\n" == doc.text
    segments = Segmenter(unwrap=False).segment(doc.text, lang="ko" if name.endswith("vtt") else "en")
    assert [s.text for s in segments] == expected
    times = segment_times(segments, doc.cues)
    for segment, (t0, t1) in zip(segments, times):
        cue = next(c for c in doc.cues if c.start <= segment.start < c.end)
        assert cue.t0 <= t0 <= t1 <= cue.t1
    assert times[0][0] == 1.0 and times[1][1] == 3.0  # the first cue's two speakers share its time


@pytest.mark.parametrize(("cue", "expected"), [
    # two speakers on one line opened by a speaker's dash
    ("- Where are you going? - Home.", ["Where are you going?", "Home."]),
    ("-어디 가? -집에.", ["어디 가?", "집에."]),
    ("– 왜? – 늦었어. – 그래…", ["왜?", "늦었어.", "그래…"]),
    ('- He said "stop." - Fine.', ['He said "stop."', "Fine."]),
    ("- 뭐라고 했어? - “가자.” - 알았어.", ["뭐라고 했어?", "“가자.”", "알았어."]),
    ("<i>- Why? - Because it is late and</i>\n<i>I am tired.</i>", ["Why?", "Because it is late and I am tired."]),
    # the two-line form, as before
    ("- Where are you going?\n- Home.", ["Where are you going?", "Home."]),
    # a hyphen, a dash or a minus within a speaker's sentence, or on a line no dash opens
    ("- It is a well-known place.", ["It is a well-known place."]),
    ("- It ran from 2010 - 2020.", ["It ran from 2010 - 2020."]),
    ("- He paused - then left.", ["He paused - then left."]),
    ("- It cost us. -$5 in all.", ["It cost us. -$5 in all."]),
    ("- It was cold. -5 degrees.", ["It was cold. -5 degrees."]),
    ("He paused. - Then he left.", ["He paused. - Then he left."]),
    ("그는 멈췄다. - 그리고 떠났다.", ["그는 멈췄다. - 그리고 떠났다."]),
    # Korean subtitles without full stops, dashes glued to their words (a subtitle audit)
    ("-어서 오세요 -담배 한 갑이요", ["어서 오세요", "담배 한 갑이요"]),
    ("-기온은 -2도", ["기온은 -2도"]),
    ("- 10시 - 11시 사이", ["10시 - 11시 사이"]),
], ids=["en", "ko", "ko-en-dashes", "en-quote", "ko-quotes", "wrapped", "two-lines", "hyphen", "range",
        "dash-in-sentence", "minus-dollar", "minus", "no-opening-dash-en", "no-opening-dash-ko",
        "ko-glued-dashes", "ko-glued-minus", "ko-spaced-range"])
def test_subtitle_two_speakers_on_one_line_are_two_lines(cue, expected):
    """Regression: a cue of two speakers on one line ("- Where are you going? - Home.")
    kept the second speaker's dash inside one line. A speaker's dash after a sentence end,
    on a line that a speaker's dash opens, starts the next speaker's line."""
    doc = read("a.srt", f"1\n00:00:01,000 --> 00:00:02,000\n{cue}\n".encode())
    assert lines(doc) == expected
    assert [(c.t0, c.t1) for c in doc.cues] == [(1.0, 2.0)]


def test_sami_ruby_readings_styles_and_a_clear_cue_in_capitals_are_no_text():
    """Regression (a subtitle audit): "<RUBY>해녀<RT>海女</RT></RUBY>라고" read "해녀海女라고", a
    <STYLE> in the body was cue text, and "&NBSP;" in capitals an English segment."""
    smi = ("<SAMI><BODY><SYNC Start=1000><P Class=KRCC><RUBY>해녀<RT>海女</RT></RUBY>라고 "
           "<STYLE>.x{color:red}</STYLE>부른다<SYNC Start=3000><P Class=KRCC>&NBSP;"
           "<SYNC Start=4000><P>Hello</SAMI>")
    doc = read("a.smi", smi.encode())
    assert lines(doc) == ["해녀라고 부른다", "Hello"] and [(c.t0, c.t1) for c in doc.cues][0] == (1.0, 3.0)
    # HTML lets </rt> go unwritten: the reading ends with its ruby, or with the cue
    smi = ("<SAMI><BODY><SYNC Start=1000><P Class=KRCC><RUBY>해녀<RT>海女</RUBY>라고 부른다"
           "<SYNC Start=3000><P Class=KRCC>다음 자막<RUBY>해녀<RT>海女<SYNC Start=5000><P>Hello</SAMI>")
    assert lines(read("a.smi", smi.encode())) == ["해녀라고 부른다", "다음 자막해녀", "Hello"]


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body><p t="5000" d="3500">Hello</p></body></timedtext>',
    b'{\n  "wireMagic": "pb3",\n  "events": [ { "tStartMs": 5000, "segs": [ { "utf8": "Hello" } ] } ]\n}',
])
def test_youtube_s_timed_text_is_refused_not_read_as_text(data):
    """Regression (a subtitle audit): .srv3 and .json3 files were read as plain text, their
    markup paired with markup ('"wireMagic": "pb3",' with itself at 0.985), exit 0."""
    with pytest.raises(InputError, match=r"YouTube's timed text.*WebVTT or SRT"):
        read("ko.srv3", data)


def test_text_that_mentions_timed_text_or_lists_times_is_read_as_text():
    """Regression (a hostile-files audit): a document about caption files mentioning
    "<timedtext>" was refused as YouTube's timed text (only the format's own opening is),
    and a programme's times, each above a session's Korean and English names, were read
    as a transcript's stamps and vanished from the outputs (a transcript has one line of
    text a stamp)."""
    about = "유튜브 자막 파일은 <timedtext> 요소로 시작한다.\nYouTube caption files begin with a <timedtext> element.\n"
    assert lines(read("yt.txt", about.encode())) == about.splitlines()
    agenda = "".join(f"{t}\n세션 {n}\nSession {n}\n" for n, t in enumerate(["09:00", "09:30", "10:30", "10:45", "12:00"]))
    doc = read("agenda.txt", agenda.encode())
    assert doc.format == "txt" and lines(doc) == agenda.splitlines()


def test_a_dual_sami_in_time_order_pairs_a_cue_split_on_one_side(use_encoder):
    """Regression (a SAMI audit): a dual-language SAMI interleaves its languages cue by cue;
    read as a bilingual text's blocks, a Korean sentence split over two cues, the English
    cue between them, lost its second half (38 of 41 pairs). Its times decide instead."""
    import aligner

    smi = ("<SAMI><BODY>"
           "<SYNC Start=1000><P Class=KRCC>사람들은 그들을 해녀라고 부른다<P Class=ENCC>People call them haenyeo."
           "<SYNC Start=4000><P Class=KRCC>물 위로 올라오며 내뱉는 휘파람 같은 소리"
           "<P Class=ENCC>The whistle-like sound they let out as they surface is called sumbisori."
           "<SYNC Start=7000><P Class=KRCC>이것을 숨비소리라고 한다"
           "<SYNC Start=10000><P Class=KRCC>지금은 3천 명을 조금 넘는다<P Class=ENCC>Today, there are just over 3,000."
           "<SYNC Start=13000><P Class=KRCC>&nbsp;<P Class=ENCC>&nbsp;</BODY></SAMI>")
    doc = read("dual.smi", smi.encode())
    result = aligner.align_document(doc.text, encoder=use_encoder, cues=doc.cues, unwrap=False)
    assert [(p.ko_text, p.en_text) for p in result.pairs][1] == (
        "물 위로 올라오며 내뱉는 휘파람 같은 소리 이것을 숨비소리라고 한다",
        "The whistle-like sound they let out as they surface is called sumbisori.")
    assert len(result.pairs) == 3 and not result.unpaired


def test_a_dual_subtitle_s_korean_and_english_lines_are_two_lines(use_encoder):
    """Regression (a subtitle audit): a dual subtitle (each cue its Korean line, then its
    English line, as fansub sites give them) was read a cue a line, the two languages glued
    ("지은아 Jieun."), and only 1 of 8 pairs came out right; a cue's lines in the two
    languages are two lines, and each pair is found. One language's lines still join."""
    import aligner

    cues = [("지은아", "Jieun."), ("고맙다", "Thanks."), ("100원", "A hundred won."), ("가 봐. 어머니 기다리셔", "Go on. Your mom's waiting.")]
    srt = "".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{ko}\n{en}\n\n" for n, (ko, en) in enumerate(cues, 1))
    doc = read("dual.srt", srt.encode())
    assert lines(doc) == [line for cue in cues for line in cue]
    assert lines(read("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nI told you that\nyou'd regret it.\n".encode())) == [
        "I told you that you'd regret it."]
    result = aligner.align_document(doc.text, encoder=use_encoder)
    assert [(p.ko_text, p.en_text) for p in result.pairs] == [
        ("지은아", "Jieun."), ("고맙다", "Thanks."), ("100원", "A hundred won."), ("가 봐.", "Go on."),
        ("어머니 기다리셔", "Your mom's waiting.")]


# ---- PDF decompression bombs


def _one_page_pdf(content: bytes, filters: bytes) -> bytes:
    """A minimal PDF whose one page draws ``content`` (already encoded by ``filters``) in Helvetica."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter %s >>\nstream\n%s\nendstream" % (len(content), filters, content),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


_BOMB_TEXT = b"BT /F1 12 Tf 72 700 Td (Hello bomb.) Tj ET\n"


@pytest.mark.parametrize("twice", [False, True])
def test_a_pdf_whose_streams_inflate_past_the_limit_is_an_input_error(monkeypatch, twice):
    import zlib

    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.01")  # 671 KB of decoded streams
    content = zlib.compress(_BOMB_TEXT + b" " * 4_000_000, 9)  # 4 MB from 4 KB
    filters = b"/FlateDecode"
    if twice:  # deflated again: no bound on the ratio, 4 MB from 0.1 KB
        content, filters = zlib.compress(content, 9), b"[/FlateDecode /FlateDecode]"
    with pytest.raises(InputError, match=r"bomb\.pdf: the PDF's streams decompress to over 0.64 MiB.*--max-input-mb"):
        read("bomb.pdf", _one_page_pdf(content, filters))
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "1")  # 64 MiB: the same file is read
    assert lines(read("bomb.pdf", _one_page_pdf(content, filters))) == ["Hello bomb."]


def test_a_pdf_with_a_corrupt_deflate_checksum_bomb_is_an_input_error(monkeypatch):
    import zlib

    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.01")
    content = bytearray(zlib.compress(_BOMB_TEXT + b" " * 4_000_000, 9))
    content[-1] ^= 0xFF  # pdfminer then inflates it again, a byte at a time
    with pytest.raises(InputError, match="decompress to over"):
        read("bomb.pdf", _one_page_pdf(bytes(content), b"/FlateDecode"))
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "1")
    assert lines(read("bomb.pdf", _one_page_pdf(bytes(content), b"/FlateDecode"))) == ["Hello bomb."]


def test_pdf_streams_in_run_length_and_flate_read_as_before(monkeypatch):
    import zlib

    run_length = bytes([len(_BOMB_TEXT) - 1]) + _BOMB_TEXT + bytes([129, 32]) * 1000 + bytes([128])
    assert lines(read("rl.pdf", _one_page_pdf(run_length, b"/RunLengthDecode"))) == ["Hello bomb."]
    assert lines(read("z.pdf", _one_page_pdf(zlib.compress(_BOMB_TEXT), b"/FlateDecode"))) == ["Hello bomb."]
    # and a PDF made the usual way (content, fonts, CMaps) reads under a small limit too
    pdf = pdf_bytes([[(KO, "서울은 한국의 수도이다."), (EN, "Seoul is the capital of Korea.")]])
    assert len(pdf) < 40_000
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.04")
    assert lines(read("a.pdf", pdf)) == ["서울은 한국의 수도이다.", "Seoul is the capital of Korea."]


# ---- PDF pages that draw more than a page of text


def test_a_pdf_page_drawing_more_than_the_limit_is_refused_while_it_draws(tmp_path, capsys, monkeypatch):
    from pdfminer import converter, layout

    from aligner.formats import pdf

    class Counted(layout.LTChar):  # the characters pdfminer builds
        made = 0

        def __init__(self, *args, **kwargs):
            Counted.made += 1
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(converter, "LTChar", Counted)
    monkeypatch.setattr(pdf, "_PAGE_DRAWN", 60)
    path = tmp_path / "dense.pdf"
    path.write_bytes(pdf_bytes([[(EN, "A first page.")], [(EN, "x" * 5000)]]))
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 3
    err = capsys.readouterr().err
    assert err.count("aligner: error:") == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert f"{path}: page 2 draws over 60 characters and figures" in err
    assert Counted.made == len("A first page.") + 60  # stopped at page 2's 61st character, not its 5,000th
    assert not (tmp_path / "out.tsv").exists()


def test_pdf_pages_up_to_the_limit_read_as_before_and_paths_change_nothing(monkeypatch):
    from reportlab.pdfgen import canvas

    from aligner.formats import pdf

    texts = ["Seoul is the capital of Korea.", "About ten million people live there."]
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.beginForm("frame")  # a form of paths only, drawn on each page: one figure
    c.rect(50, 50, 500, 700)
    c.endForm()
    for text in texts:
        c.setFont(EN, 11)
        c.drawString(72, 700, text)
        c.line(72, 690, 400, 690)
        c.bezier(72, 600, 150, 650, 250, 550, 400, 600)
        c.doForm("frame")
        c.showPage()
    c.save()
    data = out.getvalue()
    assert lines(read("ruled.pdf", data)) == texts
    monkeypatch.setattr(pdf, "_PAGE_DRAWN", len(texts[1]) + 1)  # the longer page's characters and its figure
    assert lines(read("ruled.pdf", data)) == texts
    monkeypatch.setattr(pdf, "_PAGE_DRAWN", len(texts[1]))
    with pytest.raises(InputError, match=rf"ruled\.pdf: page 2 draws over {len(texts[1])} characters"):
        read("ruled.pdf", data)


def _pdf_of_forms() -> bytes:
    """Page 1: text of its own around a form (a stamped letterhead) drawn 250 units lower
    than it was made; page 2: nothing but a form holding text and that form again, as
    pdfpages or a printer driver place a whole page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.beginForm("letterhead")
    c.setFont(KO, 11)
    c.drawString(72, 700, "서울은 한국의 수도이다.")
    c.setFont(EN, 11)
    c.drawString(72, 685, "Seoul is the capital of Korea.")
    c.endForm()
    c.beginForm("page")
    c.setFont(EN, 11)
    c.drawString(72, 600, "A whole page placed as a form.")
    c.doForm("letterhead")
    c.endForm()
    c.setFont(EN, 11)
    c.drawString(72, 760, "Page text above the form.")
    c.drawString(72, 500, "Page text above where the form lands.")
    c.saveState()
    c.translate(0, -250)
    c.doForm("letterhead")
    c.restoreState()
    c.showPage()
    c.doForm("page")
    c.showPage()
    c.save()
    return out.getvalue()


def test_pdf_text_inside_form_xobjects_is_read_in_place_and_bounded(monkeypatch):
    """pdfminer put a form's text into an LTFigure that it does not lay out by default: a
    page placed as a form read as a scan ("no text layer"). It is read where the form
    puts it on the page, and counts against the page's limits."""
    from aligner.formats import pdf

    data = _pdf_of_forms()
    assert data.count(b"/Subtype /Form") == 2
    doc = read("forms.pdf", data)
    assert lines(doc) == ["Page text above the form.", "Page text above where the form lands.",
                          "서울은 한국의 수도이다.", "Seoul is the capital of Korea.",
                          "서울은 한국의 수도이다.", "Seoul is the capital of Korea.", "A whole page placed as a form."]
    assert doc.metadata["pages_without_text"] == 0
    # page 1 draws 2 lines, 62 characters and 1 figure of its own, 2 lines and 43 characters in its form
    monkeypatch.setattr(pdf, "_PAGE_LINES", 2)
    with pytest.raises(InputError, match=r"forms\.pdf: page 1 has over 2 lines of text"):
        read("forms.pdf", data)
    monkeypatch.setattr(pdf, "_PAGE_LINES", 4)
    monkeypatch.setattr(pdf, "_PAGE_DRAWN", 80)
    with pytest.raises(InputError, match=r"forms\.pdf: page 1 draws over 80 characters and figures"):
        read("forms.pdf", data)
    monkeypatch.setattr(pdf, "_PAGE_DRAWN", 106)
    assert len(lines(read("forms.pdf", data))) == 7


@pytest.mark.parametrize(("limit", "value", "content", "message"), [
    ("_PAGE_LINES", 5, b"BT /F1 12 Tf 72 700 Td 14 TL" + b" (A line.) '" * 6 + b" ET", "has over 5 lines of text"),
    ("_PAGE_SQUARES", 100, b"BT /F1 2000 Tf 0 0 Td (W) Tj ET", "draws lines of text covering over 100 squares"),
    ("_NEIGHBOURS", 3, b"BT /F1 12 Tf" + b" 1 0 0 1 72 700 Tm (x) Tj 1 0 0 1 72 100 Tm (y) Tj" * 5 + b" ET",
     "draws over 3 lines of text on top of one another"),
    ("_OPERANDS", 5, b"BT /F1 12 Tf 72 700 Td [(H) 1 2 3 4 5 (i.)] TJ ET", "has an operand of over 5 objects"),
    ("_OPERANDS", 5, b"BT /F1 12 Tf 72 700 Td (Hi.) Tj ET 1 2 3 4 5 6 7", "gives over 5 operands to no operator"),
])
def test_pdf_pages_that_would_overwhelm_pdfminer_are_refused(monkeypatch, limit, value, content, message):
    """Too many lines (pdfminer merges a box's lines in quadratic time), lines as large as
    many pages (it files each under every 50-unit square it covers: a 601-byte page took
    22 GB), lines stacked on one another (cubic time, quadratic memory), operands by the
    million (30-130 bytes of objects for each few bytes of a stream); here under small
    limits, then read under the real ones."""
    import zlib

    from aligner.formats import pdf

    data = _one_page_pdf(zlib.compress(content), b"/FlateDecode")
    monkeypatch.setattr(pdf, limit, value)
    with pytest.raises(InputError, match=rf"x\.pdf: page 1 {message}.*\(a PDF made to overwhelm readers\?\)$"):
        read("x.pdf", data)
    monkeypatch.undo()
    assert lines(read("x.pdf", data))


def test_a_loosely_justified_line_of_a_narrow_column_is_read_in_place():
    """Regression (a PDF audit): a justified line of a narrow column spaces its words wide
    ("A   length   penalty   is   added,"); pdfminer, at its default char_margin, cut it
    into pieces that the reading order put after their paragraph ("… sentences. A the
    observation …", then "length penalty" on a line of its own): words moved silently."""
    import zlib

    def line(y: int, words: list[str], gap: float) -> bytes:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        out, x = [], 72.0
        for word in words:
            out.append(b"1 0 0 1 %.2f %d Tm (%s) Tj" % (x, y, word.encode()))
            x += stringWidth(word, "Helvetica", 10) + gap
        return b" ".join(out)

    first = "The score is normalized by the average similarity of each sentence to".split()
    loose = "its neighbours. A length penalty is added,".split()
    last = "based on the observation that English sentences are longer.".split()
    content = b"BT /F1 10 Tf " + b" ".join([line(700, first, 2.8), line(688, loose, 16.0), line(676, last, 2.8)]) + b" ET"
    doc = read("loose.pdf", _one_page_pdf(zlib.compress(content), b"/FlateDecode"))
    assert lines(doc) == [" ".join(first + loose + last)]


def test_a_pdf_page_of_too_many_text_boxes_is_read_row_by_row_with_a_warning(caplog, monkeypatch):
    """pdfminer orders text boxes by comparing every pair (2,000 boxes took 0.8 GB and a
    minute); 600 words spread over a page like a chart's labels are read from the top down."""
    import logging
    import zlib

    words = [f"w{row:02d}{column:02d}" for row in range(25) for column in range(24)]
    content = b"BT /F1 4 Tf " + b" ".join(
        b"1 0 0 1 %d %d Tm (%s) Tj" % (10 + 24 * (i % 24), 770 - 30 * (i // 24), word.encode())
        for i, word in enumerate(words)) + b" ET"
    package = logging.getLogger("aligner")  # a CLI run in this process gives it its own handler
    monkeypatch.setattr(package, "handlers", [caplog.handler])
    monkeypatch.setattr(package, "propagate", False)
    caplog.set_level(logging.WARNING, logger="aligner")
    assert lines(read("chart.pdf", _one_page_pdf(zlib.compress(content), b"/FlateDecode"))) == words
    assert [r.getMessage() for r in caplog.records] == [
        "chart.pdf: 1 of 1 pages has too many blocks of text (tables? charts?) for pdfminer to order by layout "
        "(page 1); their blocks are read from the top down"]


# A translation tool's bilingual export (memoQ, Trados review tables): a segment number,
# the two texts, a status and a comment column, under a header row
_EXPORT = [("ID", "Korean", "English (United States)", "Status", "Comment"),
           ("1", "서울시는 내년부터 대중교통 요금을 인상한다.", "Seoul will raise public transport fares from next year.",
            "Translated", ""),
           ("2", "인상 폭은 평균 10%이다.", "The increase averages 10 percent.", "Translated", "check figure"),
           ("3", "시민들은 반발하고 있다.", "Citizens are protesting.", "Draft", ""),
           ("4", "시는 다음 달 공청회를 연다.", "The city will hold a public hearing next month.", "Translated", "")]


def _table(d, rows) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for k, text in enumerate(row):
            t.cell(i, k).text = text


def test_docx_bilingual_table_with_other_columns_is_read_by_its_korean_and_english_columns():
    """Regression: a translation tool's export table (ID | Korean | English | status |
    comment) was read cell by cell, so each row's status word landed in a pair ("… from
    next year. Translated"). Its Korean and English columns are read row by row; the other
    columns' cells with text are counted, not read."""
    doc = read("a.docx", docx_bytes(lambda d: _table(d, _EXPORT)))
    assert lines(doc) == apart(*(text for row in _EXPORT[1:] for text in row[1:3]))
    assert doc.metadata["bilingual_tables"] == 1 and doc.metadata["cells_not_read"] == 5 + 2 + 3 + 2 + 2


def test_docx_table_whose_other_columns_hold_much_text_is_read_whole():
    """A table is bilingual only while its Korean and English columns hold three quarters
    of its letters: a data table with a long description column is read cell by cell."""
    rows = [("서울", "Seoul", "대한민국의 수도로 한강을 끼고 있으며 인구는 약 천만 명이고 정치와 경제와 문화의 중심지이다."),
            ("부산", "Busan", "대한민국 제2의 도시로 남동쪽 해안에 있으며 큰 항구와 해수욕장과 영화제로 널리 알려져 있다.")]
    doc = read("a.docx", docx_bytes(lambda d: _table(d, rows)))
    assert lines(doc) == apart(*(text for row in rows for text in row))
    assert doc.metadata["bilingual_tables"] == 0 and doc.metadata["cells_not_read"] == 0


# A localization team's string list: a key, the two texts, a status
_STRINGS = [("login.title", "로그인", "Sign in", "approved"),
            ("btn_submit", "제출", "Submit", "approved"),
            ("msg_required", "필수 입력 항목입니다.", "This field is required.", "approved"),
            ("err.timeout", "요청 시간이 초과되었습니다.", "The request timed out.", "review"),
            ("label_email", "이메일", "Email", "approved"),
            ("tab_home", "홈", "Home", "approved"),
            ("tab_profile", "프로필", "Profile", "new"),
            ("menuHelp", "도움말", "Help", "approved")]


@pytest.mark.parametrize(("rows", "columns"), [
    ([("Key", "Korean", "English", "Status"), *_STRINGS], [(1, 2)]),
    ([(key, ko, en) for key, ko, en, _ in _STRINGS], [(1, 2)]),
    ([("Source", "Target", "State"), *[(ko, en, status) for _, ko, en, status in _STRINGS]], [(0, 1)]),
    ([(str(n), en, ko, status.upper()) for n, (_, ko, en, status) in enumerate(_STRINGS)], [(2, 1)]),
], ids=["key-status", "key", "status", "number-status"])
def test_columns_of_keys_numbers_and_statuses_are_labels_not_text(rows, columns):
    """Regression (a table audit): a string list's keys ("btn_submit", "login.title",
    "menuHelp") and statuses ("approved") held more than a quarter of its letters, so the
    table was read cell by cell and each key or status landed in a pair ("Save btn_cancel").
    Columns of keys, numbers and repeated codes are no text: they are neither the Korean
    nor the English column and their letters do not count."""
    from aligner.formats.tables import bilingual_columns

    assert bilingual_columns(rows) == columns


def test_a_column_of_key_combinations_is_labels_not_english():
    """Regression (a manuals audit): a Korean help page's shortcuts table, "기능 | 단축키"
    above "저장 | Ctrl+S", was read as a Korean/English table (the keys its English column)
    and its header row dropped; the English page's header was glued to the sentence before."""
    from aligner.formats.tables import bilingual_columns

    rows = [("기능", "단축키"), ("저장", "Ctrl+S"), ("새 문서", "Ctrl+N"), ("실행 취소", "Ctrl+Z"),
            ("작업 관리자", "Ctrl+Shift+Esc"), ("찾기", "⌘ + F / Ctrl + F")]
    assert bilingual_columns(rows) == []
    # a glossary of mouse actions is text: its key is a word, which it translates (an adversarial check)
    actions = [("한국어", "English"), ("Ctrl+클릭", "Ctrl+click"), ("Shift+드래그", "Shift+drag"), ("Alt+휠", "Alt+wheel"),
               ("Ctrl+더블클릭", "Ctrl+double-click")]
    assert bilingual_columns(actions) == [(0, 1)]
    assert bilingual_columns([("한국어", "English", "단축키"), ("저장", "Save", "Ctrl+S"), ("열기", "Open", "Ctrl+O"),
                              ("인쇄", "Print", "Ctrl+P")]) == [(0, 1)]


@pytest.mark.parametrize("rows", [
    # a description column of real text beside short terms: read whole
    [("서울", "Seoul", "대한민국의 수도로 한강을 끼고 있으며 인구는 약 천만 명이다."),
     ("부산", "Busan", "대한민국 제2의 도시로 남동쪽 해안에 있으며 큰 항구로 알려져 있다.")],
    # English names beside Korean descriptions: no translation's lengths
    [("Seoul", "대한민국의 수도로 한강을 끼고 있으며 인구는 약 천만 명이고 정치와 경제의 중심지이다."),
     ("Busan", "대한민국 제2의 도시로 남동쪽 해안에 있으며 큰 항구와 해수욕장과 영화제로 알려져 있다."),
     ("Incheon", "대한민국 서해안의 항구 도시로 국제공항이 있으며 인구는 약 삼백만 명에 이른다.")],
    # English terms of one word each, repeated nowhere: words, not codes
    [("여권", "passport"), ("비자", "visa"), ("세관", "customs"), ("출국", "departure")],
], ids=["descriptions", "names", "one-word-terms"])
def test_a_table_of_text_beside_terms_is_not_taken_for_labels(rows):
    """The protections the labels must keep: real text in another column still counts,
    and a column of single English words is a glossary's, not a column of codes."""
    from aligner.formats.tables import bilingual_columns

    assert bilingual_columns(rows) == ([(0, 1)] if len(rows) == 4 else [])


def test_xlsx_string_list_with_keys_and_statuses_is_read_by_its_korean_and_english_columns():
    """Regression (a table audit): a string list (key | ko | en | status) was read cell by
    cell, and an English cell glued the next row's key to it ("Submit label_email")."""
    doc = read("strings.xlsx", xlsx_bytes({"strings": [("Key", "Korean", "English", "Status"), *_STRINGS]}))
    assert doc.metadata["bilingual_tables"] == 1
    assert lines(doc) == apart(*(text for row in _STRINGS for text in row[1:3]))
    assert doc.metadata["cells_not_read"] == 4 + 2 * len(_STRINGS)  # the header's, keys and statuses


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "html"])
def test_a_tables_cells_are_never_joined_into_one_paragraph(fmt):
    """Regression (a table audit): cells are read a line each, and the paragraph rules
    joined an English cell starting in lower case to the cell above it as a wrapped
    sentence ("Save" and the next row's key "btn_cancel"). A cell is a paragraph of its
    own, so each is a segment here, the table's first one apart from the paragraph above."""
    from aligner.segmenting import Segmenter

    rows = [("setting", "what it does"), ("autosave", "saves your work every minute."),
            ("Backup", "keeps a copy of each file.")]
    if fmt == "docx":
        doc = read("a.docx", docx_bytes(lambda d: (d.add_paragraph("The settings are"), _table(d, rows))))
    elif fmt == "xlsx":
        doc = read("a.xlsx", xlsx_bytes({"a": [("The settings are",), *rows]}))
    else:
        cells = "".join(f"<tr><td>{term}</td><td>{what}</td></tr>" for term, what in rows)
        doc = read("a.html", f"<p>The settings are</p><table>{cells}</table>".encode())
    assert not doc.metadata.get("bilingual_tables")
    segments = Segmenter(unwrap=False).segment(doc.text)
    assert [s.text for s in segments] == ["The settings are", *(cell for row in rows for cell in row)]


# A glossary of terms and their definitions, each in both languages
_TERMS = [("용어", "Term", "정의", "Definition"),
          ("개인정보", "personal data", "살아 있는 개인을 알아볼 수 있는 정보.", "Information that identifies a living person."),
          ("익명화", "anonymization", "개인을 더는 알아볼 수 없게 처리하는 것.", "Processing so that no person can be identified."),
          ("동의", "consent", "정보 주체가 처리를 허락하는 의사 표시.", "A data subject's agreement to the processing.")]


@pytest.mark.parametrize(("order", "pairs"), [
    ((0, 1, 2, 3), [(0, 1), (2, 3)]),  # 용어 | Term | 정의 | Definition
    ((1, 0, 3, 2), [(1, 0), (3, 2)]),  # Term | 용어 | Definition | 정의
    ((0, 2, 1, 3), [(0, 2), (1, 3)]),  # 용어 | 정의 | Term | Definition
], ids=["ko-en-ko-en", "en-ko-en-ko", "ko-ko-en-en"])
def test_a_table_with_two_korean_and_two_english_columns_pairs_them_in_order(order, pairs):
    """Regression (a table audit): of a glossary's "용어 | Term | 정의 | Definition", only the
    columns with the most letters were read (the definitions), and the term pairs lost.
    Where a table has as many Korean as English columns, they pair in column order."""
    from aligner.formats.tables import bilingual_columns

    assert bilingual_columns([[row[k] for k in order] for row in _TERMS]) == pairs


def test_a_second_pair_that_is_no_translation_leaves_the_best_pair():
    """Korean remarks beside a nearly empty English note column are no translation: the
    table is still read by its Korean and English text, as before, its notes left out."""
    from aligner.formats.tables import bilingual_columns

    remarks = ["검토", "확인", "보류", "수정", "완료", "승인", "반려", "대기"]
    rows = [(ko, en, remark, "") for (_, ko, en, _), remark in zip(_STRINGS, remarks)]
    rows[1] = (*rows[1][:3], "OK")
    assert bilingual_columns(rows) == [(0, 1)]


def test_docx_glossary_of_terms_and_definitions_is_read_pair_by_pair():
    """Each row is read pair by pair, each pair's Korean cell first: the term pairs too."""
    doc = read("a.docx", docx_bytes(lambda d: _table(d, [(t, ko_t, en_d, ko_d) for ko_t, t, ko_d, en_d in _TERMS])))
    assert lines(doc) == apart(*(text for ko_t, t, ko_d, en_d in _TERMS[1:] for text in (ko_t, t, ko_d, en_d)))
    assert doc.metadata["bilingual_tables"] == 1 and doc.metadata["cells_not_read"] == 4  # the header's


def test_html_glossary_of_terms_and_definitions_reads_all_four_columns():
    """As in Word documents (a page reads its cells in their order)."""
    rows = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "<td>1</td></tr>" for row in _TERMS)
    doc = read("a.html", f"<table>{rows}</table>".encode())
    assert lines(doc) == apart(*(text for row in _TERMS[1:] for text in row))
    assert doc.metadata["bilingual_tables"] == 1 and doc.metadata["cells_not_read"] == 4 + len(_TERMS)


_CONTRACT = [("제1조 (목적)", "Article 1 (Purpose)"),
             ("이 계약은 양 당사자의 권리와 의무를 정한다.", "This Agreement sets forth the rights and obligations of the parties."),
             ("제2조 (기간)", "Article 2 (Term)"),
             ("계약 기간은 1년으로 한다.", "The term of this Agreement is one year.")]


@pytest.mark.parametrize(("header", "is_header"), [
    (("한국어", "English"), True),
    (("Source (ko-KR)", "Target (en-US)"), True),
    (("원문", "번역"), True),
    (("Korean", "English"), True),
    (("KO", "EN"), True),
    (("한국어 원문", "English translation"), True),
    (("Korean text", "영문"), True),
    (("한국어", "Korean"), False),  # a glossary of languages: each cell names the other column's language
    (("제1조 (목적)", "Article 1 (Purpose)"), False),  # the first row of the text
    (("원문", "Translation notes"), False),  # "notes": not a name of the column's text
    # a field's name of words joined by "_" (a textbook audit: a vocabulary CSV's header
    # "example_ko,example_en" was read as text)
    (("example_ko", "example_en"), True),
    (("source_text", "target_text"), True),
    (("ko_KR", "en_US"), True),
    (("example_ko", "my_notes"), False),
], ids=lambda value: " | ".join(value) if isinstance(value, tuple) else str(value))
def test_a_bilingual_tables_header_row_is_told_by_what_its_cells_name(header, is_header):
    """Regression (a table audit): a header row ("한국어 | English", "원문 | 번역", "Source
    (ko-KR) | Target (en-US)") was paired as if it were a translation. A first row is a
    header where each of its read cells names its own column's language, by name or code,
    or its role; a first row that is text is read."""
    from aligner.formats.tables import bilingual_columns, header_row

    rows = [header, *_CONTRACT]
    assert bilingual_columns(rows) == [(0, 1)]
    assert header_row(rows, [(0, 1)]) == is_header


@pytest.mark.parametrize(("header", "marked", "read_it"), [
    (("원문", "번역"), False, False),
    (("제품 설명", "Product description"), True, False),
    (("제품 설명", "Product description"), False, True),
    (("이 계약은 서울에서 체결한다.", "This Agreement is made in Seoul."), True, True),
], ids=["names", "marked", "not-marked", "marked-text"])
def test_docx_header_rows_are_not_read_but_counted(header, marked, read_it):
    """A header that names the columns is left out, and so is one Word repeats atop each
    page (its format's header row) if its cells are short: counted with the other cells.
    A first row that is text stays, marked or not."""
    from docx.oxml import OxmlElement

    def build(d):
        _table(d, [header, *_CONTRACT])
        if marked:
            d.tables[-1].rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))

    doc = read("a.docx", docx_bytes(build))
    assert lines(doc) == apart(*(header if read_it else ()), *(text for row in _CONTRACT for text in row))
    assert doc.metadata["bilingual_tables"] == 1 and doc.metadata["cells_not_read"] == (0 if read_it else 2)


def test_html_header_row_of_th_cells_is_not_read():
    """A page marks its header row with ``<th>``: those cells are column labels."""
    rows = "".join(f"<tr><td>{ko}</td><td>{en}</td></tr>" for ko, en in _CONTRACT)
    doc = read("a.html", f"<table><tr><th>제품 설명</th><th>Product description</th></tr>{rows}</table>".encode())
    assert lines(doc) == apart(*(text for row in _CONTRACT for text in row))
    assert doc.metadata["cells_not_read"] == 2
    plain = read("a.html", f"<table><tr><td>제품 설명</td><td>Product description</td></tr>{rows}</table>".encode())
    assert lines(plain) == apart("제품 설명", "Product description", *(text for row in _CONTRACT for text in row))


def test_a_translation_tools_bilingual_table_aligns_row_by_row(tmp_path, capsys, use_encoder):
    path = tmp_path / "review.docx"
    path.write_bytes(docx_bytes(lambda d: _table(d, _EXPORT)))
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 0
    assert "1 Korean/English table read row by row; 14 other cells (headers, other columns) not read" in \
        capsys.readouterr().err
    rows = _pairs_in(tmp_path / "out.tsv")
    assert rows == [list(row[1:3]) for row in _EXPORT[1:]]


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "csv", "html"])
def test_a_bilingual_tables_rows_are_records(fmt):
    """Each row of a bilingual table is a record (segmenting.RECORD_BREAK): its own cells
    and nothing else; the text before and after the table are records of their own. A
    table that is not bilingual has none."""
    rows = [("한국어", "English"), *_CONTRACT]
    cells = "".join(f"<tr><td>{ko}</td><td>{en}</td></tr>" for ko, en in rows)
    doc = {"docx": lambda: read("a.docx", docx_bytes(lambda d: (d.add_paragraph("계약서"), _table(d, rows),
                                                                d.add_paragraph("끝.")))),
           "xlsx": lambda: read("a.xlsx", xlsx_bytes({"a": rows})),
           "csv": lambda: read("a.csv", _csv(rows).encode()),
           "html": lambda: read("a.html", f"<p>계약서</p><table>{cells}</table><p>끝.</p>".encode())}[fmt]()
    around = fmt in ("docx", "html")
    assert records(doc) == [["계약서"] if around else [], *map(list, _CONTRACT), ["끝."] if around else []]
    one_language = read("a.html", b"<table><tr><td>setting</td><td>what it does</td></tr>"
                                  b"<tr><td>autosave</td><td>saves your work.</td></tr></table>")
    assert RECORD_BREAK not in one_language.text


# A bilingual table whose first Korean cell, merged down over two rows, translates the
# English cells of both
_MERGED_KO = "오늘 날씨가 매우 좋습니다. 저는 서울에 살고 있습니다."
_MERGED_ROWS = [("The weather is very nice today.",), ("I live in Seoul.",), *_CONTRACT[1:3]]


def _merged_table(fmt: str) -> bytes:
    (en1,), (en2,), (ko3, en3), (ko4, en4) = _MERGED_ROWS
    if fmt == "docx":
        def build(d):
            table = d.add_table(rows=4, cols=2)
            for row, texts in zip(table.rows, [(_MERGED_KO, en1), ("", en2), (ko3, en3), (ko4, en4)]):
                for cell, text in zip(row.cells, texts):
                    cell.text = text
            table.cell(0, 0).merge(table.cell(1, 0))
            table.cell(0, 0).text = _MERGED_KO
        return docx_bytes(build)
    if fmt == "xlsx":
        return xlsx_bytes({"a": [(_MERGED_KO, en1), (None, en2), (ko3, en3), (ko4, en4)]},
                          build=lambda book, sheets: sheets["a"].merge_range("A1:A2", _MERGED_KO))
    if fmt == "html":
        return (f"<table><tr><td rowspan=2>{_MERGED_KO}</td><td>{en1}</td></tr><tr><td>{en2}</td></tr>"
                f"<tr><td>{ko3}</td><td>{en3}</td></tr><tr><td>{ko4}</td><td>{en4}</td></tr></table>").encode()
    cell = "<table:table-cell><text:p>{}</text:p></table:table-cell>"
    return odt_bytes(
        "<table:table><table:table-column table:number-columns-repeated=\"2\"/>"
        f'<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>{_MERGED_KO}</text:p>'
        f"</table:table-cell>{cell.format(en1)}</table:table-row>"
        f"<table:table-row><table:covered-table-cell/>{cell.format(en2)}</table:table-row>"
        f"<table:table-row>{cell.format(ko3)}{cell.format(en3)}</table:table-row>"
        f"<table:table-row>{cell.format(ko4)}{cell.format(en4)}</table:table-row></table:table>")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "html", "odt"])
def test_a_row_that_a_merged_cell_spans_goes_on_with_the_record_above(fmt):
    """Regression (hostile sweep 4): with each row of a bilingual table a record, a Korean
    cell merged down over two rows could pair only the first row's English, and the second
    row's stayed unpaired (8 of 8 pairs before records, 7 after). A row that a cell above
    spans is the same record as that row."""
    doc = read(f"a.{fmt}", _merged_table(fmt))
    (en1,), (en2,), (ko3, en3), (ko4, en4) = _MERGED_ROWS
    assert records(doc) == [[], [_MERGED_KO, en1, en2], [ko3, en3], [ko4, en4], []]


def test_a_table_laid_out_a_language_a_row_is_no_bilingual_table():
    """Regression (office documents audit): a signature table, Korean above English
    ("위탁자: … | 수탁자: …" over "Controller: … | Processor: …"), has a column of more
    Hangul and one of more Latin letters, and was read as a Korean/English table (its
    columns swapped, every cell unpaired). Its rows do not bear the columns out."""
    rows = [("위탁자: 주식회사 한빛리테일 대표이사 박지훈", "수탁자: 주식회사 세움클라우드 대표이사 최은정"),
            ("Controller: Hanbit Retail Co., Ltd., CEO Park Ji-hoon", "Processor: Seum Cloud Inc., CEO Choi Eun-jeong")]
    doc = read("a.docx", docx_bytes(lambda d: _table(d, rows)))
    assert not doc.metadata.get("bilingual_tables") and RECORD_BREAK not in doc.text
    assert lines(doc) == apart(*rows[0], *rows[1])


def test_a_korean_table_over_latin_names_is_no_bilingual_table():
    """Regression (a medical audit): a prescription's table, Latin drug names under a Korean
    header ("처방 의약품의 명칭 | 1회 투약량 | 1일 투여횟수"), was read as a Korean/English
    table, and its dose and day columns were dropped; a glossary whose header names its
    English column ("한글 용어 | 영문 용어") still is one."""
    from aligner.formats.tables import bilingual_columns

    prescription = [["약품명", "처방 의약품의 명칭", "1회 투약량", "1일 투여횟수"],
                    ["타이레놀정", "Acetaminophen 500 mg tablet", "1정", "3회"],
                    ["부루펜시럽", "Ibuprofen 100 mg/5 mL suspension", "5 mL", "3회"]]
    assert bilingual_columns(prescription) == []
    glossary = [["한글 용어", "영문 용어"], ["번역 메모리", "translation memory"], ["정렬", "alignment"]]
    assert bilingual_columns(glossary) == [(0, 1)]
    assert bilingual_columns(glossary[1:]) == [(0, 1)]


def test_a_workbook_heading_merged_across_its_row_is_read_whole():
    """Regression (office documents audit): a string table's section heading merged across
    the row ("결제 화면 (Checkout)" over ID | 한국어 | English) stood in the ID column, which
    is not read: it was only counted. Word reads such a row (one cell) whole; so does a
    workbook now."""
    rows = [("ID", "한국어", "English"), ("결제 화면 (Checkout)", None, None), ("pay.1", "결제하기", "Checkout"),
            ("pay.2", "주문이 완료되었습니다.", "Your order is complete."), ("pay.3", "결제에 실패했습니다.", "Payment failed.")]
    doc = read("a.xlsx", xlsx_bytes({"a": rows}, build=lambda book, sheets: sheets["a"].merge_range("A2:C2", rows[1][0])))
    assert records(doc) == [[], [rows[1][0]], *[list(row[1:]) for row in rows[2:]], []]
    assert doc.metadata["cells_not_read"] == 3 + 3  # the header's and the IDs


def test_a_cell_merged_down_in_a_column_not_read_joins_no_rows():
    """Regression (office documents audit): a comment merged down over three rows joined
    them into one record, and a Korean cell without its English one paired with the row
    above's English. Only a merge in the Korean or English column joins rows."""
    rows = [("ID", "한국어", "English", "Comment"), ("pw.1", "비밀번호가 일치하지 않습니다.", "The passwords do not match.", "검토 완료"),
            ("pw.2", "비밀번호를 다시 입력해 주세요.", None, None), ("pw.3", "비밀번호가 변경되었습니다.", "Your password has been changed.", None)]
    doc = read("a.xlsx", xlsx_bytes({"a": rows}, build=lambda book, sheets: sheets["a"].merge_range("D2:D4", "검토 완료")))
    assert records(doc) == [[], list(rows[1][1:3]), [rows[2][1]], list(rows[3][1:3]), []]
    cells = [f"<td>{c or ''}</td>" for c in rows[1]]
    cells[3] = f"<td rowspan=3>{rows[1][3]}</td>"
    page = (f"<table><tr>{''.join(f'<th>{c}</th>' for c in rows[0])}</tr><tr>{''.join(cells)}</tr>"
            + "".join(f"<tr>{''.join(f'<td>{c or chr(32)}</td>' for c in row[:3])}</tr>" for row in rows[2:]) + "</table>")
    found = records(read("a.html", page.encode()))  # (rows a cell above spans are a cell short: read whole)
    assert len(found) == 5 and rows[2][1] in found[2] and rows[1][2] not in found[2]


def test_untranslated_cells_of_a_bilingual_table_stay_unpaired_in_their_rows(tmp_path, use_encoder):
    """Regression (a table audit): a row whose English cell is empty, then one whose Korean
    cell is empty, made one pair (confidence 0.48), since the text alone cannot tell them
    from a row; a Korean cell without its English one could also join the next row's
    pair. Each row is a record, so no pair takes sentences from two rows."""
    rows = [("한국어", "English"),
            ("이스터 섬의 석상들은 너무 거대해서 어떤 사람들은 외계인들이 조각했다고 주장한다.",
             "The statues on Easter Island are so giant that some people insist that they were carved by aliens."),
            ("자동차 초창기에, 많은 사람들은 그것을 대단하게 생각하지 않았다.", ""),
            ("", "Other ads are about soap for washing cars."),
            ("한국에서의 또 다른 유행에는 DDR, 피어싱, 머리 염색, PC방 등이 포함된다.",
             "Other crazes in Korea include DDR, piercings, hair-dyeing and PC rooms."),
            ("이번 주말에는 비가 올 것이다.", ""),
            ("사회는 아이들에게 어린 시절부터 남성 또는 여성답게 행동하도록 가르친다.",
             "Society teaches children to act like males or females at a young age.")]
    path = tmp_path / "table.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv"), "--unpaired", str(tmp_path / "left.tsv")]) == 0
    assert _pairs_in(tmp_path / "out.tsv") == [list(row) for row in rows[1:] if all(row)]
    left = (tmp_path / "left.tsv").read_text(encoding="utf-8")
    assert all(cell in left for row in rows[1:] if not all(row) for cell in row if cell)


def test_a_table_whose_english_column_slid_a_row_is_aligned_as_running_text(tmp_path, capsys, use_encoder):
    """Regression (hostile sweep 4): a table pasted one row off (each English cell beside
    the next row's Korean) paired nothing once rows were records, without a word. Where
    fewer than half its rows hold a pair and running text pairs twice as many, it is
    aligned as running text, and the command says why."""
    pairs = [("오늘 날씨가 매우 좋습니다.", "The weather is very nice today."),
             ("회의는 오후 세 시에 시작합니다.", "The meeting starts at three in the afternoon."),
             ("이 책은 도서관에서 빌렸어요.", "I borrowed this book from the library."),
             ("정부는 새로운 경제 정책을 발표했다.", "The government announced a new economic policy."),
             ("우리는 내일 부산으로 여행을 갑니다.", "We are going on a trip to Busan tomorrow.")]
    rows = [("한국어", "English"), (pairs[0][0], "")] + [(pairs[k + 1][0], pairs[k][1]) for k in range(4)] + [
        ("", pairs[4][1])]
    path = tmp_path / "shifted.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 0
    assert _pairs_in(tmp_path / "out.tsv") == [list(pair) for pair in pairs]
    assert "do not translate each other row by row" in capsys.readouterr().err


def test_html_footnote_mark_after_a_sentence_end_is_not_read():
    """Regression (web pages audit): "줄였다.<sup>1)</sup> 이는 …" read "줄였다.1) 이는", which
    hid the sentence end from the splitter (a 2-2 pair). A footnote's mark in ``<sup>``
    after a sentence end is not read; an exponent or an ordinal is."""
    page = ("<p>정부는 배출량을 27% 줄였다.<sup>1)</sup> 이는 역대 최대 감소 폭이다.<sup>[2]</sup></p>"
            "<p>The area is 10 m<sup>2</sup>. She came 1<sup>st</sup>. It ended.<sup>*</sup> Then it rained.</p>")
    assert lines(read("a.html", page.encode())) == [
        "정부는 배출량을 27% 줄였다. 이는 역대 최대 감소 폭이다.", "The area is 10 m2. She came 1st. It ended. Then it rained."]


def test_a_note_reference_that_links_to_its_note_is_not_read():
    """Regression (books audit): many EPUB 2 books mark a note's reference only as a
    superscript number linking to the note ("tide<sup><a href="notes.xhtml#n1">1</a></sup>
    had gone out", "<a href="#n2"><sup>[2]</sup></a>"), which glued to the word
    ("조수1가"). A superscript mark that links to a place is a reference; one that links
    nowhere after no sentence end is an exponent."""
    chapter = xhtml('<p>아침이 되자 조수<sup><a href="notes.xhtml#n1">1</a></sup>가 멀리 빠졌다.</p>'
                    '<p>미라는 바위로 내려갔다.<a href="notes.xhtml#n2" class="calibre3"><sup>[2]</sup></a></p>'
                    '<p>넓이는 10 m<sup>2</sup>이다.</p>')
    assert lines(read("a.epub", epub_bytes([chapter], version=2))) == [
        "아침이 되자 조수가 멀리 빠졌다.", "미라는 바위로 내려갔다.", "넓이는 10 m2이다."]
    page = '<p>In the morning the tide<sup><a href="#n1">1</a></sup> had gone out.</p>'
    assert lines(read("a.html", page.encode())) == ["In the morning the tide had gone out."]


def test_a_table_of_options_and_their_descriptions_is_read_cell_by_cell():
    """Regression (documentation audit): a docs page's "| 옵션 | 설명 |" table, its first
    column command options in code ("--keep-empty"), was read as a Korean/English table:
    its header was dropped as one naming the columns, and the English page's "Option" and
    "Description" were left without their pair. Options are identifiers, no text."""
    table = "| 옵션 | 설명 |\n| --- | --- |\n| `--keep-empty` | 빈 행을 남겨 둡니다. |\n| `-o` | 출력 파일. |\n"
    assert [line for line in lines(read("a.md", table.encode())) if line] == [
        "옵션", "설명", "--keep-empty", "빈 행을 남겨 둡니다.", "-o", "출력 파일."]


def test_html_bilingual_table_with_other_columns_is_read_by_its_korean_and_english_columns():
    """Regression: a glossary page's table (번호 | 한국어 | English | 비고) was read cell by
    cell, so its header's "비고" joined the first Korean sentence's pair ("비고 서울시는 …").
    As in Word documents, a bilingual table's other columns are counted, not read; a table
    laid out around another table is read whole."""
    rows = "".join(f"<tr><td>{n}</td><td>{ko}</td><td>{en}</td><td>{status}</td></tr>"
                   for n, ko, en, status, _ in _EXPORT[1:])
    page = (f"<table><tr><th>번호</th><th>한국어</th><th>English</th><th>비고</th></tr>{rows}</table>"
            f"<table><tr><td><table><tr><td>{_EXPORT[1][1]}</td></tr></table></td><td>{_EXPORT[1][2]}</td>"
            f"<td>1</td></tr></table>")
    doc = read("a.html", page.encode())
    assert lines(doc) == apart(*(text for row in _EXPORT[1:] for text in row[1:3]), _EXPORT[1][1], _EXPORT[1][2], "1")
    assert doc.metadata["bilingual_tables"] == 1 and doc.metadata["cells_not_read"] == 4 + 2 * 4


def _unspaced(paragraphs: list[str]) -> list[str]:
    return [p.replace(" ", "") for p in paragraphs]


@pytest.mark.parametrize("gap", [0.3, 0.45, 0.6], ids=["0.3cm", "0.45cm", "0.6cm"])
@pytest.mark.parametrize("leading", [13, 16], ids=["130%", "160%"])
@pytest.mark.parametrize("paragraphs", [KOREAN_PARAGRAPHS, ENGLISH_PARAGRAPHS], ids=["ko", "en"])
@pytest.mark.parametrize("split", [1, 3])
def test_pdf_two_columns_drawn_a_row_at_a_time_across_a_narrow_gutter_are_read_column_by_column(
        paragraphs, leading, split, gap):
    """Regression (reader audit): a producer that draws each line across both columns (the
    left column's line, then the right's at the same height) across a gutter narrower than
    two characters had pdfminer join the two halves into one line, and the page read row
    by row. Lines are split at a strip of white space that lines up down the page first.
    (Korean is wrapped a character at a time here, which the reader may join back with a
    space or two more or less than written: spaces aside.)"""
    font = KO if paragraphs is KOREAN_PARAGRAPHS else EN
    data = two_column_pdf([paragraphs[:split], paragraphs[split:]], font, leading, gap=gap / 2.54 * 72, across=True)
    assert _unspaced(lines(read("columns.pdf", data))) == _unspaced(paragraphs)
    titled = two_column_pdf([paragraphs[:split], paragraphs[split:]], font, leading, title="ASCI White",
                            gap=gap / 2.54 * 72, across=True)
    assert _unspaced(lines(read("columns.pdf", titled))) == _unspaced(["ASCI White", *paragraphs])


def test_pdf_table_drawn_a_row_at_a_time_across_a_narrow_gap_is_read_cell_by_cell_by_rows():
    """A Korean/English table whose rows pdfminer joins into one line each (cells 0.3 cm
    apart) is read a cell a line, row by row: its cells, split apart, start level."""
    from reportlab.pdfbase import pdfmetrics

    rows = [("시민이 반발했다.", "Citizens protested."), ("요금이 오르겠다.", "Fares will rise."),
            ("시장이 사과했다.", "The mayor is sorry."), ("공청회가 열린다.", "A hearing is held.")]
    data = _table_pdf(rows, lambda ko: 72 + pdfmetrics.stringWidth(ko, KO, 10) + 8.5)
    assert lines(read("table.pdf", data)) == [cell for row in rows for cell in row]


@pytest.mark.parametrize("leading", [13, 16], ids=["130%", "160%"])
@pytest.mark.parametrize("paragraphs", [KOREAN_PARAGRAPHS, ENGLISH_PARAGRAPHS], ids=["ko", "en"])
def test_pdf_justified_single_column_is_not_split_at_its_word_gaps(paragraphs, leading):
    """A narrow justified column's wide word gaps are no gutter: even within a line, they
    leave no strip down the page wider than themselves."""
    font = KO if paragraphs is KOREAN_PARAGRAPHS else EN
    data = two_column_pdf([paragraphs], font, leading, across=True)
    assert _unspaced(lines(read("column.pdf", data))) == _unspaced(paragraphs)


@pytest.mark.parametrize("font", [KO, EN], ids=["ko", "en"])
def test_pdf_list_with_numbers_tab_aligned_keeps_them_with_their_items(font):
    """A list's numbers, set a tab apart from their items, line up down the page as a
    column would; a column of numbers is no column of text, so each item is read whole."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(KO))
    items = (["농구장 크기다.", "수퍼컴퓨터가 공개되었다.", "핵무기 모의 실험에 쓰인다.", "작년에 트럭 28대로 배달되었다.",
              "정부를 위해 IBM사가 고안했고 83마일의 배선으로 연결되었다."] if font == KO else
             ["Many saw it.", "Most of it is new.", "We simulate weapons with it.", "Workers came in 28 trucks.",
              "Men at IBM designed it, and 83 miles of wiring connect it."])  # wide letters: pdfminer joins them
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setFont(font, 10)
    for k, item in enumerate(items):
        c.drawString(72, 700 - 14 * k, f"{k + 1}.")
        c.drawString(90, 700 - 14 * k, item)
    c.showPage()
    c.save()
    assert lines(read("list.pdf", out.getvalue())) == [f"{k + 1}. {item}" for k, item in enumerate(items)]


# ---------------------------------------------------------------- Hangul (.hwpx)

# The namespaces Hangul declares on every part (Hancom Office 2020's section0.xml)
_HWPX_NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
            'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
            'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
            'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
            'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:opf="http://www.idpf.org/2007/opf/"')
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
_SUB_LIST = ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{align}" linkListIDRef="0" '
             'linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">{paragraphs}</hp:subList>')
# The first run of a section's first paragraph: its page setup and its column control
_SEC_PR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
           'tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
           '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" '
           'equation="0"/><hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin '
           'header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
           '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/>'
           '</hp:ctrl>')


def hp_p(*runs: str, style: int = 0, para_id: int = 0) -> str:
    """A paragraph as Hangul writes it: its runs, then its line layout (no text)."""
    return (f'<hp:p id="{para_id}" paraPrIDRef="0" styleIDRef="{style}" pageBreak="0" columnBreak="0" merged="0">'
            + "".join(runs) + '<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1000" textheight="1000" '
            'baseline="850" spacing="600" horzpos="0" horzsize="42520" flags="393216"/></hp:linesegarray></hp:p>')


def hp_run(*children: str, char: int = 0) -> str:
    return f'<hp:run charPrIDRef="{char}">' + "".join(children) + "</hp:run>"


def hp_t(text: str) -> str:
    """A run of text (already XML: may hold <hp:tab/> and other characters)."""
    return f"<hp:t>{text}</hp:t>"


def hp_text(text: str, **options) -> str:
    """A paragraph of one run of plain text."""
    from xml.sax.saxutils import escape

    return hp_p(hp_run(hp_t(escape(text))), **options)


def hp_sub_list(*paragraphs: str, align: str = "TOP") -> str:
    return _SUB_LIST.format(align=align, paragraphs="".join(paragraphs))


def hp_tbl(rows: list[list[str | tuple[str, int, int]]], caption: str | None = None) -> str:
    """A table (a run's child) of rows of cells: a cell is its paragraphs' XML, or
    (paragraphs, colSpan, rowSpan) for a merged one; the cells a merged one covers are
    left out of the rows, as Hangul leaves them out."""
    out = [(f'<hp:tbl id="1842557380" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
            f'lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{len(rows)}" '
            f'colCnt="{max(map(len, rows))}" cellSpacing="0" borderFillIDRef="3" noAdjust="0">'
            '<hp:sz width="42520" widthRelTo="ABSOLUTE" height="2564" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
            'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="283" right="283" top="283" bottom="283"/>'
            '<hp:inMargin left="510" right="510" top="141" bottom="141"/>')]
    if caption is not None:
        out.append(f'<hp:caption side="BOTTOM" fullSz="0" width="8504" gap="850" lastWidth="42520">'
                   f'{hp_sub_list(caption)}</hp:caption>')
    for r, cells in enumerate(rows):
        out.append("<hp:tr>")
        for c, cell in enumerate(cells):
            paragraphs, col_span, row_span = cell if isinstance(cell, tuple) else (cell, 1, 1)
            out.append(f'<hp:tc name="" header="{int(r == 0)}" hasMargin="0" protect="0" editable="0" dirty="0" '
                       f'borderFillIDRef="3">{hp_sub_list(paragraphs, align="CENTER")}'
                       f'<hp:cellAddr colAddr="{c}" rowAddr="{r}"/><hp:cellSpan colSpan="{col_span}" rowSpan="{row_span}"/>'
                       f'<hp:cellSz width="{14173 * col_span}" height="{282 * row_span}"/>'
                       '<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        out.append("</hp:tr>")
    return "".join(out) + "</hp:tbl>"


def hp_section(*paragraphs: str) -> str:
    """A section file: its first paragraph's first run holds the section's properties."""
    first = hp_p(hp_run(_SEC_PR), hp_run(hp_t("")))
    return f"{_XML_DECLARATION}<hs:sec {_HWPX_NS}>{first}{''.join(paragraphs)}</hs:sec>"


_HWPX_HEADER = (f'{_XML_DECLARATION}<hh:head {_HWPX_NS} version="1.4" secCnt="{{count}}"><hh:beginNum page="1" '
                'footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList><hh:styles itemCnt="5">'
                '<hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" '
                'nextStyleIDRef="0" langID="1042" lockForm="0"/>'
                '<hh:style id="2" type="PARA" name="개요 1" engName="Outline 1" paraPrIDRef="2" charPrIDRef="0" '
                'nextStyleIDRef="2" langID="1042" lockForm="0"/>'
                '<hh:style id="18" type="PARA" name="차례 제목" engName="TOC Heading" paraPrIDRef="12" charPrIDRef="5" '
                'nextStyleIDRef="18" langID="1042" lockForm="0"/>'
                '<hh:style id="19" type="PARA" name="차례 1" engName="TOC 1" paraPrIDRef="13" charPrIDRef="6" '
                'nextStyleIDRef="19" langID="1042" lockForm="0"/>'
                '<hh:style id="20" type="PARA" name="차례 2" engName="TOC 2" paraPrIDRef="14" charPrIDRef="6" '
                'nextStyleIDRef="20" langID="1042" lockForm="0"/></hh:styles></hh:refList></hh:head>')


def hwpx_bytes(sections: list[str], *, spine: list[int] | None = None, files: dict[str, bytes | None] | None = None,
               title: str = "") -> bytes:
    """An .hwpx package as Hangul writes one: ``sections`` are the section files' XML
    (``hp_section``); ``spine`` the order content.hpf lists them in (default: theirs; []
    lists none); ``files`` replace (None: remove) any part."""
    order = range(len(sections)) if spine is None else spine
    items = "".join(f'<opf:item id="section{k}" href="Contents/section{k}.xml" media-type="application/xml"/>'
                    for k in range(len(sections)))
    refs = "".join(f'<opf:itemref idref="section{k}" linear="yes"/>' for k in order)
    parts: dict[str, bytes | None] = {
        "mimetype": b"application/hwp+zip",
        "version.xml": (f'{_XML_DECLARATION}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
                        'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" '
                        'xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 2129 WIN32LEWindows_10"/>'
                        ).encode(),
        "Contents/header.xml": _HWPX_HEADER.format(count=len(sections)).encode(),
        **{f"Contents/section{k}.xml": xml.encode() for k, xml in enumerate(sections)},
        "Preview/PrvText.txt": "미리 보기는 읽지 않는다 (잘려 있다)".encode("utf-16-le"),
        "settings.xml": (f'{_XML_DECLARATION}<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app">'
                         '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>').encode(),
        "META-INF/container.xml": (f'{_XML_DECLARATION}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:'
                                   'container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                                   '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                                   '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                                   '</ocf:rootfiles></ocf:container>').encode(),
        "META-INF/manifest.xml": (f'{_XML_DECLARATION}<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:'
                                  'manifest:1.0"/>').encode(),
        "Contents/content.hpf": (f'{_XML_DECLARATION}<opf:package {_HWPX_NS} version="" unique-identifier="" id="">'
                                 f'<opf:metadata><opf:title>{title}</opf:title><opf:language>ko</opf:language>'
                                 '<opf:meta name="creator" content="text">홍길동</opf:meta></opf:metadata><opf:manifest>'
                                 '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
                                 f'{items}<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
                                 '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
                                 f'{refs}</opf:spine></opf:package>').encode(),
    }
    parts.update(files or {})
    return _package(parts)


def test_hwpx_paragraphs_of_its_sections_are_lines_in_the_spines_order():
    """Each paragraph a line, section after section as content.hpf's spine orders them
    (by their numbers where it lists none); the truncated plain-text preview is not read."""
    first = hp_section(hp_text("첫째 구역의 첫 문단이다.", para_id=1), hp_p(hp_run(hp_t(""))),
                       hp_p(hp_run(hp_t("여러 "), char=1), hp_run(hp_t("글자 모양의 문단."), char=2)))
    second = hp_section(hp_text("The second section's paragraph."))
    doc = read("a.hwpx", hwpx_bytes([first, second], title="보도자료"))
    assert doc.format == "hwpx"
    assert lines(doc) == ["첫째 구역의 첫 문단이다.", "여러 글자 모양의 문단.", "The second section's paragraph."]
    assert doc.metadata["sections"] == 2 and doc.metadata["title"] == "보도자료" and doc.metadata["lang"] == "ko"
    assert lines(read("a.hwpx", hwpx_bytes([first, second], spine=[1, 0])))[0] == "The second section's paragraph."
    sections = [hp_section(hp_text(f"구역 {k}.")) for k in range(11)]
    assert lines(read("a.hwpx", hwpx_bytes(sections, spine=[]))) == [f"구역 {k}." for k in range(11)]


def test_hwpx_characters_inside_text_tracked_changes_and_ruby_are_read_as_shown():
    """Hangul writes tabs, line breaks and fixed spaces as elements inside <hp:t>: each a
    space (a soft hyphen nothing); of a tracked change, the text as it now reads; of a
    덧말, the main text."""
    section = hp_section(
        hp_p(hp_run(hp_t("성<hp:fwSpace/>명<hp:tab width=\"4000\" leader=\"0\" type=\"1\"/>홍길동<hp:lineBreak/>"
                         "주<hp:nbSpace/>소: 서울"))),
        hp_p(hp_run(hp_t("inter<hp:hyphen/>national <hp:markpenBegin color=\"#FFFF00\"/>agreement<hp:markpenEnd/>"))),
        hp_p(hp_run(hp_t('시는 <hp:deleteBegin Id="1" TcId="1"/>올해<hp:deleteEnd Id="1" TcId="1" paraend="0"/>'
                         '<hp:insertBegin Id="2" TcId="2"/>내년<hp:insertEnd Id="2" TcId="2" paraend="0"/>부터 인상한다.'))),
        hp_p(hp_run(hp_t('지운 문단의 <hp:deleteBegin Id="3" TcId="3"/>끝'))), hp_p(hp_run(hp_t('과 다음 문단의 머리'
                                                                                       '<hp:deleteEnd Id="3" TcId="3" paraend="1"/>까지.'))),
        hp_p(hp_run(hp_t("대한민국 ")),
             hp_run('<hp:dutmal posType="TOP" szRatio="0" option="4" styleIDRef="0" align="CENTER">'
                    "<hp:mainText>憲法</hp:mainText><hp:subText>헌법</hp:subText></hp:dutmal>"),
             hp_run(hp_t(" 제1조"))),
    )
    assert lines(read("a.hwpx", hwpx_bytes([section]))) == [
        "성 명 홍길동 주 소: 서울", "international agreement", "시는 내년부터 인상한다.", "지운 문단의 까지.",
        "대한민국 憲法 제1조"]


def test_hwpx_tables_are_read_row_by_row_nested_ones_in_place_merged_cells_once():
    nested = hp_tbl([[hp_text("안쪽 1"), hp_text("안쪽 2")]])
    table = hp_tbl([[(hp_text("성명"), 1, 2), hp_text("홍길동")],
                    [hp_p(hp_run(hp_t("서명란")), hp_run(nested))],
                    [(hp_text("주소") + hp_text("서울시 중구"), 2, 1)]], caption=hp_p(hp_run(hp_t("표 "), '<hp:ctrl><hp:autoNum num="1" numType="TABLE"><hp:autoNumFormat type="DIGIT" userChar="" '
                                                   'prefixChar="" suffixChar="" supscript="0"/></hp:autoNum></hp:ctrl>',
                                                   hp_t(". 신청인"))))
    section = hp_section(hp_text("표 앞 문단."), hp_p(hp_run(hp_t("표를 담은 문단")), hp_run(table), hp_run(hp_t("의 끝."))),
                         hp_text("표 뒤 문단."))
    doc = read("a.hwpx", hwpx_bytes([section]))
    assert lines(doc) == ["표 앞 문단.", *apart("표를 담은 문단", "성명", "홍길동", "서명란", "안쪽 1", "안쪽 2", "주소"),
                          "서울시 중구", "", "표 1. 신청인", "의 끝.", "표 뒤 문단."]  # a cell's two paragraphs: no blank
    assert doc.metadata["tables"] == 2 and doc.metadata["bilingual_tables"] == 0


def test_hwpx_bilingual_table_with_other_columns_is_read_by_its_korean_and_english_columns():
    """As in Word documents: a translation tool's table (ID | Korean | English | status |
    comment) gives its Korean and English cells row by row; the others are counted."""
    rows = [[hp_text(text) if text else hp_p(hp_run(hp_t(""))) for text in row] for row in _EXPORT]
    doc = read("review.hwpx", hwpx_bytes([hp_section(hp_p(hp_run(hp_tbl(rows))))]))
    assert lines(doc) == apart(*(text for row in _EXPORT[1:] for text in row[1:3]))
    assert doc.metadata["bilingual_tables"] == 1 and doc.metadata["cells_not_read"] == 5 + 2 + 3 + 2 + 2


def _note(kind: str, text: str) -> str:
    return (f'<hp:ctrl><hp:{kind} number="1" suffixChar="41" instId="1603406655">'
            + hp_sub_list(hp_p(hp_run(f'<hp:ctrl><hp:autoNum num="1" numType="{kind.upper()}"><hp:autoNumFormat '
                                      'type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/></hp:autoNum>'
                                      f'</hp:ctrl>{hp_t(text)}', char=3), style=15))
            + f"</hp:{kind}></hp:ctrl>")


def test_hwpx_headers_footers_notes_memos_comments_text_boxes_and_contents_are_not_read():
    header = ('<hp:ctrl><hp:header id="1" applyPageType="BOTH">' + hp_sub_list(hp_text("머리말: 보도자료"))
              + '</hp:header></hp:ctrl><hp:ctrl><hp:footer id="2" applyPageType="BOTH">'
              + hp_sub_list(hp_text("- 1 -"), align="BOTTOM") + "</hp:footer></hp:ctrl>")
    memo = ('<hp:ctrl><hp:fieldBegin id="7377" type="MEMO" name="" editable="1" dirty="0" zorder="1" fieldid="6232">'
            '<hp:parameters cnt="2" name=""><hp:stringParam name="ID">5193</hp:stringParam><hp:stringParam '
            'name="Author">검토자</hp:stringParam></hp:parameters>' + hp_sub_list(hp_text("메모: 숫자 확인 바람"))
            + "</hp:fieldBegin></hp:ctrl>")
    text_box = ('<hp:rect id="1975" zOrder="1" numberingType="NONE" textWrap="SQUARE" textFlow="BOTH_SIDES" lock="0" '
                'dropcapstyle="None" href="" groupLevel="0" instid="1975" ratio="0"><hp:offset x="0" y="0"/>'
                '<hp:orgSz width="14400" height="7200"/><hp:curSz width="14400" height="7200"/>'
                '<hp:drawText lastWidth="14400" name="" editable="0">' + hp_sub_list(hp_text("글상자 안의 글"))
                + '<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="14400" y="0"/><hc:pt2 x="14400" y="7200"/><hc:pt3 x="0" y="7200"/>'
                '<hp:sz width="14400" height="7200" widthRelTo="ABSOLUTE" heightRelTo="ABSOLUTE" protect="0"/></hp:rect>')
    hidden = '<hp:ctrl><hp:hiddenComment>' + hp_sub_list(hp_text("숨은 설명")) + "</hp:hiddenComment></hp:ctrl>"
    equation = ('<hp:equation id="3799" zOrder="0" numberingType="EQUATION" textWrap="TOP_AND_BOTTOM" version="Equation '
                'Version 60" baseLine="88" textColor="#000000" baseUnit="1100" lineMode="CHAR" font="HYhwpEQ">'
                '<hp:shapeComment>수식입니다.</hp:shapeComment><hp:script>E = mc ^{2}</hp:script></hp:equation>')
    memos = ('<hp:memogroup><hp:memo id="5193" memoShapeIDRef="0"><hp:paraList>' + hp_text("메모: 숫자 확인 바람")
             + "</hp:paraList></hp:memo></hp:memogroup>")
    section = hp_section(
        hp_text("차례", style=18), hp_p(hp_run(hp_t("1. 개요<hp:tab/>3")), style=19),
        hp_p(hp_run(hp_t("가. 배경<hp:tab/>4")), style=20),
        hp_p(hp_run(header), hp_run(memo), hp_run(hp_t("요금을 인상한다.")),
             hp_run('<hp:ctrl><hp:fieldEnd beginIDRef="7377" fieldid="6232"/></hp:ctrl>'), hp_run(_note("footNote", "각주."))),
        memos, hp_p(hp_run(hp_t("글상자 옆")), hp_run(text_box), hp_run(hidden), hp_run(hp_t("의 문장.")),
                    hp_run(_note("endNote", "미주."))),
        hp_p(hp_run(hp_t("질량과 에너지는")), hp_run(equation), hp_run(hp_t("로 같다."))),
        hp_text("1. 개요", style=2))
    assert lines(read("a.hwpx", hwpx_bytes([section]))) == ["요금을 인상한다.", "글상자 옆 의 문장.", "질량과 에너지는 로 같다.",
                                                            "1. 개요"]


def _field(kind: str, field_id: int, parameters: str, dirty: int = 0) -> str:
    return (f'<hp:ctrl><hp:fieldBegin id="{field_id}" type="{kind}" name="이름" editable="1" dirty="{dirty}" '
            f'zorder="-1" fieldid="{field_id + 1}" metaTag=""><hp:parameters cnt="3" name="">{parameters}'
            "</hp:parameters></hp:fieldBegin></hp:ctrl>")


def _field_end(field_id: int) -> str:
    return f'<hp:ctrl><hp:fieldEnd beginIDRef="{field_id}" fieldid="{field_id + 1}"/></hp:ctrl>'


def test_hwpx_fields_read_their_text_not_their_instructions_nor_an_unfilled_prompt():
    """A click-here field (누름틀) not yet filled in shows its prompt as its text, on screen
    only: not read, as Word's content controls showing their placeholder are not; a
    filled-in one, and a hyperlink's text, are read; no field's parameters are."""
    prompt = "여기를 누르고 이름을 입력하세요."
    click_here = ('<hp:integerParam name="Prop">9</hp:integerParam><hp:stringParam name="Command" xml:space="preserve">'
                  f'Clickhere:set:61:Direction:wstring:{len(prompt)}:{prompt} HelpState:wstring:0:  </hp:stringParam>')
    link = ('<hp:integerParam name="Prop">0</hp:integerParam><hp:stringParam name="Command">https\\://example.com;1;0;0;'
            '</hp:stringParam><hp:stringParam name="Path">https://example.com</hp:stringParam>')
    section = hp_section(
        hp_p(hp_run(hp_t("성명: ")),
             hp_run(_field("CLICK_HERE", 20, click_here + f'<hp:stringParam name="Direction">{prompt}</hp:stringParam>')),
             hp_run(hp_t(prompt), char=8), hp_run(_field_end(20), hp_t(""))),
        hp_p(hp_run(hp_t("주소: ")), hp_run(_field("CLICK_HERE", 30, click_here)), hp_run(hp_t(prompt), char=8),
             hp_run(_field_end(30))),
        hp_p(hp_run(hp_t("성명: ")), hp_run(_field("CLICK_HERE", 40, click_here, dirty=1)), hp_run(hp_t("홍길동")),
             hp_run(_field_end(40))),
        hp_p(hp_run(hp_t("자세한 내용은 ")), hp_run(_field("HYPERLINK", 50, link)), hp_run(hp_t("누리집"), char=7),
             hp_run(_field_end(50)), hp_run(hp_t("을 보라."))))
    assert lines(read("a.hwpx", hwpx_bytes([section]))) == ["성명:", "주소:", "성명: 홍길동", "자세한 내용은 누리집을 보라."]


@pytest.mark.parametrize(("name", "fmt"), [("a.hwpx", "hwpx"), ("A.HWPX", "hwpx"), ("a.hwp", "hwp")])
def test_the_extension_chooses_the_hangul_reader(name, fmt):
    assert input_format(name) == fmt


def _ole(hwp: bool = True) -> bytes:
    """The start of an OLE compound file; an HWP 5.0 one names its streams in its directory."""
    names = ["Root Entry", "FileHeader", "DocInfo", "BodyText"] if hwp else ["Root Entry", "WordDocument"]
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"".join(n.encode("utf-16-le").ljust(128, b"\0")
                                                                       for n in names)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.hwpx", lambda: docx_bytes(lambda d: d.add_paragraph("x")),
     r"name says a Hangul document \(\.hwpx\), but the content is a Word document \(\.docx\)"),
    ("a.hwpx", lambda: zip_bytes({"notes.txt": b"hello"}), "ZIP archive of other files"),
    ("a.hwpx", lambda: b"Plain text, not a Hangul file.\n", "the content is text"),
    ("a.hwpx", lambda: b"PK\x03\x04 broken zip", "damaged ZIP"),
    ("a.hwpx", lambda: _ole(hwp=False), r"the content is a Word 97-2003 document \(\.doc\)"),
    ("a.docx", lambda: hwpx_bytes([hp_section(hp_text("x"))]), r"the content is a Hangul document \(\.hwpx\)"),
    ("a.docx", _ole, r"the content is a binary Hangul document \(\.hwp\)"),
    ("a.hwp", lambda: b"Plain text.\n", r"name says a binary Hangul document \(\.hwp\), but the content is text"),
    ("a.hwp", _ole, (r"^a\.hwp: this is a binary Hangul document \(\.hwp, HWP 5\.0\), which is not read; open it in "
                     r"Hangul and save it as \.hwpx \(or \.docx or \.pdf\)$")),
    ("a.hwpx", _ole, r"^a\.hwpx: this is a binary Hangul document .* save it as \.hwpx"),
])
def test_hangul_content_that_contradicts_the_extension_is_an_input_error(name, data, message):
    with pytest.raises(InputError, match=message):
        read(name, data())


def test_an_hwpx_package_named_hwp_is_read_and_a_binary_hwp_exits_3_with_one_line(tmp_path, capsys):
    assert lines(read("a.hwp", hwpx_bytes([hp_section(hp_text("이름만 .hwp인 문서."))]))) == ["이름만 .hwp인 문서."]
    (tmp_path / "보도자료.hwp").write_bytes(_ole() + bytes(2000))
    assert main(["align", str(tmp_path / "보도자료.hwp"), "-o", str(tmp_path / "out.tsv")]) == 3
    err = capsys.readouterr().err
    assert err.count("aligner: error:") == 1 and "save it as .hwpx" in err and "Traceback" not in err
    assert err.strip().count("\n") == 0 and not (tmp_path / "out.tsv").exists()


def test_a_hwpx_that_declares_a_doctype_is_refused():
    """As for Word documents: Hangul never writes a DOCTYPE, and entities declared in one
    would be lost (or fetched); nor is any entity of an undeclared one expanded."""
    section = hp_section(hp_text("안녕하세요. 저는 학생입니다.")).replace("안녕하세요.", "&x; 안녕하세요.")
    section = section.replace(_XML_DECLARATION, _XML_DECLARATION + '<!DOCTYPE hs:sec [<!ENTITY x "반갑습니다.">]>')
    with pytest.raises(InputError, match=r"a\.hwpx: the Hangul document's Contents/section0\.xml declares a DOCTYPE"):
        read("a.hwpx", hwpx_bytes([section]))
    external = '<!DOCTYPE opf:package SYSTEM "http://example.com/x.dtd">'
    contents = hwpx_bytes([hp_section(hp_text("x"))])
    with zipfile.ZipFile(io.BytesIO(contents)) as z:
        hpf = z.read("Contents/content.hpf").decode().replace("?>", "?>" + external, 1)
    with pytest.raises(InputError, match=r"Contents/content\.hpf declares a DOCTYPE"):
        read("a.hwpx", hwpx_bytes([hp_section(hp_text("x"))], files={"Contents/content.hpf": hpf.encode()}))
    undeclared = hp_section(hp_text("x")).replace("<hp:t>x", "<hp:t>&x; x")
    with pytest.raises(InputError, match=r"section0\.xml is damaged: .*Entity 'x' not defined"):
        read("a.hwpx", hwpx_bytes([undeclared]))


def test_a_damaged_hwpx_is_an_input_error_naming_the_part_and_the_problem():
    good = [hp_section(hp_text("Fine."))]
    cases = {
        r"a\.hwpx: the Hangul document has no Contents/content\.hpf": {"Contents/content.hpf": None},
        r"a\.hwpx: the Hangul document has no Contents/section0\.xml": {"Contents/section0.xml": None},
        r"a\.hwpx: the Hangul document's Contents/section0\.xml is damaged": {"Contents/section0.xml": b"<hs:sec><hp:p>"},
        r"Contents/content\.hpf is damaged": {"Contents/content.hpf": b"\xff\xfe not xml"},
        r"Contents/section0\.xml is no section \(its root is <head>\)": {"Contents/section0.xml": _HWPX_HEADER.encode()},
        r"a\.hwpx: the Hangul document has no text in its body": {"Contents/section0.xml": hp_section().encode()},
    }
    for message, files in cases.items():
        with pytest.raises(InputError, match=message):
            read("a.hwpx", hwpx_bytes(good, files=files))
    with pytest.raises(InputError, match="has no sections"):
        read("a.hwpx", hwpx_bytes([], spine=[]))
    with pytest.raises(InputError, match=r"section0\.xml is damaged"):
        read("a.hwpx", _bad_deflate(hwpx_bytes([hp_section(hp_text("Fine. " * 200))]), "Contents/section0.xml"))
    with pytest.raises(InputError, match=r"section0\.xml is damaged: .*encrypted"):
        read("a.hwpx", _encrypted(hwpx_bytes(good), "Contents/section0.xml"))


def test_a_hwpx_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    """The Word reader's limits: unpacked bytes in all, checked before anything is read,
    and XML tags (which memory grows with), counted as each part streams in."""
    from aligner.formats import readers

    paragraphs = [hp_text("a")] * 1_000  # 6,000 tags
    data = hwpx_bytes([hp_section(*paragraphs)])
    assert len(lines(read("a.hwpx", data))) == 1_000  # within the default limits
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.005")  # 3,750 tags
    with pytest.raises(InputError, match=r"a\.hwpx: the Hangul document has over 3,750 XML tags"):
        read("a.hwpx", data)
    monkeypatch.delenv("ALIGNER_MAX_INPUT_MB")
    monkeypatch.setattr(readers, "MAX_UNPACKED", 100_000)
    bomb = hwpx_bytes([hp_section(hp_text("x"))], files={"BinData/image1.bmp": bytes(200_000)})
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match=r"a\.hwpx: the Hangul document unpacks to 0 MiB, over the 0 MiB"):
        read("a.hwpx", bomb)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_any_section_xml_is_read_or_an_input_error(body):
    try:
        read("a.hwpx", hwpx_bytes([hp_section(hp_text("Fine."))], files={"Contents/section0.xml": body}))
    except InputError:
        pass


def test_a_bilingual_hwpx_aligns_as_one_document(tmp_path, capsys, use_encoder):
    """A bilingual press release as Korean government offices write them: each Korean
    paragraph, then its English translation."""
    pairs = [("서울시는 내년부터 대중교통 요금을 인상한다.", "Seoul will raise public transport fares from next year."),
             ("인상 폭은 평균 10%이다.", "The increase averages 10 percent."),
             ("시는 다음 달 공청회를 연다.", "The city will hold a public hearing next month.")]
    section = hp_section(*(hp_text(text) for pair in pairs for text in pair))
    path = tmp_path / "보도자료.hwpx"
    path.write_bytes(hwpx_bytes([section]))
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 0
    rows = _pairs_in(tmp_path / "out.tsv")
    assert rows == [list(pair) for pair in pairs]


# ---------------------------------------------------------------- EPUB

_XHTML_11 = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">'


def xhtml(body: str, *, title: str = "", lang: str = "ko", doctype: str = "<!DOCTYPE html>") -> str:
    """An EPUB content document: EPUB 3's XHTML5 (EPUB 2's: ``doctype=_XHTML_11``)."""
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n<html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{lang}" lang="{lang}">\n<head>\n<title>{title}</title>\n'
            '<link href="../Styles/style.css" rel="stylesheet" type="text/css"/>\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


def epub_bytes(chapters: list[str], *, spine: list[int] | None = None, hrefs: list[str] | None = None,
               non_linear: tuple[int, ...] = (), title: str = "어린 왕자", lang: str = "ko", version: int = 3,
               opf: str = "OEBPS/content.opf", files: dict[str, bytes | None] | None = None) -> bytes:
    """An EPUB as Sigil or an ebook maker writes one: ``chapters`` are content documents
    (``xhtml``), at ``hrefs`` (as the OPF writes them: relative to its folder,
    percent-encoded; default ``Text/chapterN.xhtml``), listed in the manifest in reverse
    (the spine, not the manifest, gives the reading order); ``spine`` the order the spine
    lists them in (default theirs), ``non_linear`` those marked linear="no". A cover page
    (an image only) comes first. EPUB 3 has a nav document in its spine (its heading
    outside the <nav>), EPUB 2 an NCX and a guide; both an NCX. ``files`` replace (None:
    remove) any part."""
    from posixpath import dirname, join, normpath
    from urllib.parse import unquote

    hrefs = hrefs or [f"Text/chapter{k}.xhtml" for k in range(len(chapters))]
    folder = dirname(opf)
    order = range(len(chapters)) if spine is None else spine
    toc_item = '<item id="toc" href="Text/toc.xhtml" media-type="application/xhtml+xml"/>' if version == 2 else ""
    nav_item = ('<item id="nav" href="Text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
                if version == 3 else "")
    items = "".join(f'<item id="c{k}" href="{href}" media-type="application/xhtml+xml"/>'
                    for k, href in reversed(list(enumerate(hrefs))))
    no = ' linear="no"'
    refs = "".join(f'<itemref idref="c{k}"{no if k in non_linear else ""}/>' for k in order)
    guide = ('<guide><reference type="cover" title="Cover" href="Text/cover.xhtml"/>'
             '<reference type="toc" title="차례" href="Text/toc.xhtml#toc"/></guide>') if version == 2 else ""
    package = (f'<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" '
               f'version="{version}.0" unique-identifier="BookId"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
               f'<dc:identifier id="BookId">urn:uuid:0b7e7081</dc:identifier><dc:title>{title}</dc:title>'
               f'<dc:language>{lang}</dc:language><dc:creator>생텍쥐페리</dc:creator><meta name="cover" content="cover-image"/>'
               '</metadata><manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
               '<item id="css" href="Styles/style.css" media-type="text/css"/>'
               '<item id="cover-image" href="Images/cover.jpg" media-type="image/jpeg"/>'
               '<item id="font" href="Fonts/NanumMyeongjo.otf" media-type="application/vnd.ms-opentype"/>'
               '<item id="cover" href="Text/cover.xhtml" media-type="application/xhtml+xml"/>'
               f'{toc_item}{nav_item}{items}</manifest><spine toc="ncx"><itemref idref="cover"/>'
               f'<itemref idref="{"toc" if version == 2 else "nav"}"/>{refs}</spine>{guide}</package>')
    doctype = _XHTML_11 if version == 2 else "<!DOCTYPE html>"
    parts: dict[str, bytes | None] = {
        "mimetype": b"application/epub+zip",
        "META-INF/container.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            f'<rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles></container>').encode(),
        opf: package.encode(),
        join(folder, "toc.ncx"): ('<?xml version="1.0" encoding="UTF-8"?>\n<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
                                  'version="2005-1"><head><meta name="dtb:uid" content="urn:uuid:0b7e7081"/></head>'
                                  '<docTitle><text>차례 파일의 제목</text></docTitle><navMap><navPoint id="n1" playOrder="1">'
                                  '<navLabel><text>차례 파일의 항목</text></navLabel><content src="Text/chapter0.xhtml"/>'
                                  '</navPoint></navMap></ncx>').encode(),
        join(folder, "Text/cover.xhtml"): xhtml('<div class="cover"><img src="../Images/cover.jpg" alt=""/></div>',
                                                title="Cover", doctype=doctype).encode(),
        join(folder, "Text/nav.xhtml"): xhtml('<h1>차례 문서의 제목</h1><nav epub:type="toc" id="toc"><ol><li>'
                                              '<a href="chapter0.xhtml">차례 문서의 항목</a></li></ol></nav>').encode(),
        join(folder, "Text/toc.xhtml"): xhtml('<h1>차례 페이지의 제목</h1><p><a href="chapter0.xhtml">차례 페이지의 항목</a></p>',
                                              doctype=doctype).encode(),
        join(folder, "Styles/style.css"): b"p { text-indent: 1em; }\n",
        join(folder, "Images/cover.jpg"): b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8,
        join(folder, "Fonts/NanumMyeongjo.otf"): bytes(range(256)) * 8,
        **{normpath(join(folder, unquote(href))): chapter.encode() for href, chapter in zip(hrefs, chapters)},
    }
    if version == 3:
        del parts[join(folder, "Text/toc.xhtml")]
    else:
        del parts[join(folder, "Text/nav.xhtml")]
    parts.update(files or {})
    return _package(parts)


@pytest.mark.parametrize(("name", "fmt"), [("a.epub", "epub"), ("A.EPUB", "epub"), ("어린 왕자.epub", "epub")])
def test_the_extension_chooses_the_epub_reader(name, fmt):
    assert input_format(name) == fmt


def test_epub_chapters_are_read_in_the_spines_order_with_the_books_title_and_language():
    """The spine orders the chapters, not the manifest (written here in reverse) nor the
    files' names (chapter10 before chapter2); each chapter's blocks lines, a chapter's end
    a paragraph's end; the cover page (an image) adds nothing."""
    chapters = [xhtml(f"<h2>{k}장</h2><p>{k}장의 첫 문장이다. 같은 문단의 둘째 문장.</p><p>{k}장의 둘째 문단.</p>", title=f"{k}장")
                for k in (1, 2, 10)]
    hrefs = ["Text/chapter1.xhtml", "Text/chapter2.xhtml", "Text/chapter10.xhtml"]
    doc = read("a.epub", epub_bytes(chapters, hrefs=hrefs, spine=[2, 0, 1], title="어린 왕자", lang="ko"))
    assert doc.format == "epub"
    assert lines(doc) == ["10장", "10장의 첫 문장이다. 같은 문단의 둘째 문장.", "10장의 둘째 문단.",
                          "1장", "1장의 첫 문장이다. 같은 문단의 둘째 문장.", "1장의 둘째 문단.",
                          "2장", "2장의 첫 문장이다. 같은 문단의 둘째 문장.", "2장의 둘째 문단."]
    assert doc.metadata["title"] == "어린 왕자" and doc.metadata["lang"] == "ko"
    assert doc.metadata["chapters"] == 3  # the cover page (an image) has no text
    assert lines(read("a.epub", epub_bytes([xhtml("<p>끝 없는</p>"), xhtml("<p>문장</p>")])))== ["끝 없는", "문장"]


def test_epub_hrefs_are_relative_to_the_package_document_and_percent_encoded():
    chapters = [xhtml("<p>첫째 장.</p>"), xhtml("<p>둘째 장.</p>"), xhtml("<p>셋째 장.</p>")]
    hrefs = ["../text/1%EC%9E%A5%20%EC%8B%9C%EC%9E%91.xhtml", "../text/sub/../two%20words.xhtml", "three.xhtml"]
    data = epub_bytes(chapters, hrefs=hrefs, opf="EPUB/package/book.opf")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "EPUB/text/1장 시작.xhtml" in names and "EPUB/text/two words.xhtml" in names
    assert "EPUB/package/three.xhtml" in names
    assert lines(read("a.epub", data)) == ["첫째 장.", "둘째 장.", "셋째 장."]


def test_epub_table_of_contents_and_non_linear_items_are_not_read():
    """EPUB 3's nav document (in the spine, its heading outside its <nav>), EPUB 2's NCX
    and the contents page its guide names are the headings again; a linear="no" item is
    a page the reader opens from a link (here the notes): not read, as a Word document's
    table of contents and footnotes are not."""
    chapters = [xhtml("<h1>1장</h1><p>본문이다.<a href='notes.xhtml#n1'>1</a></p>"), xhtml("<p>1. 주석의 내용.</p>"),
                xhtml("<h1>2장</h1><p>둘째 장의 본문.</p>")]
    for version in (3, 2):
        doc = read("a.epub", epub_bytes(chapters, non_linear=(1,), version=version))
        assert lines(doc) == ["1장", "본문이다.1", "2장", "둘째 장의 본문."], version
        assert "차례" not in doc.text


def test_epub_headings_paragraphs_ruby_and_notes_read_as_the_book_shows_them():
    """Blocks are lines, as in an HTML page; of ruby the base only. A book has no page
    chrome: a chapter's header (its title) is read whether in a <section> or not, a boxed
    aside too. Notes (epub:type footnote, endnotes; DPUB-ARIA roles) and the references
    to them are not read, as a Word document's footnotes are not; nor page-break markers,
    written empty (<span/>)."""
    first = xhtml(
        '<section epub:type="chapter" id="ch1"><header><h1 class="title">제1장</h1>'
        '<p class="subtitle">보아뱀</p></header>'
        '<p>내가 여섯 살 적에 <ruby>原始林<rp>(</rp><rt>원시림</rt><rp>)</rp></ruby>에 관한 책에서'
        '<a epub:type="noteref" href="#fn1" id="r1"><sup>1</sup></a> 멋진 그림을 보았다.</p>'
        '<p>그것은 보아뱀<span epub:type="pagebreak" id="page7" title="7"/>이 맹수를 삼키는 그림이었다.<a id="x1"/></p>'
        '<aside class="box"><p>상자 안의 글.</p></aside>'
        '<aside epub:type="footnote" id="fn1"><p>1. 역주: 옮긴이의 주석.</p></aside></section>')
    second = xhtml('<header><h1>제2장</h1></header><p>나는 그렇게 혼자 살았다.<a role="doc-noteref" href="#e1">2</a></p>'
                   '<section role="doc-endnotes"><ol><li id="e1">미주의 내용.</li></ol></section>'
                   '<footer><p>장의 끝.</p></footer>')
    assert lines(read("a.epub", epub_bytes([first, second]))) == [
        "제1장", "보아뱀", "내가 여섯 살 적에 原始林에 관한 책에서 멋진 그림을 보았다.", "그것은 보아뱀이 맹수를 삼키는 그림이었다.",
        "상자 안의 글.", "제2장", "나는 그렇게 혼자 살았다.", "장의 끝."]


def test_epub2_notes_marked_by_class_are_not_read():
    """Regression: EPUB 2 has no epub:type, and its books (and pandoc's, Calibre's) mark
    notes and the references to them by class; those were read, a translator's 역주 as a
    line to align and its number inside the sentence ("책에서1 멋진"). A class word that
    only holds one of those words ("has-footnotes") is text."""
    chapter = xhtml(
        '<p class="has-footnotes">내가 여섯 살 적에 책에서<a class="fnref" href="#n1" id="r1"><sup>1</sup></a> 멋진 그림을'
        ' 보았다.<sup class="calibre5 Footnote-Ref">[2]</sup></p>'
        '<p>그것은 보아뱀 그림이었다.<a href="#n2" class="footnote-ref">2</a></p>'
        '<div class="footnotes"><p id="n1">1. 역주: 옮긴이의 주석.</p></div>'
        "<p class='note footnote calibre3' id='n2'>2. 원주.</p><p class=\"notebook\">끝.</p>", doctype=_XHTML_11)
    assert lines(read("a.epub", epub_bytes([chapter], version=2))) == [
        "내가 여섯 살 적에 책에서 멋진 그림을 보았다.", "그것은 보아뱀 그림이었다.", "끝."]


def test_an_epub2_with_the_xhtml_11_doctype_is_read_and_a_doctype_with_entities_is_refused():
    """EPUB 2's content documents declare the XHTML 1.1 DOCTYPE (without an internal
    subset): read, &nbsp; and all, nothing fetched. One declaring entities of its own is
    refused, in a chapter or in the package document: they would be lost."""
    chapter = xhtml("<h2>Chapter&nbsp;1</h2><p>Once when I was six years old I saw a magnificent picture.</p>",
                    lang="en", doctype=_XHTML_11)
    doc = read("en.epub", epub_bytes([chapter], version=2, title="The Little Prince", lang="en"))
    assert lines(doc) == ["Chapter 1", "Once when I was six years old I saw a magnificent picture."]
    assert doc.metadata["title"] == "The Little Prince" and doc.metadata["lang"] == "en"
    subset = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "xhtml11.dtd" [<!ENTITY x "반갑습니다.">]>'
    with pytest.raises(InputError, match=r"^a\.epub: the EPUB's OEBPS/Text/chapter0\.xhtml declares an entity, "
                                         r"which an EPUB writer never writes"):
        read("a.epub", epub_bytes([xhtml("<p>&x; 안녕.</p>", doctype=subset)]))
    opf = epub_bytes([chapter])
    with zipfile.ZipFile(io.BytesIO(opf)) as z:
        package = z.read("OEBPS/content.opf").decode().replace("?>", '?><!DOCTYPE package [<!ENTITY t "제목">]>', 1)
    with pytest.raises(InputError, match=r"OEBPS/content\.opf declares an entity"):
        read("a.epub", epub_bytes([chapter], files={"OEBPS/content.opf": package.encode()}))


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.epub", lambda: docx_bytes(lambda d: d.add_paragraph("x")),
     r"^a\.epub: the name says an EPUB book \(\.epub\), but the content is a Word document \(\.docx\)"),
    ("a.epub", lambda: hwpx_bytes([hp_section(hp_text("x"))]), r"the content is a Hangul document \(\.hwpx\)"),
    ("a.epub", lambda: zip_bytes({"notes.txt": b"hello"}), "ZIP archive of other files"),
    ("a.epub", lambda: b"Plain text, not a book.\n", "the content is text"),
    ("a.epub", lambda: b"PK\x03\x04 broken zip", "damaged ZIP"),
    ("a.docx", lambda: epub_bytes([xhtml("<p>x</p>")]),
     r"^a\.docx: the name says a Word document \(\.docx\), but the content is an EPUB book \(\.epub\)"),
    ("a.hwpx", lambda: epub_bytes([xhtml("<p>x</p>")]), r"the content is an EPUB book \(\.epub\)"),
    ("a.html", lambda: epub_bytes([xhtml("<p>x</p>")]), r"the content is an EPUB book \(\.epub\)"),
])
def test_epub_content_that_contradicts_the_extension_is_an_input_error(name, data, message):
    with pytest.raises(InputError, match=message):
        read(name, data())


def test_an_epub_named_otherwise_is_read_with_input_format_and_one_without_its_mimetype_is_read():
    assert lines(read("book.zip", epub_bytes([xhtml("<p>책.</p>")]), fmt="epub")) == ["책."]
    assert lines(read("a.epub", epub_bytes([xhtml("<p>책.</p>")], files={"mimetype": None}))) == ["책."]


_ENCRYPTION_XML = ('<?xml version="1.0" encoding="UTF-8"?>\n<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:'
                   'container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">{}</encryption>')
_ENCRYPTED = ('<enc:EncryptedData><enc:EncryptionMethod Algorithm="{}"/><enc:CipherData>'
              '<enc:CipherReference URI="{}"/></enc:CipherData></enc:EncryptedData>')


def test_an_epub_with_obfuscated_fonts_is_read_and_one_with_encrypted_chapters_is_refused():
    """EPUB's font obfuscation (IDPF's, Adobe's) scrambles embedded fonts only, which are
    not read; a chapter listed as encrypted (DRM: Adobe ADEPT, Apple FairPlay, …) cannot be
    read, and the error says so rather than reading ciphertext."""
    chapters = [xhtml("<p>첫째 장.</p>"), xhtml("<p>둘째 장.</p>")]
    fonts = _ENCRYPTION_XML.format(_ENCRYPTED.format("http://www.idpf.org/2008/embedding", "OEBPS/Fonts/NanumMyeongjo.otf")
                                   + _ENCRYPTED.format("http://ns.adobe.com/pdf/enc#RC", "OEBPS/Fonts/NanumMyeongjo.otf"))
    assert lines(read("a.epub", epub_bytes(chapters, files={"META-INF/encryption.xml": fonts.encode()}))) == [
        "첫째 장.", "둘째 장."]
    drm = _ENCRYPTION_XML.format(_ENCRYPTED.format("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/Text/chapter1.xhtml"))
    files = {"META-INF/encryption.xml": drm.encode(), "META-INF/rights.xml": b"<rights/>",
             "OEBPS/Text/chapter1.xhtml": bytes(range(256)) * 4}
    with pytest.raises(InputError, match=r"^a\.epub: the EPUB is encrypted \(DRM\): 1 of its 3 chapters "
                                         r"\(OEBPS/Text/chapter1\.xhtml, …\) cannot be read"):
        read("a.epub", epub_bytes(chapters, files=files))


def test_a_damaged_epub_is_an_input_error_naming_the_part_and_the_problem():
    good = [xhtml("<p>Fine.</p>"), xhtml("<p>Also fine.</p>")]
    with zipfile.ZipFile(io.BytesIO(epub_bytes(good))) as z:
        opf = z.read("OEBPS/content.opf").decode()
    cases = {
        r"^a\.epub: the EPUB's spine names OEBPS/Text/chapter1\.xhtml, which the package lacks": {
            "OEBPS/Text/chapter1.xhtml": None},
        r"^a\.epub: the EPUB has no META-INF/container\.xml": {"META-INF/container.xml": None},
        r"^a\.epub: the EPUB has no OEBPS/content\.opf": {"OEBPS/content.opf": None},
        r"^a\.epub: the EPUB's OEBPS/content\.opf is damaged": {"OEBPS/content.opf": b"<package><manifest>"},
        r"META-INF/container\.xml names no package document": {
            "META-INF/container.xml": b"<container><rootfiles/></container>"},
        r"the EPUB's spine names an item 'c9' that its manifest lacks": {
            "OEBPS/content.opf": opf.replace('idref="c1"', 'idref="c9"').encode()},
        r"^a\.epub: the EPUB has no text in its chapters$": {
            "OEBPS/Text/chapter0.xhtml": xhtml("<p> </p>").encode(), "OEBPS/Text/chapter1.xhtml": b""},
        r"^a\.epub: the EPUB's OEBPS/Text/chapter0\.xhtml: .*not text": {
            "OEBPS/Text/chapter0.xhtml": bytes(range(32)) * 64},
    }
    for message, files in cases.items():
        with pytest.raises(InputError, match=message):
            read("a.epub", epub_bytes(good, files=files))
    with pytest.raises(InputError, match=r"^a\.epub: (cannot read the EPUB|.*chapter0\.xhtml is damaged)"):
        read("a.epub", _bad_deflate(epub_bytes([xhtml("<p>Fine.</p>" * 200)]), "OEBPS/Text/chapter0.xhtml"))
    with pytest.raises(InputError, match=r"^a\.epub: .*encrypted"):
        read("a.epub", _encrypted(epub_bytes(good), "OEBPS/Text/chapter0.xhtml"))


def test_an_epub_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    """The Word reader's limits, every part counted (a chapter may have any name)."""
    from aligner.formats import readers

    data = epub_bytes([xhtml("<p>a</p>" * 1_000, title="t")], hrefs=["Text/chapter0.html"])
    assert len(lines(read("a.epub", data))) == 1_000
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.002")  # 1,500 tags
    with pytest.raises(InputError, match=r"^a\.epub: the EPUB has over 1,500 XML tags"):
        read("a.epub", data)
    monkeypatch.delenv("ALIGNER_MAX_INPUT_MB")
    monkeypatch.setattr(readers, "MAX_UNPACKED", 100_000)
    bomb = epub_bytes([xhtml("<p>x</p>")], files={"OEBPS/Images/blank.bmp": bytes(200_000)})
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match=r"^a\.epub: the EPUB unpacks to 0 MiB, over the 0 MiB"):
        read("a.epub", bomb)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from(["OEBPS/Text/chapter0.xhtml", "OEBPS/content.opf",
                                                 "META-INF/container.xml", "META-INF/encryption.xml"]))
def test_any_epub_part_is_read_or_an_input_error(body, part):
    try:
        read("a.epub", epub_bytes([xhtml("<p>Fine.</p>")], files={part: body}))
    except InputError:
        pass


_BOOK = [("어린 왕자는 작은 별에서 살았다.", "The little prince lived on a small planet."),
         ("그 별은 집 한 채보다 조금 클 뿐이었다.", "That planet was scarcely any larger than a house."),
         ("그는 매일 아침 화산을 청소했다.", "Every morning he cleaned out his volcanoes."),
         ("어느 날 장미 한 송이가 피어났다.", "One day a rose bloomed."),
         ("왕자는 그 꽃을 무척 사랑했다.", "The prince loved that flower very much.")]


def test_a_korean_and_an_english_edition_as_epubs_align(tmp_path, capsys, use_encoder):
    """A novel's Korean edition (EPUB 3, a translator's footnote that the original lacks)
    and its English original (EPUB 2, XHTML 1.1): chapter by chapter, sentence by sentence."""
    ko = [xhtml(f'<section epub:type="chapter"><h1>1장</h1><p>{_BOOK[0][0]} {_BOOK[1][0]}</p>'
                f'<p>{_BOOK[2][0]}<a epub:type="noteref" href="#n1">1</a></p>'
                '<aside epub:type="footnote" id="n1"><p>역주: 바오밥나무와 화산은 원작의 상징이다.</p></aside></section>'),
          xhtml(f"<h1>2장</h1><p>{_BOOK[3][0]}</p><p>{_BOOK[4][0]}</p>")]
    en = [xhtml(f"<h1>Chapter 1</h1><p>{_BOOK[0][1]} {_BOOK[1][1]}</p><p>{_BOOK[2][1]}</p>", lang="en", doctype=_XHTML_11),
          xhtml(f"<h1>Chapter 2</h1><p>{_BOOK[3][1]}</p><p>{_BOOK[4][1]}</p>", lang="en", doctype=_XHTML_11)]
    (tmp_path / "어린 왕자.epub").write_bytes(epub_bytes(ko))
    (tmp_path / "The Little Prince.epub").write_bytes(epub_bytes(en, version=2, title="The Little Prince", lang="en"))
    out = tmp_path / "out.tsv"
    assert main(["align", str(tmp_path / "어린 왕자.epub"), str(tmp_path / "The Little Prince.epub"), "-o", str(out)]) == 0
    rows = _pairs_in(out)
    pairs = [list(pair) for pair in _BOOK]
    assert rows == [["1장", "Chapter 1"], *pairs[:3], ["2장", "Chapter 2"], *pairs[3:]]


# ---------------------------------------------------------------- spreadsheets (.xlsx, .csv)

_GLOSSARY = [("한국어", "English"), ("외교부", "Ministry of Foreign Affairs"), ("기획재정부", "Ministry of Economy and Finance"),
             ("서울시는 내년부터 대중교통 요금을 인상한다.", "Seoul will raise public transport fares from next year.")]
# A CAT tool's bilingual export: the segment's number, its source and target, a status and a comment
_CAT_EXPORT = [("ID", "Source", "Target", "Status", "Comment"),
               (1, "서울시는 내년부터 대중교통 요금을 인상한다.", "Seoul will raise public transport fares from next year.",
                "Translated", None),
               (2, "인상 폭은 평균 10%이다.", "The increase averages 10 percent.", "Translated", "check figure"),
               (3, "시민들은 반발하고 있다.", "Citizens are protesting.", "Draft", None),
               (4, "시는 다음 달 공청회를 연다.", "The city will hold a public hearing next month.", "Translated", None)]


def xlsx_bytes(sheets: dict[str, list], *, build=None) -> bytes:
    """A workbook written by XlsxWriter: a sheet for each name, its rows of values (None:
    an empty cell); ``build(workbook, worksheets)`` adds what else a test needs."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    worksheets = {}
    for title, rows in sheets.items():
        sheet = worksheets[title] = book.add_worksheet(title)
        for i, row in enumerate(rows):
            for k, value in enumerate(row):
                if value is not None:
                    sheet.write(i, k, value)
    if build:
        build(book, worksheets)
    book.close()
    return out.getvalue()


def _with_part(data: bytes, part: str, edit) -> bytes:
    """The package with one part's bytes replaced by ``edit(bytes)`` (None: a new part)."""
    files = zip_parts(data)
    files[part] = edit(files.get(part))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            z.writestr(name, content)
    return out.getvalue()


def _ole_file(*streams: str) -> bytes:
    """The start of an OLE compound file whose directory names ``streams`` (128-byte entries)."""
    names = ("Root Entry", *streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"".join(n.encode("utf-16-le").ljust(128, b"\0")
                                                                       for n in names) + bytes(1024)


@pytest.mark.parametrize(("name", "fmt"), [("a.xlsx", "xlsx"), ("a.XLSM", "xlsx"), ("a.xls", "xls"), ("a.csv", "csv"),
                                           ("a.tsv", "tsv")])
def test_the_extension_chooses_the_spreadsheet_reader(name, fmt):
    assert input_format(name) == fmt


def test_xlsx_bilingual_glossary_is_read_row_by_row_korean_first():
    doc = read("glossary.xlsx", xlsx_bytes({"용어집": [(en, ko) for ko, en in _GLOSSARY]}))  # English in column A
    assert lines(doc) == apart(*(text for pair in _GLOSSARY[1:] for text in pair))  # not its header
    assert doc.format == "xlsx"
    assert doc.metadata == {"sheets": 1, "hidden_sheets": 0, "rows": 4, "bilingual_tables": 1, "cells_not_read": 2}


def test_xlsx_cat_export_is_read_by_its_source_and_target_and_other_cells_counted():
    """Only the Korean and the English columns are read (not the header's "Source" and
    "Target"); the segment numbers, statuses and comments are counted, not read."""
    doc = read("export.xlsx", xlsx_bytes({"Segments": _CAT_EXPORT}))
    assert lines(doc) == apart(*(text for row in _CAT_EXPORT[1:] for text in row[1:3]))
    assert doc.metadata["bilingual_tables"] == 1
    assert doc.metadata["cells_not_read"] == 5 + 4 + 4 + 1  # the header's, numbers, statuses, a comment


def test_xlsx_visible_sheets_are_read_in_order_hidden_ones_not():
    def hide(book, sheets):
        sheets["lists"].hide()
        sheets["settings"].very_hidden()

    data = xlsx_bytes({"first": [("첫 번째 시트.",)], "lists": [("숨긴 목록",)], "second": [("Second sheet.",)],
                       "settings": [("tool settings",)]}, build=hide)
    doc = read("a.xlsx", data)
    assert lines(doc) == apart("첫 번째 시트.", "Second sheet.")
    assert doc.metadata["sheets"] == 2 and doc.metadata["hidden_sheets"] == 2
    only_hidden = xlsx_bytes({"shown": [], "lists": [("숨긴 목록",)]}, build=lambda b, s: s["lists"].hide())
    with pytest.raises(InputError, match=r"^a\.xlsx: the workbook has no text in its visible sheets \(1 hidden sheet is"):
        read("a.xlsx", only_hidden)


def test_xlsx_a_sheet_listed_but_missing_from_the_package_is_an_input_error():
    """Regression (office-files audit): openpyxl leaves out a sheet whose part the package
    lacks, without a word, and the workbook was aligned without it (exit 0)."""
    parts = zip_parts(xlsx_bytes({"UI": [("저장", "Save")], "약관": [("제1조", "Article 1")]}))
    del parts["xl/worksheets/sheet2.xml"]
    with pytest.raises(InputError, match=r"^a\.xlsx: the workbook is damaged: its sheet '약관' is listed but missing"):
        read("a.xlsx", zip_bytes(parts))


def test_xlsx_cells_read_as_excel_shows_them_formulas_by_their_cached_values():
    """A formula's value as Excel saved it, not the formula; an error value not at all;
    numbers, dates and booleans roughly as shown; a cell's line breaks are spaces; a
    merged cell once (its top-left cell holds it)."""
    import datetime

    def build(book, sheets):
        sheet = sheets["a"]
        sheet.write_formula(1, 0, '=A1&" 입니다."', None, "공식의 값입니다.")
        sheet.write_formula(1, 1, "=1/0", None, "#DIV/0!")
        sheet.write_datetime(1, 2, datetime.datetime(2024, 3, 1), book.add_format({"num_format": "yyyy-mm-dd"}))
        sheet.merge_range(2, 0, 2, 3, "합친 칸은 한 번 읽는다.")

    doc = read("a.xlsx", xlsx_bytes({"a": [("셀", 3, 0.25, True), (), (), ("줄이\n바뀐 셀", 1e20, False)]}, build=build))
    assert lines(doc) == apart("셀", "3", "0.25", "TRUE", "공식의 값입니다.", "2024-03-01", "합친 칸은 한 번 읽는다.",
                               "줄이 바뀐 셀", "1e+20", "FALSE")


def test_xlsx_numbers_only_column_and_merged_heading_in_a_glossary():
    """The numbers of a glossary's 번호 column are other cells, counted; a heading merged
    across the row is read once, from its first cell."""
    rows = [("번호", "한국어", "English"), (None, "일반 용어", None)] + [(k, ko, en) for k, (ko, en) in
                                                                     enumerate(_GLOSSARY[1:], 1)]
    doc = read("a.xlsx", xlsx_bytes({"a": rows}, build=lambda b, s: s["a"].merge_range(1, 1, 1, 2, "일반 용어")))
    assert lines(doc) == apart("일반 용어", *(text for pair in _GLOSSARY[1:] for text in pair))
    assert doc.metadata["cells_not_read"] == 3 + 3


def test_xlsx_whose_dimension_claims_a_million_rows_is_read_quickly():
    """openpyxl sizes a read-only sheet by its <dimension>, and pads rows to it: a sheet
    claiming A1:Z1048576, with 100,000 formatted empty rows and a formatted cell in its
    last row and column, is read by its cells with text, in seconds."""
    import time

    data = xlsx_bytes({"a": _GLOSSARY})
    empty = "".join(f'<row r="{r}" s="1" customFormat="1"><c r="Z{r}" s="1"/></row>' for r in range(10, 100_010))
    last = '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    data = _with_part(data, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b'<dimension ref="A1:B4"/>', b'<dimension ref="A1:Z1048576"/>').replace(
        b"</sheetData>", (empty + last).encode() + b"</sheetData>"))
    assert len(data) < 1_000_000
    start = time.perf_counter()
    doc = read("a.xlsx", data)
    assert lines(doc) == apart(*(text for pair in _GLOSSARY[1:] for text in pair))
    assert doc.metadata["bilingual_tables"] == 1 and doc.metadata["rows"] == 4
    assert time.perf_counter() - start < 20


def test_xlsx_cells_scattered_far_apart_are_read_cell_by_cell_in_linear_time():
    """A few thousand cells on a diagonal over as many columns would make a grid of
    millions of empty cells: such a sheet is read cell by cell."""
    import re

    cells = "".join(f'<row r="{k}"><c r="{_column(k)}{k}" t="inlineStr"><is><t>칸 {k}</t></is></c></row>'
                    for k in range(1, 5_001))
    data = _with_part(xlsx_bytes({"a": [("x",)]}), "xl/worksheets/sheet1.xml",
                      lambda xml: re.sub(rb"<sheetData>.*</sheetData>", b"<sheetData>" + cells.encode() + b"</sheetData>",
                                         xml))
    assert lines(read("a.xlsx", data)) == apart(*(f"칸 {k}" for k in range(1, 5_001)))


def _column(k: int) -> str:
    letters = ""
    while k:
        k, rest = divmod(k - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.xls", lambda: _ole_file("Workbook", "SummaryInformation"),
     (r"^a\.xls: this is an Excel 97-2003 workbook \(\.xls\), which is not read; open it in Excel \(or LibreOffice\) "
      r"and save it as \.xlsx or \.csv$")),
    ("a.xlsx", lambda: _ole_file("Book"), r"^a\.xlsx: this is an Excel 97-2003 workbook \(\.xls\)"),
    ("a.xlsx", lambda: _ole_file("EncryptionInfo", "EncryptedPackage"),
     r"^a\.xlsx: the workbook is password-protected \(encrypted\); open it in Excel and save an unprotected copy"),
    ("a.xls", lambda: _ole_file("WordDocument"), (r"name says an Excel 97-2003 workbook \(\.xls\), but the content is "
                                                  r"a Word 97-2003 document \(\.doc\)")),
    ("a.xlsx", lambda: docx_bytes(lambda d: d.add_paragraph("x")),
     r"^a\.xlsx: the name says an Excel workbook \(\.xlsx\), but the content is a Word document \(\.docx\)"),
    ("a.xlsx", lambda: b"Plain text, not a workbook.\n", "the content is text"),
    ("a.xlsx", lambda: b"PK\x03\x04 broken zip", "damaged ZIP"),
    ("a.csv", lambda: xlsx_bytes({"a": [("x",)]}), (r"^a\.csv: the name says a CSV file, but the content is an Excel "
                                                    r"workbook \(\.xlsx\)")),
    ("a.docx", lambda: _ole_file("Workbook"), r"the content is an Excel 97-2003 workbook \(\.xls\)"),
    ("a.xls", lambda: xlsx_bytes({"a": [("이름만 .xls인 통합 문서.",)]}), None),  # a workbook package renamed: read
])
def test_spreadsheet_content_that_contradicts_the_extension_is_an_input_error(name, data, message):
    if message is None:
        assert lines(read(name, data())) == ["이름만 .xls인 통합 문서."]
        return
    with pytest.raises(InputError, match=message):
        read(name, data())


def test_a_binary_xls_through_the_cli_exits_3_with_one_line(tmp_path, capsys):
    (tmp_path / "용어집.xls").write_bytes(_ole_file("Workbook"))
    assert main(["align", str(tmp_path / "용어집.xls"), "-o", str(tmp_path / "out.tsv")]) == 3
    err = capsys.readouterr().err
    assert err.count("aligner: error:") == 1 and "save it as .xlsx or .csv" in err and "Traceback" not in err
    assert err.strip().count("\n") == 0 and not (tmp_path / "out.tsv").exists()


def test_an_xlsx_that_declares_a_doctype_or_is_a_bomb_is_refused_before_parsing(monkeypatch):
    from aligner.formats import readers

    data = xlsx_bytes({"a": _GLOSSARY})
    entity = _with_part(data, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        b"?>", b'?><!DOCTYPE worksheet [<!ENTITY x "surprise">]>', 1))
    with pytest.raises(InputError, match=r"^a\.xlsx: the Excel workbook's xl/worksheets/sheet1\.xml declares a DOCTYPE"):
        read("a.xlsx", entity)
    # a part of any name: a workbook's relationships may name its sheet so
    renamed = _with_part(data, "xl/worksheets/sheet1.bin",
                         lambda _: b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.com/x.dtd"><x/>')
    with pytest.raises(InputError, match=r"sheet1\.bin declares a DOCTYPE"):
        read("a.xlsx", renamed)
    rows = [("가", "a")] * 1_000  # about 10,000 tags
    big = xlsx_bytes({"a": rows})
    assert lines(read("a.xlsx", big)) == apart(*["가", "a"] * 1_000)
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.005")  # 3,750 tags
    with pytest.raises(InputError, match=r"^a\.xlsx: the Excel workbook has over 3,750 XML tags"):
        read("a.xlsx", big)
    monkeypatch.delenv("ALIGNER_MAX_INPUT_MB")
    monkeypatch.setattr(readers, "MAX_UNPACKED", 100_000)
    bomb = _with_part(data, "xl/media/image1.bmp", lambda _: bytes(200_000))
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match=r"^a\.xlsx: the Excel workbook unpacks to 0 MiB, over the 0 MiB"):
        read("a.xlsx", bomb)


def test_a_damaged_xlsx_is_a_one_line_input_error():
    data = xlsx_bytes({"a": _GLOSSARY})
    cases = {
        "xl/worksheets/sheet1.xml": lambda xml: xml[:len(xml) // 2],
        "xl/sharedStrings.xml": lambda xml: xml.replace(b"<si>", b"<si><broken>", 1),
        "xl/workbook.xml": lambda xml: xml.replace(b'sheetId="1"', b'sheetId="one"'),
        "[Content_Types].xml": lambda xml: b"not xml",
    }
    for part, edit in cases.items():
        with pytest.raises(InputError, match=r"^a\.xlsx: cannot read the Excel workbook: [^\n]+$"):
            read("a.xlsx", _with_part(data, part, edit))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                                                 "xl/styles.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]))
def test_any_xlsx_part_is_read_or_an_input_error(body, part):
    try:
        read("a.xlsx", _with_part(xlsx_bytes({"a": [("Fine.", 1)]}), part, lambda _: body))
    except InputError as err:
        assert "\n" not in str(err)


def test_a_missing_openpyxl_is_exit_5_naming_the_extra(tmp_path, capsys, monkeypatch):
    path = tmp_path / "a.xlsx"
    path.write_bytes(xlsx_bytes({"a": _GLOSSARY}))
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(UnavailableError, match=r"reading \.xlsx files needs the 'openpyxl' package: pip install "
                                               r"'aligner\[formats\]'"):
        read_document(path)
    assert main(["align", str(path)]) == 5


_CSV_ROWS = [("한국어", "English"), ("안녕하세요, 반갑습니다.", "Hello, nice to meet you."),
             ("여러 줄로\n쓴 문장입니다.", 'A "quoted" sentence\non two lines.')]


def _csv(rows, delimiter: str = ",") -> str:
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(("encoding", "delimiter", "used"), [
    ("utf-8-sig", ",", "utf-8 with BOM"),  # Excel's "CSV UTF-8"
    ("cp949", ",", "cp949"),  # Excel's "CSV" on a Korean Windows
    ("utf-8", ";", "utf-8"),  # where the comma is the decimal mark
    ("utf-8", "\t", "utf-8"),
])
def test_csv_is_decoded_as_text_and_read_by_its_korean_and_english_columns(encoding, delimiter, used):
    """Quoted fields keep their delimiters, quotes and line breaks (a space, as in a workbook's cell)."""
    doc = read("a.csv", _csv(_CSV_ROWS, delimiter).encode(encoding))
    assert lines(doc) == apart("안녕하세요, 반갑습니다.", "Hello, nice to meet you.", "여러 줄로 쓴 문장입니다.",
                               'A "quoted" sentence on two lines.')
    assert doc.format == "csv" and doc.encoding == used
    assert doc.metadata == {"encoding": used, "delimiter": delimiter, "rows": 3, "bilingual_tables": 1,
                            "cells_not_read": 2}  # the header


def test_csv_excel_s_sep_line_names_the_delimiter_and_is_no_row():
    """Regression (hostile audit): Excel's "sep=;" first line was read as an English
    segment (and the delimiter guessed)."""
    doc = read("a.csv", ("sep=;\r\n" + _csv(_CSV_ROWS, ";")).encode("utf-8-sig"))
    assert lines(doc) == apart("안녕하세요, 반갑습니다.", "Hello, nice to meet you.", "여러 줄로 쓴 문장입니다.",
                               'A "quoted" sentence on two lines.')
    assert doc.metadata["delimiter"] == ";"


def test_csv_of_one_column_or_no_language_pair_is_read_row_by_row_cell_by_cell():
    one = read("a.csv", _csv([("첫 번째 문장, 쉼표가 있는.",), ("두 번째 문장.",), ("Third sentence.",)]).encode())
    assert lines(one) == apart("첫 번째 문장, 쉼표가 있는.", "두 번째 문장.", "Third sentence.")
    assert one.metadata["bilingual_tables"] == 0
    both_korean = read("a.csv", "이름,설명\n서울,대한민국의 수도\n부산,남쪽의 항구 도시\n".encode())
    assert lines(both_korean) == apart("이름", "설명", "서울", "대한민국의 수도", "부산", "남쪽의 항구 도시")
    cat = read("a.csv", _csv(_CAT_EXPORT).encode())
    assert lines(cat) == apart(*(text for row in _CAT_EXPORT[1:] for text in row[1:3]))
    assert cat.metadata["cells_not_read"] == 14
    with pytest.raises(InputError, match=r"^a\.csv: the CSV file has no text in its cells$"):
        read("a.csv", b",,\n,,\n")


def test_tsv_is_split_at_tabs_only_and_read_by_its_korean_and_english_columns():
    """Regression: a .tsv was read as text, so a CAT tool's tab-separated export put its ID
    and status cells into the lines ("1\t서울시는 … 인상한다.\tSeoul will … year.\t승인"). A
    field opening with a quotation mark is text (TSV has no quoting; a CSV reader drops the
    quotes); one quoted the way Excel and pandas quote is read as they meant it."""
    rows = ["ID\t한국어\tEnglish\t상태",
            '1\t"안녕," 그가 말했다.\t"Hello," he said.\t승인',
            '2\t"""따옴표"" 안의 말."\t"""Quoted"" words."\t검토',
            "3\t탭으로 나뉜 문장입니다.\tA sentence split by tabs.\t"]
    doc = read("a.tsv", ("\r\n".join(rows) + "\r\n").encode("utf-8"))
    assert lines(doc) == apart('"안녕," 그가 말했다.', '"Hello," he said.', '"따옴표" 안의 말.',
                               '"Quoted" words.', "탭으로 나뉜 문장입니다.", "A sentence split by tabs.")
    assert doc.format == "tsv"
    assert doc.metadata == {"encoding": "utf-8", "delimiter": "\t", "rows": 4, "bilingual_tables": 1,
                            "cells_not_read": 9}  # the header, 1-3, 승인, 검토
    one = read("notes.TSV", "첫 문장입니다.\n\nSecond line, with a comma.\n".encode("cp949"))
    assert lines(one) == apart("첫 문장입니다.", "Second line, with a comma.") and one.encoding == "cp949"
    with pytest.raises(InputError, match=r"^a\.tsv: the file is empty; give a file with text in it$"):
        read("a.tsv", b"\t\t\n \t\n")


@given(st.lists(st.lists(st.text(alphabet='가나다 ab"\'.,;\r\x0c\u2028', max_size=8), min_size=1, max_size=4),
                max_size=6))
@settings(max_examples=200, deadline=None)
def test_any_tsv_reads_every_field_or_is_an_input_error(rows):
    """Fields with no language pair are read in order, each once; nothing raises but InputError."""
    data = "\n".join("\t".join(row) for row in rows).encode("utf-8")
    try:
        doc = read("a.tsv", data)
    except InputError:
        return
    if not doc.metadata["bilingual_tables"]:
        import re

        def squeezed(text):  # what the decoder and a cell's reading make of spaces and line breaks
            return re.sub(r"\s+", "", text).replace('"', "")

        assert squeezed("".join(lines(doc))) == squeezed("".join(f for row in rows for f in row))


_SHEET_PAIRS = [("서울시는 내년부터 대중교통 요금을 인상한다.", "Seoul will raise public transport fares from next year."),
                ("인상 폭은 평균 10%이다. 시는 다음 달 공청회를 연다.",
                 "The increase averages 10 percent. The city will hold a public hearing next month."),
                ("시민들은 반발하고 있다.", "Citizens are protesting.")]
_ALIGNED = [["서울시는 내년부터 대중교통 요금을 인상한다.", "Seoul will raise public transport fares from next year."],
            ["인상 폭은 평균 10%이다.", "The increase averages 10 percent."],
            ["시는 다음 달 공청회를 연다.", "The city will hold a public hearing next month."],
            ["시민들은 반발하고 있다.", "Citizens are protesting."]]


def test_a_bilingual_xlsx_aligns_as_one_document(tmp_path, capsys, use_encoder):
    """Rows of a Korean sentence and its English one (a row of two sentences on each side
    gives two pairs), beside a number and a status column."""
    rows = [(k, ko, en, "승인") for k, (ko, en) in enumerate(_SHEET_PAIRS, 1)]
    path = tmp_path / "번역 메모리.xlsx"
    path.write_bytes(xlsx_bytes({"Sheet1": rows}))
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 0
    assert "1 Korean/English table read row by row; 6 other cells (headers, other columns) not read" in \
        capsys.readouterr().err
    rows = _pairs_in(tmp_path / "out.tsv")
    assert rows == _ALIGNED


def test_a_bilingual_tsv_with_other_columns_aligns_as_one_document(tmp_path, capsys, use_encoder):
    path = tmp_path / "export.tsv"
    path.write_text("".join(f"{k}\t{ko}\t{en}\tapproved\n" for k, (ko, en) in enumerate(_SHEET_PAIRS, 1)),
                    encoding="utf-8")
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 0
    assert "1 Korean/English table read row by row; 6 other cells (headers, other columns) not read" in \
        capsys.readouterr().err
    rows = _pairs_in(tmp_path / "out.tsv")
    assert rows == _ALIGNED


def test_a_bilingual_csv_aligns_as_one_document(tmp_path, capsys, use_encoder):
    path = tmp_path / "export.csv"
    path.write_bytes(_csv(_SHEET_PAIRS).encode("cp949"))
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 0
    assert "read as cp949" in capsys.readouterr().err
    rows = _pairs_in(tmp_path / "out.tsv")
    assert rows == _ALIGNED


# ---------------------------------------------------------------- Markdown

_README_KO = """---
title: "정렬기 소개"
layout: page
---

<p align="center"><img src="logo.png" alt="로고"><br><b>빠르고 정확한</b> 한영 정렬기</p>

# aligner

**aligner**는 한국어와 영어 문서를 문장 단위로 정렬합니다.
여러 줄에 걸친 문단도
한 문단으로 읽습니다.

## 설치

다음 명령으로 설치하세요:

```bash
pip install aligner
```

    aligner align ko.md en.md

- 번역 메모리를 [TMX](https://en.wikipedia.org/wiki/TMX) 형식으로 저장합니다.
- `aligner align` 명령을 사용합니다.\\
  ![그림](shot.png) 둘째 줄입니다.

> 참고: GPU가 없어도 동작합니다.

| 옵션 | 설명 |
|---|---|
| `-o` | 출력 파일 |
"""


@pytest.mark.parametrize(("name", "fmt"), [("README.md", "md"), ("a.markdown", "md"), ("a.MD", "md")])
def test_the_extension_chooses_the_markdown_reader(name, fmt):
    assert input_format(name) == fmt


def test_markdown_is_read_as_the_page_it_renders_to_without_code_or_front_matter():
    """A README or a documentation page: each block a line, a paragraph's wrapped lines
    one line, a hard break a new line; links' and images' addresses, emphasis marks and
    images dropped, a link's text and inline code kept; raw HTML read as HTML is. Code
    blocks (fenced, indented) are not read: the same code on both sides would be paired,
    and it is not translated. Front matter is not read; its title is the document's."""
    doc = read("README.ko.md", _README_KO.encode("utf-8"))
    assert lines(doc) == [
        "빠르고 정확한 한영 정렬기", "aligner", "aligner는 한국어와 영어 문서를 문장 단위로 정렬합니다. 여러 줄에 걸친 문단도 한 문단으로 읽습니다.",
        "설치", "다음 명령으로 설치하세요:", "번역 메모리를 TMX 형식으로 저장합니다.", "aligner align 명령을 사용합니다.",
        "둘째 줄입니다.", *apart("참고: GPU가 없어도 동작합니다.", "옵션", "설명", "-o", "출력 파일")]
    assert doc.format == "md"
    assert doc.metadata == {"encoding": "utf-8", "title": "정렬기 소개", "code_blocks": 2}
    toml = read("a.md", "+++\ntitle = '제목'\n+++\n본문입니다.\n".encode())
    assert lines(toml) == ["본문입니다."] and toml.metadata["title"] == "제목"
    table = read("a.md", "| 한국어 | English | 비고 |\n|---|---|---|\n| 안녕하세요. | Hello. | 인사 |\n".encode())
    assert lines(table) == apart("안녕하세요.", "Hello.")
    assert table.metadata["bilingual_tables"] == 1 and table.metadata["cells_not_read"] == 4


def test_markdown_footnotes_are_not_read_but_code_that_looks_like_one_is():
    """GitHub's and Pandoc's footnotes ("[^1]" and a "[^1]: …" paragraph) are not read, as a
    Word document's are not; a regular expression's "[^a]" in code is code."""
    doc = read("a.md", ("본문에 각주가 있습니다.[^1] 정규식 `[^a-z]`은 그대로입니다.\n\n"
                        "[^1]: 각주의 내용입니다.\n\n```\nre.sub(r\"[^1]\", \"\", s)\n```\n\n끝.\n").encode())
    assert lines(doc) == ["본문에 각주가 있습니다. 정규식 [^a-z]은 그대로입니다.", "끝."]
    attributes = read("a.md", "## 사용법 {#usage .wide}\n\n본문 {#x}은 글입니다.\n\n## `{#code}` 제목\n".encode())
    assert lines(attributes) == ["사용법", "본문 {#x}은 글입니다.", "{#code} 제목"]


def test_markdown_of_code_only_or_nested_too_deep_is_a_one_line_input_error():
    """markdown-it drops without a word what lies deeper than its nesting limit (20: the
    text of a quote in 20 quotes was lost); there is none, and a file nested past Python's
    recursion limit is an error naming it."""
    assert lines(read("a.md", ("> " * 25 + "깊은 인용문입니다.\n").encode())) == ["깊은 인용문입니다."]
    with pytest.raises(InputError, match=r"^a\.md: the Markdown file has no text outside its code blocks$"):
        read("a.md", b"```\nprint(1)\n```\n")
    for hostile in ("> " * 50_000 + "x", "".join("  " * i + "- x\n" for i in range(2_000)), "[" * 100_000 + "x"):
        with pytest.raises(InputError, match=r"^a\.md: cannot read the Markdown file: its quotes, lists or links are "
                                             r"nested too deep \(a broken or hostile file\)$"):
            read("a.md", hostile.encode())


@given(st.text(alphabet="#>-*_`[]()!|\\<>/ \n\t가나aB1.:=+", max_size=300))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_markdown_is_read_or_an_input_error(text):
    try:
        doc = read("a.md", ("본문 " + text).encode("utf-8"))
    except InputError:
        return
    assert doc.text.endswith("\n") and "\n\n" not in doc.text


def test_a_korean_readme_aligns_with_its_english_one(tmp_path, use_encoder):
    """The code block, the same on both sides, is not paired; the sentences are."""
    ko = tmp_path / "README.ko.md"
    en = tmp_path / "README.md"
    ko.write_text("# 설치\n\n다음 명령으로 설치하세요.\n\n```\npip install aligner\n```\n\n"
                  "설치가 끝나면 [문서](docs/ko.md)를 읽어 보세요.\n", encoding="utf-8")
    en.write_text("# Installation\n\nInstall it with the following command.\n\n```\npip install aligner\n```\n\n"
                  "When it is installed, read the [documentation](docs/en.md).\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert main(["align", str(ko), str(en), "-o", str(out)]) == 0
    rows = _pairs_in(out)
    assert rows == [["설치", "Installation"], ["다음 명령으로 설치하세요.", "Install it with the following command."],
                    ["설치가 끝나면 문서를 읽어 보세요.", "When it is installed, read the documentation."]]


# ---------------------------------------------------------------- PowerPoint (.pptx)

def _refused_in_one_line(name, data: bytes, message: str, tmp_path, capsys) -> None:
    """Reading ``data`` named ``name`` is an InputError matching ``message``; the command
    line exits 3 with one error line and writes nothing."""
    with pytest.raises(InputError, match=message):
        read(name, data)
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["align", str(path), "-o", str(tmp_path / "out.tsv")]) == 3
    err = capsys.readouterr().err
    assert err.count("aligner: error:") == 1 and "Traceback" not in err and not (tmp_path / "out.tsv").exists()



def pptx_bytes(build) -> bytes:
    """A presentation made with python-pptx (the library writes packages as PowerPoint does)."""
    pptx = pytest.importorskip("pptx")
    prs = pptx.Presentation()
    build(prs)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _deck(prs, slides) -> None:
    """Slides of (title, [body paragraphs], notes) with the title-and-content layout."""
    for title, body, notes in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        frame = slide.placeholders[1].text_frame
        frame.text = body[0]
        for text in body[1:]:
            frame.add_paragraph().text = text
        if notes:
            slide.notes_slide.notes_text_frame.text = notes


def test_pptx_hidden_shapes_are_not_read():
    """Regression (a reader audit, 2026-12-04): a text box hidden in the selection pane
    (``<p:cNvPr hidden="1">``), which the slide show never shows, was read."""
    from pptx.util import Inches

    def build(prs):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1)).text_frame.text = "보이는 글."
        hidden = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(4), Inches(1))
        hidden.text_frame.text = "숨긴 글."
        hidden._element.nvSpPr.cNvPr.set("hidden", "1")

    assert lines(read("a.pptx", pptx_bytes(build))) == ["보이는 글."]


@pytest.mark.parametrize(("name", "fmt"), [("a.pptx", "pptx"), ("a.PPTX", "pptx"), ("a.ppt", "ppt")])
def test_the_extension_chooses_the_powerpoint_reader(name, fmt):
    assert input_format(name) == fmt


def test_pptx_slides_are_read_in_order_with_their_notes_tables_and_groups():
    """Each text paragraph a line, in the slide's order of shapes (groups in place), a
    line break inside a paragraph a space; a table row by row (a Korean/English one by
    those columns); then the speaker notes. Not read: hidden slides, the slide number,
    date and footer, and the slides' order is the presentation's, not the parts' names."""
    from pptx.util import Inches, Pt

    def build(prs):
        _deck(prs, [("서울시 대중교통 요금 인상", ["서울시는 내년부터 대중교통 요금을 인상한다.", "인상 폭은 평균 10%이다."],
                     "발표자 노트: 시민 반발을 언급할 것.")])
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = "용어"
        table = slide.shapes.add_table(3, 3, Inches(1), Inches(2), Inches(6), Inches(2)).table
        for r, row in enumerate([("번호", "한국어", "English"), ("1", "요금", "fare"), ("2", "대중교통", "public transport")]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        group = slide.shapes.add_group_shape()
        box = group.shapes.add_textbox(Inches(1), Inches(5), Inches(3), Inches(1)).text_frame
        box.text = "그룹 안의 글상자"
        run = box.paragraphs[0].add_run()
        run.text = "줄바꿈 뒤"
        run._r.addprevious(run._r.makeelement("{http://schemas.openxmlformats.org/drawingml/2006/main}br", {}))
        number = slide.shapes.add_textbox(Inches(8), Inches(7), Inches(1), Inches(0.5))
        number.text_frame.text = "2"
        nv = number._element.nvSpPr.nvPr
        nv.append(nv.makeelement("{http://schemas.openxmlformats.org/presentationml/2006/main}ph", {"type": "sldNum"}))
        number.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
        hidden = prs.slides.add_slide(prs.slide_layouts[6])
        hidden.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(1)).text_frame.text = "숨긴 슬라이드"
        hidden._element.set("show", "0")
        ids = prs.slides._sldIdLst
        ids.insert(0, ids[1])  # the table slide first, though its part is slide2.xml

    doc = read("a.pptx", pptx_bytes(build))
    assert lines(doc) == [*apart("용어", "요금", "fare", "대중교통", "public transport",
                                 "그룹 안의 글상자 줄바꿈 뒤"), "서울시 대중교통 요금 인상", "서울시는 내년부터 대중교통 요금을 인상한다.", "인상 폭은 평균 10%이다.",
                          "발표자 노트: 시민 반발을 언급할 것."]
    assert doc.format == "pptx" and doc.metadata == {"slides": 2, "bilingual_tables": 1, "cells_not_read": 5}


def _without_part(data: bytes, part: str) -> bytes:
    return zip_bytes({n: body for n, body in zip_parts(data).items() if n != part})


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.ppt", lambda: _ole_file("PowerPoint Document", "Current User"),
     (r"^a\.ppt: this is a PowerPoint 97-2003 presentation \(\.ppt\), which is not read; open it in PowerPoint \(or "
      r"LibreOffice\) and save it as \.pptx$")),
    ("a.pptx", lambda: _ole_file("PowerPoint Document"), r"^a\.pptx: this is a PowerPoint 97-2003 presentation"),
    ("a.pptx", lambda: _ole_file("EncryptionInfo", "EncryptedPackage"),
     r"^a\.pptx: the presentation is password-protected \(encrypted\); open it in PowerPoint and save an unprotected"),
    ("a.pptx", lambda: docx_bytes(lambda d: d.add_paragraph("x")),
     r"^a\.pptx: the name says a PowerPoint presentation \(\.pptx\), but the content is a Word document \(\.docx\)"),
    ("a.docx", lambda: pptx_bytes(lambda p: _deck(p, [("제목", ["본문."], None)])),
     r"^a\.docx: the name says a Word document \(\.docx\), but the content is a PowerPoint presentation \(\.pptx\)"),
    ("a.txt", lambda: pptx_bytes(lambda p: _deck(p, [("제목", ["본문."], None)])),
     r"^a\.txt: this is a PowerPoint presentation \(\.pptx\), not a text file; give it a name ending in \.pptx, "
     r"or pass --input-format pptx$"),
    ("a.pptx", lambda: b"PK\x03\x04 broken zip", "damaged ZIP"),
    ("a.pptx", lambda: pptx_bytes(lambda p: p.slides.add_slide(p.slide_layouts[6])),
     r"^a\.pptx: the PowerPoint presentation has no text on its slides$"),
    ("a.pptx", lambda: _with_part(pptx_bytes(lambda p: _deck(p, [("제목", ["본문."], None)])), "ppt/slides/slide1.xml",
                                  lambda xml: xml[:len(xml) // 2]),
     r"^a\.pptx: cannot read the PowerPoint presentation: its ppt/slides/slide1\.xml is damaged: "),
    ("a.pptx", lambda: _without_part(pptx_bytes(lambda p: _deck(p, [("제목", ["본문."], None)])), "ppt/slides/slide1.xml"),
     r"^a\.pptx: the PowerPoint presentation names a part it lacks: ppt/slides/slide1\.xml$"),
    ("a.pptx", lambda: _with_part(pptx_bytes(lambda p: _deck(p, [("제목", ["본문."], None)])), "ppt/slides/slide1.xml",
                                  lambda xml: xml.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e "x">]>', 1)),
     r"^a\.pptx: the PowerPoint presentation's ppt/slides/slide1\.xml declares a DOCTYPE"),
])
def test_a_pptx_that_is_not_one_or_is_damaged_is_a_one_line_input_error(name, data, message, tmp_path, capsys):
    _refused_in_one_line(name, data(), message, tmp_path, capsys)


def test_a_korean_deck_aligns_with_its_english_original(tmp_path, use_encoder):
    ko = tmp_path / "발표.pptx"
    en = tmp_path / "talk.pptx"
    ko.write_bytes(pptx_bytes(lambda p: _deck(p, [
        ("요금 인상", ["서울시는 내년부터 대중교통 요금을 인상한다.", "인상 폭은 평균 10%이다."], "시민 반발을 언급할 것.")])))
    en.write_bytes(pptx_bytes(lambda p: _deck(p, [
        ("Fare increase", ["Seoul will raise public transport fares from next year.", "The increase averages 10 percent."],
         "Mention the protests by citizens.")])))
    out = tmp_path / "out.tsv"
    assert main(["align", str(ko), str(en), "-o", str(out)]) == 0
    rows = _pairs_in(out)
    assert rows == [["요금 인상", "Fare increase"],
                    ["서울시는 내년부터 대중교통 요금을 인상한다.", "Seoul will raise public transport fares from next year."],
                    ["인상 폭은 평균 10%이다.", "The increase averages 10 percent."],
                    ["시민 반발을 언급할 것.", "Mention the protests by citizens."]]


@given(st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_damage_to_a_slide_is_read_or_a_one_line_input_error(data):
    deck = _PPTX_DECK()

    def damaged(xml: bytes) -> bytes:
        for _ in range(data.draw(st.integers(1, 4))):
            at = data.draw(st.integers(0, len(xml)))
            cut = data.draw(st.integers(0, 40))
            xml = xml[:at] + data.draw(st.sampled_from([b"", b"<", b">", b"/>", b"<a:p>", b"</p:sp>", b'"', b"&",
                                                        "가".encode(), b"\x00"])) + xml[at + cut:]
        return xml

    try:
        doc = read("a.pptx", _with_part(deck, "ppt/slides/slide1.xml", damaged))
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert doc.text.endswith("\n")


@functools.lru_cache(maxsize=1)
def _PPTX_DECK() -> bytes:
    return pptx_bytes(lambda p: _deck(p, [("제목입니다", ["첫 문단입니다.", "둘째 문단입니다."], "노트입니다.")]))


@pytest.mark.parametrize(("data", "kind"), [
    (lambda: docx_bytes(lambda d: d.add_paragraph("본문.")), "docx"),
    (lambda: xlsx_bytes({"a": [("가", "a")]}), "xlsx"),
    (lambda: epub_bytes([xhtml("<p>본문.</p>")]), "epub"),
    (lambda: hwpx_bytes([hp_section(hp_text("본문."))]), "hwpx"),
])
def test_a_document_named_as_text_is_named_with_the_option_that_reads_it(data, kind):
    """Regression: any package given as text was "a ZIP archive (DOCX/XLSX/ODT?) ... if it
    is a .docx file, give --input-format docx", an Excel workbook and a presentation too."""
    from aligner.formats.readers import describe

    with pytest.raises(InputError, match=rf"^notes\.txt: this is {re.escape(describe(kind))}, not a text file; give it "
                                         rf"a name ending in \.{kind}, or pass --input-format {kind}$"):
        read("notes.txt", data())


# ---------------------------------------------------------------- OpenDocument text (.odt)

_ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt_bytes(body: str, *, manifest_extra: str = "", mimetype: bool = True, content: bytes | None = None) -> bytes:
    """An .odt package as LibreOffice writes one: the mimetype first, stored; the body's XML."""
    xml = content if content is not None else (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF} office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>").encode()
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                f"{manifest_extra}</manifest:file-entry></manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                       compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", xml)
        z.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


def test_the_extension_chooses_the_odt_reader():
    assert input_format("보고서.ODT") == "odt"


def test_odt_body_is_read_as_a_word_document_is():
    """Paragraphs, headings and list items a line (spaces, tabs and line breaks a space,
    a soft hyphen nothing); sections and fields read through; a table row by row, a
    Korean/English one by those two columns, a covered cell not at all. Not read: notes
    (nor their marks), comments, frames, the table of contents, hidden paragraphs,
    tracked deletions, ruby's reading."""
    body = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>지운 문장.</text:p>'
        "</text:deletion></text:changed-region></text:tracked-changes>"
        '<text:table-of-content><text:index-body><text:p>1. 개요 ..... 3</text:p></text:index-body>'
        "</text:table-of-content>"
        '<text:h text:outline-level="1">1. 개요</text:h>'
        "<text:p>서울시는<text:s text:c=\"3\"/>내년부터<text:tab/>대중교통 요금을<text:line-break/>인상한다."
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
        "<text:p>역주: 각주.</text:p></text:note-body></text:note><text:change text:change-id=\"c1\"/></text:p>"
        '<text:p>인상 폭은 평균 10%이다.<office:annotation><text:p>확인 필요</text:p></office:annotation>'
        '<draw:frame><draw:text-box><text:p>글상자</text:p></draw:text-box></draw:frame></text:p>'
        '<text:section text:name="s1"><text:list><text:list-item><text:p>첫 항목, <text:span>강조</text:span>'
        "와 <text:ruby><text:ruby-base>漢字</text:ruby-base><text:ruby-text>한자</text:ruby-text></text:ruby>."
        "</text:p></text:list-item></text:list></text:section>"
        '<text:hidden-paragraph text:is-hidden="true">숨긴 문단.</text:hidden-paragraph>'
        "<table:table><table:table-header-rows><table:table-row>"
        "<table:table-cell><text:p>번호</text:p></table:table-cell><table:table-cell><text:p>한국어</text:p>"
        "</table:table-cell><table:table-cell><text:p>English</text:p></table:table-cell></table:table-row>"
        "</table:table-header-rows><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>"
        "<table:table-cell><text:p>요금</text:p></table:table-cell><table:table-cell><text:p>fare</text:p>"
        "</table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>2</text:p>"
        "</table:table-cell><table:table-cell><text:p>대중교통</text:p></table:table-cell><table:table-cell>"
        "<text:p>public transport</text:p></table:table-cell></table:table-row></table:table>"
        '<table:table><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>합친 칸</text:p>'
        "</table:table-cell><table:covered-table-cell/></table:table-row></table:table>")
    doc = read("a.odt", odt_bytes(body))
    assert lines(doc) == ["1. 개요", "서울시는 내년부터 대중교통 요금을 인상한다.", "인상 폭은 평균 10%이다.",
                          *apart("첫 항목, 강조와 漢字.", "요금", "fare", "대중교통", "public transport",
                                 "합친 칸")]
    assert doc.format == "odt" and doc.metadata == {"bilingual_tables": 1, "cells_not_read": 5}
    assert lines(read("b.odt", odt_bytes("<text:p>본문.</text:p>", mimetype=False))) == ["본문."]  # by its manifest


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.odt", lambda: odt_bytes("<text:p>x</text:p>", manifest_extra="<manifest:encryption-data/>"),
     r"^a\.odt: the OpenDocument text is password-protected \(encrypted\); open it in LibreOffice and save an "
     r"unprotected copy$"),
    ("a.odt", lambda: odt_bytes("", content=b"<office:document-content"),
     r"^a\.odt: cannot read the OpenDocument text: its content\.xml is damaged: "),
    ("a.odt", lambda: odt_bytes("<text:p> </text:p>"), r"^a\.odt: the OpenDocument text has no text in its body$"),
    ("a.odt", lambda: odt_bytes("", content=b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><x/>'),
     r"^a\.odt: the OpenDocument text's content\.xml declares a DOCTYPE"),
    ("a.odt", lambda: docx_bytes(lambda d: d.add_paragraph("x")),
     r"^a\.odt: the name says an OpenDocument text \(\.odt\), but the content is a Word document \(\.docx\)"),
    ("a.docx", lambda: odt_bytes("<text:p>x</text:p>"),
     r"^a\.docx: the name says a Word document \(\.docx\), but the content is an OpenDocument text \(\.odt\)"),
    ("a.txt", lambda: odt_bytes("<text:p>x</text:p>"),
     r"^a\.txt: this is an OpenDocument text \(\.odt\), not a text file; give it a name ending in \.odt"),
])
def test_an_odt_that_is_not_one_or_is_damaged_is_a_one_line_input_error(name, data, message, tmp_path, capsys):
    _refused_in_one_line(name, data(), message, tmp_path, capsys)


@given(st.text(alphabet='<>/="ptxh:-가a ', max_size=120))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_odt_body_is_read_or_a_one_line_input_error(body):
    try:
        doc = read("a.odt", odt_bytes("<text:p>본문.</text:p>" + body))
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert doc.text.endswith("\n")


def test_a_korean_odt_aligns_with_its_english_docx(tmp_path, use_encoder):
    ko = tmp_path / "보고서.odt"
    ko.write_bytes(odt_bytes("".join(f"<text:p>{ko}</text:p>" for ko, _ in _SHEET_PAIRS)))
    en = tmp_path / "report.docx"
    en.write_bytes(docx_bytes(lambda d: [d.add_paragraph(en) for _, en in _SHEET_PAIRS]))
    out = tmp_path / "out.tsv"
    assert main(["align", str(ko), str(en), "-o", str(out)]) == 0
    assert _pairs_in(out) == _ALIGNED


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.doc", lambda: _ole_file("WordDocument", "1Table"),
     r"^a\.doc: this is a Word 97-2003 document \(\.doc\), which is not read; open it in Word \(or LibreOffice\) and "
     r"save it as \.docx$"),
    ("a.docx", lambda: _ole_file("WordDocument"), r"^a\.docx: this is a Word 97-2003 document \(\.doc\)"),
    ("a.docx", lambda: _ole_file("EncryptionInfo", "EncryptedPackage"),
     r"^a\.docx: the document is password-protected \(encrypted\); open it in Word and save an unprotected copy"),
    # given as text (or without an extension): the same advice, not "export it as plain text"
    ("notes.txt", lambda: _ole_file("WordDocument"), r"^notes\.txt: this is a Word 97-2003 document \(\.doc\), which is "
                                                     r"not read; open it in Word"),
    ("notes", lambda: _ole_file("Workbook"), r"^notes: this is an Excel 97-2003 workbook \(\.xls\), which is not read"),
    ("notes.txt", lambda: _ole_file("PowerPoint Document"), r"save it as \.pptx$"),
    ("notes.txt", lambda: _ole(hwp=True), r"^notes\.txt: this is a binary Hangul document"),
])
def test_an_office_file_no_reader_opens_says_what_to_save_it_as(name, data, message, tmp_path, capsys):
    """Regression: a .doc was "an old Office document (DOC/XLS/PPT), not a text file; export
    it as plain text first", and an encrypted .docx "the content is a password-protected
    Office document; give the file its right extension"."""
    _refused_in_one_line(name, data(), message, tmp_path, capsys)


# ---------------------------------------------------------------- TTML / DFXP subtitles

def ttml(body: str, params: str = 'ttp:tickRate="10000000"', ns: str = "http://www.w3.org/ns/ttml") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><tt xmlns="{ns}" xmlns:ttp="{ns}#parameter" '
            f'xmlns:tts="{ns}#styling" {params} xml:lang="ko"><head><styling><style xml:id="s1" tts:color="white"/>'
            f"</styling></head><body>{body}</body></tt>").encode()


@pytest.mark.parametrize(("name", "fmt"), [("a.ttml", "ttml"), ("a.dfxp", "ttml"), ("a.TTML", "ttml")])
def test_the_extension_chooses_the_ttml_reader(name, fmt):
    assert input_format(name) == fmt


def test_ttml_paragraphs_are_cues_with_their_times():
    """TTML and DFXP (Netflix's and broadcasters' delivery format): each timed <p> a cue,
    <br/> a line break, spans read; ticks, clock times (with frames at the frame rate and
    its multiplier), offsets in h, m, s, ms and frames; a time relative to its parent's
    begin; dur for end; a paragraph without an end takes its parent's."""
    body = ('<div begin="10s">'
            '<p begin="0t" end="20000000t">안녕하세요,<br/>여러분.</p>'
            '<p begin="00:00:02.500" dur="2500ms"><span tts:fontStyle="italic">오늘은</span> 서울의\n대중교통에 대해'
            " 이야기하겠습니다.</p></div>"
            '<div begin="00:01:00:12" end="65s"><p>요금이 내년부터 오릅니다.</p>'
            '<p begin="50f" end="0.0275h">[음악]</p></div>')
    doc = read("a.ttml", ttml(body, 'ttp:tickRate="10000000" ttp:frameRate="24" ttp:frameRateMultiplier="1000 1001"'))
    assert lines(doc) == ["안녕하세요, 여러분.", "오늘은 서울의 대중교통에 대해 이야기하겠습니다.", "요금이 내년부터 오릅니다.", "[음악]"]
    frame = 1001 / 24000
    want = [(10.0, 12.0), (12.5, 15.0), (60 + 12 * frame, 65.0), (60 + 12 * frame + 50 * frame, 60 + 12 * frame + 99)]
    assert [(c.t0, c.t1) for c in doc.cues] == [pytest.approx(w) for w in want]
    assert doc.format == "ttml" and doc.metadata["encoding"] == "UTF-8"
    old = read("b.dfxp", ttml('<div><p begin="00:00:01.000" end="00:00:02.000">Hello.</p></div>', "",
                              ns="http://www.w3.org/2006/10/ttaf1"))
    assert lines(old) == ["Hello."] and [(c.t0, c.t1) for c in old.cues] == [(1.0, 2.0)]
    untimed = read("c.ttml", ttml("<div><p>시간 없는 자막.</p><p>둘째.</p></div>"))
    assert lines(untimed) == ["시간 없는 자막.", "둘째."] and untimed.cues == ()


def test_ttml_text_is_composed_as_every_reader_s():
    """Regression (a hostile sweep): TTML, parsed from its bytes, kept decomposed Hangul (a
    17-character segment written as 41 jamo, which no memory matches) and soft hyphens;
    every other reader composes its text."""
    import unicodedata

    text = unicodedata.normalize("NFD", "요금이 내년부터 오릅니다.").replace("내년", "내\u00ad년")
    doc = read("a.ttml", ttml(f'<div><p begin="1s" end="2s">{text}</p></div>'))
    assert lines(doc) == ["요금이 내년부터 오릅니다."] and doc.cues[0].end - doc.cues[0].start == 14


@pytest.mark.parametrize(("data", "message"), [
    (b'<?xml version="1.0"?><!DOCTYPE tt [<!ENTITY x "y">]><tt/>', "declares a DOCTYPE"),
    # regression (a hostile audit): in UTF-16, or after 64 KiB of comment, it was not seen
    ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE tt [<!ENTITY x "y">]><tt/>'.encode("utf-16"), "declares a DOCTYPE"),
    (b'<?xml version="1.0"?><!--' + b"x" * 70_000 + b'--><!DOCTYPE tt [<!ENTITY x "y">]><tt/>', "declares a DOCTYPE"),
    (b"<tt><body><p>", r"^a\.ttml: cannot read the TTML file: "),
    (b"<html><body><p>x</p></body></html>", r"^a\.ttml: not a TTML file: its root element is not <tt>$"),
    (ttml('<p begin="soon" end="1s">x</p>'), r"^a\.ttml: a malformed cue: 'soon' is no TTML time$"),
    (ttml('<p begin="2s" end="1s">거꾸로.</p>'), r"^a\.ttml: a cue \('거꾸로\.'\) ends before it starts$"),
    (ttml('<p begin="1s" end="2s"> </p>'), "no cue with text"),
])
def test_a_malformed_ttml_file_is_a_one_line_error_naming_it(data, message, tmp_path, capsys):
    _refused_in_one_line("a.ttml", data, message, tmp_path, capsys)


@given(st.text(alphabet="0123456789:.hmsft -", max_size=14), st.text(alphabet="0123456789:.hmsft -", max_size=14))
@settings(max_examples=200, deadline=None)
def test_any_ttml_times_are_read_or_a_one_line_error(begin, end):
    try:
        doc = read("a.ttml", ttml(f'<p begin="{begin}" end="{end}">자막.</p>'))
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert all(math.isfinite(c.t0) and math.isfinite(c.t1) and c.t0 <= c.t1 for c in doc.cues)


def test_a_korean_ttml_aligns_with_english_srt_by_text_and_time(tmp_path, use_encoder):
    ko = tmp_path / "ko.ttml"
    ko.write_bytes(ttml('<div><p begin="1s" end="3s">어디 가세요?</p><p begin="3.5s" end="6s">집에 가요.<br/>피곤해서요.</p>'
                        "</div>"))
    en = tmp_path / "en.srt"
    en.write_text("1\n00:00:01,000 --> 00:00:03,000\nWhere are you going?\n\n"
                  "2\n00:00:03,500 --> 00:00:06,000\nI'm going home.\nI'm tired.\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert main(["align", str(ko), str(en), "-o", str(out)]) == 0
    assert _pairs_in(out) == [
        ["어디 가세요?", "Where are you going?"], ["집에 가요.", "I'm going home."], ["피곤해서요.", "I'm tired."]]


def test_unicode_line_and_paragraph_separators_break_plain_text_lines():
    """Regression (a hostile sweep): the seed with U+2029 between paragraphs and U+2028
    between lines was read as a few lines (41 English segments, not 54: headline, byline
    and date one 367-character segment). They break lines as newlines do."""
    plain = "제목\n김민지 기자\n\n첫 문장이다.\nThe first sentence.\n"
    separated = plain.replace("\n\n", "\u2029").replace("\n", "\u2028").replace("기자\u2028", "기자\x85")
    assert read("a.txt", separated.encode()).text.split() == read("a.txt", plain.encode()).text.split()
    assert lines(read("a.txt", separated.encode())) == lines(read("a.txt", plain.encode()))


def test_webvtt_voice_tags_part_speakers_as_dashes_do():
    """Regression (a talk audit): a cue of two voices ("<v 준호>3월부터 출근해" / "<v 민지>어디로
    가는데") was read as one line, and without full stops one sentence, paired with two
    speakers' English. A voice tag opens a speaker's line, as a speaker's dash does."""
    data = ("WEBVTT\n\n00:00:04.000 --> 00:00:06.500\n<v 준호>3월부터 출근해</v>\n<v 민지>어디로 가는데</v>\n\n"
            "00:00:07.000 --> 00:00:09.000\n<v.loud Mary>Hi there</v> <v John>Hello</v>\n\n"
            "00:00:10.000 --> 00:00:12.000\n<v Mary>One speaker\nover two lines.\n")
    doc = read("a.vtt", data.encode())
    assert lines(doc) == ["3월부터 출근해", "어디로 가는데", "Hi there", "Hello", "One speaker over two lines."]
    assert [(c.t0, c.t1) for c in doc.cues] == [(4.0, 6.5), (7.0, 9.0), (10.0, 12.0)]


def test_a_transcript_copied_with_its_time_stamps_is_read_as_timed_cues(tmp_path, capsys, use_encoder):
    """Regression (a talk audit): a video site's transcript pane copies a time stamp alone on
    its line before each line of text. Read as plain lines the stamps were left out (no
    letters), and no pair may span a line left out: "오늘은 단 10분 만에" / "김치볶음밥 만드는
    법을 보여 드릴게요." paired in halves with the English halves (6 of 9 right). Such a text
    is read as timed cues, as a subtitle file is: 9 of 9."""
    from aligner.cli import main

    ko = ["여러분 안녕하세요.", "오늘은 단 10분 만에", "김치볶음밥 만드는 법을 보여 드릴게요.", "재료는 세 가지예요.",
          "먼저 김치를 볶아 주세요.", "그다음에 밥을 넣어 주세요."]
    en = ["Hi everyone.", "Today I will show you how to make", "kimchi fried rice in ten minutes.",
          "You need three things.", "First, fry the kimchi.", "Then add the rice."]
    stamps = ["0:00", "0:03", "0:06", "0:09", "0:12", "0:15"]
    for name, said in (("ko.txt", ko), ("en.txt", en)):
        (tmp_path / name).write_text("".join(f"{t}\n{line}\n" for t, line in zip(stamps, said)), encoding="utf-8")
    doc = read("ko.txt", (tmp_path / "ko.txt").read_bytes())
    assert lines(doc) == ko and doc.format == "transcript"
    assert [(c.t0, c.t1) for c in doc.cues] == [(0, 3), (3, 6), (6, 9), (9, 12), (12, 15), (15, 20)]
    assert main(["align", str(tmp_path / "ko.txt"), str(tmp_path / "en.txt"), "-o", str(tmp_path / "out.tsv")]) == 0
    pairs = [line.split("\t")[:2] for line in (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines()]
    assert ["오늘은 단 10분 만에 김치볶음밥 만드는 법을 보여 드릴게요.",
            "Today I will show you how to make kimchi fried rice in ten minutes."] in pairs
    # fewer than five stamps, a stamp without text after it, or stamps out of order: plain text
    for text in ("0:00\n가\n0:03\n나\n", "0:00\n가\n0:03\n0:06\n다\n0:09\n라\n0:12\n마\n",
                 "0:09\n가\n0:03\n나\n0:06\n다\n0:12\n라\n0:15\n마\n"):
        assert read("a.txt", text.encode()).format == "txt"


def test_a_key_ko_en_sheet_with_untranslated_strings_and_a_header_is_a_bilingual_table():
    """Regression (a localization audit): with its header row ("ko", "en") counted as a
    row that must agree, a sheet of eight strings, two of them English copied into the ko
    column, was read as text: keys and header paired, rows mixed."""
    from aligner.formats.tables import bilingual_columns

    rows = [["key", "ko", "en"], ["btn.ok", "확인", "OK"], ["btn.cancel", "취소", "Cancel"], ["btn.save", "저장", "Save"],
            ["btn.delete", "삭제", "Delete"], ["menu.help", "도움말", "Help"],
            ["msg.copied", "클립보드에 복사되었습니다.", "Copied to clipboard."],
            ["msg.export", "Export to PDF", "Export to PDF"], ["msg.share", "Share with your team", "Share with your team"]]
    assert bilingual_columns(rows) == [(1, 2)]


def test_a_pre_of_code_is_not_read_and_a_pre_of_text_is():
    """Regression (a localization audit): a docs page's code block was split into
    sentences and its comments paired ("# CLI를 설치합니다." / "# Install the CLI."), where
    Markdown's code blocks are not read. A <pre> holding <code>, or classed as code, is code."""
    page = ("<html><body><p>다음 명령을 실행합니다.</p>"
            '<pre><code class="language-bash"># CLI를 설치합니다.\nnpm install -g acme</code></pre>'
            '<pre class="highlight"># 다시 시작합니다.\nacme restart</pre>'
            '<div class="highlight"><pre><span></span>client = Client() <span># 키로 바꾸세요</span></pre></div>'
            "<pre>그리운 바다 성산포\n이생진</pre></body></html>")
    assert lines(read("a.html", page.encode())) == ["다음 명령을 실행합니다.", "그리운 바다 성산포", "이생진"]


def test_documentation_callouts_and_tabs_are_read_as_text():
    """Regression (a localization audit): the body of an MkDocs admonition or tab, indented
    four spaces under "!!! note" or "=== "macOS"", was read as an indented code block and
    dropped without a word; Docusaurus's ":::tip" stayed in the pair's text."""
    md = ('# 설치\n\n!!! note "참고"\n    이 기능은 베타입니다.\n\n    두 번째 문단입니다.\n\n=== "macOS"\n\n'
          "    Homebrew로 설치합니다.\n\n        brew install acme\n\n:::tip 팁\n설정 파일을 백업하세요.\n:::\n\n끝 문단입니다.\n")
    doc = read("a.md", md.encode())
    assert lines(doc) == ["설치", "참고", "이 기능은 베타입니다.", "두 번째 문단입니다.", "macOS", "Homebrew로 설치합니다.",
                          "팁", "설정 파일을 백업하세요.", "끝 문단입니다."]
    assert doc.metadata["code_blocks"] == 1  # the code inside the tab is still code


def test_strong_emphasis_closed_before_a_korean_particle_leaves_no_marks():
    """Regression (a localization audit): "**파일 > 다른 이름으로 저장...**을" kept its asterisks
    (CommonMark closes no emphasis between punctuation and a letter) and put them into the
    memory; the English "Click **Save...** now." had none."""
    md = "**파일 > 다른 이름으로 저장...**을 선택합니다. **`config.yaml`**을 엽니다. **설정**을 누릅니다.\n"
    assert lines(read("a.md", md.encode())) == ["파일 > 다른 이름으로 저장...을 선택합니다. config.yaml을 엽니다. 설정을 누릅니다."]


def test_a_pdf_heading_set_larger_than_its_body_is_a_paragraph_of_its_own():
    """Regression (an office-documents audit): a heading without a full stop, 13 pt over a
    10.5 pt body, was glued to the text under it ("2. Purpose This policy sets out …"),
    and to the list above it where the page's list widened the line margin; lines whose
    type sizes differ by more than 15% are no one paragraph's."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _, height = A4
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    y = height - 72
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, "1. Password Rules")
    y -= 24
    c.setFont("Times-Roman", 10.5)
    for item in ("- Use a mix of uppercase and lowercase letters.", "- Do not reuse a previous password.",
                 "- Never share your password with anyone."):
        c.drawString(72, y, item)
        y -= 20
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y - 6, "2. Purpose")
    y -= 30
    c.setFont("Times-Roman", 10.5)
    for row in ("This policy sets out the basic principles for protecting the company's information",
                "assets. All employees must comply with this policy."):
        c.drawString(72, y, row)
        y -= 14
    c.save()
    assert lines(read("a.pdf", out.getvalue())) == [
        "1. Password Rules", "- Use a mix of uppercase and lowercase letters.", "- Do not reuse a previous password.",
        "- Never share your password with anyone.", "2. Purpose",
        "This policy sets out the basic principles for protecting the company's information assets. All employees "
        "must comply with this policy."]


def test_strong_emphasis_before_hangul_is_found_in_linear_time():
    """A line of "**a " repeated 20,000 times took 17 s to search for strong emphasis before
    Hangul (any text between the marks); the marks' text is short and holds none of them."""
    code = ("from aligner.formats.markdown import _STRONG_BEFORE_HANGUL; "
            "assert _STRONG_BEFORE_HANGUL.sub('', '**a ' * 200_000) == '**a ' * 200_000")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def _headings(doc) -> list[str]:
    return [doc.text[a:b] for a, b in doc.headings]


def test_headings_are_given_with_the_document_from_html_markdown_word_and_odt():
    """Readers know a heading; the aligner needs it (a title pairs alone: "후원", an
    untranslated h2 of a Wikipedia page, was glued onto the pair before it). Its marks
    leave no trace in the text."""
    html = read("a.html", "<h1>창덕궁</h1><p>본문. <b>굵게</b></p><h2>후원<br>둘째 줄</h2><table><tr><td>칸</td></tr>"
                          "</table>".encode())
    assert _headings(html) == ["창덕궁", "후원", "둘째 줄"] and "\x1d" not in html.text
    assert lines(html)[:4] == ["창덕궁", "본문. 굵게", "후원", "둘째 줄"]
    md = read("a.md", "# Title\n\nBody text.\n\nSetext\n------\n\nMore.\n".encode())
    assert _headings(md) == ["Title", "Setext"] and lines(md) == ["Title", "Body text.", "Setext", "More."]

    def build(d):
        d.add_heading("제목", 0)
        d.add_heading("1장 시작", 1)
        d.add_paragraph("본문입니다.")

    word = read("a.docx", docx_bytes(build))
    assert _headings(word) == ["제목", "1장 시작"] and lines(word) == ["제목", "1장 시작", "본문입니다."]
    odt = read("a.odt", odt_bytes('<text:h text:outline-level="1">머리말</text:h><text:p>본문.</text:p>'
                                  '<table:table><table:table-row><table:table-cell><text:h>칸 제목</text:h>'
                                  '</table:table-cell></table:table-row></table:table>'))
    assert _headings(odt) == ["머리말"] and lines(odt)[:2] == ["머리말", "본문."]
    plain = read("a.txt", "\x1d제목\n본문.\n".encode())  # the mark is a reader's, not a text file's
    assert plain.headings == () and plain.text.startswith("\x1d")


def test_a_glossary_with_rows_of_hanja_or_numbers_is_still_a_bilingual_table():
    """Regression (a hostile-content audit): a quarter of rows whose Korean cell was Hanja
    ("甲 | Party A") made the table fail its rows' agreement, so it was read cell by cell:
    its header "한국어 | English" was paired, and "계약의 해지" with "Party A". A row with a
    cell of neither language now counts neither way."""
    table = ("| 한국어 | English |\n|---|---|\n| 甲 | Party A |\n| 乙 | Party B |\n| 계약의 해지 | |\n"
             "| 계약의 해제 | Rescission of the contract |\n| 손해배상 | Compensation for damages |\n"
             "| 준거법 | Governing law |\n")
    doc = read("g.md", table.encode())
    assert doc.metadata["bilingual_tables"] == 1
    assert "한국어" not in doc.text and "English" not in doc.text


@pytest.mark.parametrize(("name", "part", "says"), [
    ("a.docx", "word/styles.xml", "cannot read the Word document"),
    ("a.xlsx", "xl/styles.xml", "cannot read the Excel workbook"),
    ("a.pptx", "ppt/slides/slide1.xml", "presentation"),
])
def test_an_office_package_without_its_main_part_is_a_damaged_document_of_its_kind(name, part, says):
    """Regression (an office-documents audit): a .docx that lost word/document.xml was
    called "a ZIP archive of other files; give the file its right extension"."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(part, "<x/>")
    with pytest.raises(InputError, match=says) as err:
        read(name, out.getvalue())
    assert "right extension" not in str(err.value)


def test_pdf_korean_word_cut_at_a_page_break_joins_without_a_space():
    """Regression (a PDF audit): on pages wrapped a character at a time, a word cut at a
    page break ("…계속하여 거주" / "한 사람으로서…") was joined with a space: only the breaks
    inside a page were read by the spacing model."""
    page1 = ["이 규정은 한빛구에 거주하는 외국인 주민의 생활 안정을 돕기 위하", "여 필요한 사항을 정함을 목적으로 한다. 외국인등록을 하",
             "고 6개월 이상 계속하여 거주한 사람으로서 가구 소득이 기준 이하인 거주"]
    page2 = ["한 사람에게 지원금을 지급한다. 구청장은 신청을 받은 날부터 14일 이", "내에 지급 여부를 결정하여야 한다."]
    text = lines(read("ko.pdf", pdf_bytes([[(KO, line) for line in page1], [(KO, line) for line in page2]])))
    assert "거주한 사람에게" in " ".join(text) and "거주 한" not in " ".join(text), text


def test_pdf_list_items_and_articles_start_paragraphs():
    """Regression (a PDF audit): paragraph breaks were found only after a sentence end at a
    short line or an indent, so a statute's items ("1. … 사람" / "2. …") and an article
    heading under a full line ("… 있다." / "제4조(…)") were glued into one paragraph."""
    page = [(KO, "② 다음 각 호의 어느 하나에 해당하는 사람은 지급 대상에서 제외한다."),
            (KO, "1. 같은 목적의 지원을 다른 기관에서 받고 있는 사람"),
            (KO, "2. 체류기간이 신청일로부터 3개월 이내에 만료되는 사람"),
            (KO, "제3조(지원 금액) 지원금은 가구당 월 30만 원으로 하며, 최대 6개월까지"),
            (KO, "지급한다. 다만, 가구원이 4명 이상인 경우에는 월 10만 원을 더한다."),
            (KO, "제4조(신청 및 지급 절차)")]
    assert lines(read("ko.pdf", pdf_bytes([page]))) == [
        page[0][1], page[1][1], page[2][1], page[3][1] + " " + page[4][1], page[5][1]]


# ---------------------------------------------------------------- e-mail (.eml)


def mail(subject: str = "회의 일정 안내", body: str | None = "안녕하세요. 내일 회의는 오후 3시입니다.", *,
         html: str | None = None, charset: str = "utf-8", cte: str | None = None, **params: str):
    """A message as a mail program writes one: From, To, Date and Message-ID headers (never
    read), the subject, and a text/plain body, an HTML one, or both (multipart/alternative)."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "김민수 <minsu@example.co.kr>"
    message["To"] = "Jane Doe <jane@example.com>"
    message["Date"] = "Tue, 14 May 2024 09:30:00 +0900"
    message["Message-ID"] = "<20240514.1@example.co.kr>"
    message["Subject"] = subject
    if body is not None:
        message.set_content(body.encode(charset), "text", "plain", cte=cte or "8bit", params={"charset": charset, **params})
    if html is not None and body is not None:
        message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    return message


@pytest.mark.parametrize(("name", "fmt"), [("a.eml", "eml"), ("받은 메일.EML", "eml"), ("a.msg", "msg")])
def test_the_extension_chooses_the_email_reader(name, fmt):
    assert input_format(name) == fmt


def test_eml_korean_subject_in_encoded_words_is_decoded_and_no_other_header_is_read():
    """Regression: an .eml was read as plain text: its headers were text to align and its
    subject "=?utf-8?b?…?=" as written. The subject is a heading before the body."""
    data = bytes(mail())
    assert b"Subject: =?utf-8?b?" in data
    doc = read("a.eml", data)
    assert doc.format == "eml" and lines(doc) == ["회의 일정 안내", "안녕하세요. 내일 회의는 오후 3시입니다."]
    assert doc.headings == ((0, len("회의 일정 안내")),) and doc.metadata["subject"] == "회의 일정 안내"


def test_eml_subject_in_cp949_under_outlooks_ks_c_5601_label_is_decoded_strictly():
    """Outlook labels CP949 "ks_c_5601-1987", which Python's codec reads as EUC-KR and the
    email package replaced its extra syllables ("똠") with U+FFFD; an encoded word whose bytes
    its charset does not hold is read as written, with a warning (refusing the whole message
    for its subject was harsh: an adversarial check)."""
    import base64

    def with_subject(encoded: bytes) -> bytes:
        return bytes(mail(subject="x")).replace(b"Subject: x", b"Subject: " + encoded)

    word = b"=?ks_c_5601-1987?B?" + base64.b64encode("똠방각하 회의".encode("cp949")) + b"?="
    assert lines(read("a.eml", with_subject(b"RE: " + word)))[0] == "RE: 똠방각하 회의"
    broken = b"=?utf-8?B?" + base64.b64encode(b"\xff\xfe") + b"?="
    assert lines(read("a.eml", with_subject(broken)))[0] == broken.decode()


@pytest.mark.parametrize(("charset", "cte"), [("utf-8", "quoted-printable"), ("euc-kr", "base64"),
                                              ("ks_c_5601-1987", "base64"), ("iso-2022-kr", "7bit"),
                                              ("cp949", "8bit")])
def test_eml_korean_body_is_decoded_with_its_charset_and_transfer_encoding(charset, cte):
    """Regression: a quoted-printable Korean message read as text was refused as having no
    Korean; the body is decoded from its transfer encoding, then with its charset."""
    body = "안녕하세요.\n내일 회의는 오후 3시입니다.\n\n감사합니다."
    data = bytes(mail(body=body, charset=charset, cte=cte))
    assert "안녕".encode(charset) not in data or cte == "8bit"
    assert lines(read("a.eml", data)) == ["회의 일정 안내", "안녕하세요.", "내일 회의는 오후 3시입니다.", "", "감사합니다."]


def test_eml_multipart_alternative_reads_the_plain_text_not_the_html_also_inside_mixed(caplog):
    message = mail(body="평문 본문입니다.", html="<p>HTML 본문입니다.</p>")
    assert lines(read("a.eml", bytes(message))) == ["회의 일정 안내", "평문 본문입니다."]
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="회의록.pdf")
    assert message.get_content_type() == "multipart/mixed"
    assert lines(read("a.eml", bytes(message))) == ["회의 일정 안내", "평문 본문입니다."]


def test_eml_of_html_only_is_read_by_the_html_reader():
    """Outlook's and Gmail's HTML: styles and conditional comments dropped, each block a
    line, a heading marked, a quoted mail (Gmail's blockquote) read as lines."""
    html = ("<html><head><style>p {margin:0}</style><title>회의</title></head><body>"
            "<!--[if gte mso 9]><xml>o:OfficeDocumentSettings</xml><![endif]-->"
            "<h1>회의 안내</h1><p>안녕하세요.<br>내일 회의는 오후 3시입니다.</p>"
            '<div class="gmail_quote"><blockquote><p>시간을 알려 주세요.</p></blockquote></div></body></html>')
    doc = read("a.eml", bytes(mail(body=None, html=html)))
    assert lines(doc) == ["회의 일정 안내", "회의 안내", "안녕하세요.", "내일 회의는 오후 3시입니다.", "시간을 알려 주세요."]
    assert len(doc.headings) == 2


def test_eml_quoted_lines_lose_their_marks_as_the_html_readers_blockquote_does():
    """A reply's quoted mail stays text (the aligner leaves it unpaired or pairs it); the
    plain version's "> " marks come off, so it reads as its HTML version does."""
    plain = ("네, 참석하겠습니다.\n\n2024년 5월 13일 (월) Jane Doe 님이 작성:\n> 내일 회의에 오시나요?\n>\n> > 장소는 3층입니다.\n\n"
             "-----원본 메시지-----\n보낸 사람: Jane\n제목: 회의")
    html = ("<p>네, 참석하겠습니다.</p><p>2024년 5월 13일 (월) Jane Doe 님이 작성:</p><blockquote><p>내일 회의에 오시나요?</p>"
            "<blockquote><p>장소는 3층입니다.</p></blockquote></blockquote>"
            "<p>-----원본 메시지-----<br>보낸 사람: Jane<br>제목: 회의</p>")
    from_plain = lines(read("a.eml", bytes(mail(body=plain))))
    assert [line for line in from_plain if line] == lines(read("a.eml", bytes(mail(body=None, html=html))))
    assert "> " not in "".join(from_plain) and "장소는 3층입니다." in from_plain


def test_eml_format_flowed_lines_are_joined():
    body = "내일 회의는 오후 3시에 \n시작합니다.\n> 확인 \n> 부탁드립니다.\n-- \n김민수"
    assert lines(read("a.eml", bytes(mail(body=body, format="flowed")))) == [
        "회의 일정 안내", "내일 회의는 오후 3시에 시작합니다.", "확인 부탁드립니다.", "-- ", "김민수"]


def test_eml_attachments_are_skipped_with_a_warning_and_a_forwarded_mail_is_read_after_the_body(caplog, monkeypatch):
    import logging

    message = mail()
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="보고서.pdf")
    message.add_attachment("메모입니다.", filename="notes.txt")  # a text file attached: not the body
    forwarded = mail(subject="FW: 예산안", body="예산안을 보내 드립니다.")
    forwarded.add_attachment(b"PK\x03\x04", maintype="application", subtype="zip", filename="예산.zip")
    message.add_attachment(forwarded)
    package = logging.getLogger("aligner")  # a CLI run in this process gives it its own handler
    monkeypatch.setattr(package, "handlers", [caplog.handler])
    monkeypatch.setattr(package, "propagate", False)
    caplog.set_level(logging.WARNING, logger="aligner")
    doc = read("a.eml", bytes(message))
    assert lines(doc) == ["회의 일정 안내", "안녕하세요. 내일 회의는 오후 3시입니다.", "FW: 예산안", "예산안을 보내 드립니다."]
    assert doc.metadata["forwarded_messages"] == 1 and doc.metadata["attachments_not_read"] == 3
    assert [r.getMessage() for r in caplog.records] == ["a.eml: 3 attachments are not read (보고서.pdf, notes.txt, 예산.zip)"]


def test_eml_body_declared_in_a_charset_its_bytes_are_not_but_utf8_is_read_as_utf8(caplog, monkeypatch):
    import logging

    package = logging.getLogger("aligner")  # a CLI run in this process gives it its own handler
    monkeypatch.setattr(package, "handlers", [caplog.handler])
    monkeypatch.setattr(package, "propagate", False)
    caplog.set_level(logging.WARNING, logger="aligner")
    data = bytes(mail(body="한국어 본문입니다.", cte="base64")).replace(b'charset="utf-8"', b'charset="us-ascii"')
    assert lines(read("a.eml", data)) == ["회의 일정 안내", "한국어 본문입니다."]
    assert "declares charset=us-ascii" in caplog.text and "read as UTF-8" in caplog.text


_MSG = ("__properties_version1.0", "__substg1.0_0037001F", "__nameid_version1.0")


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.msg", lambda: _ole_file(*_MSG), r"^a\.msg: this is an Outlook message \(\.msg\), which is not read; save the "
                                        r"message as \.eml .*Text Only \(\.txt\)$"),
    ("mail.txt", lambda: _ole_file(*_MSG), r"^mail\.txt: this is an Outlook message \(\.msg\), which is not read"),
    ("a.msg", lambda: bytes(mail()), r"^a\.msg: the name says an Outlook message \(\.msg\), but the content is text"),
    ("a.eml", lambda: "회의록\n\n내일 회의는 오후 3시입니다.\n".encode(),
     r"^a\.eml: this is not an e-mail message \(no From, Subject or Date header\)"),
    ("a.eml", lambda: b"Note: this is a memo\n\nHello.\n", r"^a\.eml: this is not an e-mail message"),
    ("a.eml", lambda: _ole_file("WordDocument"), r"^a\.eml: the name says an e-mail message \(\.eml\), but the content "
                                                 r"is a Word 97-2003 document"),
    ("a.eml", lambda: bytes(mail(body=" ")), r"^a\.eml: the message has no text \(no text/plain or text/html part"),
    ("a.eml", lambda: bytes(mail(body="한국어 본문입니다.", charset="utf-8")).replace("한".encode(), b"\xc7\xd1\xff"),
     r"^a\.eml: the message's text/plain part: not valid utf-8: byte 0x.. at offset 0 \(it declares charset=utf-8; "
     r"pass --encoding"),
    ("a.eml", lambda: bytes(mail(body="본문", charset="euc-kr")).replace(b'charset="euc-kr"', b'charset="x-unknown"'),
     r"^a\.eml: the message's text/plain part: unknown encoding 'x-unknown'"),
])
def test_an_email_that_cannot_be_read_is_a_one_line_input_error(name, data, message, tmp_path, capsys):
    _refused_in_one_line(name, data(), message, tmp_path, capsys)


def test_eml_with_only_an_attachment_is_refused_and_input_format_reads_any_name():
    message = mail(body=None, html=None)
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="보고서.pdf")
    with pytest.raises(InputError, match=r"^a\.eml: the message has no text"):
        read("a.eml", bytes(message))
    assert lines(read("saved.txt", bytes(mail()), fmt="eml"))[0] == "회의 일정 안내"


def test_a_korean_and_an_english_email_align(tmp_path, use_encoder):
    """Outlook's Korean mail (quoted-printable, HTML beside the plain text, a logo attached)
    and its English translation from Gmail (base64): the subjects pair, then the body."""
    ko = mail(subject="대중교통 요금 인상 안내", body="\n".join(k for k, _ in _SHEET_PAIRS), cte="quoted-printable",
              html="".join(f"<p>{k}</p>" for k, _ in _SHEET_PAIRS))
    ko.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="logo.png")
    en = mail(subject="Notice of public transport fare increase", body="\n".join(e for _, e in _SHEET_PAIRS),
              cte="base64")
    (tmp_path / "요금.eml").write_bytes(bytes(ko))
    (tmp_path / "fares.eml").write_bytes(bytes(en))
    out = tmp_path / "out.tsv"
    assert main(["align", str(tmp_path / "요금.eml"), str(tmp_path / "fares.eml"), "-o", str(out)]) == 0
    assert _pairs_in(out) == [["대중교통 요금 인상 안내", "Notice of public transport fare increase"], *_ALIGNED]
