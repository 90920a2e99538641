"""The housing set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it: a form row whole or its cells in
contiguous groups; a 2-2 bead whole or its sentences); ``debatable`` pairs that may be made
or not; ``unpaired`` texts no pair may hold; ``never_paired`` the portal's chrome, per
language, that no wrong pair may hold (see ``score.py``).

The layouts: ``lease_pdf``, the lease as two PDFs (reportlab; the property, payment and
repair rows and the signature block as ruled tables, the party's cell spanning its rows,
as printed forms have them); ``lease_docx``, the same as two Word files (tables with
"Table Grid" rules, the party's cell merged down its rows); ``notices_bi_ko``, the four
notices as one text file, each notice's Korean block then its English block;
``notices_bi_en``, the same English first; ``listing_html``, the listing as two pages of
the portal with its header, menus, breadcrumbs, buttons, similar listings and footer (the
spec rows a ``<table>``); ``fees_csv``, the fee statement as one sheet ``key,ko,en`` (a
localization export); ``chat_txt``, the messages as two text files, a line each;
``checklist_txt``, the checklist as two text files, a blank line before each heading.
"""

from __future__ import annotations

import csv
import html
import io
from itertools import combinations

from layout import Layout, pdf_fonts

from .gold import CHAT, CHECKLIST, CHROME, FEES, LEASE, LISTING, NOTICES, D


class Row(list):
    """A form row's cells on one side, with the grid columns each takes (``spans``)."""

    def __init__(self, cells, spans=None):
        super().__init__(cells)
        self.spans = spans


def _spans(row: Row, width: int) -> list[int]:
    """The grid columns each cell of ``row`` takes in a table ``width`` columns wide."""
    if row.spans:
        return list(row.spans)
    return [1] * (len(row) - 1) + [width - len(row) + 1]


def _gold() -> dict[str, list]:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {"ko": [], "en": []}}


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _partitions(n: int):
    """Every way of cutting n cells into contiguous groups, as (start, end) spans."""
    for k in range(n):
        for cuts in combinations(range(1, n), k):
            edges = (0, *cuts, n)
            yield list(zip(edges, edges[1:]))


def _row_gold(cells: list[tuple[str, str]], gold: dict) -> None:
    """A form row: whole, or its cells in contiguous groups; a group without letters on a
    side (a phone number, "560312-2******") may pair or not."""
    cells = [(k, e) for k, e in cells if k or e]
    readings = []
    for spans in _partitions(len(cells)):
        reading = []
        for a, b in spans:
            k = " ".join(c[0] for c in cells[a:b] if c[0])
            e = " ".join(c[1] for c in cells[a:b] if c[1])
            gold["debatable"].append((k, e))
            if _letters(k) and _letters(e):
                reading.append((k, e))
        if reading and reading not in readings:
            readings.append(reading)
    gold["items"].append(readings)


def lines(doc: list, gold: dict, row_sep: str = ": ") -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
    """The Korean and the English lines of a document as (tag, text), a form row as
    ("row", cells) or, with ``row_sep``, as text; its gold added to ``gold``."""
    ko, en = [], []
    for entry in doc:
        kind, body = entry[0], entry[1]
        tag = entry[2] if len(entry) > 2 and kind != "M" else "p"
        if kind == "P":
            for k, e, *flag in body:
                if flag and flag[0] == D:
                    gold["debatable"].append((k, e))
                else:
                    gold["items"].append([[(k, e)]])
            ko.append((tag, " ".join(u[0] for u in body)))
            en.append((tag, " ".join(u[1] for u in body)))
        elif kind == "G":
            whole = (" ".join(u[0] for u in body), " ".join(u[1] for u in body))
            gold["items"].append([[whole], [(k, e) for k, e in body]])
            ko.append((tag, whole[0]))
            en.append((tag, whole[1]))
        elif kind == "R":
            _row_gold(body, gold)
            spans = entry[3] if len(entry) > 3 else None
            if row_sep is None:
                ko.append((tag, Row([c[0] for c in body], spans)))
                en.append((tag, Row([c[1] for c in body], spans)))
            else:
                for side, i in ((ko, 0), (en, 1)):
                    cells = [c[i] for c in body if c[i]]
                    side.append((tag, " ".join(cells[:-1]) + row_sep + cells[-1]))
        elif kind == "M":
            gold["items"].append([[(" ".join(body), entry[2])]])
            tag = entry[3] if len(entry) > 3 else "p"
            ko += [(tag, line) for line in body]
            en.append((tag, entry[2]))
        elif kind in ("K", "E"):
            gold["unpaired"].append(body)
            (ko if kind == "K" else en).append((tag, body))
    return ko, en


# ---------------------------------------------------------------- text files

def _txt(side: list[tuple[str, str]], blank_before: tuple[str, ...] = ()) -> str:
    out = []
    for tag, text in side:
        if out and tag in blank_before:
            out.append("")
        out.append(text)
    return "\n".join(out) + "\n"


def two_txt(name: str, doc: list, blank_before: tuple[str, ...] = ()) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    return Layout(name, {f"{name}.ko.txt": _txt(ko, blank_before), f"{name}.en.txt": _txt(en, blank_before)}, gold)


