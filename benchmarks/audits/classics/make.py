"""The classics set's layouts and their gold (``gold.py``'s works).

A layout's gold is by *position* (a verse repeated word for word, "The Master said," many
times): ``{"lines": [(file, side, text, bead), …], "beads": [(kind, ko line numbers, en line
numbers, attach), …], "furniture": [regex, …]}``. A gold *line* is one segment of the
text: a line of verse, a sentence of a paragraph, a table cell; the segments are listed in
the order the files hold them (``file``: 0, or 1 for the English file of two) and the
scorer finds each in the text the aligner's reader extracts (white space free), so each
occurrence has its own span. ``attach``: for an ``H`` bead (a Hanja line), the beads whose
pair may take it in. ``furniture``: page heads and numbers a PDF prints on every page,
which the reader may drop or keep.

The layouts: ``bible_lines``, the scripture as two ``.txt`` files, a verse a line as
"1:3 …", blank lines between paragraphs; ``bible_para``, two files, verses run on in
paragraphs, their numbers superscripts glued to the first word ("¹⁰⁻¹¹이튿날", "¹⁰The");
``bible_bi``, one bilingual file, each verse in Korean then in English; ``classic_tri``,
one file, each saying's Hanja line, Korean line and English line, commentary paragraphs
Korean then English; ``classic_two``, two files (the Hanja lines in the Korean file);
``judgment_txt``, the judgment as two ``.txt`` files; ``judgment_bi``, one file, paragraph
by paragraph, Korean first; ``judgment_docx``, two Word files (the caption a table);
``judgment_pdf``, two PDFs (reportlab; the Korean in the CID font HYSMyeongJo-Medium; a
running head and page numbers); ``poems_bi``, one file, each stanza in Korean, then in
English; ``poems_preseg``, two files, a line a line, read ``--presegmented``.
"""

from __future__ import annotations

import io
import re

from layout import Layout, pdf_fonts

from .gold import CLASSIC, JUDGMENT, POEMS, SCRIPTURE

SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def segs(side) -> list[str]:
    return [side] if isinstance(side, str) else list(side)


def sides(item) -> tuple[list[str], list[str]]:
    kind = item[0]
    if kind in "KH":
        return segs(item[1]), []
    if kind == "E":
        return [], segs(item[1])
    return segs(item[1]), segs(item[2])


def scripture(numbers: str, para_as: str = "para") -> list:
    """The scripture's blocks with its verses numbered: ``"colon"`` ("1:3 …") or ``"sup"``
    ("³…")."""
    out = []
    for style, ch, items in SCRIPTURE:
        new = []
        for it in items:
            if it[0] != "V":
                new.append(it)
                continue

            def num(n, text):
                return f"{ch}:{n} {text}" if numbers == "colon" else f"{str(n).translate(SUP)}{text}"
            ko = tuple(num(n, t) for n, t in it[1])
            en = tuple(num(n, t) for n, t in it[2])
            new.append(("P", ko if len(ko) > 1 else ko[0], en if len(en) > 1 else en[0]))
        out.append((para_as if style == "para" else style, new))
    return out


