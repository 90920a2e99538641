"""The diplomacy set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict (``hr/score.py``'s): ``items``, the gold units to find, each a
list of its fair readings (a reading: the (ko, en) pairs that make it); ``debatable``
pairs that may be made or not; ``unpaired`` texts no pair may hold; ``never_paired``
page chrome no wrong pair may hold, per language.

The layouts: ``un_txt``, the UN statement as two text files, a blank line between
paragraphs; ``joint_docx``, the joint statement as two Word files (a heading, the numbered
paragraphs and items as typed paragraphs, the note in small type); ``mou_pdf``, the MOU as
two PDFs (reportlab, the Korean in the CID font HYSMyeongJo-Medium), each ending with its
two signature blocks side by side (a two-column table without rules); ``mou_side_docx``,
the MOU as ONE Word file laid out side by side: a two-column table, Korean left, English
right, a paragraph a row, the signature blocks as rows under it (the way treaties and MOUs
are often circulated); ``mou_side_pdf``, the same as ONE PDF (a two-column table without
rules, each row's cells top-aligned: a Word file saved as PDF); ``speech_bi_ko``, the
dinner speech as one bilingual file, each paragraph's Korean then its English, a blank
line between paragraphs (the "(박수)" cues on lines of their own); ``speech_bi_en``, the
same English first without blank lines; ``briefing_html``, the briefing as two pages of
the ministry's site (menu, breadcrumbs, a post-info line, print and list buttons, the
previous post, a satisfaction survey, footer).

Where a document is laid out side by side, a row is also fair whole (its sentences as one
pair: the user's file pairs them so); in the signature blocks side by side, a row of the
two blocks read as one line is fair whole.
"""

from __future__ import annotations

import html
import io

from layout import Layout, pdf_fonts

from .gold import BRIEFING, CHROME, JOINT, MOU, SIGNATURES, SPEECH, UN, D


def _gold() -> dict[str, list]:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {"ko": [], "en": []}}


