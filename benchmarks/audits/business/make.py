"""The business set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it; a table row whole or its label cells;
a 2-2 bead whole or its sentences); ``debatable`` pairs that may be made or not;
``unpaired`` texts no pair may hold; ``never_paired`` mail headers and other furniture no
wrong pair may hold, per language (see ``score.py``).

The layouts: ``email_txt``, the thread as two text files as copied out of a mail client
(the latest message's From / Sent / To / Cc / Subject lines, a blank line between
paragraphs, the signature's lines and the quoted headers one under another, the Korean
thread's ">" lines); ``email_eml``, the thread as two saved messages (.eml: RFC 5322
headers, a Korean name and subject as RFC 2047 encoded words, a text/plain body in 8bit
UTF-8; no reader of mail, so read as text); ``email_html``, the thread as two Outlook HTML
bodies (each line a ``<p class=MsoNormal>``, the quoted header one paragraph of ``<br>``
lines, the disclaimer in small grey type); ``press_docx``, the press release as two Word
files with the results table; ``press_pdf``, the same as two PDFs (reportlab, the Korean in
the CID font HYSMyeongJo-Medium; the table a reportlab Table); ``minutes_txt``, the minutes
as two text files, action items a line each with their owner and due date;
``actions_xlsx``, the action items as one sheet ``No. | 과제 | Action item | 담당 | Owner |
기한 | Due``; ``profile_bi_ko``, the business card and the profile as one bilingual file,
each line's Korean then its English, a blank line between units; ``profile_bi_en``, the
same English first without blank lines; ``nda_txt``, the NDA as two text files.
"""

from __future__ import annotations

import base64
import html
import io

from layout import Layout, pdf_fonts

from .gold import (
    ACTIONS,
    CARD,
    EMAIL,
    EMAIL_HEAD,
    LOOSE,
    MINUTES,
    NDA,
    PRESS,
    PROFILE,
    TABLE,
    TABLE_CAPTION,
    D,
)


def _gold() -> dict[str, list]:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {"ko": [], "en": []}}


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _action_line(row, lang: str) -> str:
    no, tk, te, ok, oe, dk, de = row
    if lang == "ko":
        return f"{no}. {tk} (담당: {ok}, 기한: {dk})"
    return f"{no}. {te} (Owner: {oe}; due {de})"


def _table_gold(gold: dict) -> None:
    """The results table: a row whole (its cells as one line) or its label cell; a header
    cell and a cell the same on both sides may pair or not."""
    gold["items"].append([[TABLE_CAPTION]])
    for ko, en in TABLE:
        if not ko[0] or not en[0] or ko[0] == "구분":  # the header row: any of it may pair
            gold["debatable"] += [(k, e) for k, e in zip(ko, en) if k and e]
            gold["debatable"].append((" ".join(ko), " ".join(c for c in en if c)))
            continue
        gold["items"].append([[(ko[0], en[0])], [(" ".join(ko), " ".join(en))]])
        gold["debatable"] += [(k, e) for k, e in zip(ko[1:], en[1:]) if k == e or (_letters(k) and _letters(e))]


