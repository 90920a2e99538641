"""The patents set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it); ``debatable`` pairs that may be made
or not; ``unpaired`` texts no pair may hold; ``never_paired`` page chrome no wrong pair may
hold, per language (see ``score.py``). Paragraph numbers ("[0001]") are not compared (the
scorer's key drops a leading one): a number may go with its paragraph or stay alone. A
claim's "【청구항 n】" label may go with its claim or stay alone; the title's Korean may keep
its English in braces or not; the formula may go with its "where" sentence.

The layouts: ``patent_kipo_txt``, the application as filed: the Korean in KIPO's bracket
style (【…】 headings, each paragraph number on a line of its own, no blank lines) and the
English in US style ("[0002] The present …", blank lines between paragraphs, each claim's
elements on indented lines of their own under "1. A hydrogen sensor comprising:");
``patent_plain_txt``, both as plain paragraphs (no numbers, no brackets, a blank line
between paragraphs, a claim a paragraph "1. …"); ``patent_docx``, both as Word files
(headings in Heading styles, numbered paragraphs "[0001] …", the claims a List Number
list); ``claims_bi_ko`` and ``claims_bi_en``, the claims as one bilingual file, claim by
claim, the Korean (its "【청구항 n】" label, then the claim) then the English, or the
English first; ``article_pdf``, the research article as two PDFs (reportlab: the title and
abstract across the page, the body in two columns, running heads and page numbers, the
table a reportlab Table, the Korean in HYSMyeongJo-Medium); ``abstract_html``, the
article's abstract page on the journal's Korean and English sites (menu, breadcrumbs,
tools, metrics, footer); ``office_txt``, the office action and its translation as two text
files, label and value apart by a tab.
"""

from __future__ import annotations

import html
import io

from layout import Layout, pdf_fonts

from .gold import (
    ABSTRACT,
    ART_ABSTRACT,
    ART_AFFIL,
    ART_AUTHORS,
    ART_BODY,
    ART_TITLE,
    ARTICLE_META,
    CLAIMS,
    CLAIMS_HEAD,
    CLAIMS_LEAD,
    DOI,
    FIRST_PAGE,
    OFFICE,
    OFFICE_HEAD,
    PATENT,
    REFERENCES,
    RUNNING_HEAD,
    SITE,
    TABLE,
    TABLE_CAPTION,
    TABLE_NOTE,
    D,
)


def _gold() -> dict:
    # ("", ""): two paragraph numbers alone, paired (the key drops them)
    return {"items": [], "debatable": [("", "")], "unpaired": [], "never_paired": {"ko": [], "en": []}}


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _unit(gold: dict, k: str, e: str, flag=None) -> None:
    if not (k and e):
        if _letters(k or e) and flag != D:
            gold["unpaired"].append(k or e)
    elif flag == D:
        gold["debatable"].append((k, e))
    else:
        gold["items"].append([[(k, e)]])


class Numbers:
    """Each side's paragraph counter: ``[0001]`` …"""

    def __init__(self):
        self.n = {"ko": 0, "en": 0}

    def next(self, lang: str) -> str:
        self.n[lang] += 1
        return f"[{self.n[lang]:04d}]"


