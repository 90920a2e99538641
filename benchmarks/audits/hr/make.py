"""The hr set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it; the leave table's "years | days" line
whole, or its two cells apart; the notice's greeting line as its two sentences or whole);
``debatable`` pairs that may be made or not; ``unpaired`` texts no pair may hold;
``never_paired`` page chrome no pair may hold, per language (see ``score.py``). In the
Word résumé, whose reader reads each cell a paragraph, a label and its value are two units;
a cell of figures alone (a date "2019.03 – 2021.02", a phone number), never paired by
design, and a value the same on both sides ("TOEIC 950") are debatable.

The layouts: ``posting_a_html`` and ``posting_b_html``, each posting as a Korean and an
English web page with the site's chrome (header, menu, language switch, share links,
other openings, an apply button, footer), the two sites' chrome not translations of each
other line for line; ``resume_docx``, the résumé as two Word files, each section a heading
and a table of label and value cells (achievements a row of their own, the label cell
empty); ``resume_txt``, the résumé as two text files, "성명: 김민지" / "Name: Kim Min-ji"
lines and "2015.03 – 2019.02  …" lines, list items "•" / "-"; ``cover_txt``, the cover
letter as two text files, a paragraph a line between blank lines; ``cover_bi_ko`` and
``cover_bi_en``, the letter as one bilingual file, each paragraph's Korean then its English
(or the English first), a blank line between paragraphs; ``contract_pdf``, the contract as
two PDFs made with reportlab (the Korean in the CID font HYSMyeongJo-Medium, wrapped and
justified); ``notice_txt``, the HR notice as two text files, its table as "years | days"
lines; ``leave_csv``, the leave table as one sheet, header
``근속연수,Years of service,연차 일수,Annual leave``.
"""

from __future__ import annotations

import csv
import html
import io

from layout import Layout, pdf_fonts

from .gold import CONTRACT, COVER, D, LEAVE, NOTICE, POSTING_A, POSTING_B, RESUME


def _gold() -> dict[str, list]:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": []}


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _label_line(label: str, value: str) -> str:
    return f"{label}  {value}" if label[:1].isdigit() else f"{label}: {value}"


def _one(gold: dict, k: str, e: str, flag=None) -> None:
    if flag == D:
        gold["debatable"].append((k, e))
    else:
        gold["items"].append([[(k, e)]])


def _cells(gold: dict, lk: str, vk: str, le: str, ve: str, whole: tuple[str, str]) -> None:
    """A label–value unit: whole, or label and value apart (a value the same on both
    sides may pair or not)."""
    apart = [(lk, le)] if vk == ve else [(lk, le), (vk, ve)]
    if vk == ve:
        gold["debatable"].append((vk, ve))
    gold["items"].append([[whole], apart])


def lines(doc: list, gold: dict, table: str = " | ") -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The Korean and the English lines of a document as (tag, text), its gold added to
    ``gold``. Label–value lines are "label: value"; the leave table's rows "a | b"."""
    ko, en = [], []
    for entry in doc:
        kind = entry[0]
        if kind == "P":
            units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
            for k, e, *flag in units:
                if not (k and e):
                    gold["unpaired"].append(k or e)
                    continue
                _one(gold, k, e, flag[0] if flag else None)
            k = " ".join(u[0] for u in units if u[0])
            e = " ".join(u[1] for u in units if u[1])
            ko += [(tag, k)] if k else []
            en += [(tag, e)] if e else []
        elif kind == "G":
            k, e = (" ".join(u[i] for u in entry[1]) for i in (0, 1))
            gold["items"].append([list(entry[1]), [(k, e)]])
            ko.append(("p", k))
            en.append(("p", e))
        elif kind in ("K", "E"):
            tag = entry[2] if len(entry) > 2 else "p"
            (ko if kind == "K" else en).append((tag, entry[1]))
            gold["unpaired"].append(entry[1])
        elif kind == "L":
            _, lk, vk, le, ve = entry
            k, e = _label_line(lk, vk), _label_line(le, ve)
            ko.append(("p", k))
            en.append(("p", e))
            gold["items"].append([[(k, e)]])
        elif kind == "T":
            for yk, ye, dk, de in LEAVE:
                k, e = f"{yk}{table}{dk}", f"{ye}{table}{de}"
                ko.append(("p", k))
                en.append(("p", e))
                _cells(gold, yk, dk, ye, de, (k, e))
    return ko, en