def entry_lines(entry: tuple, gold: dict, ko: list, en: list, loose: list = ()) -> bool:
    """Add one gold entry of the kinds the business-style sets share to ``gold`` and its
    lines to ``ko`` / ``en`` (as (tag, text)); False where the kind is none of them (the
    caller's own). "P": a line each side, its sentences' pairs (a flag D: debatable); "G": a
    line glued from parts, whole or part by part; "S": lines each a pair, whole or one by
    one (a flag: debatable); "L": a loose pair, debatable; "K" / "E": a line one side only,
    unpaired where it has letters, debatable where ``loose`` pairs it."""
    kind = entry[0]
    if kind == "P":
        units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
        for k, e, *flag in units:
            if not (k and e):
                gold["unpaired"].append(k or e)
            elif flag and flag[0] == D:
                gold["debatable"].append((k, e))
            else:
                gold["items"].append([[(k, e)]])
        k = " ".join(u[0] for u in units if u[0])
        e = " ".join(u[1] for u in units if u[1])
        ko += [(tag, k)] if k else []
        en += [(tag, e)] if e else []
    elif kind == "G":
        tag = entry[2] if len(entry) > 2 else "p"
        k, e = ("".join(u[i] for u in entry[1]).strip() for i in (0, 1))
        gold["items"].append([[(k, e)], [(a.strip(), b.strip()) for a, b in entry[1]]])
        ko.append((tag, k))
        en.append((tag, e))
    elif kind == "S":
        tag = entry[2] if len(entry) > 2 else "p"
        units = entry[1]
        gold["debatable"] += [(k, e) for k, e, *flag in units if flag]
        whole = (" ".join(u[0] for u in units), " ".join(u[1] for u in units))
        gold["items"].append([[(k, e) for k, e, *flag in units if not flag], [whole]])
        ko += [(tag, u[0]) for u in units]
        en += [(tag, u[1]) for u in units]
    elif kind == "L":
        tag = entry[3] if len(entry) > 3 else "p"
        gold["debatable"].append((entry[1], entry[2]))
        ko.append((tag, entry[1]))
        en.append((tag, entry[2]))
    elif kind in ("K", "E"):
        tag = entry[2] if len(entry) > 2 else "p"
        (ko if kind == "K" else en).append((tag, entry[1]))
        paired = [pair for pair in loose if entry[1] in pair]
        if paired and kind == "K":
            gold["debatable"] += paired
        elif _letters(entry[1]) and not paired:
            gold["unpaired"].append(entry[1])
    else:
        return False
    return True


def lines(doc: list, gold: dict) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The Korean and the English lines of a document as (tag, text), its gold added to
    ``gold``. The press release's table and the minutes' action items as text lines."""
    ko, en = [], []
    for entry in doc:
        if entry_lines(entry, gold, ko, en, LOOSE):
            continue
        if entry[0] == "TABLE":
            _table_gold(gold)
            ko.append(("caption", TABLE_CAPTION[0]))
            en.append(("caption", TABLE_CAPTION[1]))
            ko.append(("table", None))
            en.append(("table", None))
        elif entry[0] == "ACTIONS":
            for row in ACTIONS:
                k, e = _action_line(row, "ko"), _action_line(row, "en")
                gold["items"].append([[(k, e)]])
                ko.append(("li", k))
                en.append(("li", e))
    return ko, en


# ---------------------------------------------------------------- text files

_RUN = ("hd", "sig", "quote", "li", "item", "label")  # lines that follow one another without a blank line


def _txt(side: list[tuple[str, str]]) -> str:
    out, last = [], None
    for tag, text in side:
        if out and not ((tag == last and tag in _RUN) or (last == "orig" and tag == "hd")):
            out.append("")
        out.append(text)
        last = tag
    return "\n".join(out) + "\n"


def two_txt(name: str, doc: list, head: list | None = None) -> Layout:
    gold = _gold()
    ko, en = lines((head or []) + doc, gold)
    return Layout(name, {f"{name}.ko.txt": _txt(ko), f"{name}.en.txt": _txt(en)}, gold)


def bilingual(name: str, docs: list[list], ko_first: bool, blank: bool) -> Layout:
    """Each unit's Korean line(s) then its English line(s) (or the English first); a line
    one side only stands alone; a blank line between units, or none."""
    gold = _gold()
    out = []
    for doc in docs:
        for entry in doc:
            ko, en = lines([entry], gold)
            sides = (ko, en) if ko_first else (en, ko)
            out.append("\n".join(text for side in sides for _, text in side))
        out.append("")  # a blank line between the card and the profile either way
    joined = ("\n\n" if blank else "\n").join(b for b in out if b or not blank)
    return Layout(name, {f"{name}.txt": joined.strip("\n") + "\n"}, gold)


# ---------------------------------------------------------------- e-mail as .eml

def _word(text: str) -> str:
    """An RFC 2047 encoded word, as mail clients write a non-ASCII header."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def email_eml() -> Layout:
    gold = _gold()
    ko, en = lines(EMAIL, gold)
    heads = {
        "ko": [f"From: {_word('이수민')} <sm.lee@daewontech.co.kr>",
               f"To: {_word('김태호')} <th.kim@hanbitdisplay.com>",
               f"Cc: {_word('오지영')} <jy.oh@daewontech.co.kr>",
               f"Subject: {_word('RE: 11월 납품 일정 변경 요청')}"],
        "en": ["From: Su-min Lee <sm.lee@daewontech.co.kr>",
               "To: Tae-ho Kim <th.kim@hanbitdisplay.com>",
               "Cc: Ji-young Oh <jy.oh@daewontech.co.kr>",
               "Subject: RE: Request to change the November delivery schedule"],
    }
    common = ["Date: Thu, 12 Nov 2026 15:42:08 +0900",
              "Message-ID: <{}.20261112154208@daewontech.co.kr>",
              "In-Reply-To: <7f3a91c2.20261111101502@hanbitdisplay.com>",
              "MIME-Version: 1.0",
              'Content-Type: text/plain; charset="utf-8"',
              "Content-Transfer-Encoding: 8bit",
              "X-Mailer: Microsoft Outlook 16.0"]
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        head = heads[lang] + [c.format("a81c" if lang == "ko" else "b92d") for c in common]
        gold["never_paired"][lang] += head
        files[f"thread.{lang}.eml"] = "\r\n".join(head) + "\r\n\r\n" + _txt(side).replace("\n", "\r\n")
    # a header line with its counterpart is fair either way (same field)
    for k, e in zip(gold["never_paired"]["ko"], gold["never_paired"]["en"]):
        if k.split(":")[0] == e.split(":")[0]:
            gold["debatable"].append((k, e))
    return Layout("email_eml", files, gold)


