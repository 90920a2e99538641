"""Text in forms that encoders read badly, and what the aligner's reading of it does
(``embed.encoder_text``): English written in capitals (headings, legal notices, closed
captions), read in sentence case; Korean whose spacing is lost (text pulled out of a PDF:
every syllable apart, or no space at all), spaced again by kiwipiepy; English whose quotes
and apostrophes are HTML character references (scraped text, CMS exports), decoded.

Each set of ``accuracy.py`` (two files, one sentence a line) is aligned three times: as
written; with one side in the form, read as written (the reading switched off); and in the
form, read as the aligner reads it. ``--words N`` also cuts the English into lines of N
words first, as ``short_lines.py`` does (captions). Scores over all gold
(``accuracy.score``), default settings, embeddings from the benchmark's cache.
``--cosines`` instead prints, for each sentence of a gold 1-1 pair put in each reading, its
cosine to its counterpart as written (mean) and whether that counterpart is its nearest in
the document (share).

    python benchmarks/forms.py                             # capitals: park, nk, jhe base, HELD-OUT
    python benchmarks/forms.py --form letter-spaced --split train --variants base merged
    python benchmarks/forms.py --corpora jhe park --words 6
    python benchmarks/forms.py --cosines --split train --corpora park jhe [--encoder e5-small]
"""

from __future__ import annotations

import argparse
import contextlib
import re
from unittest import mock

import numpy as np

import accuracy
import corpora
import short_lines

from aligner.aligning import Params
from aligner.embed import encoder_text, encoders, get_encoder, use_windows, visible
from aligner.segmenting import scripts


def unspaced(text: str) -> str:
    return text.replace(" ", "")


def letter_spaced(text: str) -> str:
    return " ".join(c for c in text if c != " ")


_REFERENCES = {"'": "&#8217;", "’": "&#8217;", "‘": "&#8216;", '"': "&quot;", "“": "&#8220;", "”": "&#8221;",
               "&": "&amp;"}


def references(text: str) -> str:
    return "".join(_REFERENCES.get(c, c) for c in text)


# form: (the side it is written on, how a text is put in it)
FORMS = {"capitals": ("en", str.upper), "unspaced": ("ko", unspaced), "letter-spaced": ("ko", letter_spaced),
         "references": ("en", references)}
# for --cosines: (side, reading), the aligner's reading and some others for comparison
READINGS = {
    "English as written": ("en", str), "Korean as written": ("ko", str),
    "capitals": ("en", str.upper), "capitals, sentence case": ("en", lambda t: encoder_text(t.upper())),
    "capitals, lower case": ("en", lambda t: t.upper().lower()),
    "capitals, title case": ("en", lambda t: t.upper().title()),
    "unspaced": ("ko", unspaced), "unspaced, respaced": ("ko", lambda t: encoder_text(unspaced(t))),
    "letter-spaced": ("ko", letter_spaced), "letter-spaced, respaced": ("ko", lambda t: encoder_text(letter_spaced(t))),
}


@contextlib.contextmanager
def read_as_written():
    """The encoders (and the benchmark's cache keys) read every text as written, character
    references too."""
    with contextlib.ExitStack() as stack:
        for module in (encoders, use_windows, accuracy):
            stack.enter_context(mock.patch.object(module, "encoder_text", visible))
        stack.enter_context(mock.patch.object(scripts, "REFERENCE", re.compile(r"(?!)")))
        yield


def cosines(encoder, corpus: str, split: str) -> dict[str, tuple[float, float]]:
    """{reading: (mean cosine of a sentence in that reading to its counterpart as written,
    share whose nearest counterpart-side sentence in the document is its own)} over the gold
    1-1 pairs of ``base``."""
    sims: dict[str, list[float]] = {}
    hits: dict[str, list[bool]] = {}
    with read_as_written():  # each reading is given to the encoder as it is
        for doc in corpora.build_set(corpus, "base", split):
            pairs = [(k[0], e[0]) for k, e in doc.gold if len(k) == 1 and len(e) == 1]
            written = {"ko": encoder.encode([doc.ko[i] for i, _ in pairs]),
                       "en": encoder.encode([doc.en[j] for _, j in pairs])}
            for name, (side, read) in READINGS.items():
                texts = [doc.ko[i] for i, _ in pairs] if side == "ko" else [doc.en[j] for _, j in pairs]
                s = encoder.encode([read(t) for t in texts]) @ written["en" if side == "ko" else "ko"].T
                sims.setdefault(name, []).extend(np.diag(s))
                hits.setdefault(name, []).extend(s.argmax(axis=1) == np.arange(len(pairs)))
    return {name: (float(np.mean(sims[name])), float(np.mean(hits[name]))) for name in sims}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--form", choices=sorted(FORMS), default="capitals")
    parser.add_argument("--corpora", nargs="+", default=["park", "nk", "jhe"], choices=sorted(corpora.CORPORA))
    parser.add_argument("--variants", nargs="+", default=["base"], choices=corpora.VARIANTS)
    parser.add_argument("--split", choices=corpora.SPLITS, default="held-out")
    parser.add_argument("--words", type=int, default=0, help="cut the English into lines of this many words")
    parser.add_argument("--cosines", action="store_true", help="the encoder's cosines only, no alignment")
    parser.add_argument("--encoder", default="use", help="with --cosines: use, e5-small, st:PATH")
    args = parser.parse_args()
    if args.cosines:
        encoder = accuracy.disk_cached(get_encoder(args.encoder))
        for corpus in args.corpora:
            got = cosines(encoder, corpus, args.split)
            print(f"{corpus}: " + "; ".join(f"{name} {m:.3f} / {h:.3f}" for name, (m, h) in got.items()), flush=True)
        return
    encoder = accuracy.disk_cached(get_encoder("use"))
    side, put = FORMS[args.form]
    print(f"| corpus | variant | {side} side | strict F1 | lax F1 | gap P | gap R |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for corpus in args.corpora:
        for variant in args.variants:
            runs = {}
            for name in ("as written", f"{args.form}, read as written", f"{args.form}, as the aligner reads it"):
                docs = corpora.build_set(corpus, variant, args.split)
                golds = [short_lines.cut_lines(d, args.words) if args.words
                         else [(tuple(k), tuple(e)) for k, e in d.gold] for d in docs]
                if name != "as written":
                    for d in docs:
                        texts = d.ko if side == "ko" else d.en
                        texts[:] = [put(t) for t in texts]
                with read_as_written() if name.endswith("read as written") else contextlib.nullcontext():
                    encoder.cache.clear()  # the in-memory cache is keyed by the text as written
                    runs[name] = accuracy.score(golds, accuracy.run_aligner(docs, encoder, Params()))
            for name, s in runs.items():
                print(f"| {corpus} | {variant} | {name} | {s['f1_strict']:.3f} | {s['f1_lax']:.3f} "
                      f"| {s['gap_p']:.2f} | {s['gap_r']:.2f} |", flush=True)


if __name__ == "__main__":
    main()
