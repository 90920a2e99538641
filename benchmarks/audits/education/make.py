"""The education set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it: a label–value line whole or its label
and value apart, a table row whole or its cells, a line of choices whole or choice by
choice); ``debatable``, pairs that may be made or not; ``unpaired``, texts no pair may hold
(lines and sentences one side only); ``never_paired``, a web page's chrome no wrong pair may
hold, per language (see ``score.py``).

The layouts: ``textbook_txt``, the unit and its teacher's guide as two text files;
``textbook_line``, the student's page with the Korean gloss after each English line in
parentheses ("A: Do you need a hand? (좀 도와줄까?)", the Korean without the speaker label or the
item's number),
the vocabulary "sort — 분류하다, 정리하다" (gold: the gloss with the headword);
``syllabus_docx``, the syllabus as two Word files (headings, the course information and
the two tables as Word tables, bullets in List Bullet); ``syllabus_txt``, the same as two
text files ("학점: 3학점 …", table rows "a | b | c"); ``slides_pptx``, the lecture as two
PowerPoint decks (title slide, bullets, a table, speaker notes); ``exam_pdf``, the exam as
two PDFs made with reportlab (the Korean in the CID font HYSMyeongJo-Medium, the English in DejaVu Sans, which has ① and ※);
``exam_bi_ko`` and ``exam_bi_en``, the exam as one bilingual file, each line's Korean then
its English (or the English first), a blank line between; ``newsletter_html``, the letter
as two pages of a school's web site (menu, breadcrumbs, post information, attachment,
list buttons, footer); ``newsletter_txt``, the letter as two text files.
"""

from __future__ import annotations

import html
import io
import re

from layout import Layout, pdf_fonts

from .gold import D, EXAM, NEWSLETTER, SLIDES, SYLLABUS, TEXTBOOK

SPEAKER = re.compile(r"^(?:[A-Z]|[A-Z][a-z]+|Ms\. [A-Z][a-z]+|[가-힣]+(?: 선생님)?): ")
ITEM = re.compile(r"^(?:\d+|[A-Z])\. ")


def _gold() -> dict[str, list]:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {}}


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _one(gold: dict, k: str, e: str, flag=None) -> None:
    """One pair: gold, or debatable (flagged, the same on both sides, or no letters)."""
    if not (k and e):
        gold["unpaired"].append(k or e)
    elif flag == D or k == e or not (_letters(k) and _letters(e)):
        gold["debatable"].append((k, e))
    else:
        gold["items"].append([[(k, e)]])


def _cells_apart(gold: dict, ko: list[str], en: list[str]) -> list[tuple[str, str]]:
    """A row's cell pairs that are gold (the others debatable, or none: empty cells)."""
    apart = []
    for k, e in zip(ko, en):
        if not (k or e):
            continue
        if k == e or not (_letters(k) and _letters(e)):
            gold["debatable"].append((k, e))
        else:
            apart.append((k, e))
    return apart


def _vocab(entry) -> tuple[str, str, str, str]:
    _, hw, gloss, definition, *en_hw = entry
    return hw, gloss, definition, (en_hw[0] if en_hw else hw)


