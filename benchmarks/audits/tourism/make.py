"""The tourism set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict, scored by position (``score.py``): ``lines``, each gold line or
sentence as (file, lang, text, bead) in the order its file holds it (lang "xx": Chinese or
Japanese, neither side); ``beads``, each (kind, Korean line numbers, English line numbers),
kind "P" to pair, "D" may be paired or not, "K" / "E" one side only, "X" neither language;
``chrome_ok``, the (ko, en) texts of page chrome that translate each other (a menu item, the
breadcrumbs, the copyright line), fair to pair.

The layouts: ``exhibit_txt``, the labels as two text files, a blank line between labels
(the Chinese and Japanese QR lines at the Korean panel's foot); ``exhibit_docx``, the labels
as one Word file, a two-column table (Korean cell, English cell) a row a line, the Chinese
and Japanese lines below it; ``tour_html``, the brochure as a Korean and an English page of a
city's tourism site, its chrome in ``div``s as Korean municipal sites have it (top links,
menu, "location" breadcrumbs, language links, a survey box, footer); ``tour_pdf``, the
brochure as two PDFs (reportlab; the Korean in the CID font HYSMyeongJo-Medium, the English
in DejaVu Sans);
``hotel_bi_ko`` / ``hotel_bi_en``, the guest information as one file, each line's Korean
then its English (or the English first), the Chinese and Japanese lines where the card has
them; ``announce_4lang``, the announcer's script, one file, each announcement in Korean,
English, Chinese, Japanese; ``signs_line``, wayfinding signs both languages on one line
("출구 Exit", some with Chinese and Japanese after); ``guide_srt``, the audio guide as two
SRT files (the English cues 0.2 s later); ``blog_txt``, the blog post as two text files, a
paragraph a line between blank lines; ``blog_bi_en``, the post as one file, each paragraph's
English then its Korean, a blank line between paragraphs.
"""

from __future__ import annotations

import html
import io

from layout import Layout, pdf_fonts

from .gold import ANNOUNCE, BLOG, D, EXHIBIT, GUIDE, HOTEL, SIGNS, TOUR


