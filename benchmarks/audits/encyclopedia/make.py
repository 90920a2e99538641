"""The encyclopedia set's layouts and their gold (``gold.py``'s five documents).

A layout's gold: ``{"pairs": [(ko, en)], "debatable": [(ko, en)], "unpaired": [text],
"either": [text], "never_paired": [text]}`` (``either``: texts that may be left unpaired or
paired). The scorer compares texts, so each layout's gold is the documents' text as that
layout's files show it (``Style``): citation marks kept where the file has them as text, left
out where the page puts them in ``<sup class="reference">`` (the HTML reader does not read
them); a Word document's superscript note marks read as superscript characters, as the
reader reads them since it was fixed on this set (on the first run's reader they were
plain digits, "이다.1", and the gold had them so: the same pairs).

Layouts: ``person_html``, ``place_html`` (a saved Wikipedia page, Korean and English:
navigation, sidebar, table of contents, "[편집]" links, infobox, ``<sup>`` marks, reference
list with backlinks, categories, footer); ``person_txt`` (the article copied from the page
into text, a paragraph a line, "[편집]" after the headings, infobox rows apart by a tab);
``place_md`` and ``catalogue_md`` (Markdown: a table, an image, lists, bold field names);
``thesis_txt`` (a paragraph a line, superscript note marks, footnotes at the end, a page
number line); ``abstract_bi_ko`` and ``abstract_bi_en`` (one bilingual file, each element's
Korean line then its English one, or the English first); ``thesis_docx``, the thesis excerpt
as two Word documents (headings in Heading styles, note marks as superscript runs of digits,
the block quotation in the Quote style, the page number in the page footer, the notes as
paragraphs after the text), and ``abstract_pdf``, the abstract page as two PDFs made with
reportlab (the Korean in its CID font HYSMyeongJo-Medium, wrapped and justified): files of
bytes, which the runner writes as they are.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from layout import Layout, pdf_fonts

from .gold import ABSTRACT, CATALOGUE, PERSON, PLACE, THESIS

MARK = re.compile(r"\[(?:\d+|출처 필요|citation needed)\]")

# page furniture on the saved wiki pages: never inside a pair
CHROME = {
    "ko": ["본문으로 이동", "로그인", "계정 만들기", "역사 보기", "둘러보기", "최근 바뀜", "임의의 문서로", "다른 언어",
           "위키백과, 우리 모두의 백과사전", "목차", "분류:", "1390년 출생", "마지막으로 편집되었습니다", "크리에이티브 커먼즈",
           "개인정보처리방침", "면책 조항", "[편집]"],
    "en": ["Jump to content", "Log in", "Create account", "View history", "Main page", "Recent changes", "Random article",
           "Languages", "From Wikipedia, the free encyclopedia", "Contents", "Categories:", "1390 births",
           "This page was last edited", "Creative Commons", "Privacy policy", "Disclaimers", "[edit]"],
}


@dataclass
class Style:
    """How a layout shows the documents' text: ``marks`` "keep" (as text) or "strip" (left
    out); ``edit``: "[편집]" / "[edit]" after
    section headings; ``backlinks``: "↑" / "^" before each reference."""
    marks: str = "keep"
    edit: bool = False
    backlinks: bool = False

    def text(self, s: str) -> str:
        if self.marks == "strip":
            s = MARK.sub("", s)
        return s

    def ref(self, lang: str, s: str) -> str:
        return ("↑ " if lang == "ko" else "^ ") + s if self.backlinks else s


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def gold(doc: list, style: Style) -> dict:
    """The gold of one document as ``style`` shows it."""
    g = {"pairs": [], "debatable": [], "unpaired": [], "either": [], "alt": {}, "within": []}

    def bead(ko: str, en: str, debatable=False) -> None:
        ko, en = style.text(ko), style.text(en)
        if isinstance(debatable, list):  # the other readings as good as this one
            g["alt"][(ko, en)] = [(style.text(k), style.text(e)) for k, e in debatable]
            debatable = False
        if ko and en:
            g["debatable" if debatable else "pairs"].append((ko, en))
            if debatable:
                g["either"] += [ko, en]
        else:
            g["either" if debatable else "unpaired"].append(ko or en)

    for i, el in enumerate(doc):
        kind = el[0]
        if kind == "h":
            sub = style.edit and i > 0
            bead(el[1] + ("[편집]" if sub else ""), el[2] + ("[edit]" if sub else ""))
        elif kind in ("p", "ul", "quote", "notes"):
            for b in el[1]:
                bead(*b)
        elif kind == "line":
            bead(el[1], el[2], el[3])
        elif kind == "box":
            bead(*el[1])
            for kl, kv, fl, fv in el[2]:
                for pair in ((kl, fl), (kv, fv), (f"{kl} {kv}", f"{fl} {fv}")):
                    g["debatable"].append(pair)
                    g["either"] += list(pair)
        elif kind == "refs":
            same = el[3]
            for lang, mine, n in (("ko", el[1], 0), ("en", el[2], 1)):
                for i, r in enumerate(mine):
                    g["either" if any(p[n] == i for p in same) else "unpaired"].append(style.ref(lang, r))
            # an entry citing the same work in both, or any piece of it with a piece of the other
            g["within"] += [(style.ref("ko", el[1][a]), style.ref("en", el[2][b])) for a, b in same]
    return g


# ------------------------------------------------------------------ renderers

def _sup_html(s: str, lang: str) -> str:
    """A sentence's citation marks as a MediaWiki page writes them."""
    def one(m):
        inner = m.group(0)[1:-1]
        if inner.isdigit():
            return f'<sup id="cite_ref-{inner}" class="reference"><a href="#cite_note-{inner}">[{inner}]</a></sup>'
        return ('<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a href="/wiki/'
                + ("위키백과:출처_필요" if lang == "ko" else "Wikipedia:Citation_needed")
                + f'" title="{inner}"><span>{inner}</span></a></i>]</sup>')
    return MARK.sub(one, s)


