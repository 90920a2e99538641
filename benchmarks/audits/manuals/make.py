"""The manuals set's layouts and their gold (``gold.py``'s documents).

A layout's gold is a dict: ``items``, the gold units to find, each a list of its fair
readings (a reading: the (ko, en) pairs that make it); ``debatable`` pairs that may be made
or not; ``unpaired`` texts no pair may hold; ``never_paired`` page chrome (a PDF's running
header) no wrong pair may hold, per language (see ``score.py``).

A table row is one unit: found whole (its cells joined, whatever the separator), or as its
cells that hold letters other than their counterpart's, each a pair; its other cells
(figures, CAS numbers, "RV-7200K") may pair or not. Numbered steps carry their numbers in
text, Markdown and PDF files (the scorer's key leaves them out: a Korean step that is two
English steps makes the numbers drift); Word numbers them by a list style.

The layouts: ``manual_txt``, the manual as two text files (tables as tab-separated lines,
steps "1. ", list items "• " / "- "); ``manual_pdf``, as two PDFs (reportlab: two columns a
page, a running header with the model name and a "- N -" page number, the warning boxes as
bordered one-column tables, the troubleshooting and specifications tables ruled, cells
wrapped); ``manual_docx``, as two Word files (real tables, the warning boxes one-cell
tables, "List Number" and "List Bullet" styles); ``sds_bi_ko`` and ``sds_bi_en``, the safety
data sheet as one text file, section by section (a section's Korean lines, then its
English lines, or the other way round, a blank line between blocks); ``quick_oneline``, the
quick-start card, each line its Korean then its English after a space; ``install_md``, the
installation guide as two Markdown files (fenced code blocks, inline code).
"""

from __future__ import annotations

import html
import io

from layout import Layout, pdf_fonts

from .gold import D, INSTALL, MANUAL, QUICK, SDS

HEADER = {"ko": "RV-7200K 사용설명서", "en": "RV-7200K User Manual"}


def _gold() -> dict:
    return {"items": [], "debatable": [], "unpaired": [], "never_paired": {}}


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _row(gold: dict, row, sep: str) -> tuple[str, str]:
    """A table row's gold; its Korean and English lines joined by ``sep``."""
    k, e = sep.join(c[0] for c in row), sep.join(c[1] for c in row)
    apart = [(ck, ce) for ck, ce in row if _letters(ck) and _letters(ck) != _letters(ce)]
    gold["debatable"] += [(ck, ce) for ck, ce in row if (ck, ce) not in apart]
    if apart:
        gold["items"].append([[(k, e)], apart])
    else:
        gold["debatable"].append((k, e))
    return k, e


def lines(doc: list, gold: dict, sep: str = "\t") -> tuple[list, list]:
    """The Korean and the English lines of a document as (tag, text[, cells]), its gold
    added to ``gold``; a two-step English text gives two lines."""
    ko, en = [], []
    for entry in doc:
        kind = entry[0]
        if kind == "P":
            units, tag = entry[1], (entry[2] if len(entry) > 2 else "p")
            for k, e, *flag in units:
                e = e.replace("\n", " ")
                if flag and flag[0] == D:
                    gold["debatable"].append((k, e))
                elif flag:
                    gold["items"].append([[(k, e)], list(flag[0])])
                else:
                    gold["items"].append([[(k, e)]])
            ko.append((tag, " ".join(u[0] for u in units)))
            for step in " ".join(u[1] for u in units).split("\n"):
                en.append((tag, step))
        elif kind in ("K", "E"):
            tag = entry[2] if len(entry) > 2 else "p"
            (ko if kind == "K" else en).append((tag, entry[1]))
            gold["unpaired"].append(entry[1])
        elif kind == "T":
            for i, row in enumerate(entry[1]):
                k, e = _row(gold, row, sep)
                tag = "th" if i == 0 else "tr"
                ko.append((tag, k, [c[0] for c in row]))
                en.append((tag, e, [c[1] for c in row]))
    return ko, en


def _plain(side: list, lang: str, bullets: bool = True) -> list[str]:
    """A side's lines as a text file has them: steps numbered, list items marked."""
    out, n = [], 0
    for item in side:
        tag, text = item[0], item[1]
        n = n + 1 if tag == "num" else (n if tag in ("code", "p") and n else 0)
        if tag == "num":
            text = f"{n}. {text}"
        elif tag == "li" and bullets:
            text = ("• " if lang == "ko" else "- ") + text
        elif tag == "code":
            text = "    " + text
        out.append(text)
    return out


