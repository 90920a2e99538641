"""The certificates set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict (scored by ``score.py``, ``hr/score.py``'s scorer): ``items``, each
gold unit as its fair readings (lists of (ko, en) pairs: a table row whole, or its cells;
see below); ``debatable``, pairs that may be made or not (figures-only
cells, a repeated header row, a registration number the same on both sides); ``unpaired``,
texts one side only (page footers, the online-issue notice, the translator's notes, the
translator's certification and the notary's block), to be left unpaired; ``never_paired``,
the PDF's watermark and page-footer strings, which no wrong pair may hold. The entries are
read by ``finance/make.py``'s ``lines`` (the same entry format).

The layouts, each the Korean file then the English one but the bilingual files:
``family_pdf``, the family relation certificate as the Korean form prints it (an A4 PDF by
reportlab, its header and members ruled six-column tables, a grey diagonal watermark
"정부24 인터넷발급", the page footer with the issue number drawn at the page's foot) against
the agency's English Word file (its rows in real "Table Grid" tables, headings in Heading
styles); ``family_pdfs``, both as PDFs (the agency's letterhead line at the English page's
foot); ``family_txt``, both copied as text (rows tab-separated); ``basic_hwpx``, the basic
certificate as a Hangul .hwpx file against the English Word file; ``basic_txt``, both as text;
``employment_bi_ko`` / ``employment_bi_en``, the certificate of employment as one file, each
line's Korean then its English (no blank lines), or the English first with a blank line
between entries; ``employment_docx``, the same certificate as a form in Word (two
label–value pairs a row, the Korean labels letter-spaced "성    명", "회 사 명");
``transcript_xlsx``, the transcript as two Excel books (titles and the student rows' values
merged, courses in four columns); ``transcript_csv``, the same as two CSV sheets as Excel
exports them (short rows padded with empty fields, a UTF-8 BOM);
``transcript_pdf``, the Korean as the registrar prints it (a PDF, the semesters in two
columns side by side, each under its own header row) against the English Word file;
``diploma_txt``, the diploma as two text files, the English followed by the translator's
certification and the notary's block; ``balance_docx``, the balance certificate as two Word
files.

A row's fair readings: the row whole, or its cells whose Korean holds words (Hangul or
Hanja) cell by cell; a cell of figures or codes only (a masked ID number, "A+" / "A+",
"A0" / "A", "KRW") may pair or not. (Decided after the first run, the code unchanged: the
first gold required every cell with letters, grades and currency codes too; see the
report of helperC51.)
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile

from civic.make import hwpx_bytes
from finance.make import _groups, lines
from finance.make import bilingual as finance_bilingual
from finance.make import two_txt as finance_two_txt
from layout import Layout, pdf_fonts

from .gold import (
    BALANCE,
    BASIC,
    DIPLOMA,
    EMPLOYMENT,
    EMPLOYMENT_FORM,
    FAMILY,
    TRANSCRIPT,
    D,
)

WATERMARK = "정부24 인터넷발급"


def _gold() -> dict:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {"ko": [], "en": []}}


WORD = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff]")  # Hangul syllables or Hanja: a cell with words to translate


def _sides(doc: list) -> tuple[dict, list, list]:
    """The gold and each side's lines (``finance/make.py``'s ``lines``), but a row's cells
    reading: only its cells whose Korean holds words (Hangul or Hanja) are required; a code
    cell ("A+" / "A+", "A0" / "A", "KRW" / "KRW"), like a figures-only one, may pair or not."""
    gold = _gold()
    ko, en = [], []
    for entry in doc:
        k, e = lines([entry], gold)
        ko += k
        en += e
        if entry[0] == "ROW" and entry[-1] != D:
            whole, cells = gold["items"][-1]
            gold["items"][-1] = [whole, [c for c in cells if WORD.search(c[0])]]
            gold["debatable"] += [c for c in cells if not WORD.search(c[0])]
    return gold, ko, en


def two_txt(name: str, doc: list) -> Layout:
    """``finance/make.py``'s two text files (rows tab-separated), with this set's gold."""
    return Layout(name, finance_two_txt(name, doc).files, _sides(doc)[0])


def bilingual(name: str, doc: list, ko_first: bool, blank: bool) -> Layout:
    """``finance/make.py``'s bilingual file, with this set's gold."""
    return Layout(name, finance_bilingual(name, doc, ko_first, blank).files, _sides(doc)[0])


# ---------------------------------------------------------------- Word

def _docx(side: list, title: str) -> bytes:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = python_docx.Document()
    document.core_properties.title = title
    for tag, text in _groups(side):
        if tag == "table":
            width = max(len(r) for r in text)
            table = document.add_table(rows=len(text), cols=width)
            table.style = "Table Grid"
            for r, cells in enumerate(text):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
            document.add_paragraph()
        elif tag in ("h1", "h2"):
            heading = document.add_heading(text, level=int(tag[1]))
            if tag == "h1":
                heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph = document.add_paragraph(text)
            if tag == "seal":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if tag in ("note", "foot"):
                for run in paragraph.runs:
                    run.font.size = Pt(8 if tag == "foot" else 9)
                    run.italic = tag == "note"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- PDF

def _pdf(side: list, lang: str, footer: str = "", watermark: str = "") -> bytes:
    """An A4 form: the title centred, rows as ruled tables, the issuer's line right-aligned;
    ``footer`` drawn at the page's foot and ``watermark`` across the page, grey and turned."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    korean, latin = pdf_fonts("DejaVuSans")
    font = korean if lang == "ko" else latin
    styles = {"h1": ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=12),
              "h2": ParagraphStyle("h", fontName=font, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
              "note": ParagraphStyle("n", fontName=font, fontSize=8, leading=11, spaceAfter=4),
              "seal": ParagraphStyle("s", fontName=font, fontSize=12, leading=16, alignment=TA_RIGHT, spaceBefore=6),
              "p": ParagraphStyle("b", fontName=font, fontSize=10, leading=14, spaceAfter=6)}
    story = []
    for tag, text in _groups(side):
        if tag == "table":
            cols = max(len(r) for r in text)
            six = [50, 78, 82, 92, 32, 40] if lang == "ko" else [72, 90, 82, 98, 52, 81]  # (the form's narrow cells)
            widths = six if cols == 6 else [80, 395] if cols == 2 else [475 / cols] * cols
            cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=11)
            t = Table([[Paragraph(html.escape(v, quote=False), cell) for v in r] for r in text], colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 8)]
        elif tag != "foot":
            # (the English file's Hangul, in a translator's note, set in the Korean font)
            marked = re.sub(r"([\uac00-\ud7a3]+)", rf'<font name="{korean}">\1</font>', html.escape(text, quote=False))
            story.append(Paragraph(marked, styles.get(tag, styles["p"])))

    def page(canvas, doc):
        canvas.saveState()
        if watermark:
            canvas.setFillColor(colors.Color(0.6, 0.6, 0.6, alpha=0.25))
            canvas.setFont(font, 28)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, watermark)
            canvas.rotate(-35)
            canvas.translate(-A4[0] / 2, -A4[1] / 2)
        if footer:
            canvas.setFillColor(colors.black)
            canvas.setFont(font, 7.5)
            canvas.drawString(50, 30, footer)
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=55,
                      title="certificate").build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()