def lines(doc: list, gold: dict, rows: bool = False) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The Korean and the English paragraphs of a document as (tag, text), its gold added
    to ``gold``; ``rows``: the paragraphs side by side, so a paragraph whole is fair too."""
    ko, en = [], []
    for entry in doc:
        kind = entry[0]
        if kind == "P":
            units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
            both = [(k, e) for k, e, *flag in units if k and e]
            for k, e, *flag in units:
                if not (k and e):
                    gold["unpaired"].append(k or e)
                elif flag and flag[0] == D:
                    gold["debatable"].append((k, e))
                elif rows and len(both) > 1 and (k, e) == both[0]:
                    whole = (" ".join(b[0] for b in both), " ".join(b[1] for b in both))
                    gold["items"].append([[(a, b) for a, b, *f in units if a and b and not f], [whole]])
                elif not (rows and len(both) > 1):
                    gold["items"].append([[(k, e)]])
            k = " ".join(u[0] for u in units if u[0])
            e = " ".join(u[1] for u in units if u[1])
            ko += [(tag, k)] if k else []
            en += [(tag, e)] if e else []
        else:
            tag = entry[2] if len(entry) > 2 else "p"
            (ko if kind == "K" else en).append((tag, entry[1]))
            gold["unpaired"].append(entry[1])
    return ko, en


def _signature_gold(gold: dict, side_by_side: bool) -> None:
    """The signature blocks: in two files, each block's cells side by side (a row's cells
    apart, or the row read as one line); in one file side by side, a cell a row."""
    for row in SIGNATURES:
        cells = [(k, e) for k, e, *flag in row if not flag]
        gold["debatable"] += [(k, e) for k, e, *flag in row if flag]
        whole = (" ".join(c[0] for c in row), " ".join(c[1] for c in row))
        if side_by_side:
            gold["items"] += [[[cell]] for cell in cells]
        elif cells:
            gold["items"].append([cells, [whole]])
        else:
            gold["debatable"].append(whole)


def _txt(side: list[tuple[str, str]]) -> str:
    return "\n\n".join(text for _, text in side) + "\n"


def two_txt(name: str, doc: list) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    return Layout(name, {f"{name}.ko.txt": _txt(ko), f"{name}.en.txt": _txt(en)}, gold)


def bilingual(name: str, doc: list, ko_first: bool, blank: bool) -> Layout:
    """Each paragraph's Korean line then its English line (or the English first); a line
    one side only stands alone; a blank line between paragraphs, or none."""
    gold = _gold()
    out = []
    for entry in doc:
        ko, en = lines([entry], gold)
        sides = (ko, en) if ko_first else (en, ko)
        out += [text for side in sides for _, text in side]
        if blank:
            out.append("")
    return Layout(name, {f"{name}.txt": "\n".join(out).strip("\n") + "\n"}, gold)


# ---------------------------------------------------------------- Word

def _docx_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def joint_docx() -> Layout:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    gold = _gold()
    ko, en = lines(JOINT, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        document = python_docx.Document()
        for tag, text in side:
            if tag == "h1":
                document.add_heading(text, level=1)
                continue
            paragraph = document.add_paragraph(text)
            if tag == "meta":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif tag == "li":
                paragraph.paragraph_format.left_indent = Pt(24)
            elif tag == "note":
                for run in paragraph.runs:
                    run.font.size = Pt(8)
            else:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        files[f"joint.{lang}.docx"] = _docx_bytes(document)
    return Layout("joint_docx", files, gold)


def _side_rows(gold: dict) -> list[tuple[str, str]]:
    """The MOU side by side: a row per paragraph, then the signature blocks a cell a row
    (Korea's block, then Finland's)."""
    ko, en = lines(MOU, gold, rows=True)
    _signature_gold(gold, side_by_side=True)
    rows = [(k, e) for (_, k), (_, e) in zip(ko, en)]
    for block in range(2):
        rows += [(row[block][0], row[block][1]) for row in SIGNATURES]
    return rows


def mou_side_docx() -> Layout:
    import docx as python_docx
    from docx.shared import Pt

    gold = _gold()
    rows = _side_rows(gold)
    document = python_docx.Document()
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (k, e) in enumerate(rows):
        for c, text in enumerate((k, e)):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                cell.paragraphs[0].runs[0].bold = True
                cell.paragraphs[0].runs[0].font.size = Pt(12)
    return Layout("mou_side_docx", {"mou.docx": _docx_bytes(document)}, gold)


# ---------------------------------------------------------------- PDF

def _styles(font: str):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    return {
        "p": ParagraphStyle("b", fontName=font, fontSize=10, leading=15, alignment=TA_JUSTIFY, spaceAfter=6),
        "li": ParagraphStyle("l", fontName=font, fontSize=10, leading=15, leftIndent=18, spaceAfter=3),
        "h1": ParagraphStyle("t", fontName=font, fontSize=13, leading=19, alignment=TA_CENTER, spaceAfter=12),
        "h2": ParagraphStyle("h", fontName=font, fontSize=10.5, leading=15, alignment=TA_CENTER, spaceBefore=6,
                             spaceAfter=4),
        "done": ParagraphStyle("d", fontName=font, fontSize=10, leading=15, alignment=TA_JUSTIFY, spaceBefore=10,
                               spaceAfter=18),
        "sig": ParagraphStyle("s", fontName=font, fontSize=10, leading=14, alignment=TA_CENTER),
    }


def _esc(text: str, lang: str) -> str:
    esc = html.escape(text, quote=False)
    return esc.replace("·", "・") if lang == "ko" else esc  # the CID font's CMap has no U+00B7 (see hr/make.py)


def mou_pdf() -> Layout:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    korean, latin = pdf_fonts("DejaVuSerif")
    gold = _gold()
    ko, en = lines(MOU, gold)
    _signature_gold(gold, side_by_side=False)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        styles = _styles(korean if lang == "ko" else latin)
        story = [Paragraph(_esc(text, lang), styles.get(tag, styles["p"])) for tag, text in side]
        cells = [[Paragraph(_esc(cell[lang == "en"], lang), styles["sig"]) for cell in row] for row in SIGNATURES]
        table = Table(cells, colWidths=[220, 220])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, 0), 28)]))
        story.append(table)
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=64, rightMargin=64, title="MOU").build(story)
        files[f"mou.{lang}.pdf"] = out.getvalue()
    return Layout("mou_pdf", files, gold)


def mou_side_pdf() -> Layout:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    korean, latin = pdf_fonts("DejaVuSerif")
    gold = _gold()
    rows = _side_rows(gold)
    ks, es = _styles(korean), _styles(latin)
    tags = [tag for tag, _ in lines(MOU, _gold())[0]]
    cells = []
    for r, (k, e) in enumerate(rows):
        tag = tags[r] if r < len(tags) else "sig"
        tag = "p" if tag in ("done",) else tag
        cells.append([Paragraph(_esc(k, "ko"), ks.get(tag, ks["p"])), Paragraph(_esc(e, "en"), es.get(tag, es["p"]))])
    table = Table(cells, colWidths=[232, 232], repeatRows=0)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, title="MOU").build([table])
    return Layout("mou_side_pdf", {"mou.pdf": out.getvalue()}, gold)


# ---------------------------------------------------------------- HTML

def _page(side: list[tuple[str, str]], lang: str, gold: dict) -> str:
    i = lang == "en"
    esc = html.escape
    pick = {key: (value[i] if isinstance(value, tuple) else [v[i] for v in value]) for key, value in CHROME.items()}
    menu = "\n".join(f'      <li><a href="/{lang}/m{n}.do">{esc(m)}</a></li>' for n, m in enumerate(pick["menu"]))
    body = []
    for tag, text in side:
        if tag == "h1":
            continue
        cls = ' class="note"' if tag == "note" else (' class="meta"' if tag == "meta" else "")
        body.append(f"        <p{cls}>{esc(text)}</p>")
    title = next(text for tag, text in side if tag == "h1")
    survey = (f'''    <div class="satisfaction">
      <p>{esc(pick["survey"])}</p>
      <button type="submit">평가하기</button>
    </div>
''' if pick["survey"] else "")
    footer = "\n".join(f"      <p>{esc(f)}</p>" for f in pick["footer"])
    # the chrome: none of it in a wrong pair; where it translates its counterpart, debatable
    if lang == "ko":
        for key, value in CHROME.items():
            for k, e in (value if isinstance(value, list) else [value]):
                if k and e:
                    gold["debatable"].append((k, e))
    for key, value in pick.items():
        gold["never_paired"][lang] += [v for v in (value if isinstance(value, list) else [value]) if v]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {"외교부" if lang == "ko" else "Ministry of Foreign Affairs, Republic of Korea"}</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div id="skip"><a href="#contents">{esc(pick["skip"])}</a></div>
<header id="header">
  <h1 class="logo"><a href="/{lang}/index.do"><img src="/images/logo.png" alt="{"외교부" if lang == "ko" else "MOFA"}"></a></h1>
  <div class="util"><a href="/{"en" if lang == "ko" else "www"}/index.do">{esc(pick["lang"])}</a></div>
  <nav id="gnb">
    <ul>
{menu}
    </ul>
  </nav>
</header>
<div id="container">
  <div class="location">{esc(pick["crumbs"])}</div>
  <main id="contents">
    <div class="board_view">
      <h2 class="title">{esc(title)}</h2>
      <div class="info">{esc(pick["info"])}</div>
      <div class="view_con">
{chr(10).join(body)}
      </div>
      <div class="btn_area"><a href="#" onclick="window.print()">{esc(pick["buttons"][0])}</a> <a href="list.do">{esc(pick["buttons"][1])}</a></div>
      <ul class="prev_next"><li><a href="view.do?seq=1205">{esc(pick["prev"])}</a></li></ul>
    </div>
{survey}  </main>
</div>
<footer id="footer">
  <div class="address">
{footer}
  </div>
</footer>
</body>
</html>
"""


def briefing_html() -> Layout:
    gold = _gold()
    ko, en = lines(BRIEFING, gold)
    files = {"briefing.ko.html": _page(ko, "ko", gold), "briefing.en.html": _page(en, "en", gold)}
    return Layout("briefing_html", files, gold)


def layouts() -> list[Layout]:
    """The set's eight layouts (see the module's docstring)."""
    return [two_txt("un_txt", UN),
            joint_docx(),
            mou_pdf(),
            mou_side_docx(),
            mou_side_pdf(),
            bilingual("speech_bi_ko", SPEECH, ko_first=True, blank=True),
            bilingual("speech_bi_en", SPEECH, ko_first=False, blank=False),
            briefing_html()]
