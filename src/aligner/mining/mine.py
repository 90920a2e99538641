"""Mining translations from comparable text (``aligner mine``, ``aligner.mine``).

Every Korean sentence of the Korean inputs and every English sentence of the English
inputs (each distinct text once, in no assumed order) is embedded; the ``k`` nearest
neighbours of each sentence on the other side are found in both directions
(:mod:`.search`); each candidate pair (a neighbour in either direction) gets features:
its cosine, its margin over the two sentences' neighbourhoods (the ratio margin of
Artetxe & Schwenk 2019, against hubness), whether it is the best in both directions,
shared and conflicting numbers, shared names (the cues of :mod:`aligner.aligning.scoring`)
and the length prior. A logistic model fitted on the mining benchmark's training split
(``python benchmarks/mining.py --calibrate``) turns them into the probability that the
pair is a translation; pairs are then taken greedily, most probable first, each sentence
at most once (max-score selection), down to the threshold chosen on that split.

The per-file work, :func:`read_side` (segmenting and embedding one file), depends on
that file alone, so it can run anywhere; :func:`mine_sides` is the global part.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .. import arguments
from ..aligning.scoring import cue_sets, is_boilerplate, is_translator_note, length_prior
from ..embed import (
    DEFAULT_ENCODER,
    USE_BACKGROUND,
    Encoder,
    encoder_of,
    similarity_scale,
)
from ..errors import LanguageError
from ..formats.text import printable_name
from ..records import MinedPair, Segment
from ..segmenting import Segmenter
from .search import BLOCK_BYTES, exact_knn

FEATURES = ("cosine", "margin", "lead_ko", "lead_en", "mutual_best", "numbers_shared", "numbers_conflict",
            "names_shared", "length")
# P(translation | features): logistic weights (one per feature, then the bias), fitted on
# the training split of the mining benchmark at 1:10 (one sentence in ten has its
# translation), on the pairs the selection keeps: python benchmarks/mining.py --calibrate
_WEIGHTS = (14.093, 7.301, 1.719, 2.957, -0.033, 2.082, -0.058, -0.11, 0.206, -17.524)
# The probability above which a pair is kept: the best F0.5 (precision counts twice) on
# the benchmark's training split at 1:10.
THRESHOLD = 0.65


@dataclass(frozen=True)
class MiningParams:
    """Mining settings (the defaults are those the benchmark's training split chose)."""

    k: int = 4  # neighbours per sentence and direction (LASER's choice)
    threshold: float = THRESHOLD
    weights: tuple[float, ...] = _WEIGHTS
    block_bytes: int = BLOCK_BYTES

    def __post_init__(self) -> None:
        object.__setattr__(self, "k", arguments.whole(self.k, "k", 1))
        arguments.probability(self.threshold, "threshold")
        weights = self.weights
        if isinstance(weights, np.ndarray) and weights.ndim == 1:
            weights = weights.tolist()
        if not isinstance(weights, Sequence) or isinstance(weights, str) or len(weights) != len(FEATURES) + 1:
            raise ValueError(f"weights must be {len(FEATURES) + 1} numbers (one per feature, then the bias)")
        # a tuple of floats: the caller's list, changed later, would change these settings
        # past their check (and a list cannot be hashed)
        object.__setattr__(self, "weights", tuple(arguments.finite(w, "a weight") for w in weights))
        object.__setattr__(self, "block_bytes", arguments.whole(self.block_bytes, "block_bytes", 1))


@dataclass
class SideDocument:
    """One input's sentences of one language, with their embeddings: what a worker
    returns for one file (:func:`read_side`)."""

    name: str
    segments: list[Segment]
    emb: np.ndarray  # (len(segments), d), L2-normalized


def sentences_of(text: str, lang: str, *, presegmented: bool = False, unwrap: bool = True) -> list[Segment]:
    """The sentences of ``text`` in language ``lang`` ('ko' or 'en'): a bilingual text
    contributes only those; text in the other language or with no letters is skipped, and
    so are bylines, copyright lines, datelines and translator's notes, which ``align``
    never pairs either (every page of a site carries "ⓒ 2024 서울신문." and its English: a
    crawl mined it once, at 0.996).
    ``unwrap``: rejoin hard-wrapped lines (off for a reader's text, a paragraph a line)."""
    return [s for s in Segmenter(presegmented=presegmented, unwrap=unwrap).segment(text)
            if s.lang == lang and not is_boilerplate(s.text) and not is_translator_note(s.text)]


def read_side(name: str, text: str, lang: str, encoder: Encoder, *, presegmented: bool = False,
              require: bool = True, unwrap: bool = True) -> SideDocument:
    """Segment and embed one input: a pure function of the text, for one worker.
    ``require``: a text with no sentence in ``lang`` is a :class:`LanguageError`."""
    segments = sentences_of(text, lang, presegmented=presegmented, unwrap=unwrap)
    if require and not segments:
        which = {"ko": "Korean", "en": "English"}[lang]
        raise LanguageError(f"{name}: has no {which} sentences; give {which} (or bilingual) files for this side")
    unique = list(dict.fromkeys(s.text for s in segments))
    emb = encoder.encode(unique) if unique else np.zeros((0, 1), np.float32)
    row = {t: i for i, t in enumerate(unique)}
    return SideDocument(name, segments, np.asarray(emb, np.float32)[[row[s.text] for s in segments]]
                        if segments else np.zeros((0, emb.shape[1]), np.float32))


@dataclass
class _Side:
    """One side's distinct sentence texts, each with its first occurrence."""

    texts: list[str]
    emb: np.ndarray
    first: list[tuple[str, Segment]]


def _unique(docs: Sequence[SideDocument]) -> _Side:
    texts: dict[str, int] = {}
    first: list[tuple[str, Segment]] = []
    rows: list[np.ndarray] = []
    for doc in docs:
        for seg, vec in zip(doc.segments, doc.emb):
            if seg.text not in texts:
                texts[seg.text] = len(first)
                first.append((doc.name, seg))
                rows.append(vec)
    dim = next((d.emb.shape[1] for d in docs if d.emb.ndim == 2 and len(d.emb)), 1)
    emb = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, dim), np.float32)
    return _Side(list(texts), emb, first)


