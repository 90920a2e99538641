"""Alignment time and peak memory on long documents, and the growth exponent.

A long document is made from the development data (korean-english-park, its North Korean
variant and jhe-koen: 2,720 line pairs), cycled to N lines per side; each cycle appends
its round number to both sides so no text repeats, and 5% of the lines are deleted from
one side (a fixed seed). Every line is one sentence (``--presegmented``).

For each size: "with embedding" is a first run that encodes every sentence and every span
the refinement needs; "alignment only" is a second run with those embeddings cached (the
DP, scoring and refinement); peak memory is traced (tracemalloc) in a third run.

    python benchmarks/scale.py                      # 1k, 5k, 20k, 50k sentences per side
    python benchmarks/scale.py --sizes 1000 5000
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc

import numpy as np
from accuracy import CachedEncoder, segments
from kep import DATA

from aligner.embed import get_encoder
from aligner.pipeline import align_segments


def corpus_lines() -> list[tuple[str, str]]:
    def lines(name: str) -> list[str]:
        return (DATA / name).read_text(encoding="utf-8").replace("\r\n", "\n").splitlines()

    pairs = list(zip(lines("korean-english-park.dev.ko"), lines("korean-english-park.dev.en")))
    pairs += list(zip(lines("northkorean-english.dev.nk"), lines("northkorean-english.dev.en")))
    pairs += list(zip(lines("jhe-koen-dev.ko"), lines("jhe-koen-dev.en")))
    return pairs


def long_document(n: int, seed: int = 7) -> tuple[list[str], list[str], set[tuple[int, int]]]:
    """Korean and English lines and the gold 1-1 pairs (ko index, en index)."""
    base = corpus_lines()
    rng = random.Random(seed)
    ko, en, gold = [], [], set()
    for i in range(n):
        k, e = base[i % len(base)]
        suffix = f" ({i // len(base)})" if i >= len(base) else ""
        drop = rng.random()
        if drop >= 0.05:
            gold.add((len(ko), len(en)))
            ko.append(k + suffix)
            en.append(e + suffix)
        elif drop < 0.025:
            ko.append(k + suffix)
        else:
            en.append(e + suffix)
    return ko, en, gold


def run(n: int, encoder) -> dict:
    ko, en, gold = long_document(n)
    ko_segs, en_segs = segments(ko, "ko"), segments(en, "en")
    cached = CachedEncoder(encoder)
    t0 = time.perf_counter()
    result = align_segments(ko_segs, en_segs, encoder=cached)
    with_embedding = time.perf_counter() - t0
    t0 = time.perf_counter()
    align_segments(ko_segs, en_segs, encoder=cached)
    alignment_only = time.perf_counter() - t0
    tracemalloc.start()
    align_segments(ko_segs, en_segs, encoder=cached)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    found = {(p.ko_ids[0], p.en_ids[0]) for p in result.pairs if len(p.ko) == 1 and len(p.en) == 1}
    return {"n": n, "ko": len(ko), "en": len(en), "with_embedding": with_embedding,
            "alignment_only": alignment_only, "peak_mib": peak / 2**20,
            "recall_1_1": len(found & gold) / len(gold), "precision": len(found & gold) / max(len(result.pairs), 1)}


def exponent(rows: list[dict], key: str) -> float:
    """Slope of log(time) against log(size), a least-squares fit."""
    x = np.log([r["n"] for r in rows])
    y = np.log([r[key] for r in rows])
    return float(np.polyfit(x, y, 1)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000, 50000])
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()
    encoder = get_encoder(args.encoder)
    encoder.encode(["warm-up"])
    rows = []
    print("| sentences per side | alignment only (s) | with embedding (s) | peak memory, alignment (MiB) | 1-1 recall | precision |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n in args.sizes:
        r = run(n, encoder)
        rows.append(r)
        print(f"| {n:,} | {r['alignment_only']:.1f} | {r['with_embedding']:.1f} | {r['peak_mib']:.0f} "
              f"| {r['recall_1_1']:.3f} | {r['precision']:.3f} |", flush=True)
    if len(rows) > 1:
        print(f"\ngrowth exponent (time ~ n^k): alignment only k = {exponent(rows, 'alignment_only'):.2f}, "
              f"with embedding k = {exponent(rows, 'with_embedding'):.2f}, peak memory k = "
              f"{exponent(rows, 'peak_mib'):.2f}")


if __name__ == "__main__":
    main()