def lines(doc: list, gold: dict, style: str, numbers: Numbers | None = None) -> tuple[list, list]:
    """The Korean and English lines of a patent-like document as (tag, number, text); its
    gold added to ``gold``. ``style``: "kipo" (【】 headings), "plain" (no brackets, Korean
    markup-only headings left out) or "docx" (as "kipo")."""
    ko, en = [], []
    numbers = numbers or Numbers()
    formula = None
    for entry in doc:
        kind = entry[0]
        if kind == "H":
            k, e, *flag = entry[1:]
            if k and style != "plain" and not k.startswith("["):
                k = f"【{k}】"
            if style == "plain" and k in ("발명의 설명", "발명의 명칭", "요약서", "대표도", "특허문헌"):
                k = ""
            if k == "【발명의 명칭】":  # may stay alone or go with the title
                ko.append(("h", None, k))
                continue
            _unit(gold, k, e, flag[0] if flag else None)
            ko += [("h", None, k)] if k else []
            en += [("h", None, e)] if e else []
        elif kind == "T":
            k, e = entry[1], entry[2]
            readings = [[(k, e)], [(k.split("{")[0], e)]]
            if style != "plain":
                readings.append([("【발명의 명칭】 " + k, e)])
            gold["items"].append(readings)
            ko.append(("title", None, k))
            en.append(("title", None, e))
        elif kind in ("P", "P2"):
            if kind == "P":
                parts, which, tag = [entry[1]], (entry[2] if len(entry) > 2 else "both"), \
                    (entry[3] if len(entry) > 3 else "p")
            else:
                parts, which, tag = [entry[1], entry[2]], "both", "p"
            units = [u for part in parts for u in part]
            for k, e, *flag in units:
                if formula and k.startswith("여기서"):
                    gold["items"].append([[(k, e)], [(formula + " " + k, formula + " " + e)],
                                          [(k, formula + " " + e)], [(formula + " " + k, e)]])
                else:
                    _unit(gold, k, e, flag[0] if flag else None)
            formula = None
            k = " ".join(u[0] for u in units if u[0])
            if k:
                ko.append((tag, numbers.next("ko") if which in ("both", "ko") else None, k))
            for part in parts:
                e = " ".join(u[1] for u in part if u[1])
                if e:
                    en.append((tag, numbers.next("en") if which in ("both", "en") else None, e))
        elif kind in ("K", "E"):
            text, numbered = entry[1], (entry[2] if len(entry) > 2 else False)
            lang = "ko" if kind == "K" else "en"
            _unit(gold, text if kind == "K" else "", text if kind == "E" else "")
            (ko if kind == "K" else en).append(("p", numbers.next(lang) if numbered else None, text))
        elif kind == "F":
            formula = entry[1]
            gold["debatable"].append((formula, formula))
            ko.append(("formula", None, formula))
            en.append(("formula", None, formula))
        elif kind == "L":
            lk, vk, le, ve = entry[1:]
            whole = (f"{lk} {vk}", f"{le} {ve}")
            readings = [[whole], [(lk, le), (vk, ve)]]
            if not _letters(vk) or not _letters(ve) or vk == ve:
                readings.append([(lk, le)])
                gold["debatable"].append((vk, ve))
            gold["items"].append(readings)
            ko.append(("label", (lk, vk), f"{lk}\t{vk}"))
            en.append(("label", (le, ve), f"{le}\t{ve}"))
    return ko, en


def claims(gold: dict, style: str) -> tuple[list, list]:
    """The claims' heading, lead and claims as (tag, number, text) lines, gold added."""
    head_k = CLAIMS_HEAD[0] if style == "plain" else f"【{CLAIMS_HEAD[0]}】"
    head_e = CLAIMS_HEAD[1]
    gold["debatable"] += [(head_k, head_e), (head_k, CLAIMS_LEAD), (head_k, f"{head_e} {CLAIMS_LEAD}")]
    ko, en = [("h", None, head_k)], [("h", None, head_e), ("lead", None, CLAIMS_LEAD)]
    for _, n, k, e in CLAIMS:
        label = f"【청구항 {n}】"
        if style == "kipo":
            gold["items"].append([[(k, f"{n}. {e}")], [(f"{label} {k}", f"{n}. {e}")]])
            ko += [("claimlabel", None, label), ("claim", n, k)]
        elif style == "plain":
            gold["items"].append([[(f"{n}. {k}", f"{n}. {e}")]])
            ko.append(("claim", n, f"{n}. {k}"))
        else:  # a Word list: the number is the list's
            gold["items"].append([[(k, e)]])
            ko.append(("claim", n, k))
        en.append(("claim", n, e if style == "docx" else f"{n}. {e}"))
    return ko, en


def patent_lines(gold: dict, style: str) -> tuple[list, list]:
    numbers = Numbers()
    ko, en = lines(PATENT, gold, style, numbers)
    ck, ce = claims(gold, style)
    ak, ae = lines(ABSTRACT, gold, style, numbers)
    return ko + ck + ak, en + ce + ae