# ---------------------------------------------------------------- e-mail as Outlook HTML

def _outlook(side: list[tuple[str, str]], lang: str) -> str:
    esc = html.escape
    body, i = [], 0
    while i < len(side):
        tag, text = side[i]
        if tag == "orig":
            # Outlook: the separator line, then the quoted header as one paragraph of <br> lines
            hd = []
            i += 1
            while i < len(side) and side[i][0] == "hd":
                name, _, value = side[i][1].partition(": ")
                hd.append(f"<b>{esc(name)}:</b> {esc(value)}")
                i += 1
            body.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
            body.append(f"<p class=MsoNormal><b><span lang=EN-US>{esc(text)}</span></b><br>\n" + "<br>\n".join(hd) + "</p>")
            body.append("</div>")
            body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            continue
        if tag == "small":
            body.append(f"<p class=MsoNormal><span style='font-size:7.5pt;color:#7F7F7F'>{esc(text)}</span></p>")
        elif tag == "sig":
            body.append(f"<p class=MsoNormal><span style='font-size:9.0pt;color:#1F3864'>{esc(text)}</span></p>")
        else:
            body.append(f"<p class=MsoNormal>{esc(text)}<o:p></o:p></p>")
        nxt = side[i + 1][0] if i + 1 < len(side) else None
        if not (tag == nxt and tag in _RUN):
            body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        i += 1
    font = "맑은 고딕" if lang == "ko" else "Calibri"
    content = "\n".join(body)
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:10.0pt; font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1; text-decoration:underline;}}
--></style>
</head>
<body lang=KO link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
{content}
</div>
</body>
</html>
"""


def email_html() -> Layout:
    gold = _gold()
    ko, en = lines(EMAIL, gold)
    return Layout("email_html", {"thread.ko.html": _outlook(ko, "ko"), "thread.en.html": _outlook(en, "en")}, gold)


# ---------------------------------------------------------------- press release as Word

def press_docx() -> Layout:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    gold = _gold()
    ko, en = lines(PRESS, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        document = python_docx.Document()
        for tag, text in side:
            if tag == "h1":
                document.add_heading(text, level=1)
            elif tag == "h2":
                document.add_heading(text, level=2)
            elif tag == "table":
                rows = [r[lang == "en"] for r in TABLE]
                table = document.add_table(rows=len(rows), cols=4)
                table.style = "Table Grid"
                for r, cells in enumerate(rows):
                    for c, value in enumerate(cells):
                        cell = table.cell(r, c)
                        cell.text = value
                        if c:
                            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        if r == 0 and value:
                            cell.paragraphs[0].runs[0].bold = True
            else:
                paragraph = document.add_paragraph(text)
                if tag in ("small", "note", "caption"):
                    for run in paragraph.runs:
                        run.font.size = Pt(8 if tag == "small" else 9)
                if tag in ("label", "end"):
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if tag == "end" else WD_ALIGN_PARAGRAPH.LEFT
                    if tag == "label":
                        paragraph.runs[0].bold = True
        out = io.BytesIO()
        document.save(out)
        files[f"press.{lang}.docx"] = out.getvalue()
    return Layout("press_docx", files, gold)


# ---------------------------------------------------------------- press release as PDF

def press_pdf() -> Layout:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    korean, latin = pdf_fonts("DejaVuSerif")
    gold = _gold()
    ko, en = lines(PRESS, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin
        body = ParagraphStyle("b", fontName=font, fontSize=10, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
        small = ParagraphStyle("s", fontName=font, fontSize=8, leading=11, alignment=TA_JUSTIFY, spaceAfter=4)
        title = ParagraphStyle("t", fontName=font, fontSize=15, leading=20, alignment=TA_CENTER, spaceAfter=8)
        sub = ParagraphStyle("h", fontName=font, fontSize=11, leading=15, spaceBefore=4, spaceAfter=4)
        center = ParagraphStyle("c", fontName=font, fontSize=10, leading=14, alignment=TA_CENTER)
        story = []
        for tag, text in side:
            if tag == "table":
                rows = [list(r[lang == "en"]) for r in TABLE]
                t = Table(rows, colWidths=[120, 90, 90, 70])
                t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                       ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
                story += [t, Spacer(1, 8)]
                continue
            esc = html.escape(text, quote=False)
            if lang == "ko":  # the CID font's CMap has no U+00B7 (see hr/make.py)
                esc = esc.replace("·", "・")
            style = {"h1": title, "h2": sub, "small": small, "note": small, "caption": sub, "end": center}.get(tag, body)
            story.append(Paragraph(esc, style))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=64, rightMargin=64, title="press").build(story)
        files[f"press.{lang}.pdf"] = out.getvalue()
    return Layout("press_pdf", files, gold)


# ---------------------------------------------------------------- action items as a sheet

def actions_xlsx() -> Layout:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action items"
    header = ("No.", "과제", "Action item", "담당", "Owner", "기한", "Due")
    sheet.append(header)
    gold = _gold()
    for no, tk, te, ok, oe, dk, de in ACTIONS:
        sheet.append((int(no), tk, te, ok, oe, dk, de))
        gold["items"].append([[(tk, te)]])
        gold["debatable"] += [(ok, oe), (dk, de)]
    gold["debatable"] += [("과제", "Action item"), ("담당", "Owner"), ("기한", "Due")]
    out = io.BytesIO()
    book.save(out)
    return Layout("actions_xlsx", {"actions.xlsx": out.getvalue()}, gold)


def layouts() -> list[Layout]:
    """The set's ten layouts: the thread three ways, the release as Word and PDF, the
    minutes as text and a sheet, the card and profile as one file two ways, the NDA."""
    return [two_txt("email_txt", EMAIL, EMAIL_HEAD),
            email_eml(),
            email_html(),
            press_docx(),
            press_pdf(),
            two_txt("minutes_txt", MINUTES),
            actions_xlsx(),
            bilingual("profile_bi_ko", [CARD, PROFILE], ko_first=True, blank=True),
            bilingual("profile_bi_en", [CARD, PROFILE], ko_first=False, blank=False),
            two_txt("nda_txt", NDA)]