@dataclass
class Candidates:
    """Candidate pairs (row of the Korean side, row of the English side) and their features."""

    ko: np.ndarray
    en: np.ndarray
    features: np.ndarray  # (n, len(FEATURES))


def candidates(ko_texts: list[str], ko_emb: np.ndarray, en_texts: list[str], en_emb: np.ndarray,
               params: MiningParams = MiningParams(), scale: float = 1.0, shift: float = 0.0) -> Candidates:
    """Every pair in which one sentence is among the other's ``k`` nearest neighbours,
    with its features. ``scale``/``shift`` map the encoder's cosine onto USE's."""
    nb = exact_knn(ko_emb, en_emb, params.k, block_bytes=params.block_bytes)
    n, m = len(ko_texts), len(en_texts)
    if n == 0 or m == 0:
        return Candidates(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, len(FEATURES)), np.float32))
    ka, kb = nb.a_idx.shape[1], nb.b_idx.shape[1]
    ko = np.concatenate([np.repeat(np.arange(n), ka), nb.b_idx.ravel()])
    en = np.concatenate([nb.a_idx.ravel(), np.repeat(np.arange(m), kb)])
    sims = np.concatenate([nb.a_sims.ravel(), nb.b_sims.ravel()])
    key = ko * m + en
    key, first = np.unique(key, return_index=True)
    ko, en, sims = ko[first], en[first], sims[first]
    cos = scale * sims + shift
    # Mean similarity of each sentence to its k nearest neighbours on the other side.
    r_ko = (scale * nb.a_sims + shift).mean(axis=1)
    r_en = (scale * nb.b_sims + shift).mean(axis=1)
    # The ratio margin on similarities moved to be positive (USE's unrelated pairs sit
    # near 0.08 and can be negative; 1 + cosine keeps the ratio's order and is stable).
    margin = (1.0 + cos) / (1.0 + 0.5 * (r_ko[ko] + r_en[en]))
    mutual = (nb.a_idx[ko, 0] == en) & (nb.b_idx[en, 0] == ko)
    # Lead over the best alternative: how much more similar the pair is than the Korean
    # sentence's (English sentence's) most similar other candidate.
    lead_ko = cos - _best_other(nb.a_sims, nb.a_idx, ko, en, scale, shift)
    lead_en = cos - _best_other(nb.b_sims, nb.b_idx, en, ko, scale, shift)
    ko_cues = [cue_sets(t) for t in ko_texts]
    en_cues = [cue_sets(t, names_only=True) for t in en_texts]
    numbers_shared = np.zeros(len(ko), np.float32)
    numbers_conflict = np.zeros(len(ko), np.float32)
    names_shared = np.zeros(len(ko), np.float32)
    for c, (i, j) in enumerate(zip(ko.tolist(), en.tolist())):
        (kn, kl), (en_n, el) = ko_cues[i], en_cues[j]
        shared = len(kn & en_n)
        numbers_shared[c] = min(shared, 3)
        numbers_conflict[c] = min(len(kn ^ en_n), 3) if not shared else 0
        names_shared[c] = min(len(kl & el), 3)
    ko_len = np.array([len(t) for t in ko_texts], np.float32)
    en_len = np.array([len(t) for t in en_texts], np.float32)
    length = length_prior(ko_len[ko], en_len[en])
    features = np.stack([cos, margin, lead_ko, lead_en, mutual, numbers_shared, numbers_conflict, names_shared,
                         length], axis=1)
    return Candidates(ko, en, features.astype(np.float32))


