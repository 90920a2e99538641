"""Alignment of bilingual documents (Korean and English paragraphs alternating), the
product's main input, on every corpus × variant of ``corpora.py``.

Each benchmark document is laid out as one bilingual text: its gold beads, in order, are
cut into blocks of 1–5 beads; a block is an English paragraph (its sentences on one line)
and the Korean (on one line, or one sentence a line as in a bilingual book), either
language first (drawn once per document). ``--hostile`` also leaves one side out of 15% of
the blocks (an untranslated paragraph: its sentences become gold gaps) and puts 10% of
the blocks in the other order; ``--mixed-lines 0.3`` writes 30% of the blocks on one line,
both languages side by side (as some documents do); ``--interleaved 0.3`` writes 30% of the
blocks on one line bead by bead, the languages alternating ("English. 한국어. English.
한국어.", as textbooks print them); ``--wrap 72`` hard-wraps every line at
72 columns (a Hangul syllable is two), as e-texts and text pulled out of PDFs are. The text
goes through ``align_document`` (the real segmenter: language runs, kiwipiepy, the English
splitter); each segment is mapped back
to the gold sentences it overlaps by character offsets, and the pairs are scored as in
``accuracy.py``. ``crossing``: the share of pairs whose Korean and English sentences come
from different blocks. Last, the reliability of the pairs' confidences (as in
``calibration.py``: is a pair given 0.9 exactly right 90% of the time?).

Each set is aligned with the aligner's defaults and with ``block_penalty`` 0 (no block
evidence: what a two-file aligner would do with the same sentences).

    python benchmarks/bilingual.py                        # HELD-OUT, base / asides / merged
    python benchmarks/bilingual.py --splits train --hostile
    python benchmarks/bilingual.py --mixed-lines 0.3
    python benchmarks/bilingual.py --interleaved 1
    python benchmarks/bilingual.py --wrap 72
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import json
import random
import sys
import time
import unicodedata

import calibration
import corpora
import numpy as np
from accuracy import has_suspects, score, suspect_lines, without_suspects

from aligner.aligning import Params
from aligner.embed import get_encoder
from aligner.pipeline import align_document
from aligner.segmenting import Segmenter

Span = tuple[int, int, str, int, int]  # start, end, language, sentence id, block


@dataclasses.dataclass
class Rendered:
    text: str
    spans: list[Span]  # every sentence written, in text order
    left_out: set[tuple[str, int]]  # (language, id) of the sentences of left-out sides


def render(doc: corpora.Document, rng: random.Random, hostile: bool = False, mixed: float = 0.0,
           interleaved: float = 0.0) -> Rendered:
    """``doc`` as one bilingual text (see the module docstring); ``mixed``: the share of
    blocks written on one line, both languages side by side; ``interleaved``: the share
    written on one line bead by bead, the languages alternating."""
    english_first = rng.random() < 0.5
    korean_lines = rng.random() < 0.5  # one Korean sentence a line, else a paragraph
    parts: list[str] = []
    spans: list[Span] = []
    left_out: set[tuple[str, int]] = set()
    pos = 0

    def paragraph(sentences: list[tuple[str, int]], lang: str, block: int, end: str = "\n") -> None:
        nonlocal pos
        for n, (text, k) in enumerate(sentences):
            if n:
                parts.append(" ")
                pos += 1
            spans.append((pos, pos + len(text), lang, k, block))
            parts.append(text)
            pos += len(text)
        parts.append(end)
        pos += len(end)

    t = block = 0
    while t < len(doc.gold):
        chunk = doc.gold[t:t + rng.randint(1, 5)]
        t += len(chunk)
        ko = [(doc.ko[k], k) for ks, _ in chunk for k in ks]
        en = [(doc.en[e], e) for _, es in chunk for e in es]
        sides = [(en, "en"), (ko, "ko")] if english_first else [(ko, "ko"), (en, "en")]
        if hostile and rng.random() < 0.15:
            dropped = rng.randrange(2)
            left_out.update((sides[dropped][1], k) for _, k in sides[dropped][0])
            del sides[dropped]
        if hostile and rng.random() < 0.1:
            sides.reverse()
        if mixed and len(sides) == 2 and rng.random() < mixed:
            # both languages on one line: "English. 한국어." (or the other order)
            paragraph(sides[0][0], sides[0][1], block, end="")
            parts.append(" ")
            pos += 1
            paragraph(sides[1][0], sides[1][1], block)
            block += 1
            continue
        if interleaved and len(sides) == 2 and rng.random() < interleaved:
            first = sides[0][1]
            items = [(text, lang, i) for ks, es in chunk
                     for lang, ids in sorted((("ko", ks), ("en", es)), key=lambda side: side[0] != first)
                     for text, i in ((doc.ko[k] if lang == "ko" else doc.en[k], k) for k in ids)]
            for n, (text, lang, i) in enumerate(items):
                paragraph([(text, i)], lang, block, end="\n" if n == len(items) - 1 else " ")
            block += 1
            continue
        for sentences, lang in sides:
            if lang == "ko" and korean_lines:
                for sentence in sentences:
                    paragraph([sentence], lang, block)
            elif sentences:
                paragraph(sentences, lang, block)
        block += 1
    return Rendered("".join(parts), spans, left_out)


def hard_wrapped(text: str, columns: int) -> str:
    """``text`` with every line longer than ``columns`` broken greedily at spaces (each
    break replaces a space with a newline, so every offset stays where it was); a Hangul
    syllable or other wide character takes two columns."""
    out = list(text)
    width = 0
    last_space = -1  # the last space of the current line, and the width up to it
    width_at_space = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            width, last_space = 0, -1
            continue
        if ch == " ":
            last_space, width_at_space = i, width
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if width > columns and last_space >= 0:
            out[last_space] = "\n"
            width -= width_at_space + 1
            last_space = -1
    return "".join(out)


def _gold_ids(segments, spans: list[Span], lang: str) -> list[set[int]]:
    """The gold sentences each segment overlaps."""
    mine = [s for s in spans if s[2] == lang]
    starts = [s[0] for s in mine]
    out = []
    for seg in segments:
        ids = set()
        j = max(bisect.bisect_right(starts, seg.start) - 1, 0)
        while j < len(mine) and mine[j][0] < seg.end:
            if mine[j][1] > seg.start:
                ids.add(mine[j][3])
            j += 1
        out.append(ids)
    return out


def evaluate(doc: corpora.Document, r: Rendered, encoder, params: Params):
    """(gold beads, test beads, crossing pairs, (confidence, exactly right) per pair) of
    one rendered document."""
    result = align_document(r.text, encoder=encoder, params=params)
    ko_ids = _gold_ids(result.ko_segments, r.spans, "ko")
    en_ids = _gold_ids(result.en_segments, r.spans, "en")
    block = {(s[2], s[3]): s[4] for s in r.spans}
    test, crossing, confidences = [], 0, []
    for p in result.pairs:
        ks = tuple(sorted(set().union(*(ko_ids[s.index] for s in p.ko))))  # index: position in its language
        es = tuple(sorted(set().union(*(en_ids[s.index] for s in p.en))))
        test.append((ks, es))
        crossing += {block["ko", k] for k in ks} != {block["en", e] for e in es}
        confidences.append(p.score)
    accounted = {("ko", k) for ks, _ in test for k in ks} | {("en", e) for _, es in test for e in es} | r.left_out
    test += [((k,), ()) for k in range(len(doc.ko)) if ("ko", k) not in accounted]
    test += [((), (e,)) for e in range(len(doc.en)) if ("en", e) not in accounted]
    gold = []
    for ks, es in doc.gold:
        ks = tuple(k for k in ks if ("ko", k) not in r.left_out)
        es = tuple(e for e in es if ("en", e) not in r.left_out)
        gold += [(ks, es)] if ks and es else [((k,), ()) for k in ks] + [((), (e,)) for e in es]
    gold_beads = set(gold)
    right = [pair in gold_beads for pair in test[:len(confidences)]]
    return gold, test, crossing, list(zip(confidences, right))


def run_set(docs, encoder, params: Params, hostile: bool, seed: int,
            confidences: list[tuple[float, bool]] | None = None, mixed: float = 0.0,
            wrap: int | None = None, interleaved: float = 0.0) -> dict[str, float]:
    """Scores of a set; each pair's (confidence, exactly right) appended to ``confidences``."""
    golds, tests, crossing, pairs = [], [], 0, []
    for doc in docs:
        r = render(doc, random.Random(f"bilingual/{doc.name}/{seed}"), hostile, mixed, interleaved)
        if wrap:
            r = dataclasses.replace(r, text=hard_wrapped(r.text, wrap))
        gold, test, c, conf = evaluate(doc, r, encoder, params)
        golds.append(gold)
        tests.append(test)
        crossing += c
        pairs += conf
    if confidences is not None:
        confidences += pairs
    out = {**score(golds, tests), "crossing": crossing / max(len(pairs), 1)}
    if docs and has_suspects(docs[0]):  # as accuracy.py: without the junk lines
        clean = score(*without_suspects(docs, golds, tests, suspect_lines()))
        out.update({f"clean_{k}": v for k, v in clean.items()})
    return out