def lines(doc: list, gold: dict, table: str = " | ") -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The Korean and the English lines of a text layout as (tag, text), its gold added."""
    ko, en = [], []
    for entry in doc:
        kind = entry[0]
        if kind == "P":
            units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
            for k, e, *flag in units:
                _one(gold, k, e, flag[0] if flag else None)
            k = " ".join(u[0] for u in units if u[0])
            e = " ".join(u[1] for u in units if u[1])
            ko += [(tag, k)] if k else []
            en += [(tag, e)] if e else []
        elif kind == "G":
            tag = entry[2] if len(entry) > 2 else "p"
            k, e = (" ".join(u[i] for u in entry[1]) for i in (0, 1))
            gold["items"].append([[(k, e)], _cells_apart(gold, *zip(*entry[1]))])
            ko.append((tag, k))
            en.append((tag, e))
        elif kind in ("K", "E"):
            tag = entry[2] if len(entry) > 2 else "p"
            (ko if kind == "K" else en).append((tag, entry[1]))
            gold["unpaired"].append(entry[1])
        elif kind == "L":
            _, lk, vk, le, ve = entry
            k, e = f"{lk}: {vk}", f"{le}: {ve}"
            ko.append(("p", k))
            en.append(("p", e))
            apart = [(lk, le)]
            if vk == ve or not _letters(vk):
                gold["debatable"].append((vk, ve))
            else:
                apart.append((vk, ve))
            gold["items"].append([[(k, e)], apart])
        elif kind == "R":
            k, e = table.join(entry[1]), table.join(entry[2])
            ko.append(("p", k))
            en.append(("p", e))
            apart = _cells_apart(gold, entry[1], entry[2])
            gold["items"].append([[(k, e)], apart] if apart else [[(k, e)]])
        elif kind == "V":
            hw, gloss, definition, en_hw = _vocab(entry)
            k, e = f"{hw} — {gloss}", f"{en_hw} — {definition}"
            ko.append(("li", k))
            en.append(("li", e))
            gold["items"].append([[(k, e)]])
    return ko, en


def _txt(side: list[tuple[str, str]], blank: bool = False) -> str:
    return ("\n\n" if blank else "\n").join(text for _, text in side) + "\n"


def two_txt(name: str, doc: list, blank: bool = False) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    return Layout(name, {f"{name}.ko.txt": _txt(ko, blank), f"{name}.en.txt": _txt(en, blank)}, gold)


# ---------------------------------------------------------------- the textbook page, gloss on the line

def textbook_line() -> Layout:
    """Each English line with its Korean gloss after it in parentheses, the Korean without
    the speaker label; a vocabulary line "headword — gloss"; a line one side only alone
    (the page numbers once)."""
    gold = _gold()
    out, last = [], None
    for entry in TEXTBOOK:
        kind = entry[0]
        if kind == "P":
            # the gloss without the speaker label or the item's number ("1.", "A."), which the English shows
            units = [(ITEM.sub("", SPEAKER.sub("", k)) if i == 0 else k, e, *f) for i, (k, e, *f) in enumerate(entry[1])]
            before = len(gold["items"])
            for k, e, *flag in units:
                _one(gold, k, e, flag[0] if flag else None)
            k = " ".join(u[0] for u in units if u[0])
            e = " ".join(u[1] for u in units if u[1])
            if k == e:
                out.append(e)
            else:
                out.append(f"{e} ({k})")
                if len(units) > 1:  # the line whole is as fair as its sentences
                    pieces = [pair for reading in gold["items"][before:] for pair in reading[0]]
                    gold["items"][before:] = [[[(k, e)], pieces]]
        elif kind == "G":
            pieces = [(SPEAKER.sub("", k) if i == 0 else k, e) for i, (k, e) in enumerate(entry[1])]
            k, e = (" ".join(u[i] for u in pieces) for i in (0, 1))
            out.append(f"{e} ({k})")
            gold["items"].append([[(k, e)], _cells_apart(gold, *zip(*pieces))])
        elif kind in ("K", "E"):
            if entry[1] != last:
                out.append(entry[1])
                gold["unpaired"].append(entry[1])
        elif kind == "V":
            hw, gloss, _, _ = _vocab(entry)
            out.append(f"{hw} — {gloss}")
            readings = [[(gloss, hw)]]
            if any("가" <= c <= "힣" for c in hw):  # "used to + 동사원형": its Korean may go with the gloss
                latin = hw.split(" + ")[0] + " +"
                readings.append([(hw.split(" + ")[1] + " — " + gloss, latin)])
            gold["items"].append(readings)
        last = entry[1] if kind in ("K", "E") else None
    return Layout("textbook_line", {"textbook_line.txt": "\n".join(out) + "\n"}, gold)


# ---------------------------------------------------------------- the exam as one bilingual file

def exam_bilingual(name: str, ko_first: bool) -> Layout:
    """Each line's two sides, a blank line between; a line one side only alone (two the
    same in a row, a page number or an answer line, once)."""
    gold = _gold()
    blocks, last = [], None
    for entry in EXAM:
        ko, en = lines([entry], gold)
        if entry[0] in ("K", "E"):
            if entry[1] == last:
                gold["unpaired"].pop()
                last = None
                continue
            last = entry[1]
        else:
            last = None
        sides = (ko, en) if ko_first else (en, ko)
        blocks.append("\n".join(text for side in sides for _, text in side))
    return Layout(name, {f"{name}.txt": "\n\n".join(blocks) + "\n"}, gold)


# ---------------------------------------------------------------- the syllabus in Word

def syllabus_docx() -> Layout:
    """Headings, paragraphs, bullets (List Bullet); the label–value rows one table of two
    columns, each run of table rows a table. The reader reads each cell a paragraph: a
    label and its value, a row's cells, are units apart."""
    import docx as python_docx

    gold = _gold()
    files = {}
    for lang in ("ko", "en"):
        en = lang == "en"
        document = python_docx.Document()
        table, kind_of_table = None, None
        for entry in SYLLABUS:
            kind = entry[0]
            if kind in ("L", "R"):
                cells = [entry[3], entry[4]] if kind == "L" and en else [entry[1], entry[2]] if kind == "L" \
                    else entry[2] if en else entry[1]
                if table is None or kind_of_table != kind:
                    table = document.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                    kind_of_table = kind
                row = table.add_row().cells
                for cell, text in zip(row, cells):
                    cell.text = text
                if not en:
                    if kind == "L":
                        _, lk, vk, le, ve = entry
                        _one(gold, lk, le)
                        _one(gold, vk, ve)
                    else:
                        for pair in _cells_apart(gold, entry[1], entry[2]):
                            gold["items"].append([[pair]])
                continue
            table = None
            if kind == "P":
                units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
                text = " ".join(u[en] for u in units if u[en])
                if tag in ("h1", "h2"):
                    document.add_heading(text, level=1 if tag == "h1" else 2)
                else:
                    document.add_paragraph(text, style="List Bullet" if tag == "li" else None)
                if not en:
                    for k, e, *flag in units:
                        _one(gold, k, e, flag[0] if flag else None)
            elif kind in ("K", "E") and (kind == "E") == en:
                document.add_paragraph(entry[1])
                gold["unpaired"].append(entry[1])
        out = io.BytesIO()
        document.save(out)
        files[f"syllabus.{lang}.docx"] = out.getvalue()
    return Layout("syllabus_docx", files, gold)


