"""The civic set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict, scored by position (``score.py``, ``tourism/score.py``'s
scorer): ``lines``, each gold line or sentence as (file, lang, text, bead) in the order its
file holds it; ``beads``, each (kind, Korean line numbers, English line numbers), kind "P"
to pair, "D" may be paired or not, "K" / "E" one side only; ``chrome_ok``, the (ko, en)
texts of page chrome that translate each other (a menu item, the breadcrumbs), fair to pair.

The layouts: ``registration_txt``, the alien registration guide as two text files, a
blank line before each heading, the label–value rows "수수료: 무료" / "Fee: Free";
``registration_hwpx``, the guide as two Hangul (.hwpx) files as a city hall writes them
(headings in the 개요 1 style, list items "○ ", the label–value rows a two-column table,
each cell one bead's half); ``alerts_bi``, the emergency texts as one file, each alert's
Korean line then its English line, the untranslated one alone; ``typhoon_html``, the
evacuation notice as a Korean and an English page of a district office's site (skip link,
top links, GNB menu, "홈 > 생활 > …" breadcrumbs, a satisfaction survey box, the page's
department line, a footer with address and 사업자등록번호 lines); ``tax_pdf``, the tax notice
as two A4 PDFs (reportlab; the Korean in the CID font HYSMyeongJo-Medium, the English in
DejaVu Sans), its label–value rows a ruled two-column table (a figures-only value cell
debatable); ``tax_txt``, the notice as two text files copied out of the PDF, rows "label<TAB>
value"; ``election_bi_ko`` / ``election_bi_en``, the election guide as one file, each
entry's Korean line then its English (or the English first; with blank lines between
entries); ``waste_txt``, the leaflet as two text files, list items "- ".
"""

from __future__ import annotations

import html
import io
import zipfile
from xml.sax.saxutils import escape as xml_escape

from layout import Layout, pdf_fonts

from tourism.make import Gold

from .gold import ALERTS, D, ELECTION, REGISTRATION, TAX, TYPHOON, WASTE


def entry_beads(gold: Gold, entry, cells: bool = False) -> list[tuple[str, str, int]]:
    """An entry's beads: (ko, en, bead) for each bead, one side "" where it has one side
    only. A "T" row is one bead, "label<sep>value" (the separator put in by the caller);
    as table ``cells`` its label and its value are two halves: one bead, or, a value of
    figures only (D), the label a bead and the value a debatable one."""
    kind = entry[0]
    if kind == "P":
        return [(k, e, gold.bead("D" if flag and flag[0] == D else "P" if k and e else "K" if k else "E"))
                for k, e, *flag in entry[1]]
    if kind == "T":
        _, lk, vk, le, ve, *flag = entry
        if not cells:
            b = gold.bead("P")
            return [((lk, vk), (le, ve), b)]
        if flag:
            return [(lk, le, gold.bead("P")), (vk, ve, gold.bead("D"))]
        b = gold.bead("P")
        return [(lk, le, b), (vk, ve, b)]
    text = entry[1]
    return [(text if kind == "K" else "", text if kind == "E" else "", gold.bead(kind))]


def side_texts(gold: Gold, f: int, lang: str, beads, sep: str = ": ") -> list[str]:
    """One side of an entry's beads, each registered in file ``f``; a "T" row's label and
    value joined by ``sep``."""
    out = []
    for k, e, b in beads:
        text = k if lang == "ko" else e
        if isinstance(text, tuple):
            text = sep.join(text)
        if text:
            gold.line(f, lang, text, b)
            out.append(text)
    return out


def tag_of(entry) -> str:
    if entry[0] == "T":
        return "row"
    return entry[2] if len(entry) > 2 else "p"


def two_txt(name: str, doc: list, blank_before=("h2",), mark: str = "", sep: str = ": ") -> Layout:
    """A Korean and an English text file, a line an entry; a blank line before each entry
    tagged in ``blank_before``; list items after ``mark``."""
    gold = Gold()
    entries = [(entry, entry_beads(gold, entry)) for entry in doc]
    files = {}
    for f, lang in enumerate(("ko", "en")):
        out = []
        for entry, beads in entries:
            texts = side_texts(gold, f, lang, beads, sep)
            if not texts:
                continue
            if out and tag_of(entry) in blank_before:
                out.append("")
            out.append((mark if tag_of(entry) == "li" else "") + " ".join(texts))
        files[f"{name}.{lang}.txt"] = "\n".join(out) + "\n"
    return Layout(name, files, gold.as_dict())


