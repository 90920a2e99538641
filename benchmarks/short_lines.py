"""Transcript-like documents: each English sentence of a HELD-OUT set cut into lines of a
few words, the way talk transcripts and subtitles break speech, against whole Korean
sentences (``--side ko``: the Korean cut, against whole English sentences; ``--side
both``: both, as two subtitle files of one talk). A Korean sentence's gold bead holds
every line of its English sentence(s), so 1-3 … 1-9 beads occur (the aligner's bead types
stop at 1-4, but it aligns the lines that make one sentence as that sentence).
Measures accuracy (``accuracy.score``) and time ÷ encode-once: the aligner's whole run
on the set, without a cache, divided by encoding the set's distinct sentences once, in
the same process, median of ``--repeats`` runs each.

    python benchmarks/short_lines.py                         # park and jhe, lines of 6 words
    python benchmarks/short_lines.py --corpora jhe --words 4
    python benchmarks/short_lines.py --side ko --words 4 --split train --repeats 1
    python benchmarks/short_lines.py --side both --words 5
"""

from __future__ import annotations

import argparse

import accuracy
import corpora

from aligner.aligning import Params
from aligner.embed import get_encoder


def cut_lines(doc: corpora.Document, words: int, side: str = "en") -> list[accuracy.Bead]:
    """Cut ``doc``'s sentences on one ``side`` ("en" or "ko", or "both") into lines of
    ``words`` words, in place; returns the gold beads over the lines. An unpaired
    sentence's lines are unpaired one by one (the scorer counts gaps by sentence, as every
    system's are)."""
    where = {lang: _cut(getattr(doc, lang), words) if side in (lang, "both") else None for lang in ("ko", "en")}
    gold: list[accuracy.Bead] = []
    for ko, en in doc.gold:
        ko = [x for k in ko for x in where["ko"][k]] if where["ko"] else list(ko)
        en = [x for e in en for x in where["en"][e]] if where["en"] else list(en)
        if ko and en:
            gold.append((tuple(ko), tuple(en)))
        else:
            gold += [((k,), ()) for k in ko] + [((), (e,)) for e in en]
    return gold


def _cut(sentences: list[str], words: int) -> list[list[int]]:
    """Cut ``sentences`` into lines of ``words`` words, in place; returns each sentence's
    lines."""
    lines: list[str] = []
    where: list[list[int]] = []
    for sentence in sentences:
        w = sentence.split()
        cut = [" ".join(w[i:i + words]) for i in range(0, len(w), words)] or [sentence]
        where.append(list(range(len(lines), len(lines) + len(cut))))
        lines += cut
    sentences[:] = lines
    return where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["park", "jhe"], choices=sorted(corpora.CORPORA))
    parser.add_argument("--words", type=int, default=6)
    parser.add_argument("--side", choices=["en", "ko", "both"], default="en", help="the side cut into lines")
    parser.add_argument("--split", choices=corpora.SPLITS, default="held-out")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()
    encoder = get_encoder(args.encoder)
    print("| corpus | words a line | Korean / English lines | strict F1 | lax F1 | gap P | gap R "
          "| encode once (s) | aligner (s) | time ÷ encode-once |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for corpus in args.corpora:
        docs = corpora.build_set(corpus, "base", args.split)
        golds = [cut_lines(d, args.words, args.side) for d in docs]
        encoder.encode(docs[0].ko[:20])  # load the model outside the timing
        e, a, tests = accuracy.timed_runs(encoder, docs, lambda docs=docs: accuracy.run_aligner(docs, encoder, Params()),
                                          args.repeats)
        s = accuracy.score(golds, tests)
        print(f"| {corpus} | {args.words} | {sum(len(d.ko) for d in docs)} / {sum(len(d.en) for d in docs)} "
              f"| {s['f1_strict']:.3f} | {s['f1_lax']:.3f} | {s['gap_p']:.2f} | {s['gap_r']:.2f} "
              f"| {e:.2f} | {a:.2f} | {a / e:.2f} |", flush=True)


if __name__ == "__main__":
    main()