# ---------------------------------------------------------------- the slides in PowerPoint

def slides_pptx() -> Layout:
    """Each slide: a title, a subtitle or bullets in the body placeholder, or a table; its
    speaker notes. The reader reads the slides' text, then each slide's notes; a table a
    cell a line (cells units apart)."""
    from pptx import Presentation
    from pptx.util import Inches

    gold = _gold()
    decks = [[]]
    for entry in SLIDES:
        if entry[0] == "SLIDE":
            decks.append([])
        else:
            decks[-1].append(entry)
    slides = [s for s in decks if s]
    files = {}
    for lang in ("ko", "en"):
        en = lang == "en"
        prs = Presentation()
        for number, entries in enumerate(slides):
            rows = [e for e in entries if e[0] == "R"]
            has_li = any(len(e) > 2 and e[2] == "li" for e in entries if e[0] == "P")
            layout = prs.slide_layouts[5 if rows else 1 if has_li else 0]
            slide = prs.slides.add_slide(layout)
            body = None
            if not rows:
                body = slide.placeholders[1].text_frame
                body.text = ""
            first_body = True
            notes = []
            for entry in entries:
                kind = entry[0]
                tag = entry[2] if len(entry) > 2 and kind != "R" else "p"
                if kind == "P":
                    text = " ".join(u[en] for u in entry[1] if u[en])
                    if not en:
                        for k, e, *flag in entry[1]:
                            _one(gold, k, e, flag[0] if flag else None)
                elif kind in ("K", "E"):
                    if (kind == "E") != en:
                        continue
                    text = entry[1]
                    gold["unpaired"].append(text)
                else:
                    continue
                if tag == "title":
                    slide.shapes.title.text = text
                elif tag == "note":
                    notes.append(text)
                else:
                    paragraph = body.paragraphs[0] if first_body else body.add_paragraph()
                    paragraph.text = text
                    first_body = False
            if rows:
                cols = len(rows[0][1])
                shape = slide.shapes.add_table(len(rows), cols, Inches(0.6), Inches(1.8), Inches(8.8), Inches(3))
                for r, entry in enumerate(rows):
                    for c, text in enumerate(entry[2] if en else entry[1]):
                        shape.table.cell(r, c).text = text
                    if not en:
                        for pair in _cells_apart(gold, entry[1], entry[2]):
                            gold["items"].append([[pair]])
            if notes:
                slide.notes_slide.notes_text_frame.text = "\n".join(notes)
        out = io.BytesIO()
        prs.save(out)
        files[f"lecture.{lang}.pptx"] = out.getvalue()
    return Layout("slides_pptx", files, gold)