class Gold:
    """The lines and beads of one layout, added in each file's order."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str, str, int]] = []
        self.beads: list[tuple[str, list[int], list[int]]] = []
        self.chrome_ok: list[tuple[str, str]] = []

    def bead(self, kind: str) -> int:
        self.beads.append((kind, [], []))
        return len(self.beads) - 1

    def line(self, f: int, lang: str, text: str, b: int) -> None:
        self.lines.append((f, lang, text, b))
        self.beads[b][2 if lang == "en" else 1].append(len(self.lines) - 1)

    def as_dict(self) -> dict:
        return {"lines": self.lines, "beads": self.beads, "chrome_ok": self.chrome_ok}


def entry_beads(gold: Gold, entry) -> list[tuple[str, str, int]]:
    """An entry's beads: (ko, en, bead) for each sentence bead, one side "" where it has one
    side only; a K / E / X line a bead of its kind."""
    kind = entry[0]
    if kind == "P":
        out = []
        for k, e, *flag in entry[1]:
            out.append((k, e, gold.bead("D" if flag and flag[0] == D else "P" if k and e else "K" if k else "E")))
        return out
    text = entry[1]
    return [(text if kind != "E" else "", text if kind == "E" else "", gold.bead(kind))]


def side_line(gold: Gold, f: int, lang: str, beads) -> str:
    """One side of an entry as a line, its sentences registered in file ``f``."""
    texts = []
    for k, e, b in beads:
        text = k if lang == "ko" else e
        if not text:
            continue
        kind = gold.beads[b][0]
        gold.line(f, "xx" if kind == "X" else lang, text, b)
        texts.append(text)
    return " ".join(texts)


def two_txt(name: str, doc: list, blank: bool = False, breaks=("h2",)) -> Layout:
    """A Korean and an English text file, a line an entry (X lines on the Korean side); a
    blank line between entries (``blank``) or before each entry tagged in ``breaks``."""
    gold = Gold()
    files = {"ko": [], "en": []}
    entries = [(entry, entry_beads(gold, entry)) for entry in doc]
    for f, lang in enumerate(("ko", "en")):
        for entry, beads in entries:
            if entry[0] == "X" and lang == "en":
                continue
            text = side_line(gold, f, lang, beads)
            if not text:
                continue
            tag = entry[2] if len(entry) > 2 else "p"
            if files[lang] and (blank or tag in breaks):
                files[lang].append("")
            files[lang].append(text)
    return Layout(name, {f"{name}.ko.txt": "\n".join(files["ko"]) + "\n",
                         f"{name}.en.txt": "\n".join(files["en"]) + "\n"}, gold.as_dict())


def bilingual(name: str, doc: list, ko_first: bool, blank: bool = False) -> Layout:
    """One file: each entry's two sides on lines of their own (Korean first, or English),
    a K / E / X line alone; a blank line between entries where ``blank``."""
    gold = Gold()
    blocks = []
    for entry in doc:
        beads = entry_beads(gold, entry)
        order = ("ko", "en") if ko_first else ("en", "ko")
        lines = [side_line(gold, 0, lang, beads) for lang in order]
        blocks.append("\n".join(t for t in lines if t))
    return Layout(name, {f"{name}.txt": ("\n\n" if blank else "\n").join(blocks) + "\n"}, gold.as_dict())


def signs_line() -> Layout:
    """Each sign on one line: its Korean, its English, then its Chinese and Japanese if any."""
    gold = Gold()
    out = []
    for ko, en, other in SIGNS:
        b = gold.bead("P")
        gold.line(0, "ko", ko, b)
        gold.line(0, "en", en, b)
        if other:
            gold.line(0, "xx", other, gold.bead("X"))
        out.append(" ".join(t for t in (ko, en, other) if t))
    return Layout("signs_line", {"signs.txt": "\n".join(out) + "\n"}, gold.as_dict())


def _time(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def guide_srt() -> Layout:
    """The audio guide as two SRT files, a cue a row of ``GUIDE``; each cue 3.5 s, the
    English ones 0.2 s later. A cue's lines are one line in the reader's text."""
    gold = Gold()
    cues = {"ko": [], "en": []}
    for cue_rows in GUIDE:
        b = gold.bead("P")
        for ko, en in cue_rows:
            for f, (lang, text) in enumerate((("ko", ko), ("en", en))):
                gold.line(f, lang, " ".join(text.split("\n")), b)
                cues[lang].append(text)
    files = {}
    for lang, shift in (("ko", 0.0), ("en", 0.2)):
        out = []
        for n, text in enumerate(cues[lang]):
            t0 = 1.0 + 3.5 * n + shift
            out.append(f"{n + 1}\n{_time(t0)} --> {_time(t0 + 3.2)}\n{text}\n")
        files[f"guide.{lang}.srt"] = "\n".join(out)
    return Layout("guide_srt", files, gold.as_dict())


# ---------------------------------------------------------------- the Word labels

def exhibit_docx() -> Layout:
    """The labels as one Word file: a heading, then a table of two columns, a row a line
    (Korean, English); the Chinese and Japanese lines as paragraphs below it."""
    import docx as python_docx

    gold = Gold()
    document = python_docx.Document()
    table = None
    rows = []
    for entry in EXHIBIT:
        beads = entry_beads(gold, entry)
        if entry[0] == "X":
            rows.append(("X", side_line(gold, 0, "ko", beads)))
            continue
        ko = side_line(gold, 0, "ko", beads)
        en = side_line(gold, 0, "en", beads)
        rows.append(("row", (ko, en)))
    for kind, content in rows:
        if kind == "X":
            document.add_paragraph(content)
            continue
        if table is None:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
        cells = table.add_row().cells
        cells[0].text, cells[1].text = content
    out = io.BytesIO()
    document.save(out)
    return Layout("exhibit_docx", {"labels.docx": out.getvalue()}, gold.as_dict())


# ---------------------------------------------------------------- the tourism site's pages

_SITE = {
    "ko": dict(title="경주 시티투어 | 경주문화관광", logo="경주문화관광", top=["로그인", "회원가입", "사이트맵"],
               langs=["KOR", "ENG", "中文", "日本語"],
               menu=["관광명소", "축제·행사", "음식", "숙박", "시티투어", "여행정보"],
               crumbs=["홈", "여행정보", "시티투어"], survey="이 페이지의 정보에 만족하십니까?",
               survey_opts=["매우 만족", "만족", "보통", "불만족"], survey_btn="평가하기",
               updated="최종 수정일 2026-11-02 | 담당부서 관광컨벤션과 | 문의 054-779-8585",
               footer=["개인정보처리방침", "저작권정책", "이메일무단수집거부",
                       "(38164) 경상북도 경주시 양정로 260 경주시청 | 관광안내 1330",
                       "Copyright © Gyeongju City. All rights reserved."]),
    "en": dict(title="Gyeongju City Tour | Visit Gyeongju", logo="Visit Gyeongju", top=["Sitemap"],
               langs=["KOR", "ENG", "中文", "日本語"],
               menu=["Attractions", "Festivals", "Food", "Stay", "City Tour", "Travel Info"],
               crumbs=["Home", "Travel Info", "City Tour"], survey="Was this page helpful?",
               survey_opts=["Yes", "No"], survey_btn="Submit",
               updated="Last updated: Nov 2, 2026",
               footer=["Privacy Policy", "260 Yangjeong-ro, Gyeongju-si, Gyeongsangbuk-do 38164, Korea | "
                       "Travel hotline 1330 (English, Chinese, Japanese)",
                       "Copyright © Gyeongju City. All rights reserved."]),
}


def _page(side: list[tuple[str, str]], site: dict, lang: str) -> str:
    esc = html.escape
    body, open_list = [], False
    for tag, text in side:
        if tag == "li" and not open_list:
            body.append('      <ul class="bu_list">')
            open_list = True
        if tag != "li" and open_list:
            body.append("      </ul>")
            open_list = False
        if tag == "li":
            body.append(f"        <li>{esc(text)}</li>")
        elif tag == "p" and text.startswith(("[알림]", "Audio guides")):
            body.append(f'      <div class="notice_box"><p><strong>{esc(text)}</strong></p></div>')
        else:
            body.append(f"      <{tag}>{esc(text)}</{tag}>")
    if open_list:
        body.append("      </ul>")
    top = " ".join(f'<a href="#">{esc(t)}</a>' for t in site["top"])
    langs = "\n".join(f'      <li><a href="#">{esc(t)}</a></li>' for t in site["langs"])
    menu = "\n".join(f'      <li class="depth1"><a href="#">{esc(m)}</a></li>' for m in site["menu"])
    crumbs = ' <span class="arr">&gt;</span> '.join(f'<a href="#">{esc(c)}</a>' for c in site["crumbs"])
    opts = "\n".join(f'        <label><input type="radio" name="sv"> {esc(o)}</label>' for o in site["survey_opts"])
    footer = "\n".join(f"      <p>{esc(f)}</p>" for f in site["footer"])
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(site["title"])}</title>
<link rel="stylesheet" href="/css/sub.css">
</head>
<body>
<div id="skip"><a href="#container">본문 바로가기</a></div>
<div id="wrap">
  <div id="top_util">{top}</div>
  <div id="header">
    <div class="logo"><a href="/">{esc(site["logo"])}</a></div>
    <ul class="lang_list">
{langs}
    </ul>
    <ul id="gnb">
{menu}
    </ul>
  </div>
  <div id="container">
    <div class="location">{crumbs}</div>
    <div id="contents">
{content}
    </div>
    <div class="satisfaction">
      <p class="tit">{esc(site["survey"])}</p>
      <form>
{opts}
        <button type="submit">{esc(site["survey_btn"])}</button>
      </form>
      <p class="info">{esc(site["updated"])}</p>
    </div>
  </div>
  <div id="footer">
    <div class="inner">
{footer}
    </div>
  </div>
</div>
</body>
</html>
"""