def segmenter_speed(args) -> None:
    """Seconds to segment the layouts of the chosen sets (median of three passes)."""
    texts = [render(doc, random.Random(f"bilingual/{doc.name}/{args.seed}"), args.hostile, args.mixed_lines,
                    args.interleaved).text
             for split in args.splits for variant in args.variants for corpus in args.corpora
             for doc in corpora.build_set(corpus, variant, split)]
    Segmenter().segment("준비. Ready.")  # load kiwipiepy's model
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        n = sum(len(Segmenter().segment(t)) for t in texts)
        times.append(time.perf_counter() - t0)
    chars = sum(map(len, texts))
    print(f"{len(texts)} layouts, {chars / 1e6:.2f} M characters, {n} segments: "
          f"{float(np.median(times)):.2f} s ({chars / float(np.median(times)) / 1e3:.0f} k characters/s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", choices=sorted(corpora.CORPORA), default=list(corpora.CORPORA))
    parser.add_argument("--variants", nargs="+", choices=corpora.VARIANTS, default=["base", "asides", "merged"])
    parser.add_argument("--splits", nargs="+", choices=corpora.SPLITS, default=["held-out"])
    parser.add_argument("--hostile", action="store_true", help="untranslated blocks and blocks in the other order")
    parser.add_argument("--mixed-lines", type=float, default=0.0, metavar="SHARE",
                        help="the share of blocks written on one line, both languages side by side")
    parser.add_argument("--interleaved", type=float, default=0.0, metavar="SHARE",
                        help="the share of blocks written on one line bead by bead, the languages alternating")
    parser.add_argument("--wrap", type=int, metavar="COLUMNS", help="hard-wrap every line at this many columns")
    parser.add_argument("--block-penalties", type=float, nargs="+", default=[0.0, Params().block_penalty])
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--seed", type=int, default=0, help="the layout draws")
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--segmenter-speed", action="store_true",
                        help="only time the segmenter on the layouts of the sets (no alignment)")
    args = parser.parse_args(argv)
    if args.segmenter_speed:
        segmenter_speed(args)
        return
    encoder = get_encoder(args.encoder)
    rows: dict[str, dict[str, float]] = {}
    reliability: dict[tuple[str, float], list[tuple[float, bool]]] = {}
    print("| set | block penalty | strict F1 | lax F1 | gap P | gap R | crossing pairs "
          "| without junk lines: strict / lax / gap P / gap R |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for split in args.splits:
        for variant in args.variants:
            for corpus in args.corpora:
                docs = corpora.build_set(corpus, variant, split)
                for penalty in args.block_penalties:
                    t0 = time.perf_counter()
                    # merged's gold units are multi-sentence lines (see above): not in the reliability
                    conf = reliability.setdefault((split, penalty), []) if variant != "merged" else None
                    r = run_set(docs, encoder, Params(block_penalty=penalty), args.hostile, args.seed, conf,
                                args.mixed_lines, args.wrap, args.interleaved)
                    key = f"{corpus}/{variant}/{split}"
                    rows[f"{key}/{penalty}"] = r
                    clean = (f"{r['clean_f1_strict']:.3f} / {r['clean_f1_lax']:.3f} / {r['clean_gap_p']:.2f} / "
                             f"{r['clean_gap_r']:.2f}" if "clean_f1_strict" in r
                             else "–")
                    print(f"| {key} | {penalty} | {r['f1_strict']:.3f} | {r['f1_lax']:.3f} | {r['gap_p']:.2f} | "
                          f"{r['gap_r']:.2f} | {r['crossing']:.3f} | {clean} |", flush=True)
                    print(f"  {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    for split in args.splits:
        for penalty in args.block_penalties:
            sel = [r for k, r in rows.items() if k.endswith(f"/{split}/{penalty}")]
            means = {m: float(np.mean([r[m] for r in sel])) for m in ("f1_strict", "f1_lax", "gap_p", "gap_r", "crossing")}
            clean = [r for r in sel if "clean_f1_strict" in r]
            clean_means = (" / ".join(f"{np.mean([r[f'clean_{m}'] for r in clean]):.4f}"
                                      for m in ("f1_strict", "f1_lax", "gap_p", "gap_r")) if clean else "–")
            print(f"| mean {split} | {penalty} | {means['f1_strict']:.4f} | {means['f1_lax']:.4f} | "
                  f"{means['gap_p']:.3f} | {means['gap_r']:.3f} | {means['crossing']:.4f} | {clean_means} |")
    for (split, penalty), pairs in reliability.items():
        if pairs:
            print(f"\nReliability of the confidence, {split}, block penalty {penalty} (variants but merged):\n")
            print("\n".join(calibration.table(np.array([c for c, _ in pairs]), np.array([r for _, r in pairs], float))))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"hostile": args.hostile, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