# ---------------------------------------------------------------- the exam as PDF

def exam_pdf() -> Layout:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    korean, latin = pdf_fonts("DejaVuSans")
    gold = _gold()
    ko, en = lines(EXAM, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin  # Sans: it has ① and ※
        body = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=17, spaceAfter=5)
        title = ParagraphStyle("t", fontName=font, fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=6)
        sub = ParagraphStyle("s", fontName=font, fontSize=11.5, leading=18, alignment=TA_CENTER, spaceAfter=12)
        page = ParagraphStyle("n", fontName=font, fontSize=9, leading=14, alignment=TA_CENTER, spaceBefore=10)
        story = []
        for tag, text in side:
            esc = html.escape(text, quote=False)
            if re.fullmatch(r"- \d+ -", text):
                story += [Paragraph(esc, page), PageBreak()]
            else:
                story.append(Paragraph(esc, title if tag == "h1" else sub if tag == "h2" else body))
        if isinstance(story[-1], PageBreak):
            story.pop()
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=64, rightMargin=64).build(story)
        files[f"exam.{lang}.pdf"] = out.getvalue()
    return Layout("exam_pdf", files, gold)


# ---------------------------------------------------------------- the newsletter on the school's site

_SITE = {
    "ko": dict(title="가정통신문 | 한빛초등학교", logo="한빛초등학교",
               menu=["학교소개", "학교소식", "가정통신문", "학사일정", "방과후학교", "열린마당"],
               crumbs=["홈", "학교소식", "가정통신문"],
               meta="작성자 교무부 | 등록일 2027-05-10 | 조회수 412",
               attach="첨부파일: 2027-14_현장체험학습_동의서.hwp (48KB)",
               buttons=["목록", "이전글", "다음글"],
               footer=["(04512) 서울특별시 중구 한빛로 25 한빛초등학교 | 교무실 02-123-4567 | 행정실 02-123-4568",
                       "Copyright © 한빛초등학교. All rights reserved."]),
    "en": dict(title="Letters Home | Hanbit Elementary School", logo="Hanbit Elementary School",
               menu=["About", "News", "Letters Home", "Calendar", "After-School Programs"],
               crumbs=["Home", "News", "Letters Home"],
               meta="Posted by Academic Affairs | May 10, 2027 | 87 views",
               attach="Attachment: 2027-14_Field_Trip_Permission_Form.pdf (112 KB)",
               buttons=["Back to list", "Previous", "Next"],
               footer=["Hanbit Elementary School, 25 Hanbit-ro, Jung-gu, Seoul 04512 | Main office +82-2-123-4567",
                       "Copyright © Hanbit Elementary School. All rights reserved."]),
}


