"""Bilingual tables: a Korean and an English column, row by row, as localization
engineers, translation tools and glossaries keep them, some rows with one cell empty.

For each corpus, the gold pairs of its base HELD-OUT set (``corpora.build_set``) are the rows
of one table, written as a CSV file and as a web page (``<table>``); in a share of the
rows the English cell is emptied (``--empty``; as many again lose their Korean cell), as
untranslated strings are in a localization file. Each file is aligned as ``aligner align
FILE`` aligns it (the reader, then ``align_document``). Reported: the pairs, *across*
the pairs that take their sentences from two rows or pair a cell with a one-sided row's,
*rows right* the rows with both cells whose every sentence is paired within the row, and
*one-sided unpaired* the cells of one-sided rows none of whose sentences is paired.

    python benchmarks/tables.py [--corpora jhe park] [--empty 0.1]
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import random
import re
import tempfile
import time
from pathlib import Path

import corpora

from aligner.embed import get_encoder
from aligner.formats.readers import read_document
from aligner.pipeline import align_document

_SPACE = re.compile(r"\s+")


def rows_of(corpus: str, empty: float, seed: int = 11) -> list[tuple[str, str]]:
    """The table's rows: the gold pairs of the corpus's base HELD-OUT set (one-sided
    beads left out), a share ``empty`` of them without their English cell and as many
    without their Korean cell."""
    rng = random.Random(f"{seed}-{corpus}")
    rows = []
    for doc in corpora.build_set(corpus, "base", "held-out"):
        for k, e in doc.gold:
            ko, en = " ".join(doc.ko[i] for i in k).strip(), " ".join(doc.en[j] for j in e).strip()
            if not ko or not en:
                continue
            draw = rng.random()
            rows.append((ko, "") if draw < empty else ("", en) if draw < 2 * empty else (ko, en))
    return rows


def as_csv(rows: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([("한국어", "English"), *rows])
    return out.getvalue()


def as_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{html.escape(ko)}</td><td>{html.escape(en)}</td></tr>" for ko, en in rows)
    return f"<html><body><table><tr><th>한국어</th><th>English</th></tr>{cells}</table></body></html>"


def score(rows: list[tuple[str, str]], result) -> dict[str, int]:
    """Each segment's row found by its text (white space normalized) in that side's cells,
    the first row from the last one found on: segments come in reading order."""
    cells = {lang: [_SPACE.sub(" ", row[k]) for row in rows] for k, lang in enumerate(("ko", "en"))}
    where: dict[tuple[str, int], int] = {}
    for lang, segments in (("ko", result.ko_segments), ("en", result.en_segments)):
        at = 0
        for s in segments:
            text = _SPACE.sub(" ", s.text)
            found = next((r for r in range(at, len(rows)) if text in cells[lang][r]), None)
            if found is not None:
                where[lang, s.start] = at = found
    across = 0
    paired_in_row: dict[tuple[str, int], int] = {}
    for pair in result.pairs:
        found = {where.get((lang, s.start)) for lang, side in (("ko", pair.ko), ("en", pair.en)) for s in side}
        if len(found) != 1 or None in found or not all(rows[found.pop()]):
            across += 1
            continue
        for lang, side in (("ko", pair.ko), ("en", pair.en)):
            for s in side:
                key = (lang, where[lang, s.start])
                paired_in_row[key] = paired_in_row.get(key, 0) + 1
    segments_in = {}
    for (lang, _), r in where.items():
        segments_in[lang, r] = segments_in.get((lang, r), 0) + 1
    both = [r for r, row in enumerate(rows) if all(row)]
    right = sum(all(paired_in_row.get((lang, r), 0) == segments_in.get((lang, r), -1) for lang in ("ko", "en"))
                for r in both)
    paired = {(lang, where[lang, s.start]) for pair in result.pairs
              for lang, side in (("ko", pair.ko), ("en", pair.en)) for s in side if (lang, s.start) in where}
    one_sided = [(lang, r) for r, row in enumerate(rows) if not all(row)
                 for lang, cell in zip(("ko", "en"), row) if cell]
    return {"rows": len(both), "pairs": len(result.pairs), "across": across, "rows right": right,
            "one-sided": len(one_sided), "one-sided unpaired": sum(key not in paired for key in one_sided)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["jhe", "park"], choices=["jhe", "park", "nk"])
    parser.add_argument("--empty", type=float, default=0.1, help="the share of rows without their English cell")
    args = parser.parse_args()
    encoder = get_encoder("use")
    print("| corpus | file | rows with both cells | pairs | across rows | rows right | one-sided cells | "
          "left unpaired | seconds |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in args.corpora:
            rows = rows_of(corpus, args.empty)
            for suffix, write in ((".csv", as_csv), (".html", as_html)):
                path = Path(tmp) / f"{corpus}{suffix}"
                path.write_text(write(rows), encoding="utf-8")
                t0 = time.perf_counter()
                doc = read_document(path)
                result = align_document(doc.text, encoder=encoder, name=str(path), unwrap=False)
                seconds = time.perf_counter() - t0
                s = score(rows, result)
                print(f"| {corpus} | {suffix[1:]} | {s['rows']} | {s['pairs']} | {s['across']} | "
                      f"{s['rows right']} ({s['rows right'] / s['rows']:.3f}) | {s['one-sided']} | "
                      f"{s['one-sided unpaired']} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
