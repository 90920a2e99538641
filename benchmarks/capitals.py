"""Text written in capitals: headings, legal notices, captions (closed captions are often
all capitals). Encoders learned from text in ordinary case, so the aligner reads an
English text written in capitals in sentence case (``embed.encoder_text``); this measures
what that does.

Each set of ``accuracy.py`` (two files, one sentence a line) is aligned three times: as
written; with its English in capitals, read as written (the rule switched off); and in
capitals, read in sentence case (the aligner as it is). ``--words N`` also cuts the English
into lines of N words first, as ``short_lines.py`` does (captions). Scores over all gold
(``accuracy.score``), default settings, embeddings from the benchmark's cache.
``--cosines`` instead prints, for each English sentence of a gold 1-1 pair, its cosine to
its Korean (mean) and whether that Korean is its nearest in the document (share), as
written, in capitals, and in capitals read in sentence case, lower case and title case.

    python benchmarks/capitals.py                          # park, nk, jhe base, HELD-OUT
    python benchmarks/capitals.py --split train --variants base merged
    python benchmarks/capitals.py --corpora jhe park --words 6
    python benchmarks/capitals.py --cosines --split train --corpora park jhe [--encoder e5-small]
"""

from __future__ import annotations

import argparse
import contextlib
from unittest import mock

import numpy as np

import accuracy
import corpora
import short_lines

from aligner.aligning import Params
from aligner.embed import encoder_text, encoders, get_encoder, use_windows, visible

READINGS = {"as written": None, "capitals": str.upper, "capitals, sentence case": lambda t: encoder_text(t.upper()),
            "capitals, lower case": lambda t: t.upper().lower(), "capitals, title case": lambda t: t.upper().title()}


@contextlib.contextmanager
def read_as_written():
    """The encoders (and the benchmark's cache keys) read every text as written."""
    with contextlib.ExitStack() as stack:
        for module in (encoders, use_windows, accuracy):
            stack.enter_context(mock.patch.object(module, "encoder_text", visible))
        yield


def cosines(encoder, corpus: str, split: str) -> dict[str, tuple[float, float]]:
    """{reading: (mean cosine of an English sentence to its Korean, share whose nearest
    Korean sentence in the document is its own)} over the gold 1-1 pairs of ``base``."""
    sims: dict[str, list[float]] = {name: [] for name in READINGS}
    hits: dict[str, list[bool]] = {name: [] for name in READINGS}
    with read_as_written():  # each reading is given to the encoder as it is
        for doc in corpora.build_set(corpus, "base", split):
            pairs = [(k[0], e[0]) for k, e in doc.gold if len(k) == 1 and len(e) == 1]
            ko = encoder.encode([doc.ko[i] for i, _ in pairs])
            for name, read in READINGS.items():
                en = encoder.encode([(read or str)(doc.en[j]) for _, j in pairs])
                s = ko @ en.T
                sims[name] += list(np.diag(s))
                hits[name] += list(s.argmax(axis=0) == np.arange(len(pairs)))
    return {name: (float(np.mean(sims[name])), float(np.mean(hits[name]))) for name in READINGS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["park", "nk", "jhe"], choices=sorted(corpora.CORPORA))
    parser.add_argument("--variants", nargs="+", default=["base"], choices=corpora.VARIANTS)
    parser.add_argument("--split", choices=corpora.SPLITS, default="held-out")
    parser.add_argument("--words", type=int, default=0, help="cut the English into lines of this many words")
    parser.add_argument("--cosines", action="store_true", help="the encoder's cosines only, no alignment")
    parser.add_argument("--encoder", default="use", help="with --cosines: use, e5-small, st:PATH")
    args = parser.parse_args()
    if args.cosines:
        encoder = accuracy.disk_cached(get_encoder(args.encoder))
        print("| corpus | " + " | ".join(READINGS) + " |")
        print("| --- |" + " --- |" * len(READINGS))
        for corpus in args.corpora:
            got = cosines(encoder, corpus, args.split)
            print(f"| {corpus} | " + " | ".join(f"{m:.3f} / {h:.3f}" for m, h in got.values()) + " |", flush=True)
        return
    encoder = accuracy.disk_cached(get_encoder("use"))
    print("| corpus | variant | English | strict F1 | lax F1 | gap P | gap R |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for corpus in args.corpora:
        for variant in args.variants:
            runs = {}
            for name in ("as written", "capitals, read as written", "capitals, in sentence case"):
                docs = corpora.build_set(corpus, variant, args.split)
                golds = [short_lines.cut_lines(d, args.words) if args.words
                         else [(tuple(k), tuple(e)) for k, e in d.gold] for d in docs]
                if name != "as written":
                    for d in docs:
                        d.en[:] = [s.upper() for s in d.en]
                with read_as_written() if name == "capitals, read as written" else contextlib.nullcontext():
                    encoder.cache.clear()  # the in-memory cache is keyed by the text as written
                    runs[name] = accuracy.score(golds, accuracy.run_aligner(docs, encoder, Params()))
            for name, s in runs.items():
                print(f"| {corpus} | {variant} | {name} | {s['f1_strict']:.3f} | {s['f1_lax']:.3f} "
                      f"| {s['gap_p']:.2f} | {s['gap_r']:.2f} |", flush=True)


if __name__ == "__main__":
    main()