def _claim_lines(text: str) -> list[str]:
    """A US claim as filed: the preamble, then each element on an indented line ("…; and"
    ending the last but one)."""
    head, _, rest = text.partition(": ")
    if not rest:
        return [text]
    pieces = rest.split("; ")
    out = [head + ":"]
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        if i and piece.startswith("and "):
            piece = piece[4:]
        nxt_and = not last and pieces[i + 1].startswith("and ")
        out.append("    " + piece + ("" if last else "; and" if nxt_and else ";"))
    return out


# ---------------------------------------------------------------- the patent as text

def patent_kipo_txt() -> Layout:
    gold = _gold()
    ko, en = patent_lines(gold, "kipo")
    ko_out = []
    for tag, num, text in ko:
        if num and tag != "claim":
            ko_out.append(num)
        ko_out.append(text)
    en_out = []
    for tag, num, text in en:
        if tag == "claim":
            en_out += _claim_lines(text)
        else:
            en_out.append(f"{num} {text}" if num else text)
        en_out.append("")
    return Layout("patent_kipo_txt", {"patent.ko.txt": "\n".join(ko_out) + "\n",
                                      "patent.en.txt": "\n".join(en_out)}, gold)


def patent_plain_txt() -> Layout:
    gold = _gold()
    ko, en = patent_lines(gold, "plain")
    return Layout("patent_plain_txt", {"patent.ko.txt": "\n\n".join(t for _, _, t in ko) + "\n",
                                       "patent.en.txt": "\n\n".join(t for _, _, t in en) + "\n"}, gold)


# ---------------------------------------------------------------- the patent as Word

def patent_docx() -> Layout:
    import docx as python_docx

    gold = _gold()
    ko, en = patent_lines(gold, "docx")
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        document = python_docx.Document()
        for tag, num, text in side:
            if tag == "title":
                document.add_heading(text, level=1)
            elif tag == "h":
                document.add_heading(text, level=2)
            elif tag == "claim":
                document.add_paragraph(text, style="List Number")
            else:
                document.add_paragraph(f"{num} {text}" if num else text)
        out = io.BytesIO()
        document.save(out)
        files[f"patent.{lang}.docx"] = out.getvalue()
    return Layout("patent_docx", files, gold)


# ---------------------------------------------------------------- the claims, one bilingual file

def claims_bilingual(ko_first: bool) -> Layout:
    gold = _gold()
    blocks = []
    gold["items"].append([[(f"【{CLAIMS_HEAD[0]}】", CLAIMS_HEAD[1])]])
    head = [f"【{CLAIMS_HEAD[0]}】", CLAIMS_HEAD[1]]
    blocks.append("\n".join(head if ko_first else head[::-1]))
    for _, n, k, e in CLAIMS:
        label = f"【청구항 {n}】"
        gold["items"].append([[(k, f"{n}. {e}")], [(f"{label} {k}", f"{n}. {e}")]])
        kside, eside = f"{label}\n{k}", f"{n}. {e}"
        blocks.append(f"{kside}\n{eside}" if ko_first else f"{eside}\n{kside}")
    name = "claims_bi_ko" if ko_first else "claims_bi_en"
    return Layout(name, {f"{name}.txt": "\n\n".join(blocks) + "\n"}, gold)


# ---------------------------------------------------------------- the article as PDF

def article_lines(gold: dict) -> tuple[list, list]:
    ko = [("title", None, ART_TITLE[0]), ("byline", None, ART_AUTHORS[0]), ("affil", None, ART_AFFIL[0])]
    en = [("title", None, ART_TITLE[1]), ("byline", None, ART_AUTHORS[1]), ("affil", None, ART_AFFIL[1])]
    gold["items"] += [[[ART_TITLE]], [[ART_AFFIL]]]
    gold["debatable"].append(ART_AUTHORS)
    k, e = lines(ART_ABSTRACT, gold, "plain")
    ko += k
    en += e
    for entry in ART_BODY:
        if entry[0] == "TABLE":
            gold["items"].append([[TABLE_CAPTION]])
            for kr, er in TABLE:
                if kr[0] == "변수":
                    gold["debatable"] += list(zip(kr, er)) + [(" ".join(kr), " ".join(er))]
                else:
                    gold["items"].append([[(kr[0], er[0])], [(" ".join(kr), " ".join(er))]])
                    gold["debatable"] += [(a, b) for a, b in zip(kr[1:], er[1:])]
            gold["items"].append([[TABLE_NOTE], [tuple(s.split(". ", 1)[i] + ("." if i == 0 else "")
                                                      for s in TABLE_NOTE) for i in (0, 1)]])
            ko += [("caption", None, TABLE_CAPTION[0]), ("table", None, None), ("small", None, TABLE_NOTE[0])]
            en += [("caption", None, TABLE_CAPTION[1]), ("table", None, None), ("small", None, TABLE_NOTE[1])]
        elif entry[0] == "REFS":
            for r in REFERENCES:
                gold["debatable"].append((r, r))
                ko.append(("ref", None, r))
                en.append(("ref", None, r))
        else:
            k, e = lines([entry], gold, "plain")
            ko += k
            en += e
    return ko, en