def _page(side: list[tuple[str, str]], site: dict, lang: str) -> str:
    esc = html.escape
    body, open_list = [], False
    for tag, text in side:
        if tag == "li" and not open_list:
            body.append("      <ul>")
            open_list = True
        if tag != "li" and open_list:
            body.append("      </ul>")
            open_list = False
        if tag == "li":
            body.append(f"        <li>{esc(text)}</li>")
        elif tag in ("h1", "h2"):
            body.append(f'      <p style="text-align:center"><b>{esc(text)}</b></p>' if tag == "h2"
                        else f'      <h4 class="view-title">{esc(text)}</h4>')
        elif ": " in text and not text.startswith(("※", "5학년", "Grade")) and "_" not in text:
            label, value = text.split(": ", 1)
            body.append(f"      <p><strong>{esc(label)}</strong>: {esc(value)}</p>")
        else:
            body.append(f"      <p>{esc(text)}</p>")
    if open_list:
        body.append("      </ul>")
    menu = "\n".join(f'      <li><a href="#">{esc(m)}</a></li>' for m in site["menu"])
    crumbs = " &gt; ".join(f'<a href="#">{esc(c)}</a>' for c in site["crumbs"])
    buttons = " ".join(f'<a href="#" class="btn">{esc(b)}</a>' for b in site["buttons"])
    footer = "\n".join(f"    <p>{esc(f)}</p>" for f in site["footer"])
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(site["title"])}</title>
<link rel="stylesheet" href="/css/board.css">
</head>
<body>
<div id="header">
  <h1 class="logo"><a href="/">{esc(site["logo"])}</a></h1>
  <ul class="gnb">
{menu}
  </ul>
</div>
<div id="container">
  <div class="location">{crumbs}</div>
  <div class="board-view">
    <div class="view-info">{esc(site["meta"])}</div>
    <div class="view-file"><a href="#">{esc(site["attach"])}</a></div>
    <div class="view-content">
{content}
    </div>
  </div>
  <div class="board-btns">{buttons}</div>
</div>
<div id="footer">
{footer}
</div>
</body>
</html>
"""


def newsletter_html() -> Layout:
    gold = _gold()
    ko, en = lines(NEWSLETTER, gold)
    sk, se = _SITE["ko"], _SITE["en"]
    gold["never_paired"] = {lang: [s["meta"], s["attach"], *s["menu"], *s["footer"]] for lang, s in _SITE.items()}
    # chrome that translates its counterpart may be paired or not
    gold["debatable"] += [(" ".join(sk["buttons"]), " ".join(se["buttons"])), *zip(sk["buttons"], se["buttons"]),
                          (sk["logo"], se["logo"]), (" > ".join(sk["crumbs"]), " > ".join(se["crumbs"]))]
    return Layout("newsletter_html", {"newsletter.ko.html": _page(ko, sk, "ko"),
                                      "newsletter.en.html": _page(en, se, "en")}, gold)


def layouts() -> list[Layout]:
    """The set's ten layouts: five of text, Word, PowerPoint, PDF, a web page."""
    return [two_txt("textbook_txt", TEXTBOOK),
            textbook_line(),
            syllabus_docx(),
            two_txt("syllabus_txt", SYLLABUS),
            slides_pptx(),
            exam_pdf(),
            exam_bilingual("exam_bi_ko", True),
            exam_bilingual("exam_bi_en", False),
            newsletter_html(),
            two_txt("newsletter_txt", NEWSLETTER)]
