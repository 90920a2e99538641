"""Seed-style bilingual pages, held out: five news pages written by hand on 2026-12-04 in
the layout of the seed (English and Korean paragraphs alternating, either language first,
a duplicated block, lines of both languages, bullets, one page without blank lines) with
bylines, datelines, time stamps, copyright notices, captions and related-article lists.
Each page's gold (``pages/NAME.gold.json``) lists the pairs (character spans of each side)
and the lines that must stay unpaired (boilerplate, untranslated paragraphs).

A pair is right when the aligner's pair covers exactly the letters and digits of the gold
pair on each side (so the two copies of a duplicated block are told apart, and
punctuation or bullets at a segment's edge do not matter); an unpaired line is right when
none of its letters is in a pair.

    python benchmarks/pages.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent / "pages"


def letters(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(i for i in range(start, end) if text[i].isalnum())


def score(name: str, encoder) -> dict:
    import aligner

    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
    result = aligner.align_document(text, encoder=encoder)
    found = [(frozenset().union(*(letters(text, s.start, s.end) for s in p.ko)),
              frozenset().union(*(letters(text, s.start, s.end) for s in p.en)), p) for p in result.pairs]
    out = {"pairs": 0, "exact": 0, "unpaired": 0, "left": 0, "errors": []}
    for g in gold:
        if g["kind"] == "pair":
            out["pairs"] += 1
            want = (letters(text, g["ko_start"], g["ko_end"]), letters(text, g["en_start"], g["en_end"]))
            if any((k, e) == want for k, e, _ in found):
                out["exact"] += 1
            else:
                out["errors"].append(f"missed: {g['ko'][:40]} | {g['en'][:40]}")
        elif g["kind"] == "unpaired":
            out["unpaired"] += 1
            span = letters(text, g["start"], g["end"])
            paired = [p for k, e, p in found if (k | e) & span]
            out["left"] += not paired
            out["errors"] += [f"paired: {g['text'][:40]} in {p.ko_text[:30]} | {p.en_text[:30]} ({p.score:.2f})"
                              for p in paired]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list each missed pair and each paired line")
    args = parser.parse_args(argv)
    from aligner.embed import get_encoder

    encoder = get_encoder("use")
    names = sorted(p.name.removesuffix(".gold.json") for p in HERE.glob("*.gold.json"))
    print("| page | gold pairs | exact | lines to leave unpaired | left unpaired |")
    print("| --- | --- | --- | --- | --- |")
    total = {"pairs": 0, "exact": 0, "unpaired": 0, "left": 0}
    for name in names:
        r = score(name, encoder)
        print(f"| {name} | {r['pairs']} | {r['exact']} | {r['unpaired']} | {r['left']} |")
        for key in total:
            total[key] += r[key]
        if args.errors:
            for line in r["errors"]:
                print(f"|  | {line} | | | |", file=sys.stderr)
    print(f"| all {len(names)} | {total['pairs']} | {total['exact']} ({total['exact'] / total['pairs']:.3f}) | "
          f"{total['unpaired']} | {total['left']} ({total['left'] / total['unpaired']:.3f}) |")


if __name__ == "__main__":
    main()
