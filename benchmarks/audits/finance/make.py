"""The finance set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict (scored by ``score.py``, ``business/score.py``'s scorer):
``items``, each gold unit as its fair readings (lists of (ko, en) pairs); ``debatable``,
pairs that may be made or not (figures-only table cells, a table's header row, a brand the
same on both sides, page chrome that translates its counterpart); ``unpaired``, texts one
side only, to be left unpaired; ``never_paired``, page chrome and sheet keys, which no wrong
pair may hold.

The layouts: ``deposit_txt``, the deposit guide as a Korean and an English text file (table
rows as tab-separated lines); ``deposit_docx``, the same as two Word files, its rows in real
tables, headings in Heading styles; ``card_bi_ko``, the card statement guide as one file,
each entry's Korean line then its English, no blank lines; ``insurance_bi_en``, the
insurance summary as one file, the English line first, a blank line between entries;
``app_csv`` / ``app_xlsx``, the app strings as a sheet ``key, ko, en`` (a CSV as Python's
csv module writes it, and an Excel book); ``fund_pdf``, the factsheet as two A4 PDFs
(reportlab; the Korean in the CID font HYSMyeongJo-Medium, the English in DejaVu Sans),
its returns and fees as ruled tables; ``risk_txt``, the risk disclosure as two text files,
the English hard-wrapped at 72 columns as a mail client or an app's "copy text" gives it;
``web_html``, the bank's page in Korean and in English with its chrome (skip link, GNB,
a login box, a quick menu, a satisfaction survey, a footer with 사업자등록번호 and the
예금자보호 badge text).
"""

from __future__ import annotations

import csv
import html
import io
import re
import textwrap

from layout import Layout, pdf_fonts

from .gold import APP, CARD, D, DEPOSIT, FUND, INSURANCE, RISK, SMS, WEB

SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _gold() -> dict:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {"ko": [], "en": []}}


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def lines(doc: list, gold: dict) -> tuple[list, list]:
    """The Korean and the English lines of a document as (tag, text), a table row as
    ("row", cells); its gold added to ``gold``."""
    ko, en = [], []
    for entry in doc:
        kind = entry[0]
        if kind in ("P", "S"):
            units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
            if kind == "S":
                gold["items"].append([[(k, e) for k, e in units],
                                      [(" ".join(u[0] for u in units), " ".join(u[1] for u in units))]])
            else:
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
        elif kind in ("K", "E"):
            tag = entry[2] if len(entry) > 2 else "p"
            (ko if kind == "K" else en).append((tag, entry[1]))
            gold["unpaired"].append(entry[1])
        elif kind == "ROW":
            kc, ec = entry[1], entry[2]
            whole = (" ".join(c for c in kc if c), " ".join(c for c in ec if c))
            cells = [(k, e) for k, e in zip(kc, ec) if k and e and _letters(k) and _letters(e)]
            figures = [(k, e) for k, e in zip(kc, ec) if k and e and not (_letters(k) and _letters(e))]
            if len(entry) > 3 and entry[3] == D:
                gold["debatable"] += [whole, *cells, *figures]
            else:
                gold["items"].append([[whole], cells])
                gold["debatable"] += figures
            ko.append(("row", kc))
            en.append(("row", ec))
    return ko, en


# ---------------------------------------------------------------- text files

_RUN = ("li", "row", "note", "small")  # lines that follow one another without a blank line


def _line(tag: str, text) -> str:
    return "\t".join(text) if tag == "row" else text


def _txt(side: list, wrap: int = 0) -> str:
    out, last = [], None
    for tag, text in side:
        if out and not (tag == last and tag in _RUN):
            out.append("")
        line = _line(tag, text)
        if wrap and tag in ("p", "li") and len(line) > wrap:
            line = "\n".join(textwrap.wrap(line, wrap, subsequent_indent="   " if tag == "li" else ""))
        out.append(line)
        last = tag
    return "\n".join(out) + "\n"