def _best_other(sims: np.ndarray, idx: np.ndarray, rows: np.ndarray, partner: np.ndarray, scale: float,
                shift: float) -> np.ndarray:
    """For each candidate, the (scaled) similarity of ``rows`` to its nearest neighbour
    other than ``partner``; where it has no other, USE's mean unrelated similarity."""
    first_is_partner = idx[rows, 0] == partner
    other = np.where(first_is_partner, sims[rows, 1] if sims.shape[1] > 1 else np.nan, sims[rows, 0])
    return np.where(np.isnan(other), USE_BACKGROUND[0], scale * other + shift)


def probability(features: np.ndarray, weights: Sequence[float] = _WEIGHTS) -> np.ndarray:
    """P(translation) of each candidate under the logistic model ``weights``."""
    w = np.asarray(weights, np.float64)
    z = features.astype(np.float64) @ w[:-1] + w[-1]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def select(cands: Candidates, prob: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """Max-score selection: candidates by falling probability, each sentence once,
    down to ``threshold``."""
    order = np.argsort(-prob, kind="stable")
    order = order[prob[order] >= threshold]
    used_ko: set[int] = set()
    used_en: set[int] = set()
    out = []
    for c in order.tolist():
        i, j = int(cands.ko[c]), int(cands.en[c])
        if i in used_ko or j in used_en:
            continue
        used_ko.add(i)
        used_en.add(j)
        out.append((i, j, float(prob[c])))
    return out


def mine_sides(ko_docs: Sequence[SideDocument], en_docs: Sequence[SideDocument], *,
               params: MiningParams | None = None, encoder: Encoder | None = None) -> list[MinedPair]:
    """The translation pairs between the Korean sentences of ``ko_docs`` and the English
    sentences of ``en_docs``, each distinct text once (reported at its first occurrence),
    ordered by Korean source and position. ``encoder``: the one that embedded them, for
    the map of its cosine onto the scale the model was fitted on."""
    params = params or MiningParams()
    ko, en = _unique(ko_docs), _unique(en_docs)
    if not ko.texts or not en.texts:
        return []
    scale = similarity_scale(encoder, ko.emb, en.emb) if encoder is not None else {"scale": 1.0, "shift": 0.0}
    cands = candidates(ko.texts, ko.emb, en.texts, en.emb, params, **scale)
    chosen = select(cands, probability(cands.features, params.weights), params.threshold)
    order = {doc.name: i for i, doc in enumerate(ko_docs)}
    pairs = []
    for i, j, p in chosen:
        (ko_doc, ko_seg), (en_doc, en_seg) = ko.first[i], en.first[j]
        pairs.append(MinedPair((ko_seg,), (en_seg,), round(p, 4), ko_doc=ko_doc, en_doc=en_doc))
    pairs.sort(key=lambda p: (order[p.ko_doc], p.ko[0].start))
    # a file name's bytes that are not UTF-8 shown as U+FFFD, as a build's ids show them
    # (an output drops lone surrogates: "k\udcff.txt" was written as another file's name)
    return [dataclasses.replace(p, ko_doc=printable_name(p.ko_doc), en_doc=printable_name(p.en_doc)) for p in pairs]


def mine(
    korean_texts: Sequence[str] | Mapping[str, str],
    english_texts: Sequence[str] | Mapping[str, str],
    *,
    encoder: str | Encoder = DEFAULT_ENCODER,
    presegmented: bool = False,
    params: MiningParams | None = None,
) -> list[MinedPair]:
    """Translation pairs found between Korean and English texts given in no particular
    order: from each Korean text its Korean sentences, from each English text its English
    ones (a bilingual text contributes only the language of its side). Texts given as a
    mapping are identified by their keys in the result (``ko_doc``, ``en_doc``), a list by
    their positions ("0", "1", ...). Each pair's ``score`` is the probability that it is a
    translation; nothing is returned when nothing matches."""
    named = arguments.texts(korean_texts, "korean_texts"), arguments.texts(english_texts, "english_texts")
    arguments.flag(presegmented, "presegmented")
    params = arguments.instance(params, MiningParams, "params")
    model = encoder_of(encoder)
    sides = [[read_side(name, text, lang, model, presegmented=presegmented, require=False) for name, text in texts]
             for texts, lang in zip(named, ("ko", "en"))]
    return mine_sides(sides[0], sides[1], params=params, encoder=model)


def with_threshold(params: MiningParams | None, threshold: float | None) -> MiningParams:
    """``params`` with another threshold (None: unchanged)."""
    params = params or MiningParams()
    return params if threshold is None else dataclasses.replace(params, threshold=threshold)