def _sides(gold: Gold, doc: list) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The brochure's Korean and English lines as (tag, text), their sentences registered
    (the Korean file 0, the English 1)."""
    entries = [(entry, entry_beads(gold, entry)) for entry in doc]
    out = []
    for f, lang in enumerate(("ko", "en")):
        side = []
        for entry, beads in entries:
            text = side_line(gold, f, lang, beads)
            if text:
                side.append((entry[2] if len(entry) > 2 else "p", text))
        out.append(side)
    return out[0], out[1]


def tour_html() -> Layout:
    gold = Gold()
    ko, en = _sides(gold, TOUR)
    sk, se = _SITE["ko"], _SITE["en"]
    gold.chrome_ok = ([(k, e) for k, e in zip(sk["menu"], se["menu"])]
                      + [(" > ".join(sk["crumbs"]), " > ".join(se["crumbs"])), (sk["survey"], se["survey"]),
                         (sk["footer"][0], se["footer"][0]), (sk["footer"][-1], se["footer"][-1]),
                         (sk["footer"][3], se["footer"][1]), (sk["logo"], se["logo"])])
    return Layout("tour_html", {"tour.ko.html": _page(ko, sk, "ko"), "tour.en.html": _page(en, se, "en")},
                  gold.as_dict())


def tour_pdf() -> Layout:
    """The brochure as two A4 PDFs: a title, headings, list items with a bullet, the notice
    in bold type."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    korean, latin = pdf_fonts("DejaVuSans")
    gold = Gold()
    ko, en = _sides(gold, TOUR)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin  # DejaVu Serif has no "₩"
        body = ParagraphStyle("b", fontName=font, fontSize=10, leading=15, spaceAfter=4, bulletFontName=font)
        item = ParagraphStyle("i", parent=body, leftIndent=14, bulletIndent=4)
        title = ParagraphStyle("t", fontName=font, fontSize=18, leading=24, spaceAfter=12)
        head = ParagraphStyle("h", fontName=font, fontSize=12, leading=17, spaceBefore=10, spaceAfter=3)
        story = []
        for tag, text in side:
            esc = html.escape(text, quote=False)
            if lang == "ko":  # the CID font's CMap has no U+00B7: the Katakana middle dot, read back as "·"
                esc = esc.replace("·", "・")
            if tag == "li":
                story.append(Paragraph(esc, item, bulletText="•"))
            else:
                story.append(Paragraph(esc, title if tag == "h1" else head if tag == "h2" else body))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=64, rightMargin=64).build(story)
        files[f"tour.{lang}.pdf"] = out.getvalue()
    return Layout("tour_pdf", files, gold.as_dict())


def layouts() -> list[Layout]:
    """The set's eleven layouts."""
    return [two_txt("exhibit_txt", EXHIBIT, breaks=("h2",)),
            exhibit_docx(),
            tour_html(),
            tour_pdf(),
            bilingual("hotel_bi_ko", HOTEL, True),
            bilingual("hotel_bi_en", HOTEL, False),
            bilingual("announce_4lang", ANNOUNCE, True),
            signs_line(),
            guide_srt(),
            two_txt("blog_txt", BLOG, blank=True),
            bilingual("blog_bi_en", BLOG, False, blank=True)]