def two_txt(name: str, doc: list, wrap_en: int = 0) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    return Layout(name, {f"{name}.ko.txt": _txt(ko), f"{name}.en.txt": _txt(en, wrap_en)}, gold)


def bilingual(name: str, doc: list, ko_first: bool, blank: bool) -> Layout:
    """Each entry's Korean line then its English line (or the English first); a line one
    side only stands alone; a blank line between entries, or none."""
    gold = _gold()
    blocks = []
    for entry in doc:
        ko, en = lines([entry], gold)
        sides = (ko, en) if ko_first else (en, ko)
        blocks.append("\n".join(_line(tag, text) for side in sides for tag, text in side))
    return Layout(name, {f"{name}.txt": ("\n\n" if blank else "\n").join(blocks) + "\n"}, gold)


# ---------------------------------------------------------------- Word

def _groups(side: list):
    """The lines of a side with consecutive table rows gathered: (tag, text) or ("table", rows)."""
    out = []
    for tag, text in side:
        if tag == "row" and out and out[-1][0] == "table":
            out[-1][1].append(text)
        elif tag == "row":
            out.append(("table", [text]))
        else:
            out.append((tag, text))
    return out


def deposit_docx() -> Layout:
    import docx as python_docx
    from docx.shared import Pt

    gold = _gold()
    ko, en = lines(DEPOSIT, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        document = python_docx.Document()
        for tag, text in _groups(side):
            if tag == "table":
                table = document.add_table(rows=len(text), cols=len(text[0]))
                table.style = "Table Grid"
                for r, cells in enumerate(text):
                    for c, value in enumerate(cells):
                        table.cell(r, c).text = value
                document.add_paragraph()
            elif tag in ("h1", "h2"):
                document.add_heading(text, level=int(tag[1]))
            elif tag == "li":
                document.add_paragraph(text, style="List Bullet")
            else:
                paragraph = document.add_paragraph(text)
                if tag in ("small", "note", "caption"):
                    for run in paragraph.runs:
                        run.font.size = Pt(8 if tag == "small" else 9)
        out = io.BytesIO()
        document.save(out)
        files[f"deposit.{lang}.docx"] = out.getvalue()
    return Layout("deposit_docx", files, gold)


# ---------------------------------------------------------------- PDF

def fund_pdf() -> Layout:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    korean, latin = pdf_fonts("DejaVuSans")
    gold = _gold()
    ko, en = lines(FUND, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin
        styles = {"h1": ParagraphStyle("t", fontName=font, fontSize=14, leading=19, spaceAfter=6),
                  "h2": ParagraphStyle("h", fontName=font, fontSize=11, leading=15, spaceBefore=6, spaceAfter=4),
                  "note": ParagraphStyle("n", fontName=font, fontSize=8, leading=11, spaceAfter=4),
                  "p": ParagraphStyle("b", fontName=font, fontSize=10, leading=14, spaceAfter=5)}
        story = []
        for tag, text in _groups(side):
            if tag == "table":
                width = [110] + [70] * (len(text[0]) - 1) if len(text[0]) > 2 else [130, 300]
                t = Table([list(r) for r in text], colWidths=width)
                t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                       ("ALIGN", (1, 0), (-1, -1), "RIGHT" if len(text[0]) > 2 else "LEFT"),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
                story += [t, Spacer(1, 6)]
                continue
            story.append(Paragraph(html.escape(text, quote=False), styles.get(tag, styles["p"])))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, title="factsheet").build(story)
        files[f"factsheet.{lang}.pdf"] = out.getvalue()
    return Layout("fund_pdf", files, gold)


# ---------------------------------------------------------------- strings sheet

HEADER = ("key", "ko", "en")


def app_gold() -> dict:
    """A row translated is a unit (a row of two sentences on each side: whole or sentence
    by sentence); a cell whose row has no other side is left unpaired; a row the same on
    both sides may pair or not."""
    gold = _gold()
    gold["debatable"].append(("ko", "en"))
    for key, k, e, *flag in APP:
        gold["never_paired"]["ko"].append(key)
        gold["never_paired"]["en"].append(key)
        if not (k and e):
            gold["unpaired"].append(k or e)
        elif k == e:
            gold["debatable"].append((k, e))
        else:
            readings = [[(k, e)]]
            ks, es = SENTENCE.split(k), SENTENCE.split(e)
            if flag and len(ks) == len(es) > 1:
                readings.append(list(zip(ks, es)))
            gold["items"].append(readings)
    return gold


def app_csv() -> Layout:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(row[:3] for row in APP)
    return Layout("app_csv", {"strings.csv": out.getvalue()}, app_gold())


def app_xlsx() -> Layout:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "strings"
    sheet.append(HEADER)
    for row in APP:
        sheet.append(row[:3])
    out = io.BytesIO()
    book.save(out)
    return Layout("app_xlsx", {"strings.xlsx": out.getvalue()}, app_gold())


# ---------------------------------------------------------------- web page

CHROME = {
    "skip": ("본문 바로가기", "Skip to main content"),
    "gnb": [("조회", "Accounts"), ("이체", "Transfers"), ("공과금", "Bills"), ("금융상품", "Products"),
            ("외환", "Foreign Exchange"), ("고객센터", "Help")],
    "login": [("로그인", "Log in"), ("아이디", "User ID"), ("비밀번호", "Password"),
              ("공동인증서 로그인", "Certificate login"), ("회원가입", "Sign up")],
    "quick": [("환율 조회", "Exchange rates"), ("영업점 찾기", "Find a branch"), ("보이스피싱 신고", "Report phone scam")],
    "crumbs": ("홈 > 금융상품 > 예금 > 외국인 고객", "Home > Products > Deposits > Foreign customers"),
    "survey": [("이 페이지의 정보에 만족하십니까?", "Was this page helpful?"), ("만족", "Yes"), ("불만족", "No")],
    "footer": [("개인정보처리방침 | 이용약관 | 전자금융거래 유의사항", "Privacy Policy | Terms of Use | Online Banking Safety"),
               ("(04524) 서울특별시 중구 세종대로 00 한빛은행 | 사업자등록번호 000-81-00000",
                "Hanbit Bank, 00 Sejong-daero, Jung-gu, Seoul 04524 | Business Registration No. 000-81-00000"),
               ("예금자보호 | 이 은행의 예금은 예금자보호법에 따라 1인당 최고 1억원까지 보호됩니다.",
                "Deposit Insurance | Deposits at this bank are protected up to ₩100 million per person under the "
                "Depositor Protection Act."),
               ("Copyright © Hanbit Bank. All Rights Reserved.", "Copyright © Hanbit Bank. All Rights Reserved.")],
}


def _page(side: list, lang: str) -> str:
    i = lang == "en"
    esc = html.escape
    body = []
    for tag, text in side:
        if tag == "li":
            if not body or not body[-1].startswith("<li>"):
                body.append("<ul>")
            body.append(f"<li>{esc(text)}</li>")
            continue
        if body and body[-1].startswith("<li>"):
            body.append("</ul>")
        if tag in ("h1", "h2"):
            body.append(f"<{tag}>{esc(text)}</{tag}>")
        else:
            cls = ' class="notice"' if text.startswith("※") else ""
            body.append(f"<p{cls}>{esc(text)}</p>")
    if body[-1].startswith("<li>"):
        body.append("</ul>")
    c = CHROME
    gnb = "".join(f'<li><a href="#">{esc(p[i])}</a></li>' for p in c["gnb"])
    login = c["login"]
    quick = "".join(f'<li><a href="#">{esc(p[i])}</a></li>' for p in c["quick"])
    survey = c["survey"]
    foot = c["footer"]
    title = side[0][1]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)} | {'한빛은행' if not i else 'Hanbit Bank'}</title>