def bilingual(name: str, doc: list, ko_first: bool, blank: bool = False) -> Layout:
    """One file: each entry's two sides on lines of their own (Korean first, or English),
    a K / E line alone; a blank line between entries where ``blank``."""
    gold = Gold()
    blocks = []
    for entry in doc:
        beads = entry_beads(gold, entry)
        order = ("ko", "en") if ko_first else ("en", "ko")
        lines = [" ".join(side_texts(gold, 0, lang, beads)) for lang in order]
        blocks.append("\n".join(t for t in lines if t))
    return Layout(name, {f"{name}.txt": ("\n\n" if blank else "\n").join(blocks) + "\n"}, gold.as_dict())


# ---------------------------------------------------------------- Hangul (.hwpx)

_NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
       'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
       'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf/"')
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'


def _hp_p(text: str, style: int = 0) -> str:
    runs = f'<hp:run charPrIDRef="0"><hp:t>{xml_escape(text)}</hp:t></hp:run>' if text else ""
    return (f'<hp:p id="0" paraPrIDRef="0" styleIDRef="{style}" pageBreak="0" columnBreak="0" merged="0">{runs}'
            '<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1000" textheight="1000" baseline="850" '
            'spacing="600" horzpos="0" horzsize="42520" flags="393216"/></hp:linesegarray></hp:p>')


def _hp_table(rows: list[tuple[str, str]]) -> str:
    out = [f'<hp:tbl id="1" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" rowCnt="{len(rows)}" '
           'colCnt="2" cellSpacing="0" borderFillIDRef="3" noAdjust="0"><hp:sz width="42520" widthRelTo="ABSOLUTE" '
           'height="2564" heightRelTo="ABSOLUTE" protect="0"/>']
    for r, cells in enumerate(rows):
        out.append("<hp:tr>")
        for c, text in enumerate(cells):
            out.append(f'<hp:tc name="" header="0" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="3">'
                       f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER">'
                       f'{_hp_p(text)}</hp:subList><hp:cellAddr colAddr="{c}" rowAddr="{r}"/>'
                       '<hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="21260" height="282"/></hp:tc>')
        out.append("</hp:tr>")
    return "".join(out) + "</hp:tbl>"


