"""Mining benchmark: precision and recall of ``aligner.mine`` on translations hidden among
unrelated sentences, the calibration of its score, and the scale of its search.

Accuracy. From the development sets (``../shared/data/ko-en``: park, nk, jhe; each line a
sentence pair; lines whose Korean or English text repeats are left out), every line of a
corpus is one "true pair". The first half of each corpus's lines is the training split
(where the model's weights and threshold are chosen), the second half is held out. For a
ratio 1:r, the lines of a split are cut into groups of ``n`` true pairs; each group makes one
mining problem: its Korean sentences plus ``r * n`` unrelated Korean sentences, its English
sentences plus ``r * n`` unrelated English sentences, shuffled. Unrelated sentences are
lines of the same split whose translation is not in the problem: half of them from the
same corpus (the same news, hard to tell apart), the rest from another corpus (park and
nk take jhe; jhe takes park; park and nk never meet, their English is the same file).
Precision and recall are over the distinct pairs found in all problems of a cell.

    python benchmarks/mining.py                    # the accuracy tables (embeddings cached)
    python benchmarks/mining.py --calibrate        # refit the weights and the threshold
    python benchmarks/mining.py --scale            # 100,000 x 100,000 search: exact vs FAISS

Scale. Synthetic embeddings for the pure search: the real embeddings of the dev pairs,
copied with a random rotation per copy (a pair keeps its cosine inside a copy; across
copies sentences look unrelated), to N per side; plus a run on all real sentences we have.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
from kep import DATA

from aligner.embed import get_encoder
from aligner.mining.mine import FEATURES, MiningParams, candidates, probability, select
from aligner.mining.search import exact_knn

OUT = Path(__file__).parent / "out"
CORPORA = {
    "park": ("korean-english-park.dev.ko", "korean-english-park.dev.en", "jhe"),
    "nk": ("northkorean-english.dev.nk", "northkorean-english.dev.en", "jhe"),
    "jhe": ("jhe-koen-dev.ko", "jhe-koen-dev.en", "park"),
}
# ratio -> true pairs per problem (so that the distractors fit in one split's lines)
RATIOS = {1: 100, 10: 30, 100: 4}


def _lines(name: str) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").replace("\r\n", "\n").splitlines()


def corpus_pairs() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """corpus -> split ('train', 'test') -> its line pairs (texts unique in the corpus)."""
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for name, (ko_file, en_file, _) in CORPORA.items():
        pairs = list(zip(_lines(ko_file), _lines(en_file)))
        ko_count: dict[str, int] = {}
        en_count: dict[str, int] = {}
        for k, e in pairs:
            ko_count[k] = ko_count.get(k, 0) + 1
            en_count[e] = en_count.get(e, 0) + 1
        half = len(pairs) // 2
        keep = [(i, (k.strip(), e.strip())) for i, (k, e) in enumerate(pairs)
                if ko_count[k] == 1 and en_count[e] == 1 and k.strip() and e.strip()]
        out[name] = {"train": [p for i, p in keep if i < half], "test": [p for i, p in keep if i >= half]}
    return out


@dataclasses.dataclass
class Problem:
    corpus: str
    split: str
    ratio: int
    ko: list[str]
    en: list[str]
    gold: set[tuple[str, str]]


def problems(data, corpus: str, split: str, ratio: int, seed: int = 12) -> list[Problem]:
    """The mining problems of one cell: every line of the split is a true pair once."""
    rng = random.Random(f"{seed}-{corpus}-{split}-{ratio}")
    lines = list(data[corpus][split])
    other = data[CORPORA[corpus][2]][split]
    rng.shuffle(lines)
    n = RATIOS[ratio]
    out = []
    for start in range(0, len(lines), n):
        true = lines[start:start + n]
        rest = lines[:start] + lines[start + n:]
        need = ratio * len(true)  # per side
        same = rng.sample(rest, min(len(rest), need))  # half a side's distractors from the same corpus
        far = rng.sample(other, min(len(other), 2 * need - len(same)))
        pool = same + far
        rng.shuffle(pool)
        ko_extra = [k for k, _ in pool[:need]]
        en_extra = [e for _, e in pool[need:2 * need]]
        ko = [k for k, _ in true] + ko_extra
        en = [e for _, e in true] + en_extra
        rng.shuffle(ko)
        rng.shuffle(en)
        out.append(Problem(corpus, split, ratio, ko, en, set(true)))
    return out


def embeddings(data, encoder_name: str = "use") -> dict[str, np.ndarray]:
    """Every text of the dev sets embedded once, cached in benchmarks/out/."""
    texts = sorted({t for splits in data.values() for pairs in splits.values() for p in pairs for t in p})
    cache = OUT / f"mining_emb_{encoder_name}.npz"
    if cache.exists():
        z = np.load(cache, allow_pickle=False)
        if list(z["texts"]) == texts:
            return dict(zip(texts, z["emb"]))
    emb = get_encoder(encoder_name).encode(texts)
    OUT.mkdir(exist_ok=True)
    np.savez(cache, texts=np.array(texts), emb=emb)
    return dict(zip(texts, emb))


def prepare(cells, emb, params: MiningParams | None = None) -> dict:
    """Each problem's candidates, their features and gold labels, computed once (they do not
    depend on the weights or the threshold)."""
    out = {}
    for key, probs in cells.items():
        out[key] = []
        for p in probs:
            ko_emb = np.stack([emb[t] for t in p.ko])
            en_emb = np.stack([emb[t] for t in p.en])
            cands = candidates(p.ko, ko_emb, p.en, en_emb, params or MiningParams())
            labels = np.array([(p.ko[i], p.en[j]) in p.gold for i, j in zip(cands.ko.tolist(), cands.en.tolist())])
            out[key].append((p, cands, labels))
    return out


def score(found: int, correct: int, gold: int) -> tuple[float, float, float]:
    prec = correct / found if found else 1.0
    rec = correct / gold if gold else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def evaluate(prepared: dict, params: MiningParams, mask: np.ndarray | None = None) -> dict:
    """Per cell (corpus, split, ratio): found, correct, gold counts; and the
    probabilities of the pairs found with whether each was right (calibration)."""
    out = {}
    for key, items in prepared.items():
        found = correct = gold = 0
        kept = []
        for p, cands, _ in items:
            feats = cands.features if mask is None else cands.features * mask
            chosen = select(cands, probability(feats, params.weights), params.threshold)
            pairs = {(p.ko[i], p.en[j]): pr for i, j, pr in chosen}
            found += len(pairs)
            correct += sum(pair in p.gold for pair in pairs)
            gold += len(p.gold)
            kept += [(pr, pair in p.gold) for pair, pr in pairs.items()]
        out[key] = {"found": found, "correct": correct, "gold": gold, "kept": kept}
    return out


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, iters: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method (weights, then bias)."""
    xb = np.hstack([x, np.ones((len(x), 1))]).astype(np.float64)
    w = np.zeros(xb.shape[1])
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -50, 50)))
        grad = xb.T @ (p - y) + l2 * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def calibrate(prepared: dict, mask: np.ndarray | None = None, ratio: int = 10) -> MiningParams:
    """Fit the weights on the training problems of ratio 1:``ratio`` (so the score is a
    probability for collections where about one sentence in ``ratio`` has a translation),
    then choose the threshold with the best F0.5 on those problems (precision weighs twice
    as much as recall: mined pairs go into translation memories, where a wrong pair costs
    more than a missing one).

    The weights are fitted twice: first on every candidate, then on the candidates that
    this first model's max-score selection keeps (one per sentence, any probability):
    the pairs whose score a user sees, so that it is calibrated on them."""
    base = MiningParams()
    train = {k: v for k, v in prepared.items() if k[1] == "train" and k[2] == ratio}

    def masked(features: np.ndarray) -> np.ndarray:
        return features if mask is None else features * mask

    x = np.vstack([masked(c.features) for items in train.values() for _, c, _ in items])
    y = np.concatenate([labels for items in train.values() for _, _, labels in items]).astype(np.float64)
    w = fit_logistic(x, y)
    xs, ys = [], []
    for items in train.values():
        for _, c, labels in items:
            chosen = select(c, probability(masked(c.features), w), 0.0)
            rows = {(i, j) for i, j, _ in chosen}
            keep = np.array([(i, j) in rows for i, j in zip(c.ko.tolist(), c.en.tolist())], dtype=bool)
            xs.append(masked(c.features)[keep])
            ys.append(labels[keep])
    w = fit_logistic(np.vstack(xs), np.concatenate(ys).astype(np.float64))
    if mask is not None:
        w[:-1] *= mask
    w = np.round(w, 3)
    best = (-1.0, 0.5)
    cells = train
    for t in np.arange(0.05, 0.96, 0.05):
        params = dataclasses.replace(base, weights=tuple(w), threshold=float(t))
        r = evaluate(cells, params, mask)
        p, rec, _ = score(sum(c["found"] for c in r.values()), sum(c["correct"] for c in r.values()),
                          sum(c["gold"] for c in r.values()))
        f05 = 1.25 * p * rec / (0.25 * p + rec) if p + rec else 0.0
        if f05 > best[0] + 1e-9:
            best = (f05, float(t))
    return dataclasses.replace(base, weights=tuple(float(v) for v in w), threshold=round(best[1], 2))


