"""The medical set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it); ``debatable`` pairs that may be made
or not; ``unpaired`` texts no pair may hold; ``never_paired`` page chrome no wrong pair may
hold, per language (see ``score.py``).

A table row is one unit: found whole (its cells joined, whatever the separator), or as its
Korean cells that hold letters other than the English cell's, each a pair; its other
cells (figures, units, codes, Latin drug names the same on both sides) may pair or not. A
row with no such cell ("L3410 | AST (GOT) | 31 | U/L | 0~40") may pair or not. The
consent form's checkbox lines in Word are rows of three cells: whole, or the label, "□
동의함" and "□ 동의하지 않음" each a pair.

The layouts: ``leaflet_txt``, the leaflet as two text files (the table as "a | b | c"
lines, list items "•" / "-"); ``leaflet_pdf``, the leaflet as two PDFs (reportlab; the
Korean in HYSMyeongJo-Medium, the table a reportlab Table); ``warnings_oneline``, the
carton's warnings as one file, "ko / en" a line; ``preop_txt``, the instructions as two
text files; ``preop_bi_ko``, one file, each line's Korean then its English, no blank lines;
``consent_bi_en``, the consent form as one file, each line's English then its Korean, a blank
line between; ``consent_docx``, two Word files (checkbox lines a table); ``notice_html``,
the health centre's notice as two web pages with menus, breadcrumbs, list buttons and
footers; ``lab_txt``, the lab report and prescription as two text files, tables as
tab-separated lines; ``lab_docx``, as two Word files with real tables.
"""

from __future__ import annotations

import html
import io

from layout import Layout, pdf_fonts

from .gold import CONSENT, D, LAB, LEAFLET, NOTICE, PREOP, WARNINGS


def _gold() -> dict:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {}}


def _letters(text: str) -> str:
    """A cell's letters: cells whose letters are the same (figures, units, codes, Latin
    names) may pair or not."""
    return "".join(c for c in text if c.isalpha())


def _row(gold: dict, row, sep: str, cells: bool) -> tuple[str, str]:
    """A table row's gold; its Korean and English lines joined by ``sep``."""
    k, e = sep.join(c[0] for c in row), sep.join(c[1] for c in row)
    # (a Korean cell of figures, "2013.1.1.~2026.8.31.", is no cell to pair: made so after
    # the first run, which asked for it beside "Jan 1, 2013 – Aug 31, 2026")
    apart = [(ck, ce) for ck, ce in row if _letters(ck) and _letters(ck) != _letters(ce)]
    gold["debatable"] += [(ck, ce) for ck, ce in row if (ck, ce) not in apart]
    if apart:
        gold["items"].append([[(k, e)], apart])
    else:
        # a row the same on both sides but a "~" ("L3410 | AST (GOT) | 31 | U/L | 0~40"): a
        # copy, which the aligner leaves unpaired as untranslated by design, may pair or
        # not (a unit in text files on the first run)
        gold["debatable"].append((k, e))
    return k, e


def _box(gold: dict, k: str, e: str) -> None:
    """A checkbox line: whole, or as its three cells."""
    gold["items"].append([[(k, e)], list(zip(_split(k), _split(e)))])


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split("   ") if t.strip()]


def lines(doc: list, gold: dict, sep: str = " | ", cells: bool = False) -> tuple[list, list]:
    """The Korean and the English lines of a document as (tag, text), its gold added to
    ``gold``; a table's rows as (``"tr"``, text, cells)."""
    ko, en = [], []
    for entry in doc:
        kind = entry[0]
        if kind == "P":
            units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
            for k, e, *flag in units:
                if flag and flag[0] == D:
                    gold["debatable"].append((k, e))
                elif flag:  # another fair reading
                    gold["items"].append([[(k, e)], list(flag[0])])
                elif tag == "box" and cells:
                    _box(gold, k, e)
                else:
                    gold["items"].append([[(k, e)]])
            ko.append((tag, " ".join(u[0] for u in units)))
            en.append((tag, " ".join(u[1] for u in units)))
        elif kind in ("K", "E"):
            tag = entry[2] if len(entry) > 2 else "p"
            (ko if kind == "K" else en).append((tag, entry[1]))
            gold["unpaired"].append(entry[1])
        elif kind == "T":
            for i, row in enumerate(entry[1]):
                k, e = _row(gold, row, sep, cells)
                tag = "th" if i == 0 else "tr"
                ko.append((tag, k, [c[0] for c in row]))
                en.append((tag, e, [c[1] for c in row]))
    return ko, en


# ---------------------------------------------------------------- text files

def _txt(side: list, lang: str, blank: bool = False) -> str:
    mark = "• " if lang == "ko" else "- "
    out = [(mark if item[0] == "li" else "") + item[1] for item in side]
    return ("\n\n" if blank else "\n").join(out) + "\n"