# ---------------------------------------------------------------- text files

def two_txt(name: str, doc: list) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    files = {f"{name}.ko.txt": "\n".join(_plain(ko, "ko")) + "\n", f"{name}.en.txt": "\n".join(_plain(en, "en")) + "\n"}
    return Layout(name, files, gold)


def sections(name: str, doc: list, ko_first: bool) -> Layout:
    """One file, section by section: a section's lines in one language, then in the other."""
    gold = _gold()
    parts, part = [], []
    for entry in doc:
        if entry[0] == "P" and len(entry) > 2 and entry[2] in ("h1", "h2") and part:
            parts.append(part)
            part = []
        part.append(entry)
    parts.append(part)
    blocks = []
    for part in parts:
        ko, en = lines(part, gold, " | ")
        ko, en = _plain(ko, "ko", bullets=False), _plain(en, "en", bullets=False)
        for side in ((ko, en) if ko_first else (en, ko)):
            if side:
                blocks.append("\n".join(side))
    return Layout(name, {f"{name}.txt": "\n\n".join(blocks) + "\n"}, gold)


def oneline(name: str, doc: list) -> Layout:
    """Each line its Korean, then its English after a space (a step numbered once); a line
    one side only alone."""
    gold = _gold()
    out, n = [], 0
    for entry in doc:
        ko, en = lines([entry], gold)
        tag = entry[2] if len(entry) > 2 else "p"
        n = n + 1 if tag == "num" else 0
        text = " ".join(t[1] for t in ko + en)
        out.append(f"{n}. {text}" if tag == "num" else ("· " + text if tag == "li" else text))
    return Layout(name, {f"{name}.txt": "\n".join(out) + "\n"}, gold)


def markdown(name: str, doc: list) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold)
    files = {}
    for lang, side in (("ko", ko), ("en", en)):
        out, n = [], 0
        for tag, text, *_ in side:
            if tag == "h1":
                out.append(f"# {text}\n")
            elif tag == "h2":
                out.append(f"\n## {text}\n")
                n = 0
            elif tag == "num":
                n += 1
                out.append(f"{n}. {text}\n")
            elif tag == "code" and out[-1].endswith("```\n"):
                out[-1] = out[-1][:-7] + f"   {text}\n   ```\n"
            elif tag == "code":
                out.append(f"   ```bash\n   {text}\n   ```\n")
            elif tag == "li":
                out.append(f"- {text}")
            else:
                out.append(f"{text}\n")
        files[f"{name}.{lang}.md"] = "\n".join(out) + "\n"
    return Layout(name, files, gold)


# ---------------------------------------------------------------- Word

def _docx(side: list) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    table, box = None, None
    for item in side:
        tag, text = item[0], item[1]
        if tag in ("th", "tr"):
            box = None
            if table is None:
                table = document.add_table(rows=0, cols=len(item[2]))
                table.style = "Table Grid"
            row = table.add_row().cells
            for cell, value in zip(row, item[2]):
                cell.text = value
                if tag == "th":
                    cell.paragraphs[0].runs[0].bold = True
            continue
        table = None
        if tag in ("warn", "box"):
            if tag == "warn" or box is None:
                frame = document.add_table(rows=1, cols=1)
                frame.style = "Table Grid"
                box = frame.rows[0].cells[0]
                box.paragraphs[0].add_run(text).bold = tag == "warn"
            else:
                box.add_paragraph(text)
            continue
        box = None
        if tag in ("h1", "h2"):
            document.add_heading(text, level=1 if tag == "h1" else 2)
        elif tag == "num":
            document.add_paragraph(text, style="List Number")
        elif tag == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def two_docx(name: str, doc: list) -> Layout:
    gold = _gold()
    ko, en = lines(doc, gold, " ")
    return Layout(name, {f"{name}.ko.docx": _docx(ko), f"{name}.en.docx": _docx(en)}, gold)


# ---------------------------------------------------------------- PDF

