"""What reading a Word, HTML or PDF file costs next to aligning it, and whether the PDF
reader's paragraphs give the pairs of the plain text.

The seed document, repeated ``--copies`` times, is written as a web page (each line a
``<p>``, with navigation, header and footer), as a Word document (each line a paragraph),
as a PDF (each line a paragraph wrapped to the page by reportlab, Korean in its built-in
CID font), as a Hangul document (.hwpx: each line a paragraph), as an EPUB (each copy a
chapter, each line a ``<p>``), as an Excel workbook (each line a row of one column), as
Markdown (each line a paragraph, wrapped at 80 characters, its punctuation escaped) and as
a PowerPoint presentation (python-pptx: ten lines a slide, each a paragraph of a text box)
and as an OpenDocument text (each line a paragraph).
Each is read with ``read_document`` and aligned; the time to read is compared with the
time to align the plain text (embedding included), and the pairs with those of the plain
text. The .hwpx and .epub files are made with the tests' package builders.

    python benchmarks/readers.py              # needs the test extra (aligner[formats], reportlab)
"""

from __future__ import annotations

import argparse
import io
import re
import tempfile
import textwrap
import time
from html import escape
from pathlib import Path

from aligner.embed import get_encoder
from aligner.formats.readers import read_document
from aligner.pipeline import align_document

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_30438d9c0b7e7081.txt"


def as_html(lines: list[str]) -> bytes:
    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Seed</title></head><body>"
            "<header><nav><a href='/'>Home</a></nav></header><main><article>"
            f"{body}</article></main><footer>Copyright</footer></body></html>").encode()


def as_docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def as_pdf(lines: list[str]) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    style = ParagraphStyle("body", fontName="HYSMyeongJo-Medium", fontSize=10, leading=13, spaceAfter=8)
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(escape(line), style) for line in lines])
    return out.getvalue()


def _test_builders():
    """The package builders of tests/test_readers.py (realistic .hwpx, .epub and .odt files)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import test_readers

    return test_readers


def as_hwpx(lines: list[str]) -> bytes:
    t = _test_builders()
    return t.hwpx_bytes([t.hp_section(*(t.hp_text(line) for line in lines))])


def as_epub(lines: list[str], copies: int) -> bytes:
    t = _test_builders()
    per = len(lines) // copies
    return t.epub_bytes([t.xhtml("".join(f"<p>{escape(line)}</p>" for line in lines[k * per:(k + 1) * per]))
                         for k in range(copies)])


def as_odt(lines: list[str]) -> bytes:
    return _test_builders().odt_bytes("".join(f"<text:p>{escape(line)}</text:p>" for line in lines))


def as_xlsx(lines: list[str]) -> bytes:
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("seed")
    for row, line in enumerate(lines):
        sheet.write_string(row, 0, line)
    book.close()
    return out.getvalue()


def as_markdown(lines: list[str]) -> bytes:
    paragraphs = [textwrap.fill(re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", line), 80, break_long_words=False,
                                break_on_hyphens=False) for line in lines]
    return ("\n\n".join(paragraphs) + "\n").encode("utf-8")


def as_pptx(lines: list[str]) -> bytes:
    import pptx
    from pptx.util import Inches

    deck = pptx.Presentation()
    for at in range(0, len(lines), 10):
        frame = deck.slides.add_slide(deck.slide_layouts[6]).shapes.add_textbox(
            Inches(0.5), Inches(0.5), Inches(9), Inches(6)).text_frame
        frame.text = lines[at]
        for line in lines[at + 1:at + 10]:
            frame.add_paragraph().text = line
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()] * args.copies
    encoder = get_encoder("use")
    encoder.encode(["The model is loaded before anything is timed."])
    text = "\n".join(lines) + "\n"
    started = time.perf_counter()
    reference = align_document(text, encoder=encoder)
    align_seconds = time.perf_counter() - started
    want = [(p.ko_text, p.en_text) for p in reference.pairs]
    print(f"{len(lines)} lines; aligning the text: {align_seconds:.1f} s, {len(want)} pairs\n")
    print("| format | file size | read (s) | read / align | pairs | the same pairs, in order, as the text |")
    print("| --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        makers = (("html", as_html), ("docx", as_docx), ("pdf", as_pdf), ("hwpx", as_hwpx),
                  ("epub", lambda lines: as_epub(lines, args.copies)), ("xlsx", as_xlsx), ("md", as_markdown),
                  ("pptx", as_pptx), ("odt", as_odt))
        for ext, make in makers:
            path = Path(tmp) / f"seed.{ext}"
            path.write_bytes(make(lines))
            started = time.perf_counter()
            doc = read_document(path)
            seconds = time.perf_counter() - started
            got = [(p.ko_text, p.en_text) for p in align_document(doc.text, encoder=encoder).pairs]
            print(f"| {ext} | {path.stat().st_size / 1024:,.0f} KiB | {seconds:.2f} | {seconds / align_seconds:.3f} | "
                  f"{len(got)} | {'yes' if got == want else 'no'} |", flush=True)


if __name__ == "__main__":
    main()