def notices_bilingual(name: str, ko_first: bool) -> Layout:
    """Each notice's Korean lines then, after a blank line, its English lines (or the
    English first); two blank lines between notices, as residents' groups repost them."""
    gold = _gold()
    blocks = []
    for notice in NOTICES:
        ko, en = lines(notice, gold)
        first, second = (ko, en) if ko_first else (en, ko)
        blocks.append("\n".join(t for _, t in first) + "\n\n" + "\n".join(t for _, t in second))
    return Layout(name, {f"{name}.txt": "\n\n\n".join(blocks) + "\n"}, gold)


# ---------------------------------------------------------------- the lease as PDF

def _groups(side):
    """Runs of form rows together (one table), other lines alone."""
    out = []
    for tag, text in side:
        if isinstance(text, Row) and out and isinstance(out[-1], list):
            out[-1].append(text)
        elif isinstance(text, Row):
            out.append([text])
        else:
            out.append((tag, text))
    return out


def _pdf_text(doc: list) -> list:
    """The document with the signs its PDF fonts lack replaced (the gold with them)."""
    def fix(ko, en):
        return ko.replace("₩", "￦").replace("☑", "▣"), en.replace("㎡", " m²")

    out = []
    for entry in doc:
        if entry[0] in ("P", "G", "R"):
            units = [(*fix(u[0], u[1]), *u[2:]) for u in entry[1]]
            out.append((entry[0], units, *entry[2:]))
        elif entry[0] == "K":
            out.append((entry[0], fix(entry[1], "")[0], *entry[2:]))
        else:
            out.append((entry[0], fix("", entry[1])[1], *entry[2:]))
    return out


def lease_pdf() -> Layout:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    korean, latin = pdf_fonts("DejaVuSans")
    gold = _gold()
    # the CID font has no "₩" (U+20A9): the full-width won sign, as Korean PDFs set it; the
    # DejaVu face has no "㎡": "m²", as English documents write it; nor has the CID font "☑":
    # "▣", as Korean forms print a ticked box
    ko, en = lines(_pdf_text(LEASE), gold, row_sep=None)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin
        body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
        cell = ParagraphStyle("c", fontName=font, fontSize=9, leading=12)
        narrow = ParagraphStyle("n", fontName=font, fontSize=8.5, leading=11)  # the signature block's
        title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=12)
        head = ParagraphStyle("h", fontName=font, fontSize=10.5, leading=15, spaceBefore=8, spaceAfter=4)
        small = ParagraphStyle("s", fontName=font, fontSize=8, leading=11, textColor=colors.grey)

        def para(text, style):
            esc = html.escape(text, quote=False)
            if lang == "ko":  # the CID font's CMap has no U+00B7: the Katakana middle dot, read back as "·"
                esc = esc.replace("·", "・")
            return Paragraph(esc, style)

        story = []
        for group in _groups(side):
            if isinstance(group, list):
                width = max(sum(_spans(r, 0)) if r.spans else len(r) for r in group)
                font_style = narrow if width > 5 else cell
                rows, style = [], [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE"))]
                for r, row in enumerate(group):
                    cells, c = [], 0
                    for value, span in zip(row, _spans(row, width)):
                        cells += [para(value, font_style) if value else ""] + [""] * (span - 1)
                        if span > 1:
                            style.append(("SPAN", (c, r), (c + span - 1, r)))
                        c += span
                    rows.append(cells)
                # a party's cell runs down the rows after it that leave their first cell empty
                starts = [i for i, row in enumerate(group) if row[0]] + [len(group)]
                style += [("SPAN", (0, a), (0, b - 1)) for a, b in zip(starts, starts[1:]) if b - 1 > a]
                widths = {2: [90, 393], 5: [78, 78, 170, 52, 105], 7: [52, 58, 86, 40, 100, 42, 105]}[width]
                t = Table(rows, colWidths=widths)
                t.setStyle(TableStyle(style))
                story += [t, Spacer(1, 8)]
                continue
            tag, text = group
            story.append(para(text, {"h1": title, "h2": head}.get(tag, small if text.startswith("This English") else body)))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=48, bottomMargin=48,
                          title="lease").build(story)
        files[f"lease.{lang}.pdf"] = out.getvalue()
    return Layout("lease_pdf", files, gold)


# ---------------------------------------------------------------- the lease as Word