def _side(beads, lang: str) -> list[str]:
    k = 0 if lang == "ko" else 1
    return [b[k] for b in beads if b[k]]


def wiki_html(doc: list, lang: str) -> str:
    ko = lang == "ko"
    title = doc[0][1 if ko else 2]
    L = {
        "site": "위키백과, 우리 모두의 백과사전" if ko else "Wikipedia",
        "jump": "본문으로 이동" if ko else "Jump to content",
        "personal": ["로그인", "계정 만들기"] if ko else ["Log in", "Create account"],
        "ns": ["문서", "토론"] if ko else ["Article", "Talk"],
        "views": ["읽기", "편집", "역사 보기"] if ko else ["Read", "Edit", "View history"],
        "nav": ["대문", "최근 바뀜", "요즘 화제", "임의의 문서로"] if ko else ["Main page", "Recent changes", "Current events", "Random article"],
        "navh": "둘러보기" if ko else "Navigation",
        "langs": "다른 언어" if ko else "Languages",
        "sub": "위키백과, 우리 모두의 백과사전." if ko else "From Wikipedia, the free encyclopedia",
        "toc": "목차" if ko else "Contents",
        "edit": "편집" if ko else "edit",
        "cat": "분류" if ko else "Categories",
        "cats": ["1390년 출생", "조선의 과학자"] if ko else ["1390 births", "Joseon scientists"],
        "lastmod": "이 문서는 2024년 3월 2일 (토) 14:05에 마지막으로 편집되었습니다." if ko
        else "This page was last edited on 2 March 2024, at 14:05 (UTC).",
        "copy": "모든 문서는 크리에이티브 커먼즈 저작자표시-동일조건변경허락 4.0에 따라 사용할 수 있으며, 추가적인 조건이 적용될 수 있습니다."
        if ko else "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.",
        "places": ["개인정보처리방침", "위키백과 소개", "면책 조항"] if ko else ["Privacy policy", "About Wikipedia", "Disclaimers"],
    }
    lis = lambda items: "".join(f'<li><a href="#">{x}</a></li>' for x in items)  # noqa: E731
    out = [f'<!DOCTYPE html>\n<html lang="{lang}" dir="ltr" class="client-nojs">\n<head>\n<meta charset="UTF-8">\n'
           f'<title>{title} - {L["site"]}</title>\n<link rel="stylesheet" href="/w/load.php?modules=site.styles">\n</head>\n'
           f'<body class="mediawiki ltr skin-vector">\n<a class="mw-jump-link" href="#bodyContent">{L["jump"]}</a>\n'
           f'<div id="mw-page-base" class="noprint"></div>\n'
           f'<div id="content" class="mw-body" role="main">\n<a id="top"></a>\n'
           f'<h1 id="firstHeading" class="firstHeading mw-first-heading">{title}</h1>\n'
           f'<div id="bodyContent" class="vector-body">\n<div id="siteSub" class="noprint">{L["sub"]}</div>\n'
           f'<div id="contentSub"></div>\n<div id="mw-content-text" class="mw-body-content" lang="{lang}" dir="ltr">'
           f'<div class="mw-parser-output">\n']
    headings = [el for el in doc[1:] if el[0] == "h"]
    toc_done = False
    for el in doc[1:]:
        kind = el[0]
        if kind == "h" and not toc_done:
            toc = "".join(f'<li class="toclevel-1"><a href="#s{n}"><span class="tocnumber">{n + 1}</span> '
                          f'<span class="toctext">{h[1 if ko else 2]}</span></a></li>' for n, h in enumerate(headings))
            out.append(f'<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">'
                       f'<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">'
                       f'<div class="toctitle" lang="{lang}" dir="ltr"><h2 id="mw-toc-heading">{L["toc"]}</h2></div>\n<ul>{toc}</ul>\n</div>\n')
            toc_done = True
        if kind == "h":
            text = el[1 if ko else 2]
            level = "h3" if text in ("출생과 가계", "궁중 발탁", "Origins", "Service at court") else "h2"
            out.append(f'<{level}><span class="mw-headline" id="{text.replace(" ", "_")}">{text}</span>'
                       f'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
                       f'<a href="/w/index.php?title={title}&amp;action=edit&amp;section=1" title="{text} 편집">{L["edit"]}</a>'
                       f'<span class="mw-editsection-bracket">]</span></span></{level}>\n')
        elif kind == "line":
            text = el[1 if ko else 2]
            out.append(f'<span id="coordinates"><span class="plainlinks nourlexpansion"><a class="external text" '
                       f'href="https://geohack.toolforge.org/geohack.php?params=37_17_11_N_127_00_42_E">{text}</a></span></span>\n')
        elif kind == "box":
            cap = el[1][0 if ko else 1]
            rows = "".join(f'<tr><th scope="row" class="infobox-label">{r[0 if ko else 2]}</th>'
                           f'<td class="infobox-data">{r[1 if ko else 3]}</td></tr>\n' for r in el[2])
            out.append(f'<table class="infobox vcard" style="width:22em">\n<tbody>'
                       f'<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:X.jpg" class="mw-file-description">'
                       f'<img src="//upload.wikimedia.org/x.jpg" decoding="async" width="220" height="293"></a></span>'
                       f'<div class="infobox-caption">{cap}</div></td></tr>\n{rows}</tbody></table>\n')
        elif kind == "p":
            out.append("<p>" + " ".join(_sup_html(s, lang) for s in _side(el[1], lang)) + "\n</p>\n")
        elif kind == "ul":
            out.append('<div class="div-col"><ul>' + "".join(f'<li><a href="/wiki/{s}" title="{s}">{s}</a></li>'
                                                              for s in _side(el[1], lang)) + "</ul></div>\n")
        elif kind == "refs":
            items = el[1 if ko else 2]
            out.append('<div class="reflist"><div class="mw-references-wrap"><ol class="references">\n' + "".join(
                f'<li id="cite_note-{n + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n + 1}">{"↑" if ko else "^"}</a></b></span> '
                f'<span class="reference-text">{r}</span>\n</li>\n' for n, r in enumerate(items)) + "</ol></div></div>\n")
    out.append('</div></div>\n<div class="printfooter">"https://' + lang + '.wikipedia.org/wiki/' + title + '"</div>\n'
               f'<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">'
               f'<a href="/wiki/Special:Categories">{L["cat"]}</a>: <ul>{lis(L["cats"])}</ul></div></div>\n</div>\n</div>\n'
               f'<div id="mw-navigation"><h2>{L["navh"]}</h2>\n'
               f'<div id="p-personal" role="navigation"><ul>{lis(L["personal"])}</ul></div>\n'
               f'<div id="left-navigation"><div id="p-namespaces" role="navigation"><ul>{lis(L["ns"])}</ul></div></div>\n'
               f'<div id="right-navigation"><div id="p-views" role="navigation"><ul>{lis(L["views"])}</ul></div>\n'
               f'<div id="p-search" role="search"><form action="/w/index.php"><input type="search" name="search" placeholder="{title}"></form></div></div>\n'
               f'</div>\n<div id="mw-panel"><div class="portal" role="navigation" id="p-navigation"><h3>{L["navh"]}</h3>'
               f'<ul>{lis(L["nav"])}</ul></div>\n<div class="portal" role="navigation" id="p-lang"><h3>{L["langs"]}</h3>'
               f'<ul>{lis(["English" if ko else "한국어", "日本語", "中文"])}</ul></div></div>\n'
               f'<div id="footer" role="contentinfo" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">{L["lastmod"]}</li>\n'
               f'<li id="footer-info-copyright">{L["copy"]}</li></ul>\n<ul id="footer-places">{lis(L["places"])}</ul></div>\n</body>\n</html>\n')
    return "".join(out)