def article_pdf() -> Layout:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    korean, latin = pdf_fonts("DejaVuSerif")
    gold = _gold()
    ko, en = article_lines(gold)
    gold["debatable"].append(RUNNING_HEAD)
    for p in range(FIRST_PAGE, FIRST_PAGE + 4):
        gold["debatable"].append((str(p), str(p)))
    files = {}
    width, height = A4
    margin, gap = 50, 18
    col = (width - 2 * margin - gap) / 2
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin
        head_text = RUNNING_HEAD[lang == "en"]

        def furniture(canvas, doc, font=font, head_text=head_text):
            canvas.saveState()
            canvas.setFont(font, 8)
            canvas.drawString(margin, height - 32, head_text)
            canvas.line(margin, height - 36, width - margin, height - 36)
            canvas.drawCentredString(width / 2, 28, str(FIRST_PAGE + doc.page - 1))
            canvas.restoreState()

        top_h = 330
        first = [Frame(margin, height - 50 - top_h, width - 2 * margin, top_h, id="top"),
                 Frame(margin, 50, col, height - 110 - top_h, id="l1"),
                 Frame(margin + col + gap, 50, col, height - 110 - top_h, id="r1")]
        later = [Frame(margin, 50, col, height - 100, id="l"), Frame(margin + col + gap, 50, col, height - 100, id="r")]
        doc = BaseDocTemplate(io.BytesIO(), pagesize=A4, title="article")
        doc.addPageTemplates([PageTemplate("first", first, onPage=furniture),
                              PageTemplate("later", later, onPage=furniture)])
        body = ParagraphStyle("b", fontName=font, fontSize=9, leading=13, alignment=TA_JUSTIFY, spaceAfter=5)
        small = ParagraphStyle("s", fontName=font, fontSize=7.5, leading=10, alignment=TA_JUSTIFY, spaceAfter=4)
        title = ParagraphStyle("t", fontName=font, fontSize=14, leading=19, alignment=TA_CENTER, spaceAfter=6)
        center = ParagraphStyle("c", fontName=font, fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=3)
        heading = ParagraphStyle("h", fontName=font, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
        caption = ParagraphStyle("cap", fontName=font, fontSize=8.5, leading=11, spaceBefore=4, spaceAfter=3)
        story = [NextPageTemplate("later")]
        in_body = False
        for tag, _, text in side:
            if not in_body and tag == "h" and text[:1].isdigit():
                story.append(FrameBreak())
                in_body = True
            if tag == "table":
                rows = [list(r[lang == "en"]) for r in TABLE]
                t = Table(rows, colWidths=[col * 0.31, col * 0.22, col * 0.22, col * 0.12, col * 0.13])
                t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 6.5),
                                       ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                                       ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                       ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                                       ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
                story += [t, Spacer(1, 4)]
                continue
            esc = html.escape(text, quote=False)
            if lang == "ko":  # the CID font's CMap has no U+00B7 (see hr/make.py)
                esc = esc.replace("·", "・")
            style = {"title": title, "byline": center, "affil": center, "h": heading, "caption": caption,
                     "small": small, "ref": small}.get(tag, body)
            story.append(Paragraph(esc, style))
        out = io.BytesIO()
        doc.filename = out
        doc.build(story)
        files[f"article.{lang}.pdf"] = out.getvalue()
    return Layout("article_pdf", files, gold)


