"""Is the confidence a probability? Reliability of every pair's confidence on the TRAIN and
HELD-OUT splits of every corpus and variant (``corpora.py``), with the default settings.

A pair counts as right when it is exactly a gold bead; pairs touching a suspect line of
park or nk (``suspect_lines.tsv``: corpus lines that are not translations) are left out.
Each row: the pairs whose confidence falls in a bin, their mean confidence and the share
that is right; then the expected calibration error (ECE: the bins' gaps weighted by their
size) and the Brier score. The confidence mapping is fitted on TRAIN
(``python benchmarks/tune.py --calibrate``), so HELD-OUT is the honest row.

    python benchmarks/calibration.py
"""

from __future__ import annotations

import accuracy
import corpora
import numpy as np

from aligner.aligning import Params
from aligner.embed import get_encoder
from aligner.pipeline import align_beads

BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0)


def aligned_pairs(split: str, encoder, params: Params = Params()):
    """(document, bead, Korean ids, English ids, exactly right) for every pair the aligner
    makes on ``split`` of every corpus and variant, pairs touching a suspect line left out."""
    suspects = accuracy.suspect_lines()
    for corpus in corpora.CORPORA:
        for variant in corpora.VARIANTS:
            for doc in corpora.build_set(corpus, variant, split):
                gold = {(tuple(k), tuple(e)) for k, e in doc.gold}
                bad = accuracy.suspect_sentences(doc, suspects)
                beads = align_beads(accuracy.segments(doc.ko, "ko"), accuracy.segments(doc.en, "en"), encoder, params)
                for b in beads:
                    ko_ids, en_ids = tuple(range(b.ko_start, b.ko_end)), tuple(range(b.en_start, b.en_end))
                    if ko_ids and en_ids and not accuracy.touches((ko_ids, en_ids), bad):
                        yield doc, b, ko_ids, en_ids, (ko_ids, en_ids) in gold


def pairs_and_truth(split: str, encoder) -> tuple[np.ndarray, np.ndarray]:
    pairs = [(b.confidence, right) for _, b, _, _, right in aligned_pairs(split, encoder)]
    return np.array([c for c, _ in pairs]), np.array([r for _, r in pairs], dtype=float)


def table(confidence: np.ndarray, right: np.ndarray) -> list[str]:
    rows = ["| confidence | pairs | mean confidence | exactly right |", "| --- | --- | --- | --- |"]
    ece = 0.0
    for lo, hi in zip(BINS, BINS[1:]):
        inside = (confidence >= lo) & ((confidence < hi) if hi < 1 else (confidence <= hi))
        if inside.any():
            ece += inside.mean() * abs(confidence[inside].mean() - right[inside].mean())
            rows.append(f"| {lo:.2f}–{hi:.2f} | {inside.sum()} | {confidence[inside].mean():.3f} | {right[inside].mean():.3f} |")
    rows.append(f"\n{len(right)} pairs, {right.mean():.3f} right; ECE {ece:.3f}, Brier {np.mean((confidence - right) ** 2):.4f}")
    return rows


def main() -> None:
    encoder = accuracy.disk_cached(get_encoder("use"))
    for split in corpora.SPLITS:
        print(f"\n{split.upper()}\n")
        print("\n".join(table(*pairs_and_truth(split, encoder))))


if __name__ == "__main__":
    main()