def txt(doc: list, lang: str, style: Style) -> str:
    """The text a paragraph a line (a heading, an infobox row, a list item, a reference a line)."""
    k = 0 if lang == "ko" else 1
    lines = []
    for i, el in enumerate(doc):
        kind = el[0]
        if kind == "h":
            lines.append(el[1 + k] + (("[편집]" if k == 0 else "[edit]") if style.edit and i > 0 else ""))
        elif kind == "line":
            if el[1 + k]:
                lines.append(el[1 + k])
        elif kind == "box":
            lines.append(el[1][k])
            lines += [f"{r[2 * k]}\t{r[2 * k + 1]}" for r in el[2]]
        elif kind in ("p", "quote"):
            lines.append(" ".join(style.text(s) for s in _side(el[1], lang)))
        elif kind in ("ul", "notes"):
            lines += [style.text(s) for s in _side(el[1], lang)]
        elif kind == "refs":
            lines += [style.ref(lang, r) for r in el[1 + k]]
    return "\n".join(lines) + "\n"


def md(doc: list, lang: str) -> str:
    """The text as Markdown: headings, the infobox as an image and a table, bold field names."""
    k = 0 if lang == "ko" else 1
    out = []
    for i, el in enumerate(doc):
        kind = el[0]
        if kind == "h":
            out.append(("# " if i == 0 else "## ") + el[1 + k])
        elif kind == "line":
            if el[1 + k]:
                out.append(el[1 + k])
        elif kind == "box":
            out.append(f"![{el[1][k]}](images/box.jpg)\n\n*{el[1][k]}*")
            head = "| 항목 | 정보 |" if k == 0 else "| Item | Details |"
            out.append("\n".join([head, "| --- | --- |"] + [f"| {r[2 * k]} | {r[2 * k + 1]} |" for r in el[2]]))
        elif kind in ("p", "quote"):
            out.append(("> " if kind == "quote" else "") + " ".join(_side(el[1], lang)))
        elif kind == "ul":
            items = []
            for s in _side(el[1], lang):
                name, sep, value = s.partition(": ")
                items.append(f"- **{name}:** {value}" if sep else f"- {s}")
            out.append("\n".join(items))
        elif kind == "refs":
            out.append("\n".join(f"{n + 1}. {r}" for n, r in enumerate(el[1 + k])))
    return "\n\n".join(out) + "\n"