def two_txt(name: str, doc: list, sep: str = " | ", blank: bool = False) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold, sep)
    return Layout(name, {f"{name}.ko.txt": _txt(ko, "ko", blank), f"{name}.en.txt": _txt(en, "en", blank)}, gold)


def bilingual(name: str, doc: list, ko_first: bool, blank: bool) -> Layout:
    """One file: each line's two sides on lines of their own (a line one side only alone),
    a blank line between lines or none."""
    gold = _gold()
    blocks = []
    for entry in doc:
        ko, en = lines([entry], gold)
        ko = [("• " if t[0] == "li" else "") + t[1] for t in ko]
        en = [("- " if t[0] == "li" else "") + t[1] for t in en]
        blocks.append("\n".join(ko + en if ko_first else en + ko))
    return Layout(name, {f"{name}.txt": ("\n\n" if blank else "\n").join(blocks) + "\n"}, gold)


def oneline(name: str, doc: list) -> Layout:
    """The carton's warnings, both languages on one line apart by " / "; a line one side
    only alone."""
    gold = _gold()
    out = []
    for entry in doc:
        ko, en = lines([entry], gold)
        out.append(" / ".join(t[1] for t in ko + en))
    return Layout(name, {f"{name}.txt": "\n".join(out) + "\n"}, gold)


# ---------------------------------------------------------------- Word

def _docx(side: list) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    table = None
    for item in side:
        tag, text = item[0], item[1]
        if tag in ("th", "tr"):
            if table is None:
                table = document.add_table(rows=0, cols=len(item[2]))
                table.style = "Table Grid"
            for cell, value in zip(table.add_row().cells, item[2]):
                cell.text = value
            continue
        if tag == "box":
            if table is None or len(table.columns) != 3:
                table = document.add_table(rows=0, cols=3)
            for cell, value in zip(table.add_row().cells, _split(text)):
                cell.text = value
            continue
        table = None
        if tag in ("h1", "h2"):
            document.add_heading(text, level=1 if tag == "h1" else 2)
        elif tag == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def two_docx(name: str, doc: list) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold, " ", cells=True)
    return Layout(name, {f"{name}.ko.docx": _docx(ko), f"{name}.en.docx": _docx(en)}, gold)


# ---------------------------------------------------------------- PDF

def leaflet_pdf() -> Layout:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    korean, latin = pdf_fonts("DejaVuSans")
    gold = _gold()
    ko, en = lines(LEAFLET, gold, " ", cells=True)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin
        body = ParagraphStyle("b", fontName=font, fontSize=9, leading=13, spaceAfter=3)
        bullet = ParagraphStyle("l", parent=body, leftIndent=12, bulletIndent=2)
        title = ParagraphStyle("t", fontName=font, fontSize=15, leading=20, spaceAfter=10)
        head = ParagraphStyle("h", fontName=font, fontSize=11, leading=15, spaceBefore=6, spaceAfter=2)
        story, rows = [], []

        def flush(story: list = story, rows: list = rows, font: str = font) -> None:
            if rows:
                table = Table(rows)
                table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                           ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
                story.append(table)
                rows.clear()

        for item in side:
            tag, text = item[0], item[1]
            if tag in ("th", "tr"):
                rows.append(item[2])
                continue
            flush()
            esc = html.escape(text, quote=False)
            if lang == "ko":  # the CID font's CMap has no U+00B7: the Katakana middle dot, read back as "·"
                esc = esc.replace("·", "・")
            if tag == "li":
                story.append(Paragraph(esc, bullet, bulletText="•"))
            else:
                story.append(Paragraph(esc, title if tag == "h1" else head if tag == "h2" else body))
        flush()
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56).build(story)
        files[f"leaflet.{lang}.pdf"] = out.getvalue()
    return Layout("leaflet_pdf", files, gold)


# ---------------------------------------------------------------- web pages

_SITE = {
    "ko": dict(title="2026-2027절기 인플루엔자 국가예방접종 안내 | 마포구보건소", logo="마포구보건소",
               menu=["보건소 소개", "건강증진", "감염병 예방", "민원 안내", "알림마당"], lang_link="English",
               crumbs=["홈", "알림마당", "공지사항"], meta="작성자 감염병관리팀 | 게시일 2026.09.22 | 조회 3,418",
               buttons=["목록", "인쇄"], prev="이전글: 치매 조기검진 무료 실시 안내",
               next="다음글: 가을철 진드기 매개 감염병 주의", survey="이 페이지에서 제공하는 정보에 만족하십니까?",
               footer=["(04031) 서울특별시 마포구 월드컵로 212 마포구보건소 | 대표전화 02-3153-9000",
                       "개인정보처리방침 | 이메일무단수집거부 | 저작권정책",
                       "Copyright © Mapo-gu Public Health Center. All rights reserved."]),
    "en": dict(title="2026–2027 National Flu Vaccination Program | Mapo-gu Public Health Center",
               logo="Mapo-gu Public Health Center",
               menu=["About Us", "Healthy Living", "Infectious Diseases", "Services", "News"], lang_link="한국어",
               crumbs=["Home", "News", "Notices"], meta="Posted Sep 22, 2026",
               buttons=["Back to list", "Print"], prev="Previous: Free dementia screening",
               next="Next: Tick-borne diseases in autumn", survey="Was this page helpful?",
               footer=["212 World Cup-ro, Mapo-gu, Seoul 04031 | Tel. +82-2-3153-9000",
                       "Privacy Policy | Copyright Policy",
                       "Copyright © Mapo-gu Public Health Center. All rights reserved."]),
}


