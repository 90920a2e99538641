"""Alignment accuracy and speed, tuned and untuned: every corpus × variant of
``corpora.py``, on its TRAIN split (fitted on) and its HELD-OUT split (never fitted on),
side by side, with leave-one-corpus-out rows and a generalization-gap summary.

Systems, in the same run and on the same sentences: the aligner under test (pluggable:
``--system module:function``), Vecalign's DP (the ``sentalign`` package, the same
embeddings; ``pip install -r benchmarks/requirements.txt``) and Gale–Church (length only,
the floor). Scores use Vecalign's definitions: strict and lax precision / recall / F1
(precision over all predicted beads, recall over gold beads with both sides), and gap
precision / recall over the sentences left unpaired. Time is the aligner's own run with
no embedding cache, divided by the time to encode every distinct sentence of the set once.

    python benchmarks/accuracy.py                                   # everything, default encoder
    python benchmarks/accuracy.py --corpora jhe --variants merged   # a selection
    python benchmarks/accuracy.py --system mymodule:align --fit mymodule:fit
    python benchmarks/accuracy.py --encoders st:benchmarks/out/embeddinggemma --splits held-out ...

The protocol: ``fit(train_docs, encoder) -> params`` (``tune.fit`` unless ``--fit``) sees
the TRAIN documents of every corpus and variant; its params are passed to
``system(ko_segments, en_segments, params, encoder)`` on both splits. Leave-one-corpus-out
(LOCO) refits without the evaluated corpus (and, for jhe, without both news corpora) and
scores its HELD-OUT split. Embeddings are cached on disk (``out/cache/``) by encoder name
and text hash: the timing pass runs without it, everything else with it.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib
import json
import math
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import corpora
import kep
import numpy as np

from aligner.aligning import Params
from aligner.embed import encoder_text, get_encoder
from aligner.records import Segment

Bead = tuple[tuple[int, ...], tuple[int, ...]]
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED_GOLD = ROOT / "tests" / "data" / "seed_000.gold.json"
CACHE = HERE / "out" / "cache"


# ---------------------------------------------------------------- scoring (Vecalign's definitions)


def _counts(gold: list[Bead], test: list[Bead]) -> np.ndarray:
    """tp/fp strict and lax of ``test`` against ``gold``."""
    gold_set = {b for b in gold if b[0] or b[1]}
    src_to_tgt: dict[int, set[int]] = defaultdict(set)
    for src, tgt in gold_set:
        for s in src:
            src_to_tgt[s].update(tgt)
    tp_s = fp_s = tp_l = fp_l = 0
    for src, tgt in {b for b in test if b[0] or b[1]}:
        if (src, tgt) in gold_set:
            tp_s += 1
            tp_l += 1
        elif set(tgt) & set().union(*(src_to_tgt[s] for s in src)) if src else False:
            fp_s += 1
            tp_l += 1
        else:
            fp_s += 1
            fp_l += 1
    return np.array([tp_s, fp_s, tp_l, fp_l])


def doc_counts(gold: list[Bead], test: list[Bead]) -> np.ndarray:
    """One document's counts, which add up over documents: strict and lax tp/fp of the
    test beads, strict and lax tp/fn of the gold pairs, and of the unpaired sentences
    those found, those the test leaves unpaired and those the gold does."""
    p = _counts(gold, test)
    r = _counts([b for b in test if b[0] and b[1]], [b for b in gold if b[0] and b[1]])
    gold_gaps = {(side, i) for b in gold if not (b[0] and b[1]) for side, ids in enumerate(b) for i in ids}
    test_gaps = {(side, i) for b in test if not (b[0] and b[1]) for side, ids in enumerate(b) for i in ids}
    return np.concatenate((p, r, [len(gold_gaps & test_gaps), len(test_gaps), len(gold_gaps)]))


def scores_of(counts: np.ndarray) -> dict[str, Any]:
    """The figures of summed :func:`doc_counts` (11 counts): floats, or arrays when
    ``counts`` has leading axes (one row of counts per bootstrap resample)."""
    c = np.asarray(counts, dtype=np.float64)
    ratio = lambda a, b: a / np.maximum(a + b, 1)  # counts are whole: 0 when both are
    f1 = lambda x, y: 2 * x * y / np.maximum(x + y, 1e-12)
    res = {"p_strict": ratio(c[..., 0], c[..., 1]), "p_lax": ratio(c[..., 2], c[..., 3]),
           "r_strict": ratio(c[..., 4], c[..., 5]), "r_lax": ratio(c[..., 6], c[..., 7])}
    res["f1_strict"] = f1(res["p_strict"], res["r_strict"])
    res["f1_lax"] = f1(res["p_lax"], res["r_lax"])
    res["gap_p"] = c[..., 8] / np.maximum(c[..., 9], 1)
    res["gap_r"] = c[..., 8] / np.maximum(c[..., 10], 1)
    return {k: float(v) if np.ndim(v) == 0 else v for k, v in res.items()}


def score(golds: list[list[Bead]], tests: list[list[Bead]]) -> dict[str, float]:
    return scores_of(sum((doc_counts(g, t) for g, t in zip(golds, tests)), np.zeros(11, dtype=np.int64)))


# The corpora whose line numbers suspect_lines.tsv gives (nk is park respelled, line for line).
SUSPECT_CORPORA = ("park", "nk")


def has_suspects(doc) -> bool:
    """Is ``doc`` (a ``corpora.Document``) from a corpus the suspect lines are numbered in?"""
    return doc.corpus in SUSPECT_CORPORA


def suspect_lines(path: Path = HERE / "suspect_lines.tsv") -> set[int]:
    rows = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()]
    return {int(r) for r in rows if r.isdigit()}


def without_suspects(docs, golds, tests, suspects: set[int]):
    """Gold and predicted beads with every sentence of a gold bead from a suspect line
    taken out (a merged bead counts all its lines)."""
    clean_golds, clean_tests = [], []
    for doc, gold, test in zip(docs, golds, tests):
        bad = suspect_sentences(doc, suspects)
        clean_golds.append([b for b in gold if not touches(b, bad)])
        clean_tests.append([b for b in test if not touches(b, bad)])
    return clean_golds, clean_tests


def suspect_sentences(doc, suspects: set[int]) -> set[tuple[int, int]]:
    """(side, index) of every sentence of ``doc`` in a gold bead made of a suspect line
    (side 0 Korean, 1 English); none when ``doc`` is not from a corpus they are numbered in."""
    if not has_suspects(doc):
        return set()
    lines = doc.lines or [(line,) for line in doc.source]
    return {(side, i) for (k, e), bead_lines in zip(doc.gold, lines) if suspects & set(bead_lines)
            for side, ids in enumerate((k, e)) for i in ids}


def touches(bead: Bead, sentences: set[tuple[int, int]]) -> bool:
    return any((side, i) in sentences for side, ids in enumerate(bead) for i in ids)


def by_type(golds: list[list[Bead]], tests: list[list[Bead]]) -> dict[str, tuple[int, float]]:
    """Strict recall per gold bead type: (count, share found exactly)."""
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g, t in zip(golds, tests):
        test_set = set(t)
        for b in g:
            kind = f"{len(b[0])}-{len(b[1])}" if b[0] and b[1] else "gap"
            if kind not in ("1-1", "1-2", "2-1", "gap"):
                kind = "other"
            found[kind][0] += 1
            if kind == "gap":
                found[kind][1] += _gap_found(b, test_set)
            else:
                found[kind][1] += b in test_set
    return {k: (n, hit / n) for k, (n, hit) in sorted(found.items())}


def _gap_found(bead: Bead, test_set: set[Bead]) -> bool:
    return all(((i,), ()) in test_set for i in bead[0]) and all(((), (j,)) in test_set for j in bead[1])


def category(bead: Bead, kind: str) -> str:
    """What a gold bead tests, for the breakdown: gaps by what made them, pairs by shape
    and variant."""
    if not (bead[0] and bead[1]):
        return "gap: aside" if kind.startswith("aside") else f"gap: {kind if kind != 'line' else 'deleted'}"
    if kind in ("reordered", "merged", "clauses"):
        return {"reordered": "2-2 reordered", "merged": "merged lines", "clauses": "Korean clauses"}[kind]
    shape = (len(bead[0]), len(bead[1]))
    return "1-1" if shape == (1, 1) else "1-2 / 2-1" if sorted(shape) == [1, 2] else "other n-m"


def by_category(docs, golds: list[list[Bead]], tests: list[list[Bead]]) -> dict[str, tuple[int, int]]:
    """Per category: (gold beads, found exactly). A gap is found when each of its
    sentences is left unpaired; "caption + note" counts a Korean caption next to an
    untranslated English note found only when both are left unpaired."""
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for doc, g, t in zip(docs, golds, tests):
        test_set = set(t)
        kinds = doc.kinds or ["line"] * len(g)
        for b, kind in zip(g, kinds):
            cat = category(b, kind)
            found[cat][0] += 1
            found[cat][1] += _gap_found(b, test_set) if cat.startswith("gap") else b in test_set
        for (a, ka), (b, kb) in zip(zip(g, kinds), zip(g[1:], kinds[1:])):
            if (ka, kb) == ("aside:caption", "aside:note"):
                found["caption + note"][0] += 1
                found["caption + note"][1] += _gap_found(a, test_set) and _gap_found(b, test_set)
    return {k: (n, hit) for k, (n, hit) in found.items()}


# ---------------------------------------------------------------- systems


def segments(lines: list[str], lang: str) -> list[Segment]:
    out, pos = [], 0
    for i, line in enumerate(lines):
        out.append(Segment(line, lang, pos, pos + len(line), i, i))
        pos += len(line) + 1
    return out


# A system under test: (Korean segments, English segments, params, encoder) -> beads, each
# either an object with ko_start/ko_end/en_start/en_end (aligning.Bead) or a pair of index
# tuples. Sentences in no bead are unpaired.
System = Callable[[list[Segment], list[Segment], Any, Any], Iterable[Any]]


def aligner_system(ko: list[Segment], en: list[Segment], params: Any, encoder) -> list:
    """The aligner as the library runs it (``pipeline.align_beads``: embedding, DP,
    refinement); ``params`` is whatever ``fit`` returned."""
    from aligner.pipeline import align_beads

    return align_beads(ko, en, encoder, params if params is not None else Params())


def as_test_beads(beads: Iterable[Any], n_ko: int, n_en: int) -> list[Bead]:
    """A system's beads as index tuples; gaps one sentence each, and every sentence the
    system put in no bead added as a gap, so all systems are scored alike."""
    out: list[Bead] = []
    for b in beads:
        if hasattr(b, "ko_start"):
            k, e = tuple(range(b.ko_start, b.ko_end)), tuple(range(b.en_start, b.en_end))
        else:
            k, e = tuple(b[0]), tuple(b[1])
        if k and e:
            out.append((k, e))
        else:
            out += [((i,), ()) for i in k] + [((), (j,)) for j in e]
    seen_ko = {i for k, _ in out for i in k}
    seen_en = {j for _, e in out for j in e}
    out += [((i,), ()) for i in range(n_ko) if i not in seen_ko] + [((), (j,)) for j in range(n_en) if j not in seen_en]
    return out


def run_system(system: System, docs, encoder, params) -> list[list[Bead]]:
    return [as_test_beads(system(segments(d.ko, "ko"), segments(d.en, "en"), params, encoder), len(d.ko), len(d.en))
            for d in docs]


def run_aligner(docs, encoder, params: Params) -> list[list[Bead]]:
    return run_system(aligner_system, docs, encoder, params)


_GC_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}


def gale_church(ko: list[str], en: list[str], c: float, s2: float, band: int | None = None) -> list[Bead]:
    """Gale & Church (1993) on character lengths, with a Korean–English length ratio;
    ``band``: search only cells within that many sentences of the diagonal."""
    n, m = len(ko), len(en)
    lk = [len(s) for s in ko]
    le = [len(s) for s in en]
    cost = np.full((n + 1, m + 1), np.inf)
    back: dict[tuple[int, int], tuple[int, int]] = {}
    cost[0, 0] = 0.0
    for i in range(n + 1):
        centre = i * m / max(n, 1)
        lo, hi = (0, m) if band is None else (max(0, int(centre) - band), min(m, int(centre) + band))
        for j in range(lo, hi + 1):
            for (a, b), prior in _GC_PRIORS.items():
                if i < a or j < b or not np.isfinite(cost[i - a, j - b]):
                    continue
                l1, l2 = sum(lk[i - a:i]), sum(le[j - b:j])
                mean = (l1 + l2 / c) / 2
                delta = (l2 - l1 * c) / math.sqrt(max(mean, 1) * s2)
                p = max(2 * (1 - 0.5 * (1 + math.erf(abs(delta) / math.sqrt(2)))), 1e-12)
                value = cost[i - a, j - b] - math.log(prior) - math.log(p)
                if value < cost[i, j]:
                    cost[i, j], back[i, j] = value, (a, b)
    beads, i, j = [], n, m
    while i or j:
        a, b = back[i, j]
        beads.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return beads[::-1]


def vecalign(docs, encoder, max_size: int = 8) -> list[list[Bead]]:
    """Vecalign's DP (the sentalign package, ``alignment_max_size``) with the same encoder."""
    from sentalign import sentalign

    tests = []
    for doc in docs:
        result = sentalign(doc.ko, doc.en, encoder=encoder, alignment_max_size=max_size)
        beads = [(tuple(a.src_indices), tuple(a.tgt_indices)) for a in result.alignments]
        tests.append(as_test_beads(beads, len(doc.ko), len(doc.en)))
    return tests