def hwpx_bytes(blocks: list[tuple[str, object]], title: str) -> bytes:
    """An .hwpx package of one section: ``blocks`` are ("p", text, style) paragraphs and
    ("table", rows) tables (each in a paragraph's run, as Hangul places them)."""
    body = []
    for block in blocks:
        if block[0] == "table":
            body.append('<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                        f'<hp:run charPrIDRef="0">{_hp_table(block[1])}<hp:t/></hp:run></hp:p>')
        else:
            body.append(_hp_p(block[1], block[2]))
    section = f'{_DECL}<hs:sec {_NS}>{_hp_p("")}{"".join(body)}</hs:sec>'
    header = (f'{_DECL}<hh:head {_NS} version="1.4" secCnt="1"><hh:refList><hh:styles itemCnt="2">'
              '<hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" '
              'nextStyleIDRef="0" langID="1042" lockForm="0"/><hh:style id="2" type="PARA" name="개요 1" '
              'engName="Outline 1" paraPrIDRef="2" charPrIDRef="0" nextStyleIDRef="2" langID="1042" lockForm="0"/>'
              '</hh:styles></hh:refList></hh:head>')
    content = (f'{_DECL}<opf:package {_NS} version="" unique-identifier="" id=""><opf:metadata><opf:title>'
               f'{xml_escape(title)}</opf:title><opf:language>ko</opf:language></opf:metadata><opf:manifest>'
               '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
               '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
               '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
               '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')
    parts = {"mimetype": b"application/hwp+zip",
             "version.xml": (f'{_DECL}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
                             'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" '
                             'application="Hancom Office Hangul"/>').encode(),
             "Contents/header.xml": header.encode(), "Contents/section0.xml": section.encode(),
             "Preview/PrvText.txt": title.encode("utf-16-le"),
             "META-INF/container.xml": (f'{_DECL}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:'
                                        'container"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" '
                                        'media-type="application/hwpml-package+xml"/></ocf:rootfiles>'
                                        '</ocf:container>').encode(),
             "Contents/content.hpf": content.encode()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(zipfile.ZipInfo(part, (2026, 12, 5, 0, 0, 0)), data,
                       zipfile.ZIP_STORED if part == "mimetype" else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _table_sides(gold: Gold, doc: list) -> list[list[tuple[str, object]]]:
    """Each side's blocks: ("h1" | "h2" | "li" | "p", text) lines and ("table", rows) runs
    of "T" rows, the beads registered (Korean file 0, English file 1)."""
    entries = [(entry, entry_beads(gold, entry, cells=entry[0] == "T")) for entry in doc]
    sides = []
    for f, lang in enumerate(("ko", "en")):
        blocks: list[tuple[str, object]] = []
        for entry, beads in entries:
            texts = side_texts(gold, f, lang, beads)
            if not texts:
                continue
            if entry[0] == "T":
                if not blocks or blocks[-1][0] != "table":
                    blocks.append(("table", []))
                blocks[-1][1].append(tuple(texts))
            else:
                blocks.append((tag_of(entry), " ".join(texts)))
        sides.append(blocks)
    return sides


def registration_hwpx() -> Layout:
    gold = Gold()
    files = {}
    titles = {"ko": "외국인등록 안내", "en": "Alien Registration Guide"}
    for lang, blocks in zip(("ko", "en"), _table_sides(gold, REGISTRATION)):
        out = []
        for tag, content in blocks:
            if tag == "table":
                out.append(("table", content))
            else:
                style = 2 if tag in ("h1", "h2") else 0
                out.append(("p", ("○ " if tag == "li" else "") + content, style))
        files[f"registration.{lang}.hwpx"] = hwpx_bytes(out, titles[lang])
    return Layout("registration_hwpx", files, gold.as_dict())


# ---------------------------------------------------------------- the district office's page

_SITE = {
    "ko": dict(title="태풍 대피 안내 < 재난안전 < 생활 < 해운대구청", logo="해운대구청",
               skip="본문 바로가기", top=["로그인", "회원가입", "사이트맵", "English"],
               menu=["열린구청장", "민원", "생활", "참여·소통", "정보공개", "해운대소개"],
               crumbs=["홈", "생활", "재난안전", "태풍 대피 안내"],
               survey="이 페이지에서 제공하는 정보에 대하여 어느 정도 만족하셨습니까?",
               opts=["매우 만족", "만족", "보통", "불만족", "매우 불만족"], button="평가하기",
               dept="담당부서: 안전총괄과  담당자: 이수정  전화번호: 051-749-4000  최종수정일: 2026-09-05",
               footer=["개인정보처리방침", "영상정보처리기기운영방침", "저작권정책", "이메일무단수집거부",
                       "(48095) 부산광역시 해운대구 중동2로 11 해운대구청  대표전화 051-749-4000",
                       "고유번호(사업자등록번호) 605-83-00117",
                       "COPYRIGHT © HAEUNDAE-GU OFFICE. ALL RIGHTS RESERVED."]),
    "en": dict(title="Typhoon Evacuation | Haeundae-gu Office", logo="Haeundae-gu Office",
               skip="Skip to content", top=["Sitemap", "한국어"],
               menu=["About Haeundae", "Living", "Safety", "Tourism", "Contact"],
               crumbs=["Home", "Living", "Safety", "Typhoon Evacuation"],
               survey="Did you find what you were looking for?",
               opts=["Yes", "No"], button="Submit",
               dept="Last updated: September 5, 2026",
               footer=["Privacy Policy", "11 Jungdong 2-ro, Haeundae-gu, Busan 48095, Korea  Tel. +82-51-749-4000",
                       "COPYRIGHT © HAEUNDAE-GU OFFICE. ALL RIGHTS RESERVED."]),
}


def _page(side: list[tuple[str, str]], site: dict, lang: str) -> str:
    esc = html.escape
    body, open_list = [], False
    for tag, text in side:
        if tag == "li" and not open_list:
            body.append('        <ul class="dot_list">')
            open_list = True
        if tag != "li" and open_list:
            body.append("        </ul>")
            open_list = False
        if tag == "li":
            body.append(f"          <li>{esc(text)}</li>")
        elif tag == "h1":
            body.append(f'        <h3 class="con_tit">{esc(text)}</h3>')
        elif tag == "h2":
            body.append(f'        <h4 class="tit_bul">{esc(text)}</h4>')
        elif "☎" in text:
            body.append(f'        <div class="box_call"><p>{esc(text)}</p></div>')
        else:
            body.append(f"        <p>{esc(text)}</p>")
    if open_list:
        body.append("        </ul>")
    top = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in site["top"])
    menu = "\n".join(f'        <li class="depth1"><a href="#">{esc(m)}</a></li>' for m in site["menu"])
    crumbs = "\n".join(f'        <li><a href="#">{esc(c)}</a></li>' for c in site["crumbs"])
    opts = "\n".join(f'          <li><input type="radio" name="sat" id="s{n}"><label for="s{n}">{esc(o)}</label></li>'
                     for n, o in enumerate(site["opts"]))
    footer = "\n".join(f"      <p>{esc(f)}</p>" for f in site["footer"])
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(site["title"])}</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="skipnav"><a href="#contents">{esc(site["skip"])}</a></div>
<div id="wrap">
  <div id="header">
    <ul class="top_link">{top}</ul>
    <h1 class="logo"><a href="/"><img src="/images/logo.png" alt="{esc(site["logo"])}"></a></h1>
    <nav id="gnb">
      <ul>
{menu}
      </ul>
    </nav>
  </div>
  <div id="container">
    <div class="sub_visual"><h2>{esc(site["crumbs"][-2])}</h2></div>
    <div class="location">
      <ul>
{crumbs}
      </ul>
      <a href="#" class="btn_print">{'인쇄' if lang == 'ko' else 'Print'}</a>
    </div>
    <div id="contents">
      <div class="contents_inner">
{content}
      </div>
    </div>
    <div class="satisfaction">
      <form>
        <fieldset>
          <legend>{esc(site["survey"])}</legend>
          <ul>
{opts}
          </ul>
          <button type="submit">{esc(site["button"])}</button>
        </fieldset>
      </form>
      <p class="manager">{esc(site["dept"])}</p>
    </div>
  </div>
  <div id="footer">
    <div class="footer_inner">
{footer}
    </div>
  </div>
</div>
<script>$(function(){{ $('#gnb').menu(); }});</script>
</body>
</html>
"""


def _sides(gold: Gold, doc: list) -> list[list[tuple[str, str]]]:
    entries = [(entry, entry_beads(gold, entry)) for entry in doc]
    out = []
    for f, lang in enumerate(("ko", "en")):
        side = []
        for entry, beads in entries:
            texts = side_texts(gold, f, lang, beads)
            if texts:
                side.append((tag_of(entry), " ".join(texts)))
        out.append(side)
    return out


def typhoon_html() -> Layout:
    gold = Gold()
    ko, en = _sides(gold, TYPHOON)
    sk, se = _SITE["ko"], _SITE["en"]
    gold.chrome_ok = ([("생활", "Living"), ("재난안전", "Safety"), ("홈", "Home"), ("태풍 대피 안내", "Typhoon Evacuation"),
                       ("본문 바로가기", "Skip to content"), ("인쇄", "Print"), ("평가하기", "Submit"),
                       ("사이트맵", "Sitemap"), ("개인정보처리방침", "Privacy Policy"), ("해운대구청", "Haeundae-gu Office"),
                       (" ".join(sk["crumbs"]), " ".join(se["crumbs"])), (sk["survey"], se["survey"]),
                       (sk["footer"][-1], se["footer"][-1]), (sk["footer"][4], se["footer"][1]),
                       ("해운대소개", "About Haeundae")])
    return Layout("typhoon_html", {"typhoon.ko.html": _page(ko, sk, "ko"), "typhoon.en.html": _page(en, se, "en")},
                  gold.as_dict())


# ---------------------------------------------------------------- the tax notice as PDF

def tax_pdf() -> Layout:
    """The notice as two A4 PDFs: a title, headings, list items with a bullet, the
    label–value rows a ruled two-column table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    korean, latin = pdf_fonts("DejaVuSans")
    gold = Gold()
    files = {}
    for lang, blocks in zip(("ko", "en"), _table_sides(gold, TAX)):
        font = korean if lang == "ko" else latin
        body = ParagraphStyle("b", fontName=font, fontSize=10, leading=15, spaceAfter=4, bulletFontName=font)
        item = ParagraphStyle("i", parent=body, leftIndent=14, bulletIndent=4)
        title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, spaceAfter=12)
        head = ParagraphStyle("h", fontName=font, fontSize=12, leading=17, spaceBefore=10, spaceAfter=3)
        story = []
        for tag, content in blocks:
            if tag == "table":
                rows = [[Paragraph(html.escape(c, quote=False), body) for c in row] for row in content]
                table = Table(rows, colWidths=[130, 330])
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                           ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                story.append(table)
                continue
            esc = html.escape(content, quote=False)
            if tag == "li":
                story.append(Paragraph(esc, item, bulletText="•"))
            else:
                story.append(Paragraph(esc, title if tag == "h1" else head if tag == "h2" else body))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=64, rightMargin=64).build(story)
        files[f"tax.{lang}.pdf"] = out.getvalue()
    return Layout("tax_pdf", files, gold.as_dict())


def layouts() -> list[Layout]:
    """The set's nine layouts."""
    return [two_txt("registration_txt", REGISTRATION),
            registration_hwpx(),
            bilingual("alerts_bi", ALERTS, True),
            typhoon_html(),
            tax_pdf(),
            two_txt("tax_txt", TAX, blank_before=("h2",), sep="\t"),
            bilingual("election_bi_ko", ELECTION, True),
            bilingual("election_bi_en", ELECTION, False, blank=True),
            two_txt("waste_txt", WASTE, blank_before=("h2",), mark="- ")]
