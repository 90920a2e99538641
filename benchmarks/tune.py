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
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