def fit_length_ratio(docs) -> tuple[float, float]:
    pairs = [(sum(len(doc.ko[i]) for i in k), sum(len(doc.en[j]) for j in e))
             for doc in docs for k, e in doc.gold if k and e]
    c = sum(e for _, e in pairs) / sum(k for k, _ in pairs)
    s2 = float(np.var([(e - k * c) / math.sqrt(k) for k, e in pairs]))
    return c, s2


class CachedEncoder:
    """Embeds each text once: in memory, and on disk when ``path`` is given (an SQLite
    file of float32 vectors keyed by the text's sha256, one file per encoder). Counts the
    texts it had to encode and the seconds that took."""

    def __init__(self, encoder, path: Path | None = None):
        self.encoder, self.name, self.cache = encoder, encoder.name, {}
        self.background = getattr(encoder, "background", None)
        self.encoded, self.seconds = 0, 0.0
        self.db = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=120)
            self.db.execute("CREATE TABLE IF NOT EXISTS emb (key BLOB PRIMARY KEY, vec BLOB)")

    def window_embedder(self):
        """Joined sentences through the cache when the encoder embeds them exactly itself
        (USE): the same vectors as its native windows (cosine >= 0.9999996), looked up."""
        from aligner.embed import JoinedTextWindows

        native = getattr(self.encoder, "window_embedder", None)
        return JoinedTextWindows(self) if native is not None and native() is not None else None

    @staticmethod
    def _key(text: str) -> bytes:
        """The text as the encoder reads it (capitals in sentence case, no invisible
        characters): two texts it reads alike share a vector."""
        return hashlib.sha256(encoder_text(text).encode("utf-8")).digest()[:16]

    def _load(self, texts: list[str]) -> None:
        if self.db is None:
            return
        keys = {self._key(t): t for t in texts}
        items = list(keys)
        for start in range(0, len(items), 500):
            chunk = items[start:start + 500]
            rows = self.db.execute(f"SELECT key, vec FROM emb WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            for key, vec in rows:
                self.cache[keys[key]] = np.frombuffer(vec, dtype=np.float32)

    def encode(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            self._load(missing)
            missing = [t for t in missing if t not in self.cache]
        if missing:
            t0 = time.perf_counter()
            vectors = np.asarray(self.encoder.encode(missing), dtype=np.float32)
            self.seconds += time.perf_counter() - t0
            self.encoded += len(missing)
            self.cache.update(zip(missing, vectors))
            if self.db is not None:
                self.db.executemany("INSERT OR REPLACE INTO emb VALUES (?, ?)",
                                    [(self._key(t), v.tobytes()) for t, v in zip(missing, vectors)])
                self.db.commit()
        if not len(texts):
            return np.zeros((0, len(next(iter(self.cache.values()))) if self.cache else 1), dtype=np.float32)
        return np.stack([self.cache[t] for t in texts])


def disk_cached(encoder) -> CachedEncoder:
    """The encoder with its embeddings cached in out/cache/embeddings-NAME.sqlite (for a
    sentence-transformers folder, NAME is the folder's name)."""
    name = encoder.name
    if name.startswith("st:") and ("/" in name or "\\" in name):
        name = "st:" + Path(name[3:]).name
    slug = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return CachedEncoder(encoder, CACHE / f"embeddings-{slug}.sqlite")


def load_callable(spec: str) -> Callable:
    """``module:attr`` (a module importable from here or from benchmarks/)."""
    module, _, attr = spec.partition(":")
    if not attr:
        raise SystemExit(f"--system/--fit take module:function, got {spec!r}")
    return getattr(importlib.import_module(module), attr)


ABLATIONS = {
    "no margin (raw cosine, threshold 0)": {"use_margin": False, "threshold": 0.0},
    "no length prior": {"use_length": False},
    "no number/Latin cues": {"use_cues": False},
    "1-1 and gaps only": {"beads": ((1, 1),)},
    "no refinement": {"refine": False},
    "no positional pairing": {"positional": False},
}


# ---------------------------------------------------------------- the seed document


def seed_benchmark(gold_path: Path = SEED_GOLD):
    """The seed document's text, its Korean and English segments (as the aligner
    segments it) and its hand-made gold as beads over segment indices (every segment
    outside a gold pair is a gold gap)."""
    from aligner.segmenting import Segmenter

    gold_file = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (ROOT / gold_file["document"]).read_text(encoding="utf-8")
    segs = Segmenter().segment(text)
    ko = [s for s in segs if s.lang == "ko"]
    en = [s for s in segs if s.lang == "en"]
    gold: list[Bead] = []
    used_en: set[int] = set()
    for k, (ko_text, en_texts) in zip(ko, gold_file["pairs"], strict=True):
        assert k.text == ko_text, (k.text, ko_text)
        ids = []
        for en_text in en_texts:  # the first unused English segment with this text
            ids.append(next(s.index for s in en if s.text == en_text and s.index not in used_en))
            used_en.add(ids[-1])
        gold.append(((k.index,), tuple(ids)))
    gold += [((), (s.index,)) for s in en if s.index not in used_en]
    return text, ko, en, gold


def run_seed(encoder, system: System = aligner_system, params: Any = None) -> dict[str, dict[str, float]]:
    """Scores on the seed: the system under test, Vecalign's DP and Gale–Church on the
    aligner's segments of the seed (what ``align_document`` aligns)."""
    _, ko, en, gold = seed_benchmark()
    test = as_test_beads(system(ko, en, params, encoder), len(ko), len(en))
    out = {"aligner": score([gold], [test])}
    doc = kep.Document("seed", [s.text for s in ko], [s.text for s in en], [(list(k), list(e)) for k, e in gold], [])
    try:
        out["Vecalign DP"] = score([gold], vecalign([doc], encoder))
    except ImportError:  # sentalign is not installed
        pass
    out["Gale–Church"] = score([gold], [gale_church(doc.ko, doc.en, *fit_length_ratio([doc]))])
    return out


# ---------------------------------------------------------------- the protocol

# Leave-one-corpus-out: (evaluated corpus, corpora fitted on). park and nk are the same
# articles (one respelled), so jhe is held out from both; park and nk are each held out
# with and without the other news corpus in the fit (their line split is shared, so the
# evaluated HELD-OUT lines are never fitted on either way).
LOCO = [("jhe", ("park", "nk")), ("park", ("jhe",)), ("park", ("jhe", "nk")), ("nk", ("jhe",)),
        ("nk", ("jhe", "park"))]


@dataclasses.dataclass
class Result:
    scores: dict[str, float]
    seconds: float | None = None  # the system's own run without embedding cache
    encode_once: float | None = None  # encoding every distinct sentence of the set once
    categories: dict[str, tuple[int, int]] | None = None
    clean: dict[str, float] | None = None  # without the suspect lines (park, nk)

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.encode_once if self.seconds and self.encode_once else None


class Harness:
    def __init__(self, args, encoder_name: str):
        self.args = args
        if encoder_name.startswith("st:") and not Path(encoder_name[3:]).exists() and (ROOT / encoder_name[3:]).exists():
            encoder_name = f"st:{ROOT / encoder_name[3:]}"  # a folder given relative to the repository
        self.raw = get_encoder(encoder_name)
        self.raw.encode(["warm-up", "준비"])
        self.encoder = disk_cached(self.raw) if not args.no_cache else CachedEncoder(self.raw)
        self.system: System = load_callable(args.system) if args.system else aligner_system
        self.fit = load_callable(args.fit) if args.fit else None
        self.sets: dict[tuple[str, str, str], list] = {}
        self.fits: dict[tuple[str, ...], Any] = {}
        self.runs: dict[tuple, list[list[Bead]]] = {}
        self.suspects = suspect_lines()

    def docs(self, corpus: str, variant: str, split: str) -> list:
        key = (corpus, variant, split)
        if key not in self.sets:
            docs = corpora.build_set(corpus, variant, split, seed=self.args.seed)
            self.sets[key] = docs[: self.args.max_docs] if self.args.max_docs else docs
        return self.sets[key]

    def fitted(self, fit_corpora: tuple[str, ...]) -> Any:
        """``fit`` on the TRAIN documents of these corpora (every variant in
        ``--fit-variants``); one fit per set of corpora."""
        key = tuple(sorted(fit_corpora))
        if key not in self.fits:
            if self.fit is None:
                import tune

                fit = tune.fit
            else:
                fit = self.fit
            train = [d for c in key for v in self.args.fit_variants for d in self.docs(c, v, "train")]
            t0 = time.perf_counter()
            self.fits[key] = fit(train, self.encoder)
            log(f"fit on {'+'.join(key)} train ({len(train)} documents): {time.perf_counter() - t0:.1f} s")
        return self.fits[key]

    def run(self, docs, params, label: tuple) -> list[list[Bead]]:
        """The system's beads on a set, memoized on the set and params (when hashable)."""
        try:
            key = (label, params)
            hash(key)
        except TypeError:
            key = None
        if key is not None and key in self.runs:
            return self.runs[key]
        tests = run_system(self.system, docs, self.encoder, params)
        if key is not None:
            self.runs[key] = tests
        return tests

    def _result(self, docs, golds, tests) -> Result:
        """A system's scores on ``docs``, and without the suspect lines where they apply."""
        res = Result(score(golds, tests), categories=by_category(docs, golds, tests))
        if docs and has_suspects(docs[0]):
            res.clean = score(*without_suspects(docs, golds, tests, self.suspects))
        return res

    def evaluate(self, corpus: str, variant: str, split: str, params, timing: bool) -> dict[str, Result]:
        docs = self.docs(corpus, variant, split)
        golds = [[(tuple(k), tuple(e)) for k, e in d.gold] for d in docs]
        label = (corpus, variant, split)
        out: dict[str, Result] = {}
        tests = self.run(docs, params, label)
        res = self._result(docs, golds, tests)
        if timing:
            # median of repeated runs: a set of jhe encodes in under a second, and one run
            # of the same set moved by ±0.4× on the shared machine
            res.encode_once, res.seconds, timed = timed_runs(
                self.raw, docs, lambda: run_system(self.system, docs, self.raw, params), self.args.timing_repeats)
            if timed != tests:
                log(f"  note: {corpus}/{variant}/{split}: the uncached run gave other beads in "
                    f"{sum(a != b for a, b in zip(timed, tests))} documents (float round-off)")
        out["aligner"] = res
        if self.args.vecalign and split in self.args.vecalign_splits and variant in self.args.vecalign_variants:
            subset = docs[: self.args.vecalign_docs] if self.args.vecalign_docs else docs
            try:
                vec_tests = vecalign(subset, self.encoder, self.args.vecalign_max_size)
            except ImportError:
                log("sentalign is not installed: no Vecalign rows (pip install -r benchmarks/requirements.txt)")
                self.args.vecalign = False
            else:
                sub_golds = golds[: len(subset)]
                vec = self._result(subset, sub_golds, vec_tests)
                if len(subset) < len(docs):  # the aligner on the same documents, for the comparison
                    out["aligner, Vecalign's documents"] = self._result(subset, sub_golds, tests[: len(subset)])
                if timing and f"{corpus}/{variant}/{split}" == self.args.time_vecalign:
                    texts = list(dict.fromkeys(t for d in subset for t in d.ko + d.en))
                    t0 = time.perf_counter()
                    self.raw.encode(texts)
                    vec.encode_once = time.perf_counter() - t0
                    t0 = time.perf_counter()
                    vecalign(subset, self.raw, self.args.vecalign_max_size)
                    vec.seconds = time.perf_counter() - t0
                out["Vecalign DP"] = vec
        if self.args.gale_church:
            train_docs = self.docs(corpus, variant, "train")
            c, s2 = fit_length_ratio(train_docs)
            gc_tests = [gale_church(d.ko, d.en, c, s2, band=max(60, len(d.ko) // 10)) for d in docs]
            out["Gale–Church"] = Result(score(golds, gc_tests), categories=by_category(docs, golds, gc_tests))
        return out


def timed_runs(encoder, docs, run: Callable[[], Any], repeats: int) -> tuple[float, float, Any]:
    """Median seconds of encoding every distinct sentence of ``docs`` once with
    ``encoder`` and of ``run()``, over ``repeats`` alternating runs, and the last run's
    result: time ÷ encode-once, measured alike by every benchmark."""
    texts = list(dict.fromkeys(t for d in docs for t in d.ko + d.en))
    encode, runs = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        encoder.encode(texts)
        encode.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        result = run()
        runs.append(time.perf_counter() - t0)
    return statistics.median(encode), statistics.median(runs), result


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- tables


def _pair(a: float | None, b: float | None, fmt: str) -> str:
    show = lambda x: "–" if x is None else format(x, fmt)
    return f"{show(a)} / {show(b)}"


def main_table(results, corpora_: list[str], variants: list[str], systems: list[str]) -> list[str]:
    head = ("| corpus | variant | system | strict F1 | lax F1 | gap P | gap R | time ÷ encode-once |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |")
    rows = list(head)
    for corpus in corpora_:
        for variant in variants:
            for system in systems:
                tr = results.get((corpus, variant, "train"), {}).get(system)
                ho = results.get((corpus, variant, "held-out"), {}).get(system)
                if tr is None and ho is None:
                    continue
                get = lambda r, k: r.scores[k] if r else None
                ratio = lambda r: r.ratio if r else None
                rows.append(f"| {corpus} | {variant} | {system} | {_pair(get(tr, 'f1_strict'), get(ho, 'f1_strict'), '.3f')} "
                            f"| {_pair(get(tr, 'f1_lax'), get(ho, 'f1_lax'), '.3f')} "
                            f"| {_pair(get(tr, 'gap_p'), get(ho, 'gap_p'), '.2f')} "
                            f"| {_pair(get(tr, 'gap_r'), get(ho, 'gap_r'), '.2f')} "
                            f"| {_pair(ratio(tr), ratio(ho), '.2f')} |")
    return rows


def clean_table(results, corpora_: list[str], variants: list[str], systems: list[str]) -> list[str]:
    rows = ["| corpus | variant | system | strict F1 | lax F1 | gap P | gap R |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for corpus in corpora_:
        for variant in variants:
            for system in systems:
                tr = results.get((corpus, variant, "train"), {}).get(system)
                ho = results.get((corpus, variant, "held-out"), {}).get(system)
                if not ((tr and tr.clean) or (ho and ho.clean)):
                    continue
                get = lambda r, k: r.clean[k] if r and r.clean else None
                rows.append(f"| {corpus} | {variant} | {system} "
                            f"| {_pair(get(tr, 'f1_strict'), get(ho, 'f1_strict'), '.3f')} "
                            f"| {_pair(get(tr, 'f1_lax'), get(ho, 'f1_lax'), '.3f')} "
                            f"| {_pair(get(tr, 'gap_p'), get(ho, 'gap_p'), '.2f')} "
                            f"| {_pair(get(tr, 'gap_r'), get(ho, 'gap_r'), '.2f')} |")
    return rows


def category_table(results, corpora_: list[str], variants: list[str], systems: list[str]) -> list[str]:
    """HELD-OUT exact recall per category, all selected corpora together."""
    cats: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for corpus in corpora_:
        for variant in variants:
            for system in systems:
                r = results.get((corpus, variant, "held-out"), {}).get(system)
                for cat, (n, hit) in (r.categories or {}).items() if r else ():
                    cats[variant, cat][system][0] += n
                    cats[variant, cat][system][1] += hit
    rows = ["| variant | gold beads | count | " + " | ".join(systems) + " |",
            "| --- | --- | --- | " + " | ".join("---" for _ in systems) + " |"]
    # the count is the first system's; the systems of one table are run on the same documents
    order = ["1-1", "1-2 / 2-1", "other n-m", "merged lines", "Korean clauses", "2-2 reordered",
             "gap: deleted", "gap: noise", "gap: aside", "caption + note"]
    for variant in variants:
        for cat in order:
            per = cats.get((variant, cat))
            if not per:
                continue
            n = per[systems[0]][0]
            rows.append(f"| {variant} | {cat} | {n} | "
                        + " | ".join(f"{per[s][1] / per[s][0]:.2f}" if per[s][0] else "–" for s in systems) + " |")
    return rows


def loco_table(loco, results, variants: list[str]) -> list[str]:
    rows = ["| held-out corpus | fitted on | variant | strict F1 | lax F1 | gap P | gap R | strict F1, in-split fit |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for (corpus, fit_on), per_variant in loco.items():
        for variant in variants:
            r = per_variant.get(variant)
            ref = results.get((corpus, variant, "held-out"), {}).get("aligner")
            if r is None:
                continue
            ref_f1 = f"{ref.scores['f1_strict']:.3f}" if ref else "–"
            rows.append(f"| {corpus} | {'+'.join(fit_on)} train | {variant} | {r.scores['f1_strict']:.3f} "
                        f"| {r.scores['f1_lax']:.3f} | {r.scores['gap_p']:.2f} | {r.scores['gap_r']:.2f} | {ref_f1} |")
    return rows


def gap_summary(results, loco) -> list[str]:
    """The generalization gap: TRAIN minus HELD-OUT with the same fit, and HELD-OUT
    with the in-split fit minus HELD-OUT with the corpus left out of the fit."""
    lines = []
    for metric, label in (("f1_strict", "strict F1"), ("f1_lax", "lax F1"), ("gap_p", "gap P"), ("gap_r", "gap R")):
        diffs = []
        for (corpus, variant, split), per in results.items():
            other = results.get((corpus, variant, "held-out"))
            if split == "train" and other and "aligner" in per and "aligner" in other:
                diffs.append((per["aligner"].scores[metric] - other["aligner"].scores[metric], f"{corpus}/{variant}"))
        loco_diffs = []
        for (corpus, fit_on), per_variant in loco.items():
            for variant, r in per_variant.items():
                ref = results.get((corpus, variant, "held-out"), {}).get("aligner")
                if ref:
                    loco_diffs.append((ref.scores[metric] - r.scores[metric], f"{corpus}/{variant} without {'+'.join(fit_on)}"))
        parts = []
        if diffs:
            worst = max(diffs)
            parts.append(f"train − held-out {np.mean([d for d, _ in diffs]):+.3f} mean over {len(diffs)} sets "
                         f"(largest {worst[0]:+.3f}, {worst[1]})")
        if loco_diffs:
            worst = max(loco_diffs)
            parts.append(f"held-out in-split fit − LOCO fit {np.mean([d for d, _ in loco_diffs]):+.3f} mean over "
                         f"{len(loco_diffs)} (largest {worst[0]:+.3f}, {worst[1]})")
        if parts:
            lines.append(f"- {label}: " + "; ".join(parts))
    return lines


def format_scores(r: dict[str, float]) -> str:
    return (f"{r['p_strict']:.3f} | {r['r_strict']:.3f} | {r['f1_strict']:.3f} | {r['f1_lax']:.3f} "
            f"| {r['gap_p']:.2f} | {r['gap_r']:.2f}")


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", choices=sorted(corpora.CORPORA), default=list(corpora.CORPORA))
    parser.add_argument("--variants", nargs="+", choices=corpora.VARIANTS, default=list(corpora.VARIANTS))
    parser.add_argument("--splits", nargs="+", choices=corpora.SPLITS, default=list(corpora.SPLITS))
    parser.add_argument("--fit-variants", nargs="+", choices=corpora.VARIANTS, default=list(corpora.VARIANTS),
                        help="the TRAIN variants fit() sees (default: all)")
    parser.add_argument("--encoders", nargs="+", default=["use"],
                        help="encoder names (use, e5-small, st:PATH): one full run each")
    parser.add_argument("--system", help="the aligner under test as module:function "
                        "(ko_segments, en_segments, params, encoder) -> beads; default: the aligner")
    parser.add_argument("--fit", help="fit(train_docs, encoder) -> params as module:function; default: tune.fit")
    parser.add_argument("--seed", type=int, default=corpora.DEFAULT_SEED)
    parser.add_argument("--max-docs", type=int, default=0, help="at most this many documents per set (0: all)")
    parser.add_argument("--no-vecalign", dest="vecalign", action="store_false")
    parser.add_argument("--vecalign-max-size", type=int, default=8, help="Vecalign's alignment_max_size (n + m)")
    parser.add_argument("--vecalign-splits", nargs="+", choices=corpora.SPLITS, default=["held-out"],
                        help="the splits Vecalign runs on (default: HELD-OUT; it embeds every overlap of up to "
                        "8 sentences, about 36 times the text of the sentences)")
    parser.add_argument("--vecalign-variants", nargs="+", choices=corpora.VARIANTS, default=list(corpora.VARIANTS))
    parser.add_argument("--vecalign-docs", type=int, default=0,
                        help="Vecalign on the first N documents of a set only (0: all); the aligner's figures on "
                        "the same documents get a row of their own")
    parser.add_argument("--time-vecalign", default="", metavar="CORPUS/VARIANT/SPLIT",
                        help="a set on which Vecalign is also timed without the cache")
    parser.add_argument("--timing-repeats", type=int, default=3,
                        help="uncached runs per timed set; the medians are reported")
    parser.add_argument("--timing-splits", nargs="+", choices=corpora.SPLITS, default=list(corpora.SPLITS),
                        help="the splits timed without the cache")
    parser.add_argument("--no-gale-church", dest="gale_church", action="store_false")
    parser.add_argument("--no-loco", dest="loco", action="store_false")
    parser.add_argument("--no-timing", dest="timing", action="store_false",
                        help="skip the uncached timing pass (scores only, from the cache)")
    parser.add_argument("--no-cache", action="store_true", help="no disk cache of embeddings")
    parser.add_argument("--no-seed", dest="seed_doc", action="store_false", help="skip the seed document")
    parser.add_argument("--kep", action="store_true", help="also score kep.py's original benchmark (park, seed 13)")
    parser.add_argument("--ablations", action="store_true", help="HELD-OUT rows of the aligner with parts switched off")
    parser.add_argument("--json", type=Path, default=HERE / "out" / "accuracy.json", help="all figures as JSON")
    args = parser.parse_args(argv)

    report: list[str] = []
    dump: dict[str, Any] = {}
    for name in args.encoders:
        started = time.perf_counter()
        h = Harness(args, name)
        params = h.fitted(tuple(corpora.CORPORA))
        results: dict[tuple[str, str, str], dict[str, Result]] = {}
        for corpus in args.corpora:
            for variant in args.variants:
                for split in args.splits:
                    t0 = time.perf_counter()
                    timing = args.timing and split in args.timing_splits
                    results[corpus, variant, split] = h.evaluate(corpus, variant, split, params, timing)
                    r = results[corpus, variant, split]["aligner"]
                    log(f"{name} {corpus}/{variant}/{split}: strict {r.scores['f1_strict']:.3f} lax "
                        f"{r.scores['f1_lax']:.3f} gaps {r.scores['gap_p']:.2f}/{r.scores['gap_r']:.2f}"
                        + (f" ratio {r.ratio:.2f}" if r.ratio else "") + f" ({time.perf_counter() - t0:.0f} s)")
        loco: dict[tuple[str, tuple[str, ...]], dict[str, Result]] = {}
        if args.loco and "held-out" in args.splits:
            for corpus, fit_on in LOCO:
                if corpus not in args.corpora:
                    continue
                fold_params = h.fitted(fit_on)
                for variant in args.variants:
                    docs = h.docs(corpus, variant, "held-out")
                    golds = [[(tuple(k), tuple(e)) for k, e in d.gold] for d in docs]
                    tests = h.run(docs, fold_params, (corpus, variant, "held-out"))
                    loco.setdefault((corpus, fit_on), {})[variant] = Result(score(golds, tests))
        systems = ["aligner"] + [s for s in ("aligner, Vecalign's documents", "Vecalign DP", "Gale–Church")
                                 if any(s in per for per in results.values())]
        report.append(f"\n### Encoder `{name}`\n")
        report.append("Each cell: TRAIN / HELD-OUT.\n")
        report += main_table(results, args.corpora, args.variants, systems)
        timed_vec = [(k, per["Vecalign DP"]) for k, per in results.items()
                     if "Vecalign DP" in per and per["Vecalign DP"].ratio]
        for (corpus, variant, split), vec in timed_vec:
            report.append(f"\nVecalign timed on {corpus}/{variant}/{split}: {vec.seconds:.1f} s, "
                          f"{vec.ratio:.1f}× encoding the same documents' sentences once.")
        clean = clean_table(results, args.corpora, args.variants, systems)
        if len(clean) > 2:
            report.append(f"\nWithout the {len(h.suspects)} suspect lines (park, nk; TRAIN / HELD-OUT):\n")
            report += clean
        if "held-out" in args.splits:
            report.append("\nHELD-OUT, exact recall per kind of gold bead (all selected corpora together):\n")
            partial = "aligner, Vecalign's documents" in systems  # Vecalign on some documents only
            full = [s for s in systems if s in ("aligner", "Gale–Church") or (s == "Vecalign DP" and not partial)]
            report += category_table(results, args.corpora, args.variants, full)
            subset = [s for s in systems if s in ("aligner, Vecalign's documents", "Vecalign DP")]
            if len(subset) == 2:
                report.append(f"\nThe same on the documents Vecalign ran on (the first {args.vecalign_docs} of each "
                              "HELD-OUT set):\n")
                report += category_table(results, args.corpora, args.vecalign_variants, subset)
        if loco:
            report.append("\nLeave-one-corpus-out (HELD-OUT split of the corpus; the last column: the same set "
                          "with the fit on every corpus's TRAIN):\n")
            report += loco_table(loco, results, args.variants)
        summary = gap_summary(results, loco)
        if summary:
            report.append("\nGeneralization gap (aligner):\n")
            report += summary
        if args.ablations and "held-out" in args.splits:
            report.append("\nAblations (HELD-OUT, all selected corpora and variants pooled; strict F1 / lax F1 / gap P / gap R):\n")
            report += ablation_rows(h, params, args)
        if args.kep:
            report.append("\nkep.py's original benchmark (park, 10 documents, seed 13; all lines, tuned on):\n")
            report += kep_rows(h, params)
        if args.seed_doc:
            report.append(f"\nThe seed document against its hand-made gold ({SEED_GOLD.relative_to(ROOT)}; the same "
                          f"segments for every system, {name} embeddings):\n")
            report += ["| system | strict P | strict R | strict F1 | lax F1 | gap P | gap R |",
                       "| --- | --- | --- | --- | --- | --- | --- |"]
            for label, r in run_seed(h.encoder, h.system, params).items():
                report.append(f"| {label} | {format_scores(r)} |")
        report.append(f"\n({name}: {time.perf_counter() - started:.0f} s in all; encoded {h.encoder.encoded} texts not "
                      f"in the cache in {h.encoder.seconds:.0f} s)")
        dump[name] = {"results": {"/".join(k): {s: dataclasses.asdict(r) | {"ratio": r.ratio} for s, r in per.items()}
                                  for k, per in results.items()},
                      "loco": {f"{c}/without {'+'.join(f)}": {v: r.scores for v, r in per.items()}
                               for (c, f), per in loco.items()}}
    print("\n".join(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False, default=str), encoding="utf-8")


def ablation_rows(h: Harness, params, args) -> list[str]:
    rows = ["| setting | strict F1 | lax F1 | gap P | gap R |", "| --- | --- | --- | --- | --- |"]
    sets = [(c, v) for c in args.corpora for v in args.variants]
    for label, change in [("as fitted", {})] + list(ABLATIONS.items()):
        try:
            p = dataclasses.replace(params, **change)
        except (TypeError, ValueError) as err:
            rows.append(f"| {label} | (not a field of these params: {err}) | | | |")
            continue
        golds, tests = [], []
        for c, v in sets:
            docs = h.docs(c, v, "held-out")
            golds += [[(tuple(k), tuple(e)) for k, e in d.gold] for d in docs]
            tests += h.run(docs, p, (c, v, "held-out"))
        r = score(golds, tests)
        rows.append(f"| {label} | {r['f1_strict']:.3f} | {r['f1_lax']:.3f} | {r['gap_p']:.2f} | {r['gap_r']:.2f} |")
    return rows


def kep_rows(h: Harness, params) -> list[str]:
    docs = kep.build()
    golds = [[(tuple(k), tuple(e)) for k, e in d.gold] for d in docs]
    rows = ["| system | strict P | strict R | strict F1 | lax F1 | gap P | gap R |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    tests = h.run(docs, params, ("kep",))
    rows.append(f"| aligner | {format_scores(score(golds, tests))} |")
    rows.append(f"|   same, without the suspect lines | {format_scores(score(*without_suspects(docs, golds, tests, h.suspects)))} |")
    if h.args.vecalign:
        n = h.args.vecalign_docs or len(docs)
        label = "Vecalign DP" if n >= len(docs) else f"Vecalign DP (first {n} documents)"
        rows.append(f"| {label} | {format_scores(score(golds[:n], vecalign(docs[:n], h.encoder, h.args.vecalign_max_size)))} |")
    c, s2 = fit_length_ratio(docs)
    rows.append(f"| Gale–Church | {format_scores(score(golds, [gale_church(d.ko, d.en, c, s2) for d in docs]))} |")
    return rows


if __name__ == "__main__":
    main()
