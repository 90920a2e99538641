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
    python benchmarks/short_lines.py --side both --words 6 --ko-words 4 --times 0.1 --no-ko-stops  # subtitles
    python benchmarks/short_lines.py --auto-captions --words 7 --corpora park nk jhe  # YouTube-style captions
"""

from __future__ import annotations

import argparse
import copy
import re

import accuracy
import corpora

from aligner.aligning import Params
from aligner.embed import get_encoder


def cut_lines(doc: corpora.Document, words: int, side: str = "en", ko_words: int | None = None,
              where: dict | None = None) -> list[accuracy.Bead]:
    """Cut ``doc``'s sentences on one ``side`` ("en" or "ko", or "both") into lines of
    ``words`` words (Korean: ``ko_words`` if given), in place; returns the gold beads over
    the lines, and fills ``where`` (if given) with each side's lines of each sentence. An
    unpaired sentence's lines are unpaired one by one (the scorer counts gaps by sentence,
    as every system's are)."""
    sizes = {"ko": ko_words or words, "en": words}
    where = {} if where is None else where
    where.update({lang: _cut(getattr(doc, lang), sizes[lang]) if side in (lang, "both") else None
                  for lang in ("ko", "en")})
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


def timed_run(docs: list[corpora.Document], encoder, sigma: float, words: int, side: str, ko_words: int | None,
              ko_stops: bool, seed: int = 7) -> tuple[list[list[accuracy.Bead]], list[list[accuracy.Bead]]]:
    """Gold and predicted beads of ``docs`` cut into lines as subtitle cues with times:
    every gold bead a slot on one timeline (``subtitles.timeline``), each sentence's slot
    shared by its lines in proportion to their length, every cue boundary jittered by
    ``sigma`` seconds on each side; aligned as two subtitle files are
    (``align_segments`` with the times). ``ko_stops`` False: the Korean lines without
    their full stops, as Korean subtitles are written."""
    import random

    import subtitles

    from aligner.pipeline import align_segments

    golds, tests = [], []
    for d, doc in enumerate(docs):
        doc = copy.deepcopy(doc)
        rng = random.Random(seed * 1000 + d)
        ko_slots, en_slots = subtitles.timeline(doc, rng)
        where: dict = {}
        golds.append(cut_lines(doc, words, side, ko_words, where))
        times = {}
        for lang, slots in (("ko", ko_slots), ("en", en_slots)):
            lines = getattr(doc, lang)
            out = list(slots)
            if where[lang] is not None:
                out = [(0.0, 0.0)] * len(lines)
                for (a, b), ids in zip(slots, where[lang]):
                    total, t = sum(len(lines[i]) for i in ids) or 1, a
                    for i in ids:
                        out[i] = (t, t + (b - a) * len(lines[i]) / total)
                        t = out[i][1]
            times[lang] = subtitles.jitter(out, sigma, 0.0, rng)
        if not ko_stops:
            doc.ko = [re.sub(r"[.。]+$", "", line) for line in doc.ko]
        result = align_segments(accuracy.segments(doc.ko, "ko"), accuracy.segments(doc.en, "en"), encoder=encoder,
                                params=Params(), ko_times=times["ko"], en_times=times["en"])
        beads = [(tuple(p.ko_ids), tuple(p.en_ids)) for p in result.pairs]
        beads += [((s.index,), ()) if s.lang == "ko" else ((), (s.index,)) for s in result.unpaired]
        tests.append(accuracy.as_test_beads(beads, len(doc.ko), len(doc.en)))
    return golds, tests


