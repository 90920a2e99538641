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
from aligner.align import Params
from aligner.encoders import get_encoder

GRID = {
    "threshold": [-0.35, -0.25, -0.2, -0.15],
    "multi_penalty": [-0.03, 0.0, 0.03],
    "length_weight": [0.05, 0.1, 0.2],
    "cue_weight": [0.2, 0.4],
    "margin_k": [8, 16],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()
    docs = kep.build()
    golds = [[(tuple(k), tuple(e)) for k, e in doc.gold] for doc in docs]
    encoder = accuracy.CachedEncoder(get_encoder(args.encoder))
    results = []
    for values in itertools.product(*GRID.values()):
        change = dict(zip(GRID, values))
        res = accuracy.score(golds, accuracy.run_aligner(docs, encoder, dataclasses.replace(Params(), **change)))
        results.append((res, change))
        print(f"{res['f1_strict']:.3f} {res['f1_lax']:.3f} gap {res['gap_p']:.2f}/{res['gap_r']:.2f} {change}", flush=True)
    ok = [r for r in results if r[0]["gap_p"] >= 0.9] or results
    best = max(ok, key=lambda r: (r[0]["f1_strict"], r[0]["gap_r"]))
    print("best:", best)


if __name__ == "__main__":
    main()