def sweep(prepared: dict, params: MiningParams) -> None:
    """Held-out precision / recall per ratio at other thresholds (a user's --min-score)."""
    held = {k: v for k, v in prepared.items() if k[1] == "test"}
    print("\n| threshold | " + " | ".join(f"1:{r} P / R" for r in RATIOS) + " |")
    print("| --- | " + " | ".join("---" for _ in RATIOS) + " |")
    for t in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95):
        rows = evaluate(held, dataclasses.replace(params, threshold=t))
        cells = []
        for ratio in RATIOS:
            sel = [v for k, v in rows.items() if k[2] == ratio]
            p, r, _ = score(sum(v["found"] for v in sel), sum(v["correct"] for v in sel), sum(v["gold"] for v in sel))
            cells.append(f"{p:.3f} / {r:.3f}")
        print(f"| {t} | " + " | ".join(cells) + " |")


def all_cells(data) -> dict:
    return {(c, s, r): problems(data, c, s, r) for c in CORPORA for s in ("train", "test") for r in RATIOS}


def table(rows: dict, title: str) -> None:
    print(f"\n{title}\n")
    print("| corpus | split | ratio | true pairs | found | correct | precision | recall | F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (c, s, r), v in rows.items():
        p, rec, f1 = score(v["found"], v["correct"], v["gold"])
        print(f"| {c} | {'train' if s == 'train' else 'held-out'} | 1:{r} | {v['gold']} | {v['found']} "
              f"| {v['correct']} | {p:.3f} | {rec:.3f} | {f1:.3f} |")


def pooled(rows: dict, split: str) -> tuple[float, float, float]:
    sel = [v for (c, s, r), v in rows.items() if s == split]
    return score(sum(v["found"] for v in sel), sum(v["correct"] for v in sel), sum(v["gold"] for v in sel))


def reliability(rows: dict, split: str = "test") -> None:
    print(f"\ncalibration on the {'held-out' if split == 'test' else split} split (pairs kept; "
          "predicted probability against the share that is right):\n")
    print("| predicted | " + " | ".join(f"1:{r} pairs | 1:{r} mean predicted | 1:{r} right" for r in RATIOS) + " |")
    print("| --- | " + " | ".join("--- | --- | ---" for _ in RATIOS) + " |")
    edges = [0.0, 0.3, 0.5, 0.7, 0.9, 0.99, 1.0001]
    for a, b in itertools.pairwise(edges):
        cells = []
        for ratio in RATIOS:
            kept = [k for (c, s, r), v in rows.items() if s == split and r == ratio for k in v["kept"]]
            sel = [(p, ok) for p, ok in kept if a <= p < b]
            cells.append(f"{len(sel)} | {np.mean([p for p, _ in sel]):.3f} | {np.mean([ok for _, ok in sel]):.3f}"
                         if sel else "0 | | ")
        print(f"| {a:.2f}–{min(b, 1):.2f} | " + " | ".join(cells) + " |")


# ---------------------------------------------------------------- scale


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic(emb_ko: np.ndarray, emb_en: np.ndarray, n: int, seed: int = 0, dim_noise: float = 0.0):
    """``n`` rows per side: copies of the real pairs, each copy turned by its own random
    rotation (QR of a Gaussian matrix), so inside a copy a pair keeps its cosine."""
    rng = np.random.default_rng(seed)
    d = emb_ko.shape[1]
    ko, en = [], []
    copies = -(-n // len(emb_ko))
    for _ in range(copies):
        q, _ = np.linalg.qr(rng.standard_normal((d, d)).astype(np.float32))
        ko.append(emb_ko @ q)
        en.append(emb_en @ q)
    return np.vstack(ko)[:n].astype(np.float32), np.vstack(en)[:n].astype(np.float32)


def faiss_knn(a: np.ndarray, b: np.ndarray, k: int, kind: str, nprobe: int):
    """Top-k both ways with a FAISS index over each side (inner product)."""
    import faiss

    out = []
    for base, query in ((b, a), (a, b)):
        d = base.shape[1]
        if kind == "hnsw":
            index = faiss.IndexHNSWFlat(d, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = max(64, 4 * k)
        else:
            nlist = int(4 * np.sqrt(len(base)))
            index = faiss.IndexIVFFlat(faiss.IndexFlatIP(d), d, nlist, faiss.METRIC_INNER_PRODUCT)
            index.train(base[np.random.default_rng(0).choice(len(base), min(len(base), 40 * nlist), replace=False)])
            index.nprobe = nprobe
        index.add(base)
        sims, idx = index.search(query, k)
        out.append((sims, idx))
    return out


def scale_run(n: int, ko: np.ndarray, en: np.ndarray, k: int, methods: list[str], gold_pairs: int) -> list[dict]:
    rows = []
    tracemalloc.start()
    t0 = time.perf_counter()
    exact = exact_knn(ko, en, k)
    t_exact = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    rows.append({"n": n, "method": f"exact (blocked numpy; peak {peak:.0f} MiB beyond the inputs)",
                 "seconds": t_exact, "recall": 1.0,
                 "top1": float(np.mean(exact.a_idx[:gold_pairs, 0] == np.arange(gold_pairs)))})
    truth_a = {(i, j) for i, row in enumerate(exact.a_idx.tolist()) for j in row}
    for method in methods:
        kind, _, probe = method.partition("-")
        if kind == "hnsw" and n > 20_000:
            continue  # building two HNSW graphs of 100,000 takes longer than the exact search here
        try:
            t0 = time.perf_counter()
            (_, a_i), _ = faiss_knn(ko, en, k, kind, int(probe or 16))
            secs = time.perf_counter() - t0
        except ImportError:
            print("(faiss-cpu not installed: pip install faiss-cpu)", file=sys.stderr)
            break
        found = {(i, j) for i, row in enumerate(a_i.tolist()) for j in row}
        rows.append({"n": n, "method": f"faiss {method}", "seconds": secs, "recall": len(found & truth_a) / len(truth_a),
                     "top1": float(np.mean(a_i[:gold_pairs, 0] == np.arange(gold_pairs)))})
    return rows


def scale(args, emb) -> None:
    data = corpus_pairs()
    pairs = [p for c in ("park", "jhe") for s in ("train", "test") for p in data[c][s]]
    ko_real = np.stack([emb[k] for k, _ in pairs])
    en_real = np.stack([emb[e] for _, e in pairs])
    print("| sentences per side | embeddings | search | seconds | neighbour recall vs exact | true pair is top-1 |")
    print("| --- | --- | --- | --- | --- | --- |")
    # the real run: every distinct dev sentence, Korean of all three sets vs English of park and jhe
    ko_all = np.vstack([ko_real, np.stack([emb[k] for s in ("train", "test") for k, _ in data["nk"][s]])])
    for r in scale_run(len(ko_all), ko_all, en_real, 4, args.methods, len(pairs)):
        print(f"| {len(ko_all):,} ko x {len(en_real):,} en | real (use) | {r['method']} | {r['seconds']:.2f} "
              f"| {r['recall']:.4f} | {r['top1']:.3f} |", flush=True)
    for n in args.sizes:
        ko, en = synthetic(ko_real, en_real, n)
        rss0 = _rss_mib()
        for r in scale_run(n, ko, en, 4, args.methods, len(pairs)):
            print(f"| {n:,} | synthetic | {r['method']} | {r['seconds']:.1f} | {r['recall']:.4f} | {r['top1']:.3f} |",
                  flush=True)
        print(f"(peak RSS {_rss_mib():.0f} MiB after n={n:,}; was {rss0:.0f} MiB before the search)", flush=True)
        if n >= 100_000:
            t0 = time.perf_counter()
            texts_ko = [f"k{i}" for i in range(n)]
            texts_en = [f"e{i}" for i in range(n)]
            cands = candidates(texts_ko, ko, texts_en, en, MiningParams())
            chosen = select(cands, probability(cands.features), MiningParams().threshold)
            print(f"(whole mining step on n={n:,} synthetic, search + features + selection: "
                  f"{time.perf_counter() - t0:.1f} s; {len(chosen):,} pairs kept)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="use")
    parser.add_argument("--calibrate", action="store_true", help="refit the weights and threshold on the train split")
    parser.add_argument("--ablations", action="store_true", help="also refit without each group of features")
    parser.add_argument("--scale", action="store_true", help="the search at scale instead of the accuracy tables")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--methods", nargs="*", default=["ivf-8", "ivf-32", "hnsw"])
    args = parser.parse_args()
    data = corpus_pairs()
    emb = embeddings(data, args.encoder)
    if args.scale:
        scale(args, emb)
        return
    cells = all_cells(data)
    t0 = time.perf_counter()
    prepared = prepare(cells, emb)
    seconds = time.perf_counter() - t0
    params = MiningParams()
    if args.calibrate:
        params = calibrate(prepared)
        print("weights (" + ", ".join(FEATURES) + ", bias):", json.dumps(params.weights), "threshold:", params.threshold)
    t0 = time.perf_counter()
    rows = evaluate(prepared, params)
    seconds += time.perf_counter() - t0
    table(rows, f"{args.encoder}, threshold {params.threshold}")
    for split in ("train", "test"):
        p, r, f1 = pooled(rows, split)
        print(f"\npooled {'held-out' if split == 'test' else split}: precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}")
    reliability(rows)
    print("\nheld-out, all corpora, at other thresholds:")
    sweep(prepared, params)
    n_problems = sum(len(v) for v in cells.values())
    print(f"\n{n_problems} problems mined in {seconds:.1f} s (embeddings cached)")
    if args.ablations:
        groups = {
            "all (the model)": list(FEATURES),
            "cosine only": ["cosine"],
            "no margin": [f for f in FEATURES if f != "margin"],
            "no mutual-best feature": [f for f in FEATURES if f != "mutual_best"],
            "no number/name cues": [f for f in FEATURES if f not in ("numbers_shared", "numbers_conflict", "names_shared")],
            "no length prior": [f for f in FEATURES if f != "length"],
        }
        print("\nablations (each refitted on the training split; held-out, all corpora, 1:10):")
        print("\n| features | threshold | precision | recall | F1 |")
        print("| --- | --- | --- | --- | --- |")
        for name, keep in groups.items():
            mask = np.array([f in keep for f in FEATURES], np.float32)
            ab = calibrate(prepared, mask)
            ten = {k: v for k, v in prepared.items() if k[2] == 10}
            p, r, f1 = pooled(evaluate(ten, ab, mask), "test")
            print(f"| {name} | {ab.threshold} | {p:.3f} | {r:.3f} | {f1:.3f} |", flush=True)


if __name__ == "__main__":
    main()