class Builder:
    """Files written segment by segment, each recorded with its side and bead."""

    def __init__(self, blocks, n_files: int):
        self.blocks = blocks
        self.items = [it for _, items in blocks for it in items]
        self.out = [[""] for _ in range(n_files)]  # each file's lines, the last one open
        self.lines = []  # (file, side, text, bead)
        self.ko, self.en = {}, {}

    def put(self, f: int, side: str, text: str, bead: int, sep: str = "") -> None:
        if not text:
            return
        cur = self.out[f][-1]
        self.out[f][-1] = cur + (sep if cur else "") + text
        (self.ko if side == "ko" else self.en).setdefault(bead, []).append(len(self.lines))
        self.lines.append((f, side, text, bead))

    def newline(self, f: int) -> None:
        if self.out[f][-1]:
            self.out[f].append("")

    def blank(self, f: int) -> None:
        self.newline(f)
        if len(self.out[f]) > 1 and self.out[f][-2] != "":
            self.out[f].append("")

    def gold(self) -> dict:
        beads, b = [], 0
        block_beads = []
        for _, items in self.blocks:
            block_beads.append(list(range(b, b + len(items))))
            b += len(items)
        attach = {}
        for k, beads_here in enumerate(block_beads):
            near = beads_here + (block_beads[k + 1] if k + 1 < len(block_beads) else [])
            for n in beads_here:
                if self.items[n][0] == "H":
                    attach[n] = [m for m in near if self.items[m][0] == "P"]
        for n, it in enumerate(self.items):
            beads.append((it[0], self.ko.get(n, []), self.en.get(n, []), attach.get(n, [])))
        return {"lines": self.lines, "beads": beads, "furniture": []}

    def texts(self) -> list[str]:
        return ["\n".join(lines).strip("\n") + "\n" for lines in self.out]


def numbered(blocks):
    """(style, [(bead, item), …]) for each block."""
    b = 0
    for style, items in blocks:
        yield style, list(enumerate(items, b))
        b += len(items)


def two_files(blocks, blank: bool = True) -> Builder:
    b = Builder(blocks, 2)
    for style, items in numbered(blocks):
        for bead, it in items:
            ko, en = sides(it)
            for f, side, texts in ((0, "ko", ko), (1, "en", en)):
                if style == "table":
                    for k, text in enumerate(texts):
                        b.put(f, side, text, bead, sep="    " if k else "")
                    if texts and not texts[0] and texts[1:]:  # an empty label: the value indented
                        b.out[f][-1] = " " * 12 + b.out[f][-1]
                    b.newline(f)
                    continue
                for text in texts:
                    b.put(f, side, text, bead, sep=" ")
                    if style != "para":
                        b.newline(f)
        for f in (0, 1):
            b.newline(f)
            if blank:
                b.blank(f)
    return b


def bilingual(blocks, ko_first: bool = True) -> Builder:
    b = Builder(blocks, 1)
    order = ("ko", "en") if ko_first else ("en", "ko")
    for style, items in numbered(blocks):
        if style == "para":
            for side in order:
                for bead, it in items:
                    for text in sides(it)[side == "en"]:
                        b.put(0, side, text, bead, sep=" ")
                b.newline(0)
        elif style == "stanza":
            for side in order:
                for bead, it in items:
                    for text in sides(it)[side == "en"]:
                        b.put(0, side, text, bead)
                        b.newline(0)
                b.blank(0)
        else:
            for bead, it in items:
                for side in order:
                    texts = sides(it)[side == "en"]
                    for k, text in enumerate(texts):
                        b.put(0, side, text, bead, sep="    " if style == "table" and k else "")
                        if style != "table":
                            b.newline(0)
                    b.newline(0)
        b.blank(0)
    return b


# ------------------------------------------------------------------ Word and PDF files

def _centered(style: str, text: str) -> bool:
    return style == "lines" and not text[:1].isdigit() and not text[:2] in ("가.", "나.", "다.") \
        and not text[:1] in "ABC" and not text.startswith(("재판장", "판사", "Presiding", "Judge", "※", "This is")) \
        or text in ("A. Status of the Parties",)