# ---------------------------------------------------------------- the abstract page as HTML

def _page(lang: str, side: list) -> str:
    site = SITE[lang]
    esc = html.escape
    menu = "\n".join(f'      <li><a href="#">{esc(m)}</a></li>' for m in site["menu"])
    tools = "\n".join(f'    <a class="btn" href="#">{esc(t)}</a>' for t in site["tools"])
    body = []
    for tag, label, text in side:
        if tag == "title":
            body.append(f'  <h1 class="article-title">{esc(text)}</h1>')
        elif tag == "byline":
            body.append(f'  <p class="authors">{esc(text)}</p>')
        elif tag == "affil":
            body.append(f'  <p class="affil"><small>{esc(text)}</small></p>')
        elif tag == "label":
            body.append(f'  <div class="meta"><span class="k">{esc(label[0])}</span> '
                        f'<span class="v">{esc(label[1])}</span></div>')
        elif tag == "doi":
            body.append(f'  <div class="doi"><a href="{text}">{text}</a></div>')
        elif tag == "h":
            body.append(f'  <h2>{esc(text)}</h2>')
        else:
            head, sep, rest = text.partition(": ")
            inner = f"<strong>{esc(head)}:</strong> {esc(rest)}" if sep and len(head) < 12 else esc(text)
            body.append(f"  <p>{inner}</p>")
    footer = "\n".join(f"    <p>{esc(f)}</p>" for f in site["footer"])
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(ART_TITLE[lang == 'en'])} | {esc(site['brand'])}</title></head>
<body>
<header>
  <div class="brand">{esc(site['brand'])}</div>
  <nav><ul>
{menu}
  </ul></nav>
</header>
<div class="breadcrumb">{esc(site['crumbs'])}</div>
<main>
<article>
  <div class="article-type">{esc(site['type'])}</div>
{content}
  <div class="tools">
{tools}
  </div>
  <div class="metrics">{esc(site['metrics'])}</div>
</article>
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""


def abstract_html() -> Layout:
    gold = _gold()
    ko = [("title", None, ART_TITLE[0]), ("byline", None, ART_AUTHORS[0]), ("affil", None, ART_AFFIL[0])]
    en = [("title", None, ART_TITLE[1]), ("byline", None, ART_AUTHORS[1]), ("affil", None, ART_AFFIL[1])]
    gold["items"] += [[[ART_TITLE]], [[ART_AFFIL]]]
    gold["debatable"].append(ART_AUTHORS)
    k, e = lines(ARTICLE_META, gold, "plain")
    ko += k + [("doi", None, DOI)]
    en += e + [("doi", None, DOI)]
    gold["debatable"].append((DOI, DOI))
    k, e = lines(ART_ABSTRACT, gold, "plain")
    ko += k
    en += e
    for a, b in ((SITE["ko"], SITE["en"]),):
        chrome = {lang: [s["brand"], *s["menu"], s["crumbs"], s["type"], *s["tools"], s["metrics"], *s["footer"]]
                  for lang, s in (("ko", a), ("en", b))}
        gold["never_paired"] = chrome
        # chrome that translates its counterpart may pair
        gold["debatable"] += list(zip(chrome["ko"], chrome["en"]))
    return Layout("abstract_html", {"abstract.ko.html": _page("ko", ko), "abstract.en.html": _page("en", en)}, gold)


# ---------------------------------------------------------------- the office action as text

def office_txt() -> Layout:
    gold = _gold()
    ko, en = lines(OFFICE_HEAD + OFFICE, gold, "plain")
    return Layout("office_txt", {"office.ko.txt": "\n\n".join(t for _, _, t in ko) + "\n",
                                 "office.en.txt": "\n\n".join(t for _, _, t in en) + "\n"}, gold)


def layouts() -> list[Layout]:
    """The set's nine layouts: the patent three ways, the claims both ways in one file, the
    article as PDFs, its abstract page as HTML, the office action as text."""
    return [patent_kipo_txt(), patent_plain_txt(), patent_docx(), claims_bilingual(True), claims_bilingual(False),
            article_pdf(), abstract_html(), office_txt()]