def manual_pdf() -> Layout:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

    korean, latin = pdf_fonts("DejaVuSans")
    gold = _gold()
    ko, en = lines(MANUAL, gold, " ")
    # the Korean CID font has no "⚠": the Korean PDF's titles are "경고" and "주의" (a slip of
    # the first run's gold, which had the sign on both sides)
    gold["items"] = [[[(k.replace("⚠ ", "") if k.startswith("⚠") else k, e) for k, e in reading] for reading in unit]
                     for unit in gold["items"]]
    gold["debatable"].append((HEADER["ko"], HEADER["en"]))
    gold["never_paired"] = {lang: [h] for lang, h in HEADER.items()}
    files = {}
    width, height = A4
    for lang, side in (("ko", ko), ("en", en)):
        font = korean if lang == "ko" else latin
        body = ParagraphStyle("b", fontName=font, fontSize=8.5, leading=12, spaceAfter=3)
        cell = ParagraphStyle("c", parent=body, fontSize=7.5, leading=10, spaceAfter=0)
        bullet = ParagraphStyle("l", parent=body, leftIndent=12, bulletIndent=2)
        title = ParagraphStyle("t", fontName=font, fontSize=14, leading=19, spaceAfter=8)
        head = ParagraphStyle("h", fontName=font, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3)

        def esc(text: str, lang: str = lang) -> str:
            text = html.escape(text, quote=False)
            return text.replace("·", "・") if lang == "ko" else text  # the CID font's CMap has no U+00B7

        def page(canvas, doc, lang: str = lang, font: str = font) -> None:
            canvas.saveState()
            canvas.setFont(font, 8)
            canvas.drawString(40, height - 30, HEADER[lang])
            canvas.line(40, height - 34, width - 40, height - 34)
            canvas.drawCentredString(width / 2, 24, f"- {doc.page} -")
            canvas.restoreState()

        column = (width - 80 - 16) / 2
        frames = [Frame(40, 40, column, height - 90, id="left"), Frame(40 + column + 16, 40, column, height - 90, id="right")]
        out = io.BytesIO()
        template = BaseDocTemplate(out, pagesize=A4, pageTemplates=[PageTemplate("two", frames, onPage=page)])
        story, rows, boxed, n = [], [], [], 0

        def flush(story: list = story, rows: list = rows, boxed: list = boxed, font: str = font) -> None:
            if rows:
                widths = [column / len(rows[0])] * len(rows[0])
                table = Table([[Paragraph(esc(c), cell) for c in r] for r in rows], colWidths=widths, repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [table, Spacer(1, 6)]
                rows.clear()
            if boxed:
                table = Table([[b] for b in boxed], colWidths=[column])
                table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
                story += [table, Spacer(1, 6)]
                boxed.clear()

        for item in side:
            tag, text = item[0], item[1]
            if tag in ("th", "tr"):
                rows.append(item[2])
                continue
            if tag == "warn":
                flush()
                boxed.append(Paragraph(f"<b>{esc(text)}</b>", head))
                continue
            if tag == "box":
                boxed.append(Paragraph(esc(text), bullet, bulletText="•") if boxed[1:] else Paragraph(esc(text), body))
                continue
            flush()
            n = n + 1 if tag == "num" else 0
            if tag == "num":
                story.append(Paragraph(esc(text), bullet, bulletText=f"{n}."))
            elif tag == "li":
                story.append(Paragraph(esc(text), bullet, bulletText="•"))
            else:
                story.append(Paragraph(esc(text), title if tag == "h1" else head if tag == "h2" else body))
        flush()
        template.build(story)
        files[f"manual.{lang}.pdf"] = out.getvalue()
    return Layout("manual_pdf", files, gold)


def layouts() -> list[Layout]:
    """The set's eight layouts: three of the manual (text, PDF, Word), two of the safety data
    sheet (one bilingual file each way round), the quick-start card on one line a pair, the
    installation guide as Markdown."""
    return [two_txt("manual_txt", MANUAL),
            manual_pdf(),
            two_docx("manual_docx", MANUAL),
            sections("sds_bi_ko", SDS, ko_first=True),
            sections("sds_bi_en", SDS, ko_first=False),
            oneline("quick_oneline", QUICK),
            markdown("install_md", INSTALL),
            two_txt("install_txt", INSTALL)]