def _txt(side: list[tuple[str, str]], lang: str, blank: bool = False) -> str:
    mark = "• " if lang == "ko" else "- "
    out = [(mark if tag == "li" else "") + text for tag, text in side]
    return ("\n\n" if blank else "\n").join(out) + "\n"


def two_txt(name: str, doc: list, blank: bool = False) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    return Layout(name, {f"{name}.ko.txt": _txt(ko, "ko", blank), f"{name}.en.txt": _txt(en, "en", blank)}, gold)


def cover_bilingual(name: str, ko_first: bool) -> Layout:
    """The cover letter as one file: each paragraph's two sides, a blank line between
    paragraphs; a paragraph one side only stands alone."""
    gold = _gold()
    blocks = []
    for entry in COVER:
        ko, en = lines([entry], gold)
        sides = (ko, en) if ko_first else (en, ko)
        blocks.append("\n".join(text for side in sides for _, text in side))
    return Layout(name, {f"{name}.txt": "\n\n".join(blocks) + "\n"}, gold)


# ---------------------------------------------------------------- web pages

_SITE_A = {
    "ko": dict(title="데이터 분석가 (경력) | 하늘페이 채용", logo="하늘페이 채용",
               menu=["채용공고", "팀 소개", "일하는 방식", "복지", "자주 묻는 질문"], lang_link="English",
               crumbs=["채용 홈", "데이터", "데이터 분석가"], share=["링크 복사", "공유하기"],
               apply="지원하기", related_head="이런 공고는 어떠세요?",
               related=["프로덕트 디자이너 (UX)", "리스크관리 매니저", "백엔드 개발자 (Java/Kotlin)"],
               footer=["(주)하늘페이 | 대표이사 박정훈 | 사업자등록번호 220-88-41372",
                       "개인정보처리방침 | 채용 문의 recruit@haneulpay.co.kr",
                       "© 2026 Haneul Pay Inc. All rights reserved."]),
    "en": dict(title="Data Analyst (Experienced) | Haneul Pay Careers", logo="Haneul Pay Careers",
               menu=["Open roles", "Teams", "How we work", "Life at Haneul", "FAQ"], lang_link="한국어",
               crumbs=["Careers", "Data", "Data Analyst"], share=["Copy link", "Share"],
               apply="Apply now", related_head="Other roles you might like",
               related=["Global Partnerships Manager", "Machine Learning Engineer", "Backend Engineer (Java/Kotlin)"],
               footer=["Haneul Pay Inc. | Privacy Policy | Accessibility",
                       "© 2026 Haneul Pay Inc. All rights reserved."]),
}

_SITE_B = {
    "ko": dict(title="해외영업 매니저 (일본·동남아) - 잡브릿지", logo="잡브릿지",
               menu=["채용정보", "헤드헌팅", "기업정보", "연봉정보", "커리어 코칭"], lang_link="English",
               crumbs=["홈", "헤드헌팅 공고", "영업·무역"], share=["스크랩", "공유"],
               apply="즉시 지원", related_head="이 공고를 본 회원이 함께 본 공고",
               related=["[뷰티 유통] 온라인 MD (경력 3년↑)", "[식품] 미주 수출 담당 대리", "[화장품 ODM] 중국 영업팀장"],
               stats="조회 1,284 · 지원자 23명",
               footer=["(주)잡브릿지 | 서울특별시 중구 세종대로 110 | 유료직업소개사업 등록번호 제2019-3010163-14-5-00012호",
                       "고객센터 1644-0000 (평일 09:00~18:00)", "Copyright © JOBBRIDGE Corp."]),
    "en": dict(title="Overseas Sales Manager (Japan & Southeast Asia) - JobBridge", logo="JobBridge",
               menu=["Jobs", "Executive search", "Companies", "Salaries", "Career advice"], lang_link="한국어",
               crumbs=["Home", "Executive search", "Sales & trade"], share=["Save", "Share"],
               apply="Apply", related_head="People who viewed this job also viewed",
               related=["Regional Marketing Lead, APAC", "Export Coordinator (Food & Beverage)", "Key Account Manager, Japan"],
               stats="1,284 views · 23 applicants",
               footer=["JobBridge Corp. | 110 Sejong-daero, Jung-gu, Seoul",
                       "Help center +82-1644-0000 (weekdays 9 a.m.–6 p.m. KST)", "Copyright © JOBBRIDGE Corp."]),
}


