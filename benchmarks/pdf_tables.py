"""What reading a PDF's ruled tables costs, and whether their cells come out one a line.

A PDF of ``--pages`` pages, each a table of 51 rows (``--row`` points high) by 8 columns
whose cells are drawn as bordered rectangles (as Word and Hangul export a ruled table), is
made with reportlab and
read with ``read_document`` ``--runs`` times; the median time, the lines read and the
cells among them are printed. Since the eleventh session the reader keeps a page's rules
and reads such a table cell by cell, row by row (``aligner.formats.pdfrules``); before,
its cells came out joined.

    python benchmarks/pdf_tables.py [--pages 30] [--runs 3]    # needs reportlab (the test extra)
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from aligner.formats.readers import read_document

ROWS, COLUMNS = 51, 8


def cell(page: int, row: int, column: int) -> str:
    """A cell's text: a syllable of its own (so no page's first or last cells read as a
    running header, digits aside) and its row."""
    return f"{chr(0xAC00 + (page * ROWS * COLUMNS + row * COLUMNS + column) * 7 % 11172)}{row}"


def table_pdf(pages: int, height: float) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    xs, ys = [50 + 60 * k for k in range(COLUMNS + 1)], [800 - height * r for r in range(ROWS + 1)]
    for page in range(pages):
        c.setFont("HYSMyeongJo-Medium", 8)
        for r in range(ROWS):
            for k in range(COLUMNS):
                c.drawString(xs[k] + 2, ys[r + 1] + 3, cell(page, r, k))
                c.rect(xs[k], ys[r + 1], 60, height)
        c.showPage()
    c.save()
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--row", type=float, default=11.0, help="a row's height in points (text 8 pt; at 11, "
                        "a column's cells are as close as a paragraph's lines)")
    args = parser.parse_args()
    data = table_pdf(args.pages, args.row)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        doc = read_document("tables.pdf", data=data)
        times.append(time.perf_counter() - start)
    lines = doc.text.splitlines()
    wanted = {cell(page, r, k) for page in range(args.pages) for r in range(ROWS) for k in range(COLUMNS)}
    cells = sum(1 for line in lines if line in wanted)
    print(f"{args.pages} pages of {ROWS} x {COLUMNS} ruled cells, rows {args.row:g} pt ({len(data) / 2**20:.1f} MiB): "
          f"read in {statistics.median(times):.2f} s (median of {args.runs}); {len(lines):,} lines, "
          f"{cells:,} of them one cell each, of {args.pages * ROWS * COLUMNS:,} cells")


if __name__ == "__main__":
    main()