def bilingual(doc: list, ko_first: bool) -> str:
    """One file: each element's Korean line then its English line (or the English first)."""
    ko, en = txt(doc, "ko", Style()).splitlines(), txt(doc, "en", Style()).splitlines()
    # the documents' lines correspond one to one but for the DOI line (Korean only)
    lines, j = [], 0
    for line in ko:
        if line.startswith("DOI:"):
            lines.append(line)
            continue
        pair = [line, en[j]] if ko_first else [en[j], line]
        lines += pair
        j += 1
    assert j == len(en)
    return "\n".join(lines) + "\n"


def md_gold(doc: list) -> dict:
    g = gold(doc, Style())
    # what the Markdown shows besides: the table's header row, the image's alternative text
    g["debatable"].append(("항목", "Item"))
    g["debatable"].append(("정보", "Details"))
    g["either"] += ["항목", "Item", "정보", "Details"]
    return g


# ------------------------------------------------------------------ Word and PDF files

def thesis_docx(lang: str) -> bytes:
    """The thesis excerpt as a Word document."""
    from docx import Document
    from docx.shared import Pt

    k = 0 if lang == "ko" else 1
    doc = Document()
    doc.sections[0].footer.paragraphs[0].text = "- 23 -"
    for el in THESIS:
        kind = el[0]
        if kind == "h":
            doc.add_heading(el[1 + k], level=1 if el[1 + k].startswith(("제", "Chapter")) else 2)
        elif kind in ("p", "quote", "notes"):
            texts = [b[k] for b in el[1] if b[k]]
            paras = texts if kind == "notes" else [" ".join(texts)]
            for text in paras:
                p = doc.add_paragraph(style="Quote" if kind == "quote" else None)
                for part in re.split(r"([¹²³⁴⁵])", text):
                    if not part:
                        continue
                    run = p.add_run(part.translate(str.maketrans("¹²³⁴⁵", "12345")))
                    run.font.superscript = part in "¹²³⁴⁵"
                    if kind == "notes":
                        run.font.size = Pt(9)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def abstract_pdf(lang: str) -> bytes:
    """The abstract page as a PDF: the journal line (and the DOI) at the top, the footnotes
    (affiliations, dates) at the page's foot."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    korean, latin = pdf_fonts("DejaVuSerif")
    # the Korean CID font has no minus sign; Times has no Greek: DejaVu Serif for those
    font = korean if lang == "ko" else latin
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=16, alignment=TA_JUSTIFY, firstLineIndent=10)
    small = ParagraphStyle("s", fontName=font, fontSize=8, leading=11)
    title = ParagraphStyle("t", fontName=font, fontSize=15, leading=21, alignment=TA_CENTER, spaceAfter=8)
    center = ParagraphStyle("c", fontName=font, fontSize=10, leading=14, alignment=TA_CENTER)
    head = ParagraphStyle("h", fontName=font, fontSize=11, leading=16, spaceBefore=10, spaceAfter=4)
    esc = lambda s: (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
                     .replace("−", '<font name="DejaVuSerif">−</font>'))
    lines = txt(ABSTRACT, lang, Style()).splitlines()
    # journal line, (DOI), title, authors, affiliations, heading, abstract, keywords, dates
    if lang == "ko":
        journal, doi, t, authors, affil, h, abstract, keys, dates = lines
    else:
        journal, t, authors, affil, h, abstract, keys, dates = lines
        doi = None
    story = [Paragraph(esc(journal), small)] + ([Paragraph(esc(doi), small)] if doi else []) + [
        Spacer(1, 18), Paragraph(esc(t), title), Paragraph(esc(authors), center), Spacer(1, 14),
        Paragraph(esc(h), head), Paragraph(esc(abstract), body), Spacer(1, 8), Paragraph(esc(keys), body),
        Spacer(1, 200), Paragraph(esc(affil), small), Paragraph(esc(dates), small)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60).build(story)
    return out.getvalue()


def pdf_gold() -> dict:
    """The abstract's gold as the PDF's text layer has it: the CID font's CMap gives the
    Katakana middle dot "・" of the authors' line as "·"."""
    g = gold(ABSTRACT, Style())
    fix = lambda t: t.replace("・", "·")  # noqa: E731
    return {key: ([tuple(map(fix, v)) if isinstance(v, tuple) else fix(v) for v in value]
                  if isinstance(value, list) else value) for key, value in g.items()}