<link rel="stylesheet" href="/css/common.css"></head>
<body>
<a class="skip" href="#content">{esc(c['skip'][i])}</a>
<header id="header">
  <h1 class="logo"><a href="/"><img src="/img/logo.png" alt="{'한빛은행' if not i else 'Hanbit Bank'}"></a></h1>
  <nav id="gnb"><ul>{gnb}</ul></nav>
  <div class="util"><a href="/ko">KOR</a> <a href="/en">ENG</a></div>
</header>
<aside class="login-box">
  <h2>{esc(login[0][i])}</h2>
  <form><label>{esc(login[1][i])} <input type="text"></label>
  <label>{esc(login[2][i])} <input type="password"></label>
  <button type="submit">{esc(login[0][i])}</button></form>
  <a href="#">{esc(login[3][i])}</a> <a href="#">{esc(login[4][i])}</a>
</aside>
<div class="location">{esc(c['crumbs'][i])}</div>
<main id="content">
{chr(10).join(body)}
<div class="btn-area"><a href="#" class="btn">{'목록' if not i else 'Back to list'}</a></div>
<section class="survey"><p>{esc(survey[0][i])}</p>
<button>{esc(survey[1][i])}</button> <button>{esc(survey[2][i])}</button></section>
</main>
<aside class="quick"><ul>{quick}</ul></aside>
<footer id="footer">
  <p class="links">{esc(foot[0][i])}</p>
  <address>{esc(foot[1][i])}</address>
  <p class="badge">{esc(foot[2][i])}</p>
  <p class="copy">{esc(foot[3][i])}</p>