def judgment_docx(lang: str) -> bytes:
    """The judgment as a Word file: centred headings, the caption a borderless table of two
    columns, the running head in the page header (which the reader does not read)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    k = lang == "en"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "서울중앙지방법원 2024가합12345" if not k else "Seoul Central District Court 2024Gahap12345"
    doc.sections[0].footer.paragraphs[0].text = "- 1 -"
    for style, items in JUDGMENT:
        if style == "table":
            table = doc.add_table(rows=0, cols=2)
            for it in items:
                row = table.add_row().cells
                label, value = sides(it)[k]
                row[0].text, row[1].text = label, value
            continue
        if style == "para":
            texts = [t for it in items for t in sides(it)[k]]
            if texts:
                p = doc.add_paragraph(" ".join(texts))
                p.paragraph_format.first_line_indent = Pt(10)
            continue
        for it in items:
            for text in sides(it)[k]:
                p = doc.add_paragraph()
                run = p.add_run(text)
                if _centered(style, text):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run.bold = True
                    run.font.size = Pt(14 if text in ("판 결", "JUDGMENT") else 12)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


RUNNING_HEAD = {"ko": "서울중앙지방법원 2024가합12345 판결", "en": "Seoul Central District Court, Case No. 2024Gahap12345"}


def judgment_pdf(lang: str) -> bytes:
    """The judgment as a PDF: A5 pages so that it runs over several, a running head at the
    top of each and "- n -" at the foot, the caption a table, paragraphs justified."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    korean, latin = pdf_fonts("DejaVuSerif")
    font = korean if lang == "ko" else latin
    k = lang == "en"
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=17, alignment=TA_JUSTIFY, firstLineIndent=10,
                          spaceAfter=4)
    left = ParagraphStyle("l", fontName=font, fontSize=10, leading=16, spaceBefore=4)
    center = ParagraphStyle("c", fontName=font, fontSize=12, leading=20, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
    cell = ParagraphStyle("t", fontName=font, fontSize=10, leading=14)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    story = []
    for style, items in JUDGMENT:
        if style == "table":
            rows = [[Paragraph(esc(t), cell) for t in sides(it)[k]] for it in items]
            story.append(Table(rows, colWidths=[90, 240], hAlign="LEFT"))
            story.append(Spacer(1, 8))
            continue
        if style == "para":
            texts = [t for it in items for t in sides(it)[k]]
            if texts:
                story.append(Paragraph(esc(" ".join(texts)), body))
            continue
        for it in items:
            for text in sides(it)[k]:
                story.append(Paragraph(esc(text), center if _centered(style, text) else left))

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(40, A5[1] - 30, RUNNING_HEAD[lang])
        canvas.drawCentredString(A5[0] / 2, 25, f"- {doc.page} -")
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A5, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=45) \
        .build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()


def layout(name, builder: Builder, files, presegmented=False, furniture=()) -> Layout:
    """A layout of text files, or of the Word or PDF files ``files`` gives as bytes, whose
    text is the builder's (the gold's segments in the same order)."""
    g = builder.gold()
    g["furniture"] = list(furniture)
    texts = builder.texts()
    contents = files if isinstance(files, dict) else dict(zip(files, texts))
    return Layout(name, contents, g, presegmented)


def layouts() -> list[Layout]:
    two = ("ko.txt", "en.txt")
    heads = [r"-\s*\d+\s*-"] + [r"\s*".join(map(re.escape, h.replace(" ", ""))) for h in RUNNING_HEAD.values()]
    return [
        layout("bible_lines", two_files(scripture("colon", para_as="lines")), two),
        layout("bible_para", two_files(scripture("sup")), two),
        layout("bible_bi", bilingual(scripture("colon", para_as="lines")), ("bible.txt",)),
        layout("classic_tri", bilingual(CLASSIC), ("saam.txt",)),
        layout("classic_two", two_files(CLASSIC), two),
        layout("judgment_txt", two_files(JUDGMENT), two),
        layout("judgment_bi", bilingual(JUDGMENT), ("judgment.txt",)),
        layout("judgment_docx", two_files(JUDGMENT), {"ko.docx": judgment_docx("ko"), "en.docx": judgment_docx("en")}),
        layout("judgment_pdf", two_files(JUDGMENT), {"ko.pdf": judgment_pdf("ko"), "en.pdf": judgment_pdf("en")},
               furniture=heads),
        layout("poems_bi", bilingual(POEMS), ("poems.txt",)),
        layout("poems_preseg", two_files(POEMS), two, presegmented=True),
    ]