def auto_captions(docs: list[corpora.Document], encoder, words: int, sigma: float, seed: int = 7,
                  timed: bool = True) -> tuple[list[list[accuracy.Bead]], list[list[accuracy.Bead]]]:
    """Gold and predicted beads (over the sentences) of ``docs`` as two subtitle files: the
    Korean a cue a sentence, the English as automatic captions (lower case, no punctuation,
    cues of ``words`` words), times as in :func:`timed_run`; read by the subtitle reader
    and aligned by ``aligner.align_texts`` with the cues, as ``aligner align ko.srt
    en.srt`` does (``timed`` False: without the times, as for two transcripts saved as text,
    a line a cue). A predicted pair counts as the sentences whose cues its segments overlap."""
    import random

    import subtitles

    import aligner
    from aligner.formats.readers import read_document

    golds, tests = [], []
    for d, doc in enumerate(docs):
        rng = random.Random(seed * 1000 + d)
        ko_slots, en_slots = subtitles.timeline(doc, rng)
        ko_slots, en_slots = subtitles.jitter(ko_slots, sigma, 0.0, rng), subtitles.jitter(en_slots, sigma, 0.0, rng)
        cues, times, sentence_of = [], [], []
        for e, (sentence, (a, b)) in enumerate(zip(doc.en, en_slots)):
            w = re.sub(r"[^\w\s'’-]", " ", sentence).lower().split() or ["um"]
            parts = [" ".join(w[i:i + words]) for i in range(0, len(w), words)]
            total, t = sum(map(len, parts)), a
            for part in parts:
                cues.append(part)
                times.append((t, t + (b - a) * len(part) / total))
                sentence_of.append(e)
                t = times[-1][1]
        ko = read_document("ko.srt", data=subtitles.srt(doc.ko, ko_slots).encode())
        en = read_document("en.srt", data=subtitles.srt(cues, times).encode())
        result = aligner.align_texts(ko.text, en.text, ko_cues=ko.cues if timed else None,
                                     en_cues=en.cues if timed else None, encoder=encoder)
        ko_line, en_line = _line_of(ko.text), _line_of(en.text)
        beads = [(tuple(sorted({i for s in p.ko for i in range(ko_line[s.start], ko_line[s.end - 1] + 1)})),
                  tuple(sorted({sentence_of[i] for s in p.en for i in range(en_line[s.start], en_line[s.end - 1] + 1)})))
                 for p in result.pairs]
        golds.append([(tuple(k), tuple(e)) for k, e in doc.gold])
        tests.append(accuracy.as_test_beads(beads, len(doc.ko), len(doc.en)))
    return golds, tests


def _line_of(text: str) -> list[int]:
    """The line number of each character of ``text`` (a cue a line)."""
    return [i for i, line in enumerate(text.split("\n")) for _ in range(len(line) + 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["park", "jhe"], choices=sorted(corpora.CORPORA))
    parser.add_argument("--words", type=int, default=6)
    parser.add_argument("--side", choices=["en", "ko", "both"], default="en", help="the side cut into lines")
    parser.add_argument("--split", choices=corpora.SPLITS, default="held-out")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--ko-words", type=int, help="words a Korean line (default: --words)")
    parser.add_argument("--times", type=float, metavar="SIGMA",
                        help="subtitle cues: give each line a time (jittered SIGMA s) and align with them")
    parser.add_argument("--no-ko-stops", action="store_true", help="the Korean lines without full stops (--times)")
    parser.add_argument("--auto-captions", action="store_true",
                        help="English automatic captions (lower case, no punctuation, --words a cue) "
                             "against Korean sentence cues, through the subtitle reader (jitter: --times, default 0.1)")
    parser.add_argument("--as-text", action="store_true", help="--auto-captions without the times (transcripts as text)")
    args = parser.parse_args()
    encoder = get_encoder(args.encoder)
    if args.auto_captions:
        encoder = accuracy.disk_cached(encoder)
        print("| corpus | words a cue | strict F1 | lax F1 | gap P | gap R |")
        print("| --- | --- | --- | --- | --- | --- |")
        for corpus in args.corpora:
            golds, tests = auto_captions(corpora.build_set(corpus, "base", args.split), encoder, args.words,
                                         0.1 if args.times is None else args.times, timed=not args.as_text)
            s = accuracy.score(golds, tests)
            print(f"| {corpus} | {args.words} | {s['f1_strict']:.3f} | {s['f1_lax']:.3f} | {s['gap_p']:.2f} "
                  f"| {s['gap_r']:.2f} |", flush=True)
        return
    if args.times is not None:
        encoder = accuracy.disk_cached(encoder)
        print("| corpus | words a line (ko / en) | Korean full stops | strict F1 | lax F1 | gap P | gap R |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for corpus in args.corpora:
            docs = corpora.build_set(corpus, "base", args.split)
            golds, tests = timed_run(docs, encoder, args.times, args.words, args.side, args.ko_words,
                                     not args.no_ko_stops)
            s = accuracy.score(golds, tests)
            print(f"| {corpus} | {args.ko_words or args.words} / {args.words} | {'no' if args.no_ko_stops else 'yes'} "
                  f"| {s['f1_strict']:.3f} | {s['f1_lax']:.3f} | {s['gap_p']:.2f} | {s['gap_r']:.2f} |", flush=True)
        return
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
