"""A book-sized bilingual document: time, memory and where the pairs fall.

Issue 9's bilingual book (3.7 MB: an English paragraph, then its Korean translation one
line at a time) came out with 6% of its pairs crossing from one paragraph's block into the
next, 10.6% of its Korean sentences unpaired, in about 15 times the time of encoding its
sentences once. That book is not here; this builds its layout from the development lines
(park, nk, jhe: ``scale.corpus_lines``): blocks of 1–5 consecutive line pairs, the English
lines joined into one paragraph, then the Korean lines one per line, a blank line between
blocks, cycled to the size with each round's number appended to both sides so that no
text repeats. The translations are the corpus's (no asides or loose translation), so the
accuracy figures are an upper bound for a real book; the time and memory are the point.

It runs ``align_document`` (segmenting included; both models loaded first) once and
reports: its time, the time to
encode the distinct segments once and to segment the text, the process's peak resident
memory (measured before those two), the share of
pairs whose Korean and English come from different blocks, the share whose sentences all
come from one corpus line (the line gold), and the Korean segments left unpaired.

    python benchmarks/book.py               # 3.7 MB
    python benchmarks/book.py --mb 0.9
"""

from __future__ import annotations

import argparse
import bisect
import random
import resource
import time

from scale import corpus_lines

from aligner.embed import get_encoder
from aligner.pipeline import align_document
from aligner.segmenting import Segmenter


def book(mb: float, seed: int = 5) -> tuple[str, list[int], list[int], list[int]]:
    """The text, and the start offsets of each block, and of each corpus line's Korean
    and its English (line n of the cycled lines: ``ko[n]``, ``en[n]``)."""
    base = corpus_lines()
    rng = random.Random(seed)
    parts: list[str] = []
    blocks: list[int] = []
    ko: list[int] = []
    en: list[int] = []
    pos = size = i = 0

    def add(piece: str) -> int:
        """Append ``piece``; return where it starts."""
        nonlocal pos, size
        parts.append(piece)
        pos += len(piece)
        size += len(piece.encode("utf-8"))
        return pos - len(piece)

    while size < mb * 2**20:
        numbers = range(i, i + rng.randint(1, 5))
        i = numbers.stop
        # each round's number appended to both sides, so that no text repeats
        lines = [[side + (f" ({n // len(base)})" if n >= len(base) else "") for side in base[n % len(base)]]
                 for n in numbers]
        blocks.append(pos)
        en += [add(e + (" " if j < len(lines) - 1 else "\n")) for j, (_, e) in enumerate(lines)]
        ko += [add(k + "\n") for k, _ in lines]
        add("\n")
    return "".join(parts), blocks, ko, en


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.7, help="size of the document in MB of UTF-8")
    args = parser.parse_args()
    text, blocks, ko_lines, en_lines = book(args.mb)
    encoder = get_encoder("use")
    encoder.encode(["warm-up", "준비"])
    Segmenter().segment("준비. Ready.")  # kiwipiepy's model loads on first use, as the encoder's did
    t0 = time.perf_counter()
    result = align_document(text, encoder=encoder)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    texts = list(dict.fromkeys(s.text for s in result.ko_segments + result.en_segments))
    t0 = time.perf_counter()
    encoder.encode(texts)
    encode_once = time.perf_counter() - t0
    t0 = time.perf_counter()
    Segmenter().segment(text)
    segmenting = time.perf_counter() - t0

    def block(segment) -> int:
        return bisect.bisect_right(blocks, segment.start) - 1

    def line(segment, starts: list[int]) -> int:
        """The corpus line holding most of the segment (an English segment may start in
        the line before: the round number that ends it)."""
        first = bisect.bisect_right(starts, segment.start) - 1
        last = bisect.bisect_right(starts, segment.end - 1) - 1
        return last if last > first and segment.end - starts[last] > starts[last] - segment.start else first

    pairs = result.pairs
    crossing = sum({block(s) for s in p.ko} != {block(s) for s in p.en} for p in pairs)
    one_line = sum(len({line(s, ko_lines) for s in p.ko} | {line(s, en_lines) for s in p.en}) == 1 for p in pairs)
    ko_unpaired = sum(s.lang == "ko" for s in result.unpaired)
    print(f"{args.mb} MB ({len(text):,} characters, {len(blocks):,} blocks, {len(ko_lines):,} line pairs): "
          f"{len(result.ko_segments):,} Korean and {len(result.en_segments):,} English segments")
    print(f"align_document {seconds:.1f} s, of which segmenting about {segmenting:.1f} s; encoding the "
          f"{len(texts):,} distinct segments once {encode_once:.1f} s (ratio {seconds / encode_once:.2f}, "
          f"{(seconds - segmenting) / encode_once:.2f} without segmenting); peak resident memory {peak:,.0f} MiB")
    print(f"{len(pairs):,} pairs: crossing blocks {crossing / len(pairs):.2%}, all from one line "
          f"{one_line / len(pairs):.2%}; Korean segments unpaired {ko_unpaired / len(result.ko_segments):.2%}")


if __name__ == "__main__":
    main()