def layouts() -> list[Layout]:
    html_gold = lambda doc: {**gold(doc, Style(marks="strip", backlinks=True)), "never_paired": CHROME}  # noqa: E731
    return [
        Layout("person_html", {"ko.html": wiki_html(PERSON, "ko"), "en.html": wiki_html(PERSON, "en")}, html_gold(PERSON)),
        Layout("place_html", {"ko.html": wiki_html(PLACE, "ko"), "en.html": wiki_html(PLACE, "en")}, html_gold(PLACE)),
        Layout("person_txt", {"ko.txt": txt(PERSON, "ko", Style(edit=True, backlinks=True)),
                              "en.txt": txt(PERSON, "en", Style(edit=True, backlinks=True))},
               gold(PERSON, Style(edit=True, backlinks=True))),
        Layout("place_md", {"ko.md": md(PLACE, "ko"), "en.md": md(PLACE, "en")}, md_gold(PLACE)),
        Layout("catalogue_md", {"ko.md": md(CATALOGUE, "ko"), "en.md": md(CATALOGUE, "en")}, md_gold(CATALOGUE)),
        Layout("thesis_txt", {"ko.txt": txt(THESIS, "ko", Style()), "en.txt": txt(THESIS, "en", Style())}, gold(THESIS, Style())),
        Layout("abstract_bi_ko", {"abstract.txt": bilingual(ABSTRACT, True)}, gold(ABSTRACT, Style())),
        Layout("abstract_bi_en", {"abstract.txt": bilingual(ABSTRACT, False)}, gold(ABSTRACT, Style())),
        Layout("thesis_docx", {"ko.docx": thesis_docx("ko"), "en.docx": thesis_docx("en")},
               {**gold(THESIS, Style()), "unpaired": [], "either": ["- 23 -"]}),
        Layout("abstract_pdf", {"ko.pdf": abstract_pdf("ko"), "en.pdf": abstract_pdf("en")}, pdf_gold()),
    ]