def family_pdf() -> Layout:
    gold, ko, en = _sides(FAMILY)
    footer = next(text for tag, text in ko if tag == "foot")
    gold["never_paired"]["ko"] += [WATERMARK, footer]
    files = {"family.ko.pdf": _pdf(ko, "ko", footer=footer, watermark=WATERMARK),
             "family.en.docx": _docx(en, "Family Relation Certificate")}
    return Layout("family_pdf", files, gold)


def family_pdfs() -> Layout:
    """Both as PDFs: the agency delivers its translation as a PDF too, its letterhead line
    at the page's foot."""
    gold, ko, en = _sides(FAMILY)
    ko_foot = next(text for tag, text in ko if tag == "foot")
    en_foot = next(text for tag, text in en if tag == "foot")
    gold["never_paired"]["ko"] += [WATERMARK, ko_foot]
    files = {"family.ko.pdf": _pdf(ko, "ko", footer=ko_foot, watermark=WATERMARK),
             "family.en.pdf": _pdf(en, "en", footer=en_foot)}
    return Layout("family_pdfs", files, gold)


def _two_column_transcript(side: list) -> bytes:
    """The Korean transcript as the registrar prints it: the student's rows, then the
    semesters in two columns side by side (each column a ruled table under its own header
    row, a semester's line spanning it), then the totals and notes."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    korean, _ = pdf_fonts("DejaVuSans")
    cell = ParagraphStyle("c", fontName=korean, fontSize=8, leading=10)
    styles = {"h1": ParagraphStyle("t", fontName=korean, fontSize=15, leading=21, alignment=TA_CENTER, spaceAfter=6),
              "note": ParagraphStyle("n", fontName=korean, fontSize=7.5, leading=10, spaceAfter=3),
              "seal": ParagraphStyle("s", fontName=korean, fontSize=12, leading=16, alignment=TA_RIGHT, spaceBefore=8),
              "p": ParagraphStyle("b", fontName=korean, fontSize=9.5, leading=13, spaceAfter=5)}
    head = next(i for i, (tag, text) in enumerate(side) if tag == "row" and len(text) == WIDTH)
    end = max(i for i, (tag, text) in enumerate(side) if tag == "row" and len(text) == WIDTH) + 1
    terms = [i for i in range(head, end) if side[i][0] == "h2"]
    columns = [side[terms[0]:terms[-1]], side[terms[-1]:end]]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), korean)])

    def column(lines: list) -> Table:
        rows, spans = [list(side[head][1])], []
        for tag, text in lines:
            if tag == "h2":
                spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                rows.append([text, "", "", ""])
            else:
                rows.append(list(text))
        t = Table([[Paragraph(html.escape(v, quote=False), cell) if v else "" for v in r] for r in rows],
                  colWidths=[48, 112, 28, 28])
        t.setStyle(TableStyle(grid.getCommands() + spans + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
        return t

    story = []
    for tag, text in side[:head]:
        if tag == "row":
            t = Table([[Paragraph(html.escape(v, quote=False), cell) for v in text]], colWidths=[90, 385])
            t.setStyle(grid)
            story.append(t)
        else:
            story.append(Paragraph(html.escape(text, quote=False), styles.get(tag, styles["p"])))
    story.append(Spacer(1, 8))
    outer = Table([[column(c) for c in columns]], colWidths=[237, 237])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [outer, Spacer(1, 8)]
    for tag, text in side[end:]:
        if tag == "row":
            t = Table([[Paragraph(html.escape(v, quote=False), cell) for v in text]], colWidths=[90, 385])
            t.setStyle(grid)
            story.append(t)
        else:
            story.append(Paragraph(html.escape(text, quote=False), styles.get(tag, styles["p"])))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=45, bottomMargin=45,
                      title="성적증명서").build(story)
    return out.getvalue()


# ---------------------------------------------------------------- Hangul

def _hwpx(side: list, title: str) -> bytes:
    """The side as a Hangul .hwpx file (``civic/make.py``'s writer), its tables' column
    count set to their rows' width (that writer writes two)."""
    blocks = []
    for tag, text in _groups(side):
        if tag == "table":
            blocks.append(("table", [tuple(r) for r in text]))
        else:
            blocks.append(("p", text, 2 if tag in ("h1", "h2") else 0))
    data = hwpx_bytes(blocks, title)
    widths = iter(max(len(r) for r in text) for tag, text in _groups(side) if tag == "table")
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "Contents/section0.xml":
                part = re.sub(rb'colCnt="2"', lambda m: b'colCnt="%d"' % next(widths), part)
            target.writestr(info, part, zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def basic_hwpx() -> Layout:
    gold, ko, en = _sides(BASIC)
    return Layout("basic_hwpx", {"basic.ko.hwpx": _hwpx(ko, "기본증명서(상세)"),
                                 "basic.en.docx": _docx(en, "Basic Certificate (Detailed)")}, gold)


# ---------------------------------------------------------------- sheets

WIDTH = 4  # the transcript's columns: 이수구분, 교과목명, 학점, 성적


def _sheet_rows(side: list) -> list[list[str]]:
    """A side's rows as a transcript sheet has them: a line in the first column, a label and
    its value in the first two."""
    return [list(text) if tag == "row" else [text] for tag, text in side]


def _xlsx(side: list, title: str) -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for n, row in enumerate(_sheet_rows(side), start=1):
        sheet.append(row)
        if len(row) == 1:
            sheet.merge_cells(start_row=n, start_column=1, end_row=n, end_column=WIDTH)
            if n <= 2:
                sheet.cell(n, 1).font = Font(bold=True, size=14)
                sheet.cell(n, 1).alignment = Alignment(horizontal="center")
        elif len(row) == 2:
            sheet.merge_cells(start_row=n, start_column=2, end_row=n, end_column=WIDTH)
    for column, width in zip("ABCD", (18, 40, 8, 8)):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv(side: list) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in _sheet_rows(side):
        writer.writerow(row + [""] * (WIDTH - len(row)))
    return "\ufeff" + out.getvalue()


def transcript_xlsx() -> Layout:
    gold, ko, en = _sides(TRANSCRIPT)
    return Layout("transcript_xlsx", {"transcript.ko.xlsx": _xlsx(ko, "성적증명서"),
                                      "transcript.en.xlsx": _xlsx(en, "Transcript")}, gold)


def transcript_csv() -> Layout:
    gold, ko, en = _sides(TRANSCRIPT)
    return Layout("transcript_csv", {"transcript.ko.csv": _csv(ko), "transcript.en.csv": _csv(en)}, gold)


def transcript_pdf() -> Layout:
    gold, ko, en = _sides(TRANSCRIPT)
    return Layout("transcript_pdf", {"transcript.ko.pdf": _two_column_transcript(ko),
                                     "transcript.en.docx": _docx(en, "Official Transcript")}, gold)


def employment_docx() -> Layout:
    gold, ko, en = _sides(EMPLOYMENT_FORM)
    return Layout("employment_docx", {"employment.ko.docx": _docx(ko, "재직증명서"),
                                      "employment.en.docx": _docx(en, "Certificate of Employment")}, gold)


def balance_docx() -> Layout:
    gold, ko, en = _sides(BALANCE)
    return Layout("balance_docx", {"balance.ko.docx": _docx(ko, "예금잔액증명서"),
                                   "balance.en.docx": _docx(en, "Certificate of Deposit Balance")}, gold)


def layouts() -> list[Layout]:
    """The set's thirteen layouts."""
    return [family_pdf(),
            family_pdfs(),
            two_txt("family_txt", FAMILY),
            basic_hwpx(),
            two_txt("basic_txt", BASIC),
            bilingual("employment_bi_ko", EMPLOYMENT, ko_first=True, blank=False),
            bilingual("employment_bi_en", EMPLOYMENT, ko_first=False, blank=True),
            employment_docx(),
            transcript_xlsx(),
            transcript_csv(),
            transcript_pdf(),
            two_txt("diploma_txt", DIPLOMA),
            balance_docx()]
