"""Subtitle alignment with and without cue times as evidence.

Subtitle-like documents are built from the accuracy benchmark (``kep.py``: 10 documents
of 100 consecutive news lines, 5% of the lines deleted from one side, 3% noise sentences
inserted): every gold bead gets a time slot on one timeline (1-7 s per sentence, at the
pace of reading, with random pauses); each of its sentences is a cue of its own, sharing
the slot in proportion to its length, on each side. A deleted line's or a noise
sentence's cue exists on one side only. Then each side's cue boundaries are jittered
independently (Gaussian, sigma seconds), and optionally one side is shifted as a whole
(a subtitle file out of sync). The aligner gets the sentences and each sentence's time,
as ``align_segments(..., ko_times=, en_times=)`` does for two .srt/.vtt files.

    python benchmarks/subtitles.py                  # the table in benchmarks/README.md
    python benchmarks/subtitles.py --weights 0 0.3  # fewer settings

Scores use the accuracy benchmark's definitions (strict/lax F1, gap P/R; ``accuracy.score``).
"""

from __future__ import annotations

import argparse
import dataclasses
import random

import accuracy
import kep
import numpy as np

from aligner.aligning import Params
from aligner.embed import get_encoder
from aligner.pipeline import align_segments


class CachedEncoder:
    """Embeds each distinct text once across all settings of the run."""

    def __init__(self, model) -> None:
        self.model = model
        self.cache: dict[str, np.ndarray] = {}
        self.name = getattr(model, "name", "use")

    def encode(self, texts: list[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if todo:
            for text, vec in zip(todo, self.model.encode(todo)):
                self.cache[text] = vec
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, 512), dtype=np.float32)

    def __getattr__(self, name):
        return getattr(self.model, name)


def timeline(doc: kep.Document, rng: random.Random) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """True (start, end) of every Korean and English sentence: one slot per gold bead."""
    ko_times: list[tuple[float, float]] = [(0.0, 0.0)] * len(doc.ko)
    en_times: list[tuple[float, float]] = [(0.0, 0.0)] * len(doc.en)
    now = 0.0
    for ko_ids, en_ids in doc.gold:
        now += rng.uniform(0.1, 1.5)
        chars = max(sum(len(doc.ko[i]) for i in ko_ids) * 2.2, sum(len(doc.en[i]) for i in en_ids))
        n = max(len(ko_ids), len(en_ids))
        length = min(max(chars / 17.0, 1.0 * n), 7.0 * n)  # ~17 characters a second
        for ids, texts, out in ((ko_ids, doc.ko, ko_times), (en_ids, doc.en, en_times)):
            total = sum(len(texts[i]) for i in ids) or 1
            t = now
            for i in ids:
                share = length * len(texts[i]) / total
                out[i] = (t, t + share)
                t += share
        now += length
    return ko_times, en_times


def jitter(times: list[tuple[float, float]], sigma: float, shift: float,
           rng: random.Random, drift: float = 0.0) -> list[tuple[float, float]]:
    """Times with Gaussian noise on each boundary, shifted, and stretched by ``drift``
    (0.04: a 25 fps file against a 23.976 fps one)."""
    out = []
    for t0, t1 in times:
        t0, t1 = t0 * (1 + drift), t1 * (1 + drift)
        a, b = t0 + rng.gauss(0, sigma) + shift, t1 + rng.gauss(0, sigma) + shift
        out.append((a, max(b, a + 0.2)))
    return out


def srt(texts: list[str], times: list[tuple[float, float]]) -> str:
    """A SubRip file of one cue per text (what ``aligner align a.srt b.srt`` reads)."""
    def stamp(t: float) -> str:
        ms = max(0, round(t * 1000))
        return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"

    return "".join(f"{i}\n{stamp(a)} --> {stamp(b)}\n{text}\n\n" for i, (text, (a, b)) in enumerate(zip(texts, times), 1))


def run(docs, encoder, params: Params, sigma: float | None, shift: float, seed: int,
        drift: float = 0.0) -> list[list[accuracy.Bead]]:
    """Predicted beads per document; ``sigma`` None: no times given to the aligner."""
    tests = []
    for d, doc in enumerate(docs):
        ko, en = accuracy.segments(doc.ko, "ko"), accuracy.segments(doc.en, "en")
        ko_times = en_times = None
        if sigma is not None:
            rng = random.Random(seed * 1000 + d)
            ko_true, en_true = timeline(doc, rng)
            ko_times, en_times = jitter(ko_true, sigma, 0.0, rng), jitter(en_true, sigma, shift, rng, drift)
        result = align_segments(ko, en, encoder=encoder, params=params, ko_times=ko_times, en_times=en_times)
        beads = [(tuple(p.ko_ids), tuple(p.en_ids)) for p in result.pairs]
        beads += [((s.index,), ()) if s.lang == "ko" else ((), (s.index,)) for s in result.unpaired]
        tests.append(beads)
    return tests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--weights", type=float, nargs="+", default=[0.1, 0.2, 0.3, 0.5, 1.0])
    parser.add_argument("--sigmas", type=float, nargs="+", default=[0.25, 0.5, 1.0])
    parser.add_argument("--shift", type=float, default=3.0, help="seconds one side is out of sync, last rows")
    parser.add_argument("--nonstandard-drift", type=float, default=0.01,
                        help="a stretch that is no frame-rate conversion, last rows")
    parser.add_argument("--drift", type=float, default=25 / 23.976 - 1,
                        help="English times stretched by this, last rows (default: 23.976 against 25 fps)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    docs = kep.build()
    golds = [[(tuple(k), tuple(e)) for k, e in doc.gold] for doc in docs]
    encoder = CachedEncoder(get_encoder(args.encoder))
    base = Params()

    def row(label: str, params: Params, sigma: float | None, shift: float = 0.0, drift: float = 0.0) -> None:
        res = accuracy.score(golds, run(docs, encoder, params, sigma, shift, args.seed, drift))
        print(f"| {label} | {res['f1_strict']:.3f} | {res['f1_lax']:.3f} | {res['gap_p']:.2f} | {res['gap_r']:.2f} |",
              flush=True)

    print("| setting | strict F1 | lax F1 | gap P | gap R |\n| --- | --- | --- | --- | --- |")
    row("no times (text only)", base, None)
    for sigma in args.sigmas:
        for weight in [0.0, *args.weights]:
            row(f"times, jitter {sigma} s, time_weight {weight}", dataclasses.replace(base, time_weight=weight), sigma)
    for weight in args.weights:
        row(f"times, jitter 0.5 s, English {args.shift:+.0f} s out of sync, time_weight {weight}",
            dataclasses.replace(base, time_weight=weight), 0.5, args.shift)
    for weight in args.weights:
        row(f"times, jitter 0.5 s, English stretched by {args.drift:.1%} (frame rate), time_weight {weight}",
            dataclasses.replace(base, time_weight=weight), 0.5, 0.0, args.drift)
    for weight in args.weights:
        row(f"times, jitter 0.5 s, English stretched by {args.nonstandard_drift:.1%} (no frame-rate conversion), "
            f"time_weight {weight}", dataclasses.replace(base, time_weight=weight), 0.5, 0.0, args.nonstandard_drift)


if __name__ == "__main__":
    main()