def _page(side: list, site: dict, lang: str) -> str:
    esc = html.escape
    body, open_list, open_table = [], False, False
    for item in side:
        tag, text = item[0], item[1]
        if open_list and tag != "li":
            body.append("    </ul>")
            open_list = False
        if open_table and tag not in ("th", "tr"):
            body.append("    </table>")
            open_table = False
        if tag == "li":
            if not open_list:
                body.append("    <ul>")
                open_list = True
            body.append(f"      <li>{esc(text)}</li>")
        elif tag in ("th", "tr"):
            if not open_table:
                body.append('    <table class="tbl">')
                open_table = True
            cell = "th" if tag == "th" else "td"
            body.append("      <tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in item[2]) + "</tr>")
        else:
            body.append(f"    <{tag}>{esc(text)}</{tag}>")
    if open_list:
        body.append("    </ul>")
    if open_table:
        body.append("    </table>")
    menu = "\n".join(f'      <li><a href="#">{esc(m)}</a></li>' for m in site["menu"])
    crumbs = " &gt; ".join(f'<a href="#">{esc(c)}</a>' for c in site["crumbs"])
    buttons = " ".join(f'<a href="#" class="btn">{esc(b)}</a>' for b in site["buttons"])
    footer = "\n".join(f"  <p>{esc(f)}</p>" for f in site["footer"])
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(site["title"])}</title>
</head>
<body>
<div id="skip"><a href="#content">{"본문 바로가기" if lang == "ko" else "Skip to content"}</a></div>
<header>
  <a class="logo" href="/">{esc(site["logo"])}</a>
  <a class="lang" href="#">{esc(site["lang_link"])}</a>
  <nav id="gnb">
    <ul>
{menu}
    </ul>
  </nav>
</header>
<div class="location">{crumbs}</div>
<main id="content">
  <div class="board-view">
    <div class="board-meta">{esc(site["meta"])}</div>
{content}
  </div>
  <div class="board-btns">{buttons}</div>
  <ul class="board-nav">
    <li><a href="#">{esc(site["prev"])}</a></li>
    <li><a href="#">{esc(site["next"])}</a></li>
  </ul>
  <div class="survey"><p>{esc(site["survey"])}</p></div>
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""


def notice_html() -> Layout:
    gold = _gold()
    ko, en = lines(NOTICE, gold, " ", cells=True)
    sk, se = _SITE["ko"], _SITE["en"]
    # chrome that translates its counterpart may pair or not; none may be in a wrong pair
    gold["debatable"] += [(sk["title"], se["title"]), (sk["logo"], se["logo"]), (sk["meta"], se["meta"]),
                          (" ".join(sk["buttons"]), " ".join(se["buttons"])), *zip(sk["buttons"], se["buttons"]),
                          (sk["prev"], se["prev"]), (sk["next"], se["next"]), (sk["survey"], se["survey"]),
                          *zip(sk["crumbs"], se["crumbs"]), *zip(sk["menu"], se["menu"]),
                          (sk["footer"][0], se["footer"][0]), (sk["footer"][-1], se["footer"][-1]),
                          (" > ".join(sk["crumbs"]), " > ".join(se["crumbs"]))]  # " ": a slip of the first run
    gold["never_paired"] = {lang: [s["lang_link"], *s["menu"], *s["crumbs"], s["meta"], *s["buttons"], s["prev"],
                                   s["next"], s["survey"], *s["footer"]] for lang, s in _SITE.items()}
    return Layout("notice_html", {"notice.ko.html": _page(ko, sk, "ko"), "notice.en.html": _page(en, se, "en")}, gold)


def layouts() -> list[Layout]:
    """The set's ten layouts: five of text (two of them one bilingual file), one of one
    line each, two of Word, one of PDF, one of web pages."""
    return [two_txt("leaflet_txt", LEAFLET),
            leaflet_pdf(),
            oneline("warnings_oneline", WARNINGS),
            two_txt("preop_txt", PREOP),
            bilingual("preop_bi_ko", PREOP, ko_first=True, blank=False),
            bilingual("consent_bi_en", CONSENT, ko_first=False, blank=True),
            two_docx("consent_docx", CONSENT),
            notice_html(),
            two_txt("lab_txt", LAB, sep="\t"),
            two_docx("lab_docx", LAB)]