def _page(doc_side: list[tuple[str, str]], site: dict, lang: str) -> str:
    esc = html.escape
    body, open_list = [], False
    for tag, text in doc_side:
        if tag == "li" and not open_list:
            body.append('    <ul class="job-list">')
            open_list = True
        if tag != "li" and open_list:
            body.append("    </ul>")
            open_list = False
        if tag == "li":
            body.append(f"      <li>{esc(text)}</li>")
        elif tag == "p" and text.startswith(("연봉", "KRW", "~", "Until")):
            body.append(f'    <p class="highlight"><strong>{esc(text)}</strong></p>')
        else:
            body.append(f"    <{tag}>{esc(text)}</{tag}>")
    if open_list:
        body.append("    </ul>")
    menu = "\n".join(f'        <li><a href="#">{esc(m)}</a></li>' for m in site["menu"])
    crumbs = "".join(f'<li><a href="#">{esc(c)}</a></li>' for c in site["crumbs"])
    related = "\n".join(f'      <li><a href="#">{esc(r)}</a></li>' for r in site["related"])
    share = " ".join(f'<a href="#" class="share-btn">{esc(s)}</a>' for s in site["share"])
    stats = f'\n    <div class="job-stats">{esc(site["stats"])}</div>' if "stats" in site else ""
    footer = "\n".join(f"    <p>{esc(f)}</p>" for f in site["footer"])
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(site["title"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/careers.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">{esc(site["logo"])}</a>
  <nav>
    <ul>
{menu}
    </ul>
  </nav>
</header>
<div class="lang-switch"><a href="#">{esc(site["lang_link"])}</a></div>
<main class="job-detail">
  <ul class="breadcrumb">{crumbs}</ul>
  <article class="posting">{stats}
{content}
    <div class="share">{share}</div>
  </article>
  <div class="apply-box"><a href="#apply" class="btn btn-primary">{esc(site["apply"])}</a></div>
  <section class="related-jobs">
    <h3>{esc(site["related_head"])}</h3>
    <ul>
{related}
    </ul>
  </section>
</main>
<footer class="site-footer">
{footer}
</footer>
</body>
</html>
"""


def posting_html(name: str, doc: list, site: dict) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    gold["debatable"] += [(site["ko"]["apply"], site["en"]["apply"])]
    if "stats" in site["ko"]:
        gold["debatable"].append((site["ko"]["stats"], site["en"]["stats"]))
    # the chrome a reader may keep (the language switch, the share links, the other
    # openings, the footer): none of it may be paired
    chrome = {lang: [s["lang_link"], *s["share"], s["related_head"], *s["related"], *s["menu"], *s["footer"]]
              for lang, s in site.items()}
    gold["never_paired"] = chrome
    # chrome that translates its counterpart (share links, the other openings' heading, the
    # two sites' "Backend Engineer" openings) is fair either way: debatable, not chrome
    # paired (made so after the first run, which counted them as chrome)
    sk, se = site["ko"], site["en"]
    gold["debatable"] += [(" ".join(sk["share"]), " ".join(se["share"])), (sk["related_head"], se["related_head"]),
                          ("백엔드 개발자 (Java/Kotlin)", "Backend Engineer (Java/Kotlin)"),
                          # a food exporter's opening on each site, close enough to pass for one
                          ("[식품] 미주 수출 담당 대리", "Export Coordinator (Food & Beverage)")]
    return Layout(name, {f"{name}.ko.html": _page(ko, site["ko"], "ko"),
                         f"{name}.en.html": _page(en, site["en"], "en")}, gold)


# ---------------------------------------------------------------- Word résumé

def resume_docx() -> Layout:
    """Each section a Heading 2 and a two-column table: a label–value row, an achievement
    a row with its label cell empty, a line one side only a row of its label and value."""
    import docx as python_docx

    gold = _gold()
    files = {}
    for lang in ("ko", "en"):
        document = python_docx.Document()
        table = None
        for entry in RESUME:
            kind = entry[0]
            if kind == "P":
                units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
                text = " ".join(u[lang == "en"] for u in units if u[lang == "en"])
                if tag in ("h1", "h2"):
                    document.add_heading(text, level=1 if tag == "h1" else 2)
                    table = None
                elif tag == "li":
                    if table is None:
                        table = document.add_table(rows=0, cols=2)
                    row = table.add_row().cells
                    row[1].text = "• " + text
                else:
                    document.add_paragraph(text)
                    table = None
                if lang == "ko":
                    for k, e, *flag in units:
                        _one(gold, k, e, flag[0] if flag else None)
            elif kind == "L":
                _, lk, vk, le, ve = entry
                if table is None:
                    table = document.add_table(rows=0, cols=2)
                row = table.add_row().cells
                row[0].text, row[1].text = (lk, vk) if lang == "ko" else (le, ve)
                if lang == "ko":  # the reader reads each cell a paragraph: two units (added after the first run)
                    # a cell of figures alone ("2019.03 – 2021.02", "010-4821-7735") is never
                    # paired by design (records.NO_LETTERS): its pair with "Mar 2019 – Feb 2021"
                    # is debatable, as a value the same on both sides
                    _one(gold, lk, le, None if _letters(lk) else D)
                    _one(gold, vk, ve, D if vk == ve or not _letters(vk) else None)
            elif kind in ("K", "E") and (kind == "K") == (lang == "ko"):
                text = entry[1]
                if ": " in text and table is not None:
                    row = table.add_row().cells
                    row[0].text, row[1].text = text.split(": ", 1)
                    gold["unpaired"] += text.split(": ", 1)
                else:
                    document.add_paragraph(text)
                    table = None
                    gold["unpaired"].append(text)
        out = io.BytesIO()
        document.save(out)
        files[f"resume.{lang}.docx"] = out.getvalue()
    return Layout("resume_docx", files, gold)


# ---------------------------------------------------------------- PDF contract

def contract_pdf() -> Layout:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    korean, latin = pdf_fonts("DejaVuSerif")
    gold = _gold()
    ko, en = lines(CONTRACT, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin
        body = ParagraphStyle("b", fontName=font, fontSize=10, leading=16, alignment=TA_JUSTIFY, spaceAfter=4)
        title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=14)
        head = ParagraphStyle("h", fontName=font, fontSize=11, leading=16, spaceBefore=8, spaceAfter=2)
        story = []
        for tag, text in side:
            esc = html.escape(text, quote=False)
            if lang == "ko":  # the CID font's CMap has no U+00B7: the Katakana middle dot, read back as "·"
                esc = esc.replace("·", "・")
            story.append(Paragraph(esc, title if tag == "h1" else head if tag == "h2" else body))
            if text.startswith(("2026년 12월", "December 28")):
                story.insert(-1, Spacer(1, 20))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=64, rightMargin=64).build(story)
        files[f"contract.{lang}.pdf"] = out.getvalue()
    return Layout("contract_pdf", files, gold)


# ---------------------------------------------------------------- leave sheet

def leave_csv() -> Layout:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("근속연수", "Years of service", "연차 일수", "Annual leave"))
    writer.writerows(LEAVE)
    gold = _gold()
    for yk, ye, dk, de in LEAVE:
        gold["items"] += [[[(yk, ye)]], [[(dk, de)]]]
    gold["debatable"] += [("근속연수", "Years of service"), ("연차 일수", "Annual leave")]
    return Layout("leave_csv", {"leave.csv": out.getvalue()}, gold)


def layouts() -> list[Layout]:
    """The set's ten layouts: two web pages, Word, PDF, a sheet, five of text."""
    return [posting_html("posting_a_html", POSTING_A, _SITE_A),
            posting_html("posting_b_html", POSTING_B, _SITE_B),
            resume_docx(),
            two_txt("resume_txt", RESUME),
            two_txt("cover_txt", COVER, blank=True),
            cover_bilingual("cover_bi_ko", True),
            cover_bilingual("cover_bi_en", False),
            contract_pdf(),
            two_txt("notice_txt", NOTICE),
            leave_csv()]
