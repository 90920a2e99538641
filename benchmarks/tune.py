"""Grid search of the scoring parameters on the dev benchmark (embeddings cached).

    python benchmarks/tune.py [--encoder use]

Prints the best settings by strict F1 among those with gap precision >= 0.9.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools

import accuracy
import kep
import numpy as np

from aligner.dp import Params
from aligner.encoders import get_encoder

GRID = {
    "threshold": [-0.6, -0.45, -0.3],
    "min_pair_cos": [-1.0, 0.05, 0.1, 0.15],
    "split_delta": [0.02, 0.04],
    "refine_delta": [0.0, 0.02, 0.04],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--calibrate", action="store_true", help="fit the confidence mapping instead")
    args = parser.parse_args()
    if args.calibrate:
        print("slope, bias = %.2f, %.2f" % fit_confidence(args.encoder))
        return
    docs = kep.build()
    golds = [[(tuple(k), tuple(e)) for k, e in doc.gold] for doc in docs]
    encoder = accuracy.CachedEncoder(get_encoder(args.encoder))
    suspects = accuracy.suspect_lines()
    results = []
    for values in itertools.product(*GRID.values()):
        change = dict(zip(GRID, values))
        tests = accuracy.run_aligner(docs, encoder, dataclasses.replace(Params(), **change))
        res = accuracy.score(golds, tests)
        clean = accuracy.score(*accuracy.without_suspects(docs, golds, tests, suspects))
        results.append((res, change))
        print(f"{res['f1_strict']:.3f} {res['f1_lax']:.3f} gap {res['gap_p']:.2f}/{res['gap_r']:.2f} "
              f"clean {clean['f1_strict']:.3f} {clean['f1_lax']:.3f} gap {clean['gap_p']:.2f}/{clean['gap_r']:.2f} "
              f"{change}", flush=True)
    ok = [r for r in results if r[0]["gap_p"] >= 0.9] or results
    best = max(ok, key=lambda r: (r[0]["f1_strict"], r[0]["gap_r"]))
    print("best:", best)



def calibrate(docs, golds, tests_scores) -> tuple[float, float]:
    """Logistic fit of P(pair is exactly a gold bead | DP score), by Newton's method."""
    x, y = [], []
    for gold, pairs in zip(golds, tests_scores):
        gold_set = set(gold)
        for bead, s in pairs:
            x.append(s)
            y.append(bead in gold_set)
    X = np.column_stack([np.array(x), np.ones(len(x))])
    Y = np.array(y, dtype=float)
    w = np.zeros(2)
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (Y - p)
        hess = (X * (p * (1 - p))[:, None]).T @ X + 1e-6 * np.eye(2)
        w += np.linalg.solve(hess, grad)
    return float(w[0]), float(w[1])


def fit_confidence(encoder_name: str) -> tuple[float, float]:
    """Fit the confidence mapping on the default settings' pairs, suspect lines left out."""
    from aligner.pipeline import align_beads

    docs = kep.build()
    encoder = accuracy.CachedEncoder(get_encoder(encoder_name))
    suspects = accuracy.suspect_lines()
    golds, outs = [], []
    for doc in docs:
        beads = align_beads(accuracy.segments(doc.ko, "ko"), accuracy.segments(doc.en, "en"), encoder, Params())
        bad_ko = {i for (k, _), line in zip(doc.gold, doc.source) if line in suspects for i in k}
        golds.append([(tuple(k), tuple(e)) for k, e in doc.gold])
        outs.append([((tuple(range(b.ko_start, b.ko_end)), tuple(range(b.en_start, b.en_end))), b.score)
                     for b in beads if b.ko_end > b.ko_start and b.en_end > b.en_start
                     and not bad_ko & set(range(b.ko_start, b.ko_end))])
    return calibrate(docs, golds, outs)

if __name__ == "__main__":
    main()
