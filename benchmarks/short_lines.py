"""Transcript-like documents: each English sentence of a HELD-OUT set cut into lines of a
few words, the way talk transcripts and subtitles break speech, against whole Korean
sentences. A Korean sentence's gold bead holds every line of its English sentence(s), so
1-3 … 1-9 beads occur (the aligner's bead types stop at 1-4; refinement may attach more).
Measures accuracy (``accuracy.score``) and time ÷ encode-once: the aligner's whole run
on the set, without a cache, divided by encoding the set's distinct sentences once, in
the same process, median of ``--repeats`` runs each.

    python benchmarks/short_lines.py                         # park and jhe, lines of 6 words
    python benchmarks/short_lines.py --corpora jhe --words 4
"""

from __future__ import annotations

import argparse

import accuracy
import corpora

from aligner.aligning import Params
from aligner.embed import get_encoder


def cut_lines(doc: corpora.Document, words: int) -> list[accuracy.Bead]:
    """Cut ``doc``'s English sentences into lines of ``words`` words, in place; returns
    the gold beads over the lines."""
    lines: list[str] = []
    where: list[list[int]] = []
    for sentence in doc.en:
        w = sentence.split()
        cut = [" ".join(w[i:i + words]) for i in range(0, len(w), words)] or [sentence]
        where.append(list(range(len(lines), len(lines) + len(cut))))
        lines += cut
    doc.en[:] = lines
    return [(tuple(k), tuple(x for e in es for x in where[e])) for k, es in doc.gold]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["park", "jhe"], choices=sorted(corpora.CORPORA))
    parser.add_argument("--words", type=int, default=6)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()
    encoder = get_encoder(args.encoder)
    print("| corpus | words a line | Korean / English lines | strict F1 | lax F1 | gap P | gap R "
          "| encode once (s) | aligner (s) | time ÷ encode-once |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for corpus in args.corpora:
        docs = corpora.build_set(corpus, "base", "held-out")
        golds = [cut_lines(d, args.words) for d in docs]
        encoder.encode(docs[0].ko[:20])  # load the model outside the timing
        e, a, tests = accuracy.timed_runs(encoder, docs, lambda docs=docs: accuracy.run_aligner(docs, encoder, Params()),
                                          args.repeats)
        s = accuracy.score(golds, tests)
        print(f"| {corpus} | {args.words} | {sum(len(d.ko) for d in docs)} / {sum(len(d.en) for d in docs)} "
              f"| {s['f1_strict']:.3f} | {s['f1_lax']:.3f} | {s['gap_p']:.2f} | {s['gap_r']:.2f} "
              f"| {e:.2f} | {a:.2f} | {a / e:.2f} |", flush=True)


if __name__ == "__main__":
    main()