</footer>
</body>
</html>
"""


def web_html() -> Layout:
    gold = _gold()
    ko, en = lines(WEB, gold)
    c = CHROME
    pairs = [c["skip"], c["crumbs"], *c["gnb"], *c["login"], *c["quick"], *c["survey"], *c["footer"],
             ("목록", "Back to list"), ("한빛은행", "Hanbit Bank")]
    gold["debatable"] += pairs
    for k, e in pairs:  # the longer ones: a short menu word is inside many a sentence
        gold["never_paired"]["ko"] += [k] if len(k.replace(" ", "")) > 4 else []
        gold["never_paired"]["en"] += [e] if len(e.replace(" ", "")) > 6 else []
    return Layout("web_html", {"account.ko.html": _page(ko, "ko"), "account.en.html": _page(en, "en")}, gold)


# ---------------------------------------------------------------- text messages, both languages on a line

def sms_oneline() -> Layout:
    """Each message on a line of its own, its Korean then its English; a message of several
    sentences paired whole or sentence by sentence; a Korean-only one left unpaired."""
    gold = _gold()
    out = []
    for entry in SMS:
        if entry[0] == "K":
            gold["unpaired"].append(entry[1])
            out.append(entry[1])
            continue
        units, sep = entry[1], entry[2]
        whole = (" ".join(k for k, _ in units), " ".join(e for _, e in units))
        gold["items"].append([[whole]] + ([list(units)] if len(units) > 1 else []))
        out.append(whole[0] + sep + whole[1])
    return Layout("sms_oneline", {"messages.txt": "\n".join(out) + "\n"}, gold)


def layouts() -> list[Layout]:
    """The set's eleven layouts."""
    return [two_txt("deposit_txt", DEPOSIT),
            deposit_docx(),
            bilingual("card_bi_ko", CARD, ko_first=True, blank=False),
            bilingual("insurance_bi_en", INSURANCE, ko_first=False, blank=True),
            app_csv(),
            app_xlsx(),
            fund_pdf(),
            two_txt("fund_txt", FUND),
            two_txt("risk_txt", RISK, wrap_en=72),
            web_html(),
            sms_oneline()]