def lease_docx() -> Layout:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    gold = _gold()
    ko, en = lines(LEASE, gold, row_sep=None)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        document = python_docx.Document()
        for group in _groups(side):
            if isinstance(group, list):
                width = max(sum(_spans(r, 0)) if r.spans else len(r) for r in group)
                table = document.add_table(rows=len(group), cols=width)
                table.style = "Table Grid"
                for r, row in enumerate(group):
                    c = 0
                    for value, span in zip(row, _spans(row, width)):
                        target = table.cell(r, c).merge(table.cell(r, c + span - 1)) if span > 1 else table.cell(r, c)
                        if value:
                            target.text = value
                        c += span
                    if row[0]:
                        table.cell(r, 0).paragraphs[0].runs[0].bold = True
                # a party's cell merged down the rows after it that leave their first cell empty
                starts = [i for i, row in enumerate(group) if row[0]] + [len(group)]
                for a, b in zip(starts, starts[1:]):
                    if b - 1 > a:
                        text = table.cell(a, 0).text
                        merged = table.cell(a, 0).merge(table.cell(b - 1, 0))
                        for p in merged.paragraphs[1:]:
                            p._element.getparent().remove(p._element)
                        merged.paragraphs[0].text = text
                        merged.paragraphs[0].runs[0].bold = True
                document.add_paragraph()
                continue
            tag, text = group
            if tag == "h1":
                document.add_heading(text, level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif tag == "h2":
                document.add_heading(text, level=2)
            else:
                document.add_paragraph(text)
        out = io.BytesIO()
        document.save(out)
        files[f"lease.{lang}.docx"] = out.getvalue()
    return Layout("lease_docx", files, gold)


# ---------------------------------------------------------------- the listing as two portal pages

def _portal(side: list, site: dict, lang: str) -> str:
    esc = html.escape
    body, table = [], []

    def flush():
        if table:
            body.append('    <table class="spec">\n' + "\n".join(table) + "\n    </table>")
            table.clear()

    for tag, text in side:
        if isinstance(text, list):
            table.append(f"      <tr><th>{esc(text[0])}</th><td>{esc(text[1])}</td></tr>")
            continue
        flush()
        if tag == "agent":
            parts = [f"<span>{esc(p)}</span>" for p in text.split(" | ")]
            body.append(f'    <div class="agent">{" | ".join(parts)}</div>')
        elif tag in ("h1", "h2"):
            body.append(f"    <{tag}>{esc(text)}</{tag}>")
        elif text.startswith("※"):
            body.append(f'    <p class="warn">{esc(text)}</p>')
        else:
            body.append(f"    <p>{esc(text)}</p>")
    flush()
    li = "\n".join
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(site["title"])}</title>
<link rel="stylesheet" href="/css/listing.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<header class="gnb">
  <a class="logo" href="/">{esc(site["logo"])}</a>
  <nav><ul>
{li(f'    <li><a href="#">{esc(m)}</a></li>' for m in site["menu"])}
  </ul></nav>
  <div class="member">{" ".join(f'<a href="#">{esc(m)}</a>' for m in site["login"])}</div>
</header>
<main>
  <ol class="breadcrumb">{"".join(f'<li><a href="#">{esc(c)}</a></li>' for c in site["crumbs"])}</ol>
  <article class="listing">
{li(body)}
    <div class="actions">{" ".join(f'<button type="button">{esc(b)}</button>' for b in site["buttons"])}</div>
  </article>
  <aside class="similar">
    <h3>{esc(site["similar_head"])}</h3>
    <ul>
{li(f'      <li><a href="#">{esc(s)}</a></li>' for s in site["similar"])}
    </ul>
  </aside>
</main>
<footer>
{li(f"  <p>{esc(f)}</p>" for f in site["footer"])}
</footer>
</body>
</html>
"""


def listing_html() -> Layout:
    gold = _gold()
    ko, en = lines(LISTING, gold, row_sep=None)
    sk, se = CHROME["ko"], CHROME["en"]
    for field in ("menu", "login", "crumbs", "buttons", "similar", "footer"):
        gold["never_paired"]["ko"] += sk[field]
        gold["never_paired"]["en"] += se[field]
    gold["never_paired"]["ko"].append(sk["similar_head"])
    gold["never_paired"]["en"].append(se["similar_head"])
    # chrome that translates its counterpart may pair or not
    for field in ("menu", "login", "crumbs", "buttons", "footer"):
        gold["debatable"] += list(zip(sk[field], se[field]))
    gold["debatable"] += [(sk["similar_head"], se["similar_head"]), (sk["title"], se["title"]),
                          (sk["logo"], se["logo"])]
    return Layout("listing_html", {"listing.ko.html": _portal(ko, sk, "ko"),
                                   "listing.en.html": _portal(en, se, "en")}, gold)


# ---------------------------------------------------------------- the fee statement as a sheet

def fees_csv() -> Layout:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("key", "ko", "en"))
    gold = _gold()
    for key, k, e in FEES:
        writer.writerow((key, k, e))
        if k and e:
            gold["items"].append([[(k, e)]])
        else:
            gold["unpaired"].append(k or e)
    return Layout("fees_csv", {"fees.csv": out.getvalue()}, gold)


def layouts() -> list[Layout]:
    """The set's eight layouts: the lease as PDF and Word, the notices as one file either
    language first, the listing as web pages, the fees as a sheet, the chat and the
    checklist as text."""
    return [lease_pdf(),
            lease_docx(),
            notices_bilingual("notices_bi_ko", ko_first=True),
            notices_bilingual("notices_bi_en", ko_first=False),
            listing_html(),
            fees_csv(),
            two_txt("chat_txt", CHAT),
            two_txt("checklist_txt", CHECKLIST, blank_before=("h2",))]
